import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readsAsNetChanges } from '../../src/io/net-or-totals.js';

describe('readsAsNetChanges: a single account\'s followers column, totals or net changes per day', () => {
  it.each<[string, number[], boolean]>([
    ['YouTube Studio Subscribers with a losing day', [3, 4, 2, 900, -150, 4], true],
    ['YouTube Studio Subscribers, gains only', [3, 4, 2, 3, 5, 2, 900, 4, 3], true],
    ['a Social Blade total of a channel', [48_000, 48_030, 48_055, 48_950, 48_800, 48_810, 48_840], false],
    ['a total with a purchase spike', [12_000, 12_010, 12_020, 18_000, 17_900, 17_950, 17_960], false],
    ['too few days to judge swings', [3, 4, 2, 900], false],
    ['the same gain every day (flat at 3 is as plausible)', [3, 3, 3, 3, 3, 3, 3, 3], false],
  ])('%s', (_name, values, net) => {
    expect(readsAsNetChanges(values)).toBe(net);
  });

  it('a total of 100 or more moving under 20 % a day is never taken for net changes', () => {
    fc.assert(fc.property(
      fc.integer({ min: 100, max: 50_000_000 }),
      fc.array(fc.double({ min: -0.2, max: 0.2, noNaN: true }), { minLength: 1, maxLength: 400 }),
      (start, moves) => {
        const values = [start];
        for (const m of moves) values.push(Math.max(100, Math.round(values[values.length - 1]! * (1 + m))));
        return !readsAsNetChanges(values);
      },
    ));
  });

  it('a column with a negative value is net changes, whatever else it holds', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -1e6, max: 1e9 }), { minLength: 1 }).filter((v) => v.some((x) => x < 0)), (values) => readsAsNetChanges(values)));
  });
});
