import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FollowerSeries } from '../../../src/core/account.js';
import { totalsWithNetChanges } from '../../../src/core/growth/totals-with-net-changes.js';

const series = (days: number[], followers: number[]): FollowerSeries => ({ days: Int32Array.from(days), followers: Float64Array.from(followers) });

describe('totalsWithNetChanges: net changes fill the days totals do not cover', () => {
  it('after the totals: from the last total, plus the changes since', () => {
    const s = totalsWithNetChanges(series([1, 2, 3], [100, 110, 120]), [3, 4, 5], [5, 7, 9], [0, 2, 1]);
    expect(Array.from(s.days)).toEqual([1, 2, 3, 4, 5]);
    // Day 3 keeps its total; day 4 = 120 + (7 − 2); day 5 = that + (9 − 1).
    expect(Array.from(s.followers)).toEqual([100, 110, 120, 125, 133]);
  });

  it('before the totals: back from the first total, minus the changes up to it', () => {
    const s = totalsWithNetChanges(series([10, 11], [1_000, 1_010]), [8, 9, 10], [3, 4, 10], [0, 0, 0]);
    // Day 10's total 1,000 includes its own +10 and day 9's +4: day 9 = 1,000 − 10; day 8 = 1,000 − 10 − 4.
    expect(Array.from(s.followers)).toEqual([986, 990, 1_000, 1_010]);
  });

  it('no day left to fill: the totals as they were', () => {
    const t = series([1, 2], [5, 6]);
    expect(totalsWithNetChanges(t, [1, 2], [1, 1])).toBe(t);
  });

  it('between two totals, net changes add nothing: gains alone, or rounded totals, would draw a spike and a drop', () => {
    // Weekly totals at +350 a week; daily gains only (no losses column), one big day.
    const t = series([0, 7, 14], [10_000, 10_350, 10_700]);
    const days = Array.from({ length: 15 }, (_, d) => d);
    const s = totalsWithNetChanges(t, days, days.map((d) => (d === 3 ? 1_500 : 80)));
    expect(Array.from(s.days)).toEqual([0, 7, 14]);
  });

  it('property: every total is kept; every day of the changes outside the totals\' range is added, in order', () => {
    fc.assert(fc.property(
      fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 20 }),
      fc.array(fc.record({ day: fc.integer({ min: 0, max: 60 }), gained: fc.nat(500), lost: fc.nat(500) }), { minLength: 1, maxLength: 30 }),
      (totalDays, changes) => {
        const days = [...totalDays].sort((a, b) => a - b);
        const t = series(days, days.map((d) => 10_000 + d * 10));
        const s = totalsWithNetChanges(t, changes.map((c) => c.day), changes.map((c) => c.gained), changes.map((c) => c.lost));
        const outside = changes.map((c) => c.day).filter((d) => d < days[0]! || d > days[days.length - 1]!);
        const all = [...new Set([...days, ...outside])].sort((a, b) => a - b);
        expect(Array.from(s.days)).toEqual(all);
        days.forEach((d, i) => expect(s.followers[all.indexOf(d)]).toBe(t.followers[i]));
      },
    ));
  });
});
