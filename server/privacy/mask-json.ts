import { maskChannelValue, maskEmails, maskPhone, maskPhoneField, maskText, PHONE_KEY } from './mask';

/**
 * A staff user's copy of an upstream JSON answer: a new tree (the parsed original, possibly shared
 * by several responses, is never modified) where
 * - a communication channel's value (an item of `commChannels` or `identifiers`) is masked by its type;
 * - a value under a phone-named key (`mobile`, `alt_phone`, … in customFields) is masked as a phone;
 * - any other text has its email addresses and phone-shaped numbers (10–15 digits) masked;
 * - ids (`id`, `…Id`, `…Ids`, `…_id`) keep their digits (the UI needs them) but not an email;
 * - names, numbers and everything else stay as they are.
 */
const CHANNEL_LISTS = /^(commChannels|identifiers|channels)$/i;
const ID_KEY = /^(id|.*Id|.*Ids|.*_id|.*_ids)$/;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function maskString(key: string, value: string): string {
  if (ID_KEY.test(key)) return maskEmails(value);
  if (PHONE_KEY.test(key)) return maskPhoneField(value);
  return maskText(value);
}

function maskChannel(channel: { [key: string]: Json }): { [key: string]: Json } {
  const out = maskObject(channel);
  const type = channel.type ?? channel.name;
  const value = channel.value;
  if (typeof value === 'string' || typeof value === 'number') {
    out.value = maskChannelValue(type, String(value));
  }
  return out;
}

function maskObject(obj: { [key: string]: Json }): { [key: string]: Json } {
  // No prototype: a `__proto__` key in the upstream JSON stays a plain key.
  const out = Object.create(null) as { [key: string]: Json };
  for (const [key, value] of Object.entries(obj)) {
    if (CHANNEL_LISTS.test(key) && Array.isArray(value)) {
      out[key] = value.map((item) => (isObject(item) ? maskChannel(item) : maskValue(key, item)));
    } else {
      out[key] = maskValue(key, value);
    }
  }
  return out;
}

const isObject = (v: Json): v is { [key: string]: Json } =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function maskValue(key: string, value: Json): Json {
  if (typeof value === 'string') return maskString(key, value);
  if (typeof value === 'number') return PHONE_KEY.test(key) ? maskPhone(String(value)) : value;
  if (Array.isArray(value)) return value.map((item) => maskValue(key, item));
  if (isObject(value)) return maskObject(value);
  return value;
}

export function maskForStaff(json: unknown): unknown {
  return maskValue('', json as Json);
}
