/* global window, location */
// On a member page opened directly (a link, a reload), asks for the member while the app's code is still
// on its way: this classic script runs as the page's head is parsed, about 300 ms before the bundle can.
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
