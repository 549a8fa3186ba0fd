// The one split of accounts into a "fit" half (A) and a "report" half (B). Usernames are sorted first so the split
// depends only on the set of usernames and the seed, never on the order of rows in the data.
import { mulberry32, shuffle } from './stats.js';

export const SPLIT_SEED = 20190601;

/** Returns a function username → 'A' | 'B'; half A gets the extra account when the count is odd. */
export function splitHalves(usernames, seed = SPLIT_SEED) {
  const shuffled = shuffle([...new Set(usernames)].sort(), mulberry32(seed));
  const cut = Math.ceil(shuffled.length / 2);
  const half = new Map(shuffled.map((u, i) => [u, i < cut ? 'A' : 'B']));
  return (username) => half.get(username);
}
