/**
 * The browser every Playwright run here uses: Debian's Chromium (Playwright cannot download its own on
 * this machine), overridable with CHROMIUM_PATH, and the flags a headless Chromium needs in a container
 * (no sandbox, no GPU, nothing fetched in the background). Shared by the e2e config, the benchmarks and
 * the scripts.
 *
 * `--disable-features=…`: Chromium 156 loads its own omnibox pop-up (a WebUI page in a renderer of its own)
 * when a browser starts; traced here, it spent over a second of CPU on this 2-core machine during the
 * first page a benchmark measured. It belongs to the browser's window, not to any page, and a person's
 * browser has long finished it before they open a member, so the runs here go without it.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-features=PreloadTopChromeWebUI,WebUIOmniboxPopup,WebUIOmniboxFullPopup',
];
