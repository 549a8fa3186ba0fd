import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readsAsNetChanges, type DayValue } from '../../src/io/net-or-totals.js';

const daily = (values: readonly number[], step = 1): DayValue[] => values.map((value, i) => ({ day: 20_000 + i * step, value }));

describe("readsAsNetChanges: a single account's Subscribers column, totals or net changes per day", () => {
  it.each<[string, DayValue[], boolean]>([
    ['YouTube Studio with losing days', daily([3, 4, 2, 5, 3, 4, 900, -150, -140, 4, 3, 5, 2, 4, 3]), true],
    ['YouTube Studio, gains only', daily([3, 4, 2, 3, 5, 2, 900, 4, 3, 5, 2, 4, 3, 5]), true],
    ['a big channel gaining about 900 a day, one viral day', daily([905, 880, 940, 870, 910, 30_000, 6_000, 890, 925, 900, 870, 915, 880, 930]), true],
    ['a tiny channel gaining 0 or 1 a day', daily([0, 1, 0, 1, 1, 0, 1, 0, 0, 1, 0, 1, 1, 0]), true],
    ['a Social Blade total', daily(Array.from({ length: 30 }, (_, i) => 48_000 + 25 * i + (i % 3) * 4)), false],
    ['a total with a purchase spike, then drops', daily([...Array.from({ length: 10 }, (_, i) => 48_000 + 20 * i), 60_200, 57_700, 55_200, 52_700, 50_200, ...Array.from({ length: 15 }, (_, i) => 50_220 + 20 * i)]), false],
    ['a short history of a purchase (8 days: too few to judge)', daily([48_000, 48_020, 60_040, 57_500, 55_000, 52_500, 50_000, 50_030]), false],
    ['a total with one -1 (a scraper\'s "unknown")', daily(Array.from({ length: 20 }, (_, i) => (i === 7 ? -1 : 48_000 + 20 * i))), false],
    ['weekly totals growing 35 % a week', daily(Array.from({ length: 16 }, (_, i) => Math.round(1000 * 1.35 ** i)), 7), false],
    ['a total falling steadily (a purge)', daily(Array.from({ length: 20 }, (_, i) => 9000 - 80 * i)), false],
    ['the same gain every day (flat at 3 is as plausible)', daily(Array.from({ length: 20 }, () => 3)), false],
  ])('%s', (_name, points, net) => {
    expect(readsAsNetChanges(points)).toBe(net);
  });

  it('newest first (as some exports write) reads the same as oldest first', () => {
    const points = daily([905, 880, 940, 870, 910, 30_000, 6_000, 890, 925, 900, 870, 915, 880, 930]);
    expect(readsAsNetChanges([...points].reverse())).toBe(true);
  });

  it('a total of 100 or more moving under 1 % a day is never taken for net changes', () => {
    fc.assert(fc.property(
      fc.integer({ min: 100, max: 50_000_000 }),
      fc.array(fc.double({ min: -0.01, max: 0.01, noNaN: true }), { minLength: 1, maxLength: 400 }),
      (start, moves) => {
        const values = [start];
        for (const m of moves) values.push(Math.max(100, Math.round(values[values.length - 1]! * (1 + m))));
        return !readsAsNetChanges(daily(values));
      },
    ));
  });

  it('a total of 1,000 or more that only grows, by up to 5 % a day, is never taken for net changes', () => {
    fc.assert(fc.property(fc.integer({ min: 1000, max: 1e8 }), fc.array(fc.double({ min: 0, max: 0.05, noNaN: true }), { maxLength: 300 }), (start, gains) => {
      const values = [start];
      for (const g of gains) values.push(Math.round(values[values.length - 1]! * (1 + g)));
      return !readsAsNetChanges(daily(values));
    }));
  });

  it('a total of 1,000 or more shrinking by up to 2 % a day is never taken for net changes', () => {
    fc.assert(fc.property(fc.integer({ min: 1000, max: 1e8 }), fc.array(fc.double({ min: -0.02, max: 0.002, noNaN: true }), { maxLength: 300 }), (start, moves) => {
      const values = [start];
      for (const m of moves) values.push(Math.max(1000, Math.round(values[values.length - 1]! * (1 + m))));
      return !readsAsNetChanges(daily(values));
    }));
  });

  it('two bad cells (-1) among totals leave them totals', () => {
    const values = Array.from({ length: 60 }, (_, i) => (i === 9 || i === 49 ? -1 : 20_000 + 15 * i + (i >= 30 && i < 40 ? 6000 - 500 * (i - 30) : 0)));
    expect(readsAsNetChanges(daily(values))).toBe(false);
  });

  it.each<[string, number[]]>([
    ['a weekday rhythm (two turns a week)', Array.from({ length: 28 }, (_, i) => [1000, 950, 930, 970, 1020, 1120, 1150][i % 7]!)],
    ['gains decaying after a viral video', Array.from({ length: 28 }, (_, i) => Math.round(5000 * 0.8 ** i) + 3)],
    ['a French Studio export with losing days', Array.from({ length: 28 }, (_, i) => [300, 280, -12, 310, 290, 350, -5][i % 7]!)],
    ['a dormant channel losing a few a day', [0, -1, 0, -2, -1, 0, 0, -1, -3, 0, -1, 0, 1, -2, 0, -1, -1, 0, -2, 0, 0, -1, 0, -1, -2, 0, 1, -1]],
    ['a channel only losing', Array.from({ length: 28 }, (_, i) => -1 - (i % 5))],
    ['gains decaying slowly (5 % a day) after a viral video', Array.from({ length: 28 }, (_, i) => Math.floor(2000 * 0.95 ** i))],
  ])('%s: net changes', (_name, values) => {
    expect(readsAsNetChanges(daily(values))).toBe(true);
  });
});
