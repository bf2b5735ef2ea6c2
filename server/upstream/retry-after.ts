const MAX_RETRY_AFTER_SECONDS = 3600;

/**
 * Reads Retry-After (delta seconds or an HTTP date) into whole seconds, bounded so a strange value
 * upstream cannot tell browsers to wait for a day. Undefined when absent or unreadable.
 */
export function retryAfterSeconds(
  header: string | string[] | undefined,
  now: number = Date.now(),
): number | undefined {
  const raw = Array.isArray(header) ? header[0] : header;
  if (raw === undefined) return undefined;
  const text = raw.trim();
  let seconds: number;
  if (/^\d+$/.test(text)) seconds = Number(text);
  else {
    const at = Date.parse(text);
    if (Number.isNaN(at)) return undefined;
    seconds = Math.ceil((at - now) / 1000);
  }
  return Math.min(Math.max(seconds, 0), MAX_RETRY_AFTER_SECONDS);
}
