import type { FollowerSeries } from '../../../src/core/account.js';

/** 2026-01-01: day 0 of every hand-built series. */
export const JAN1 = 20_454;

/** A deterministic weekly wobble, so hand-built series have noise for the MAD without a generator. */
const WOBBLE = [0.6, -0.4, 1, -0.8, 0.3, -0.5, -0.2];

export interface DailyOptions {
  days?: number;
  start?: number;
  perDay?: number;
  /** Wobble amplitude in followers/day. */
  noise?: number;
  /** Extra net change on given day indexes (a purchase, a drop, a purge). */
  extra?: Record<number, number>;
  /** Keep only every `every`-th day (weekly snapshots), from `offset`. */
  every?: number;
  offset?: number;
  /** Day indexes to leave out (a gap in the export). */
  missing?: number[];
}

/** Daily totals from day 0 = 2026-01-01: start + perDay·d + wobble + extras, then sampled like an export. */
export function daily(o: DailyOptions = {}): FollowerSeries {
  const { days = 90, start = 50_000, perDay = 40, noise = 10, extra = {}, every = 1, offset = 0, missing = [] } = o;
  const outDays: number[] = [];
  const outFollowers: number[] = [];
  let total = start;
  for (let d = 0; d < days; d++) {
    total += perDay + noise * WOBBLE[d % 7]! + (extra[d] ?? 0);
    if ((d - offset) % every === 0 && d >= offset && !missing.includes(d)) {
      outDays.push(JAN1 + d);
      outFollowers.push(Math.round(total));
    }
  }
  return { days: Int32Array.from(outDays), followers: Float64Array.from(outFollowers) };
}

/** Extras that spread `total` evenly over `days` day indexes from `from` (a give-back, a decaying bump). */
export function spread(from: number, days: number, total: number): Record<number, number> {
  const out: Record<number, number> = {};
  for (let k = 0; k < days; k++) out[from + k] = total / days;
  return out;
}

export function dayIndexOf(iso: string): number {
  return Date.parse(iso) / 86_400_000 - JAN1;
}
