/**
 * A lookup object without a prototype: keys come from untrusted cells, and a cell reading "constructor" or
 * "toString" must find nothing rather than Object.prototype's functions.
 */
export function lookupTable<V>(entries: Record<string, V>): Readonly<Record<string, V | undefined>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, V>, entries));
}
