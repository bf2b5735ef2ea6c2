/** RFC 9110's pieces of HTTP/1.1 syntax, shared by the front door and the upstream response reader. */

/** A header name (token). */
export const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** Trims optional whitespace (SP, HT) from both ends, without a regular expression. */
export function trimOws(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isOws(text.charCodeAt(start))) start++;
  while (end > start && isOws(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

const isOws = (code: number) => code === 0x20 || code === 0x09;
