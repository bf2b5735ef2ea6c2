/**
 * Test support: the first difference between two parse results, or null when they are the same value
 * down to key order, prototypes, `-0` and present-but-undefined keys (stricter than toStrictEqual).
 */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (Object.is(a, b)) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return `${path}: ${show(a)} ≠ ${show(b)}`;
  }
  // Errors: the live and the frozen ContractError are different classes with the same name.
  if (a instanceof Error && b instanceof Error) {
    const same = a.name === b.name && a.message === b.message;
    return same ? null : `${path}: ${a.name}: ${a.message} ≠ ${b.name}: ${b.message}`;
  }
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${path}: different prototypes`;
  const keysA = Reflect.ownKeys(a);
  const keysB = Reflect.ownKeys(b);
  if (keysA.length !== keysB.length || keysA.some((key, i) => key !== keysB[i])) {
    return `${path}: keys ${keysA.map(String).join(',')} ≠ ${keysB.map(String).join(',')}`;
  }
  for (const key of keysA) {
    const da = Object.getOwnPropertyDescriptor(a, key);
    const db = Object.getOwnPropertyDescriptor(b, key);
    if (da?.enumerable !== db?.enumerable) return `${path}.${String(key)}: enumerable differs`;
    const difference = firstDifference(da?.value, db?.value, `${path}.${String(key)}`);
    if (difference) return difference;
  }
  return null;
}

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' && Object.is(value, -0)) return '-0';
  try {
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** The result of `run`, or the error it threw (so that throwing alike is agreement too). */
export function outcome(run: () => unknown): unknown {
  try {
    return { returned: run() };
  } catch (error) {
    return { threw: error };
  }
}
