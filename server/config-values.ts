/**
 * Readers for single environment values. Each returns the value or pushes a problem; the messages
 * may quote a value only when it is not a secret (ports, levels, sizes), never a URL or a credential.
 */
export type Env = Readonly<Record<string, string | undefined>>;

/** An empty variable counts as unset: `.env` files and CI forms often leave `NAME=` lines behind. */
export function valueOf(env: Env, name: string): string | undefined {
  const v = env[name];
  return v === undefined || v.trim() === '' ? undefined : v;
}

const quote = (raw: string) => JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);

export function readInteger(
  env: Env,
  name: string,
  { fallback, min, max }: { fallback: number; min: number; max: number },
  problems: string[],
): number {
  const raw = valueOf(env, name)?.trim();
  if (raw === undefined) return fallback;
  const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max} (got ${quote(raw)}).`);
    return fallback;
  }
  return n;
}

export function readChoice<const T extends readonly string[]>(
  env: Env,
  name: string,
  choices: T,
  problems: string[],
): T[number] | undefined {
  const raw = valueOf(env, name)?.trim();
  if (raw === undefined) return undefined;
  const v = raw.toLowerCase();
  if ((choices as readonly string[]).includes(v)) return v as T[number];
  problems.push(`${name} must be one of ${choices.join(', ')} (got ${quote(raw)}).`);
  return undefined;
}

const LOOPBACK_V4 = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

/** Plain http only where the traffic cannot leave the machine. */
export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || LOOPBACK_V4.test(hostname);
}

/**
 * CAPILLARY_BASE_URL. The value itself is never quoted in a problem: a URL with `user:pass@` in it
 * is exactly the mistake this reports.
 */
export function readBaseUrl(env: Env, problems: string[]): URL | undefined {
  const raw = valueOf(env, 'CAPILLARY_BASE_URL')?.trim();
  if (raw === undefined) return undefined;
  const name = 'CAPILLARY_BASE_URL';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    problems.push(`${name} must be an absolute URL such as https://eu.api.capillarytech.com.`);
    return undefined;
  }
  const before = problems.length;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    problems.push(`${name} must be an https URL.`);
  } else if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    problems.push(`${name} must use https (plain http is allowed only for localhost, 127.0.0.0/8 and ::1).`);
  }
  if (url.username !== '' || url.password !== '') {
    problems.push(`${name} must not contain credentials: use CAPILLARY_AUTH and its variables instead.`);
  }
  if (url.search !== '' || raw.includes('?')) problems.push(`${name} must not contain a query string.`);
  if (url.hash !== '' || raw.includes('#')) problems.push(`${name} must not contain a fragment.`);
  return problems.length === before ? url : undefined;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** DEMO_TODAY: a real calendar date, read as UTC midnight. */
export function readDate(env: Env, name: string, problems: string[]): Date | undefined {
  const raw = valueOf(env, name)?.trim();
  if (raw === undefined) return undefined;
  const m = DAY.exec(raw);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!date || date.toISOString().slice(0, 10) !== raw) {
    problems.push(`${name} must be a date written YYYY-MM-DD (got ${quote(raw)}).`);
    return undefined;
  }
  return date;
}
