import type { Json, JsonObject, MemberIdentifier } from '../model';
import { attribution, type PartyKind } from './attribution';
import { addDays, formatDate, utcDay, type Zone } from './calendar';
import type { Rng } from './prng';

export type Country = keyof typeof DIAL_CODES;

/** What a persona states about the person; the rest (numbers, flags, dates) comes from the PRNG. */
export type CustomerSpec = {
  userId: string;
  firstName: string;
  lastName: string;
  country: Country;
  city: string;
  gender: 'M' | 'F' | 'X' | '';
  source: string;
  zone: Zone;
  party: PartyKind;
  customFields?: JsonObject;
  /** A second profile from another source (an online shop account). */
  secondSource?: string;
  /** For names without Latin letters. */
  emailName?: string;
};

const DIAL_CODES = {
  IN: '91',
  GB: '44',
  DE: '49',
  ES: '34',
  NG: '234',
  JP: '81',
  US: '1',
  FR: '33',
  PL: '48',
  NO: '47',
  SE: '46',
  AE: '971',
  IE: '353',
  MX: '52',
  GH: '233',
  RU: '7',
} as const;

const ASCII_FOLD: Record<string, string> = { ø: 'o', æ: 'ae', ß: 'ss', ł: 'l', đ: 'd', œ: 'oe' };

/** An email-safe local part: accents dropped, letters outside Latin folded or removed. */
function emailLocal(first: string, last: string): string {
  const fold = (s: string) =>
    s
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[øæßłđœ]/g, (c) => ASCII_FOLD[c] ?? '')
      .replace(/[^a-z0-9]+/g, '');
  return [fold(first), fold(last)].filter(Boolean).join('.') || 'member';
}

/** How the member is reached: a mobile with its country code, and an email. */
export type Contact = { mobile: string; email: string };

export function contactFor(spec: CustomerSpec, rng: Rng): Contact {
  const digits = Array.from({ length: 9 }, () => rng.int(0, 9)).join('');
  const domain = rng.pick(['example.com', 'example.org', 'example.net']);
  return {
    mobile: `${DIAL_CODES[spec.country]}${rng.pick(['6', '7', '8', '9'])}${digits}`,
    email: `${spec.emailName ?? emailLocal(spec.firstName, spec.lastName)}@${domain}`,
  };
}

/**
 * Every demo member, reference recordings included, also has an external id and a card number
 * derived from the userId (`MP-<userId>`, `7031` + the id padded to 12 digits), so tests can name them.
 */
export function syntheticIdentifiers(userId: string): MemberIdentifier[] {
  return [
    { name: 'externalId', value: `MP-${userId}` },
    { name: 'cardnumber', value: `7031${userId.padStart(12, '0')}` },
  ];
}

const FLAGS: readonly (boolean | null)[] = [true, false, null];

function channel(rng: Rng, type: string, value: string, primary: boolean): JsonObject {
  return {
    type,
    accountId: null,
    value,
    primary,
    verified: rng.pick(FLAGS),
    subscribed: rng.pick(FLAGS),
    attributes: rng.chance(0.3) ? { optInSource: rng.pick(['POS', 'APP', 'WEB']) } : null,
  };
}

export function buildCustomer(spec: CustomerSpec, ids: Contact, rng: Rng, today: Date): JsonObject {
  const userId = Number(spec.userId);
  const mobileFirst = rng.chance(0.5);
  const channels = [
    channel(rng, 'mobile', ids.mobile, mobileFirst),
    channel(rng, 'email', ids.email, !mobileFirst),
  ];
  const profile = (source: string, commChannels: Json[], accountId: string): JsonObject => ({
    firstName: spec.firstName,
    lastName: spec.lastName,
    commChannels,
    source,
    accountId,
    userId,
    orgSourceId: -1,
  });
  const since = addDays(utcDay(today), -rng.int(40, 1500));
  const updated = addDays(utcDay(today), -rng.int(1, 30));
  return {
    id: userId,
    profiles: [
      profile(spec.source, mobileFirst ? channels : channels.reverse(), ''),
      ...(spec.secondSource
        ? [profile(spec.secondSource, [channel(rng, 'email', ids.email, false)], 'webstore')]
        : []),
    ],
    loyaltyInfo: {
      attribution: attribution(rng, spec.party, since, updated, spec.zone),
      loyaltyType: 'loyalty',
      lifetimePurchases: rng.decimal(0, 250_000, 2),
    },
    customFields: {
      gender: spec.gender,
      city: spec.city,
      dob: formatDate(new Date(Date.UTC(rng.int(1952, 2004), rng.int(0, 11), rng.int(1, 28)))),
      preferred_language: rng.pick(['en', 'hi', 'de', 'es', 'ja', 'fr']),
      ...spec.customFields,
    },
  };
}
