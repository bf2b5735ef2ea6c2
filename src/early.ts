// The first module of every page: index.html lists it before the app, so the bundle evaluates it before
// React, the router and the app. On a member page opened directly (a link, a reload) it asks for the
// member and for the member page's code at once, instead of after the app has started; and it warms the
// browser's date and number formatters while the page waits for the network.
// docs/decisions/019-first-load-starts-before-the-app.md
import { startEarlyMemberFetch } from './features/member/api/early-member-fetch';
import { createApiClient } from './lib/api-client';
import { warmFormats } from './lib/format';

if (startEarlyMemberFetch(createApiClient(), window.location)) {
  // The same chunk the router's lazy member route loads; asking now only starts it sooner.
  void import('./app/routes/member-route').catch(() => undefined);
}

// The first Intl.DateTimeFormat of a page costs 25–60 ms (locale data). Paid in a task of its own soon
// after start-up, usually while the member is still on its way, not while the member page is drawn; an
// idle callback came too late (the main thread is seldom idle while the app's code is compiled).
setTimeout(warmFormats, 0);
