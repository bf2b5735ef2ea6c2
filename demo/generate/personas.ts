import { LARGE_PERSONA } from './large-member';
import type { Persona } from './persona';
import { BUSY_PERSONA } from './personas-busy';
import { EDGE_PERSONAS } from './personas-edge';
import { EVERYDAY_PERSONAS } from './personas-everyday';
import { FLAG_PERSONAS } from './personas-flags';
import { KIND_PERSONAS } from './personas-kinds';
import { STREAK_PERSONAS } from './personas-streaks';
import { WINDOW_PERSONAS } from './personas-windows';

/** Every generated member, in id order (900000001…). */
export const PERSONAS: Persona[] = [
  ...FLAG_PERSONAS,
  ...STREAK_PERSONAS,
  ...WINDOW_PERSONAS,
  ...KIND_PERSONAS,
  ...EDGE_PERSONAS,
  BUSY_PERSONA,
  ...EVERYDAY_PERSONAS,
  LARGE_PERSONA,
].sort((a, b) => Number(a.userId) - Number(b.userId));
