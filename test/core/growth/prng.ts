/** mulberry32: a tiny seeded PRNG, so every simulated account is reproducible from its seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Rng {
  next(): number;
  uniform(lo: number, hi: number): number;
  /** Log-uniform: as many accounts between 2k and 20k as between 200k and 2M. */
  logUniform(lo: number, hi: number): number;
  int(lo: number, hiInclusive: number): number;
  normal(): number;
  chance(p: number): boolean;
}

export function rng(seed: number): Rng {
  const next = mulberry32(seed);
  const r: Rng = {
    next,
    uniform: (lo, hi) => lo + (hi - lo) * next(),
    logUniform: (lo, hi) => Math.exp(r.uniform(Math.log(lo), Math.log(hi))),
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    // Box–Muller; 1 - next() keeps the log away from 0.
    normal: () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
    chance: (p) => next() < p,
  };
  return r;
}
