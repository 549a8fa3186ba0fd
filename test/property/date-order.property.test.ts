import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, decideFileDateOrder, isAmbiguousDate, parseDate, type DateOrder } from '../../src/io/dates.js';

/**
 * A file's numeric date order is never taken wrongly from the dates' spacing: a series that falls evenly in the
 * order it is written (daily, weekly, monthly, quarterly, yearly snapshots; oldest or newest first; one run per
 * account) is read in that order, or left undecided, never in the other; and what the dates show beats any header.
 */

const p2 = (n: number) => String(n).padStart(2, '0');
const write = (day: number, order: DateOrder, sep: string): string => {
  const t = new Date(day * 86_400_000);
  const d = p2(t.getUTCDate()), m = p2(t.getUTCMonth() + 1), y = t.getUTCFullYear();
  return order === 'dmy' ? `${d}${sep}${m}${sep}${y}` : `${m}${sep}${d}${sep}${y}`;
};

/** Evenly spaced days: `count` of them from a start, by a step of days or of months (on a day of the month ≤ 28). */
const series = fc
  .record({
    year: fc.integer({ min: 2015, max: 2030 }),
    month: fc.integer({ min: 1, max: 12 }),
    dom: fc.integer({ min: 1, max: 28 }),
    step: fc.constantFrom<[unit: 'day' | 'month', size: number]>(['day', 1], ['day', 7], ['day', 14], ['month', 1], ['month', 2], ['month', 3], ['month', 6], ['month', 12]),
    count: fc.integer({ min: 2, max: 30 }),
    newestFirst: fc.boolean(),
  })
  .map(({ year, month, dom, step: [unit, size], count, newestFirst }) => {
    const days = Array.from({ length: count }, (_, i) => {
      if (unit === 'day') return dayNumber(year, month, dom)! + i * size;
      const m = month - 1 + i * size;
      return dayNumber(year + Math.floor(m / 12), (m % 12) + 1, dom)!;
    });
    return newestFirst ? days.reverse() : days;
  });

const order = fc.constantFrom<DateOrder>('dmy', 'mdy');
const other = (o: DateOrder): DateOrder => (o === 'dmy' ? 'mdy' : 'dmy');
const sep = fc.constantFrom('/', '.', '-');

describe('the file\'s date order, from evenly spaced series', () => {
  it('is the order written, or undecided: never the other', () => {
    fc.assert(
      fc.property(fc.array(series, { minLength: 1, maxLength: 3 }), order, sep, fc.constantFrom<'en' | undefined>('en', undefined), (accounts, o, s, language) => {
        const runs = accounts.map((days) => days.map((d) => write(d, o, s)));
        const decided = decideFileDateOrder(runs, { language });
        expect('error' in decided, JSON.stringify(runs)).toBe(false);
        if ('order' in decided && decided.order !== undefined) {
          expect(decided.order, JSON.stringify(runs)).toBe(o);
          for (const [i, run] of runs.entries()) expect(run.map((r) => (parseDate(r, decided.order) as { day: number }).day)).toEqual(accounts[i]);
        } else if ('ambiguous' in decided && decided.ambiguous) {
          expect(decided.ambiguous.count).toBe(runs.flat().filter(isAmbiguousDate).length);
        }
      }),
    );
  });

  it('a French header never overrides what the dates show, nor --dates', () => {
    fc.assert(
      fc.property(series, order, sep, (days, o, s) => {
        const dates = days.map((d) => write(d, o, s));
        // A day of the month above 12 shows the order written.
        const shows = days.some((d) => new Date(d * 86_400_000).getUTCDate() > 12);
        if (shows) expect(decideFileDateOrder([dates], { language: 'fr' })).toEqual({ order: o });
        expect(decideFileDateOrder([dates], { language: 'fr', given: other(o) })).toEqual({ order: other(o) });
      }),
    );
  });
});
