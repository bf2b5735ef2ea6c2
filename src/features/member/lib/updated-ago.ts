const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Under this the data reads "just now" (a refetch that just landed should not read "1 s ago"). */
const JUST_NOW = 5 * SECOND;

/**
 * How old the data on screen is: "just now", "12 s ago", "3 min ago", "2 h ago", "4 d ago". Whole units,
 * rounded down, so the text never claims fresher data than it is… nor older. A clock that went backwards
 * reads "just now".
 */
export function updatedAgoText(elapsedMs: number): string {
  const elapsed = Number.isFinite(elapsedMs) ? Math.max(0, elapsedMs) : 0;
  if (elapsed < JUST_NOW) return 'just now';
  if (elapsed < MINUTE) return `${Math.floor(elapsed / SECOND)} s ago`;
  if (elapsed < HOUR) return `${Math.floor(elapsed / MINUTE)} min ago`;
  if (elapsed < DAY) return `${Math.floor(elapsed / HOUR)} h ago`;
  return `${Math.floor(elapsed / DAY)} d ago`;
}

/** The shortest wait between two ticks: a timer that fires a hair early must not spin. */
const MIN_WAIT = 100;

/**
 * Milliseconds until the text above next changes, so the label re-renders exactly then: at 5 s, then
 * each second for the first minute, then at the next whole minute, hour or day. Once aligned, ticks
 * come at most once a second, and less often as the data ages.
 */
export function nextTickMs(elapsedMs: number): number {
  const elapsed = Number.isFinite(elapsedMs) ? Math.max(0, elapsedMs) : 0;
  if (elapsed < JUST_NOW) return Math.max(MIN_WAIT, JUST_NOW - elapsed);
  const unit = elapsed < MINUTE ? SECOND : elapsed < HOUR ? MINUTE : elapsed < DAY ? HOUR : DAY;
  return Math.max(MIN_WAIT, unit - (elapsed % unit));
}
