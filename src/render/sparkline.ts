/** Eight block heights, lowest first; a space stands for an unknown value. */
export const SPARK_BLOCKS = '▁▂▃▄▅▆▇█';

export interface Sparkline {
  /** One character per bucket: never longer than the width asked for, never stretched when shorter. */
  line: string;
  /** Positions in `line` (0-based, ascending, unique) of the buckets holding a marked index. */
  marks: number[];
}

export interface SparklineOptions {
  /**
   * How a bucket of several values becomes one character: `max` (default) keeps a one-day spike visible at any
   * width; `last` shows where each bucket ended, as a weekly snapshot would.
   */
  reduce?: 'max' | 'last';
}

/**
 * A unicode sparkline of `values` in at most `width` characters, scaled from the smallest to the largest shown
 * value. Non-finite values are unknown and render as a space. `markIndexes` (indexes into `values`, e.g. spike
 * days) come back as positions in the line, so a renderer can colour or underline them; this module has no colour.
 */
export function sparkline(values: ArrayLike<number>, width: number, markIndexes: readonly number[] = [], opts: SparklineOptions = {}): Sparkline {
  const n = values.length;
  const w = Math.min(n, Number.isFinite(width) ? Math.max(0, Math.floor(width)) : 0);
  if (w === 0) return { line: '', marks: [] };
  const start = (b: number) => Math.floor((b * n) / w);
  const buckets: number[] = [];
  for (let b = 0; b < w; b++) buckets.push(reduceBucket(values, start(b), start(b + 1), opts.reduce ?? 'max'));
  const known = buckets.filter(Number.isFinite);
  const lo = Math.min(...known);
  const hi = Math.max(...known);
  const line = buckets
    .map((v) => {
      if (!Number.isFinite(v)) return ' ';
      // A flat series sits mid-height: the bottom row would read as "zero", the top as "peak".
      const level = hi === lo ? 3 : Math.round(((v - lo) / (hi - lo)) * (SPARK_BLOCKS.length - 1));
      return SPARK_BLOCKS[level]!;
    })
    .join('');
  const marks = new Set<number>();
  for (const i of markIndexes) {
    if (!Number.isInteger(i) || i < 0 || i >= n) continue;
    let b = Math.min(w - 1, Math.floor((i * w) / n));
    while (b + 1 < w && start(b + 1) <= i) b++;
    while (b > 0 && start(b) > i) b--;
    marks.add(b);
  }
  return { line, marks: [...marks].sort((x, y) => x - y) };
}

function reduceBucket(values: ArrayLike<number>, from: number, to: number, how: 'max' | 'last'): number {
  let out = NaN;
  for (let i = from; i < to; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    if (how === 'last' || Number.isNaN(out) || v > out) out = v;
  }
  return out;
}
