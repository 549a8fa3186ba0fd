/**
 * A lookup object without a prototype: keys come from untrusted cells, and a cell reading "constructor" or
 * "toString" must find nothing rather than Object.prototype's functions.
 */
export function lookupTable<V>(entries: Record<string, V>): Readonly<Record<string, V | undefined>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, V>, entries));
}

/**
 * `read` with a memory of the cells it read: an export repeats a few spellings row after row (platforms, yes/no),
 * and comparing a cell with the last one beats hashing each new string, which beat folding it (Unicode
 * normalisation, regexes) again. The other spellings seen are kept in a map, bounded so that a column of free text
 * cannot grow it without end. `read` must be pure: a cell's reading is the same whatever came before it.
 */
export function rememberingReader<T>(read: (cell: string) => T, max = 256): (cell: string) => T {
  const seen = new Map<string, T>();
  let lastCell: string | undefined;
  let lastValue: T | undefined;
  return (cell) => {
    if (cell === lastCell) return lastValue as T;
    let value = seen.get(cell);
    if (value === undefined && !seen.has(cell)) {
      value = read(cell);
      if (seen.size < max) seen.set(cell, value);
    }
    lastCell = cell;
    lastValue = value;
    return value as T;
  };
}
