import { describe, expect, it } from 'vitest';

import { hasForbiddenText } from '../../../lib/format';
import { openedText } from './recent-members-view';

describe('openedText', () => {
  it('says when the member was opened, in the given locale and time zone', () => {
    const at = Date.UTC(2026, 10, 25, 9, 5);
    expect(openedText(at, { locale: 'en-GB', timeZone: 'Asia/Kolkata' })).toBe('Opened 25 Nov 2026, 14:35');
  });

  it('never shows a broken value', () => {
    expect(hasForbiddenText(openedText(Number.NaN))).toBe(false);
  });
});
