import type { JsonObject } from '../model';
import { atTime, formatTimestamp, type Zone } from './calendar';
import type { Rng } from './prng';

/** Who created / last changed a record. `null` type: Capillary leaves every field but the id empty. */
export type PartyKind = 'TILL' | 'ADMIN_USER' | 'ZONE' | null;

const TILLS = ['till.bandra.01', 'till.koramangala.02', 'default.till.pyapps01', 'till.marketsuper'];
const ADMINS = ['Naresh Silla', 'Meera Iyer', 'Jonas Berg', 'Carla Reyes'];
const ZONES = [
  ['zone.south', 'South'],
  ['zone.west', 'West'],
  ['zone.emea', 'EMEA'],
] as const;

export function party(rng: Rng, kind: PartyKind): JsonObject {
  const id = rng.int(50_000_000, 75_999_999);
  switch (kind) {
    case 'TILL': {
      const code = rng.pick(TILLS);
      return { id, code, description: '', name: code, type: 'TILL' };
    }
    case 'ADMIN_USER':
      return {
        id,
        code: `${rng.int(1_600_000_000, 1_700_000_000)}_`,
        description: '',
        name: rng.pick(ADMINS),
        type: 'ADMIN_USER',
      };
    case 'ZONE': {
      const [code, name] = rng.pick(ZONES);
      return { id, code, description: `${name} zone`, name, type: 'ZONE' };
    }
    case null:
      return { id, code: null, description: null, name: null, type: null };
  }
}

/**
 * An attribution block in the reference examples' key order, created and updated by the same party.
 * Created in the morning and updated in the afternoon (UTC), so an update on the same day comes later.
 */
export function attribution(
  rng: Rng,
  kind: PartyKind,
  createdDay: Date,
  updatedDay: Date,
  zone: Zone,
): JsonObject {
  const by = party(rng, kind);
  const createdOn = atTime(createdDay, rng.int(0, 11), rng.int(0, 59), rng.int(0, 59));
  const lastUpdatedOn = atTime(updatedDay, rng.int(12, 23), rng.int(0, 59), rng.int(0, 59));
  return {
    createdOn: formatTimestamp(createdOn, zone),
    lastUpdatedOn: formatTimestamp(lastUpdatedOn, zone),
    lastUpdatedBy: by,
    createdBy: { ...by },
  };
}
