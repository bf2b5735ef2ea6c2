const NOT_JSON = Symbol('not JSON');

/**
 * Parses bytes as complete JSON. A truncated body, an HTML page or an empty body is NOT_JSON; the
 * parse is the completeness check, the bytes themselves are what gets forwarded.
 */
export function parseJson(bytes: Uint8Array): unknown {
  if (bytes.length === 0) return NOT_JSON;
  try {
    return JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
  } catch {
    return NOT_JSON;
  }
}

/** A JSON object (not an array, not a bare value): the only shape an envelope can have. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
