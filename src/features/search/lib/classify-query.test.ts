import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { isMemberId } from '../../../lib/member-id';
import { classifyQuery, enterOutcome, PROBLEMS, type SearchChoice } from './classify-query';
import { choiceLabel } from './search-labels';

const labels = (input: string) => classifyQuery(input).choices.map(choiceLabel);

describe('classifyQuery', () => {
  it('offers nothing and no problem for empty text', () => {
    expect(classifyQuery('')).toEqual({ choices: [], problem: null });
    expect(classifyQuery('   ')).toEqual({ choices: [], problem: null });
  });

  it('reads an email as an email and nothing else', () => {
    expect(classifyQuery('  asha.rao@example.com ')).toEqual({
      choices: [{ type: 'lookup', kind: 'email', value: 'asha.rao@example.com' }],
      problem: null,
    });
    expect(labels('tom.sawyer@capillarytech.com')).toEqual(['Find by email']);
  });

  it.each(['a@b', 'asha@', '@example.com', 'asha@example', 'a b@example.com', 'a@@example.com', 'MP-1@x.'])(
    'explains that %s is not a complete email address, and offers it as nothing else',
    (input) => {
      expect(classifyQuery(input)).toEqual({ choices: [], problem: PROBLEMS.email });
    },
  );

  it('refuses an email longer than 254 characters', () => {
    const long = `${'a'.repeat(60)}@${'b'.repeat(190)}.com`;
    expect(long.length).toBe(255);
    expect(classifyQuery(long)).toEqual({ choices: [], problem: PROBLEMS.emailTooLong });
  });

  it('offers a mobile, the member, and a card or external id for a long number', () => {
    expect(labels('919988221100')).toEqual([
      'Find by mobile',
      'Open member 919988221100',
      'Find by card number',
      'Find by external ID',
    ]);
  });

  it('opens a short number as a member id without asking', () => {
    expect(classifyQuery('1234567').choices).toEqual([{ type: 'member', userId: '1234567' }]);
    expect(labels('64035151')).toContain('Find by mobile');
  });

  it('never offers a number that cannot be a member id as one', () => {
    expect(labels('09988221100')).toEqual(['Find by mobile', 'Find by card number', 'Find by external ID']);
    expect(labels('9223372036854775808')).toEqual(['Find by card number', 'Find by external ID']);
    expect(labels('9223372036854775807')).toEqual([
      'Open member 9223372036854775807',
      'Find by card number',
      'Find by external ID',
    ]);
    expect(labels('0123')).toEqual(['Find by card number', 'Find by external ID']);
  });

  it('finds a demo card number (16 digits: too long for a mobile)', () => {
    expect(labels('7031000900000001')).toEqual([
      'Open member 7031000900000001',
      'Find by card number',
      'Find by external ID',
    ]);
    expect(classifyQuery('7031 0009 0000 0001').choices).toEqual([
      { type: 'lookup', kind: 'cardnumber', value: '7031000900000001' },
      { type: 'lookup', kind: 'externalId', value: '7031 0009 0000 0001' },
    ]);
  });

  it('reads a written-out international number as a mobile only, sending its digits', () => {
    expect(classifyQuery('+91 99882-21100')).toEqual({
      choices: [{ type: 'lookup', kind: 'mobile', value: '919988221100' }],
      problem: null,
    });
    expect(classifyQuery('(91) 9988 221100').choices).toEqual([
      { type: 'lookup', kind: 'mobile', value: '919988221100' },
    ]);
    expect(classifyQuery('+91 12')).toEqual({ choices: [], problem: PROBLEMS.mobile });
    expect(classifyQuery('+1234567890123456')).toEqual({ choices: [], problem: PROBLEMS.mobile });
  });

  it('offers text as a card number or an external id', () => {
    expect(classifyQuery('MP-900000001')).toEqual({
      choices: [
        { type: 'lookup', kind: 'cardnumber', value: 'MP-900000001' },
        { type: 'lookup', kind: 'externalId', value: 'MP-900000001' },
      ],
      problem: null,
    });
  });

  it('refuses text longer than 64 characters and unprintable characters', () => {
    expect(classifyQuery('x'.repeat(64)).choices).toHaveLength(2);
    expect(classifyQuery('x'.repeat(65))).toEqual({ choices: [], problem: PROBLEMS.tooLong });
    expect(classifyQuery('1'.repeat(65))).toEqual({ choices: [], problem: PROBLEMS.tooLong });
    expect(classifyQuery('MP\u0000900')).toEqual({ choices: [], problem: PROBLEMS.unprintable });
    expect(classifyQuery('MP\u200b900')).toEqual({ choices: [], problem: PROBLEMS.unprintable });
  });
});

