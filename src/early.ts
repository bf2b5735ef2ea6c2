// The first script of every page, a small entry of its own (index.html loads it before the app). On a
// member page opened directly (a link, a reload) it asks for the member and for the member page's code
// at once, while the app's main script is still being fetched and compiled, instead of after it; and
// it warms the browser's date and number formatters while the page waits for the network.
// docs/decisions/019-first-load-starts-before-the-app.md
import { startEarlyMemberFetch } from './features/member/api/early-member-fetch';
import { createApiClient } from './lib/api-client';
import { warmFormats } from './lib/format';

if (startEarlyMemberFetch(createApiClient(), window.location)) {
  // The same chunk the router's lazy member route loads; asking now only starts it sooner.
  void import('./app/routes/member-route').catch(() => undefined);
}

// The first Intl.DateTimeFormat of a page costs 25–60 ms (locale data). Paid in the task after the
// app's first render, while the member is still on its way, not when the member page is drawn; an idle
// callback could come too late (the main thread is seldom idle while the app's code is compiled).
setTimeout(warmFormats, 0);
