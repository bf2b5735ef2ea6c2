/* global document, matchMedia */
// Sets <html data-theme> before the first paint, so a saved dark theme never flashes light. A file of its
// own because the Content-Security-Policy forbids inline scripts. The key and the rule are those of
// src/lib/theme.ts (src/lib/theme.test.ts runs this file to keep them in step).
(function () {
  var choice = null;
  try {
    choice = localStorage.getItem('member-progress-theme');
  } catch {
    choice = null;
  }
  var dark =
    choice === 'dark' ||
    (choice !== 'light' &&
      typeof matchMedia === 'function' &&
      matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.setAttribute('data-theme', dark ? 'dark' : 'light');
})();