describe('enterOutcome', () => {
  it('acts on the only search that fits', () => {
    expect(enterOutcome(classifyQuery('a@example.com'))).toEqual({
      type: 'act',
      choice: { type: 'lookup', kind: 'email', value: 'a@example.com' },
    });
    expect(enterOutcome(classifyQuery('42'))).toEqual({
      type: 'act',
      choice: { type: 'member', userId: '42' },
    });
  });

  it('asks to choose when several fit, explains when none does, and does nothing on empty text', () => {
    expect(enterOutcome(classifyQuery('919988221100'))).toEqual({ type: 'choose' });
    expect(enterOutcome(classifyQuery('a@b'))).toEqual({ type: 'invalid', problem: PROBLEMS.email });
    expect(enterOutcome(classifyQuery(''))).toEqual({ type: 'nothing' });
  });
});

const key = (choice: SearchChoice) => (choice.type === 'member' ? 'member' : choice.kind);
const anyText = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.stringMatching(/^[0-9]{1,22}$/),
  fc.stringMatching(/^\+?[0-9 ()-]{1,20}$/),
  fc.emailAddress(),
  fc.string({ unit: 'grapheme', maxLength: 70 }),
);

describe('classifyQuery, for any text', () => {
  it('offers each kind at most once and never both choices and a problem', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const { choices, problem } = classifyQuery(input);
        const kinds = choices.map(key);
        expect(new Set(kinds).size).toBe(kinds.length);
        if (choices.length > 0) expect(problem).toBeNull();
        if (choices.length === 0 && input.trim() !== '') expect(problem).not.toBeNull();
      }),
    );
  });

  it('never picks one of several searches on Enter', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const classification = classifyQuery(input);
        const outcome = enterOutcome(classification);
        if (classification.choices.length > 1) expect(outcome).toEqual({ type: 'choose' });
        if (outcome.type === 'act') expect(classification.choices).toEqual([outcome.choice]);
      }),
    );
  });

  it('offers text with an @ as an email only, and an email only for text with an @', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const kinds = classifyQuery(input).choices.map(key);
        if (input.includes('@')) expect(kinds.every((k) => k === 'email')).toBe(true);
        if (kinds.includes('email')) expect(input).toContain('@');
      }),
    );
  });

  it('reads any plausible email as exactly one email search, sent trimmed', () => {
    fc.assert(
      fc.property(fc.emailAddress({ size: 'small' }), (email) => {
        fc.pre(/\.[^.@]{2,}$/.test(email) && !email.split('@')[1]?.includes('..'));
        expect(classifyQuery(` ${email} `).choices).toEqual([
          { type: 'lookup', kind: 'email', value: email },
        ]);
      }),
    );
  });

  it('sends only values the proxy accepts', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        for (const choice of classifyQuery(input).choices) {
          if (choice.type === 'member') {
            expect(isMemberId(choice.userId)).toBe(true);
            expect(choice.userId).toBe(input.trim());
          } else if (choice.kind === 'mobile') {
            expect(choice.value).toMatch(/^\d{8,15}$/);
          } else if (choice.kind === 'email') {
            expect(choice.value.length).toBeLessThanOrEqual(254);
          } else {
            expect(choice.value.length).toBeGreaterThanOrEqual(1);
            expect(choice.value.length).toBeLessThanOrEqual(64);
            expect(choice.value).not.toMatch(/\p{C}/u);
          }
        }
      }),
    );
  });

  it('offers "Open member" exactly for member ids, alone when shorter than a mobile', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{1,20}$/), (digits) => {
        const { choices } = classifyQuery(digits);
        expect(choices.some((c) => c.type === 'member')).toBe(isMemberId(digits));
        if (isMemberId(digits) && digits.length < 8)
          expect(choices).toEqual([{ type: 'member', userId: digits }]);
        if (digits.length >= 8 && digits.length <= 15) expect(choices.map(key)).toContain('mobile');
      }),
    );
  });

  it('ignores the spaces around the text', () => {
    fc.assert(
      fc.property(anyText, fc.stringMatching(/^[ \t]{0,3}$/), (input, pad) => {
        expect(classifyQuery(pad + input + pad)).toEqual(classifyQuery(input));
      }),
    );
  });
});
