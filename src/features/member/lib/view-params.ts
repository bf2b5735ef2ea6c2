/**
 * The member page's switches live in the URL under the API's own parameter names
 * (`/members/123?includeInactiveTargets=true`), so a link reproduces the view.
 */
export const VIEW_PARAMS = ['includeInactiveTargets', 'includeInactive'] as const;
export type ViewParam = (typeof VIEW_PARAMS)[number];
export type ViewParams = Record<ViewParam, boolean>;

export function readViewParams(search: URLSearchParams): ViewParams {
  return {
    includeInactiveTargets: search.get('includeInactiveTargets') === 'true',
    includeInactive: search.get('includeInactive') === 'true',
  };
}

/** A copy of `search` with one switch set (`=true`) or removed; other parameters are kept. */
export function withViewParam(search: URLSearchParams, name: ViewParam, on: boolean): URLSearchParams {
  const next = new URLSearchParams(search);
  if (on) next.set(name, 'true');
  else next.delete(name);
  return next;
}
