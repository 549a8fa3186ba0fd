/**
 * Freezes a value and everything it holds. Scoring configs are values: the scorer caches lookups per config
 * object (weights, norm tables), so a config changed in place would be scored with stale lookups; frozen, such a
 * change throws instead of going unnoticed.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}
