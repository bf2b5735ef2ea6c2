/* global window, location, Worker */
// The page's first work, started as its head is parsed, about 300 ms before the bundle can start anything.
//
// On every page, starts the worker that loads the browser's locale data (public/intl-warm.js), so the first
// date or number the app formats does not pay for it on the main thread. The bundle takes the worker over
// (src/lib/warm-intl.ts); started here it is done before the app draws anything, where the bundle's own
// start came too late for a member whose answer was already in.
(function () {
  if (typeof Worker !== 'function') return;
  try {
    var worker = new Worker('/intl-warm.js');
    var warm = { worker: worker, done: false };
    var finish = function () {
      warm.done = true;
      worker.terminate();
    };
    worker.addEventListener('message', finish);
    worker.addEventListener('error', finish);
    window.__memberProgressIntlWarm = warm;
  } catch {
    // Refused (a policy, a browser without workers): the bundle warms the formatters itself.
  }
})();

// On a member page opened directly (a link, a reload), asks for the member while the app's code is still
// on its way.
// The bundle adopts the answer (src/features/member/api/early-member-fetch.ts) for exactly this address,
// once. The address and the member-id rule are those of member-targets-path.ts and lib/member-id.ts
// (src/features/member/api/early-fetch-script.test.ts runs this file to keep them in step). A file of its
// own because the Content-Security-Policy forbids inline scripts.
(function () {
  var match = /^\/members\/([^/]+)\/?$/.exec(location.pathname);
  if (!match) return;
  var id;
  try {
    id = decodeURIComponent(match[1]);
  } catch {
    return;
  }
  if (!/^[1-9][0-9]{0,18}$/.test(id) || BigInt(id) > BigInt('9223372036854775807')) return;
  var search = new URLSearchParams(location.search);
  var query = [];
  if (search.get('includeInactiveTargets') === 'true') query.push('includeInactiveTargets=true');
  if (search.get('includeInactive') === 'true') query.push('includeInactive=true');
  var path = '/api/v3/users/' + id + '/targetGroups' + (query.length ? '?' + query.join('&') : '');
  var response = fetch(path, {
    method: 'GET',
    credentials: 'same-origin',
    // The same headers as src/lib/api-client.ts (X-Requested-With: the proxy's CSRF rule).
    headers: { Accept: 'application/json', 'X-Requested-With': 'fetch' },
  });
  // Whoever adopts it handles a failure; one nobody adopts must not surface as an unhandled rejection.
  response.catch(function () {});
  window.__memberProgressEarlyFetch = { path: path, response: response };
})();
