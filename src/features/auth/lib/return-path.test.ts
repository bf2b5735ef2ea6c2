import { describe, expect, it } from 'vitest';

import { safeReturnPath, signInPathFrom } from './return-path';

describe('safeReturnPath', () => {
  it('keeps a path of this app, with its query and hash', () => {
    expect(safeReturnPath('/members/64035151?includeInactive=true#streaks')).toBe(
      '/members/64035151?includeInactive=true#streaks',
    );
  });

  it.each([
    null,
    '',
    'members/1',
    'https://evil.example/',
    '//evil.example/x',
    '/\\evil.example',
    'javascript:alert(1)',
  ])('sends %j home instead', (next) => {
    expect(safeReturnPath(next)).toBe('/');
  });

  it('never returns to the sign-in page itself', () => {
    expect(safeReturnPath('/sign-in')).toBe('/');
    expect(safeReturnPath('/sign-in?next=/members/1')).toBe('/');
  });
});

describe('signInPathFrom', () => {
  it('carries where the person was in ?next=', () => {
    expect(signInPathFrom('/members/64035151?includeInactive=true')).toBe(
      '/sign-in?next=%2Fmembers%2F64035151%3FincludeInactive%3Dtrue',
    );
  });

  it('leaves ?next= out for the start page', () => {
    expect(signInPathFrom('/')).toBe('/sign-in');
  });
});
