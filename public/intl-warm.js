/* global postMessage */
// A dedicated worker that builds the browser's date and number formatters once and says so. The first
// Intl formatter of a renderer loads the locale data (40–100 ms here, for dates and numbers each), and
// that data is shared by every thread of the page's process: built here, in parallel with the bundle's
// download and start-up, it costs the page's main thread almost nothing afterwards (src/lib/warm-intl.ts).
// public/early-fetch.js starts it from the page's head; a classic script with a fixed name, so the head
// can name it before the bundle has arrived.
// The options match src/lib/format.ts's formatters and the member page's day counts (days-left.ts) and
// day-and-month dates (counter-sentences.ts); the worker imports nothing.
new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(0);
new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(0);
new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(0);
new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(0);
new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' }).format(0);
new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 }).format(1);
new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 }).format(1);
postMessage('warm');
