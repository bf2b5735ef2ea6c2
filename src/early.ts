// The first module of every page: index.html lists it before the app, so the bundle evaluates it before
// React, the router and the app. On a member page opened directly (a link, a reload) it asks for the
// member and for the member page's code at once, instead of after the app has started; and it has the
// browser's date and number formatters warmed off the main thread. public/early-fetch.js, in the page's
// head, has usually started both already; this adopts them.
// docs/decisions/019-first-load-starts-before-the-app.md
import {
  adoptingHeadFetch,
  startEarlyMemberFetch,
  takeHeadFetch,
} from './features/member/api/early-member-fetch';
import { browserFetch, createApiClient } from './lib/api-client';
import { takeHeadWarm, warmIntlOffThread } from './lib/warm-intl';

// public/early-fetch.js has usually asked for the member already, from the page's head: adopt that answer
// rather than ask twice. Without it (another page, the script failed), this asks now.
const head = takeHeadFetch(window);
const api = createApiClient(adoptingHeadFetch(head, browserFetch));
if (startEarlyMemberFetch(api, window.location)) {
  // The same chunk the router's lazy member route loads; asking now only starts it sooner.
  void import('./app/routes/member-route').catch(() => undefined);
}

// The first Intl formatters of a page cost 40–100 ms each for dates and numbers (locale data): a worker,
// usually started by the page's head already, pays that on another thread while the app starts, and the
// drawing of the member does not.
warmIntlOffThread({ head: takeHeadWarm(window) });
