/**
 * The browser every Playwright run here uses: Debian's Chromium (Playwright cannot download its own on
 * this machine), overridable with CHROMIUM_PATH, and the flags a headless Chromium needs in a container
 * (no sandbox, no GPU, nothing fetched in the background). Shared by the e2e config, the benchmarks and
 * the scripts.
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
];
