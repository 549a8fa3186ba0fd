import fc from 'fast-check';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/cli-io.js';
import { asOfFlag, dayFlag, today } from '../../src/cli/day-flags.js';
import { mapFlags } from '../../src/cli/map-flags.js';
import { isoDay } from '../../src/core/growth/index.js';
import { dayNumber } from '../../src/io/dates.js';
import { UserError } from '../../src/shared/user-error.js';

const ioAt = (ms: number): CliIo => ({ stdout: new Writable(), stdin: Readable.from([]), err: () => {}, env: {}, cwd: '/', now: () => ms });
const DAY = 86_400_000;
const D2026_11_23 = dayNumber(2026, 11, 23)!;

describe('today: the UTC day of the CLI\'s clock', () => {
  it('changes at midnight UTC, not before', () => {
    expect(today(ioAt(D2026_11_23 * DAY))).toBe(D2026_11_23);
    expect(today(ioAt((D2026_11_23 + 1) * DAY - 1))).toBe(D2026_11_23);
    expect(today(ioAt((D2026_11_23 + 1) * DAY))).toBe(D2026_11_23 + 1);
  });
});

describe('dayFlag: --since and --as-of read as the date cells are', () => {
  it.each<[string, number]>([
    ['2026-11-23', D2026_11_23],
    ['Nov 23, 2026', D2026_11_23],
    ['23 novembre 2026', D2026_11_23],
    ['2026-11-23T18:30:00Z', D2026_11_23],
  ])('%s', (raw, day) => expect(dayFlag('--as-of', raw)).toBe(day));

  it.each(['', 'nope', '2026-02-30', '03/04/2026', 'August 31', '-'])('%j is refused, naming the option', (raw) => {
    expect(() => dayFlag('--since', raw)).toThrow(new UserError(`--since ${raw}: expected a date such as 2026-01-01`));
  });

  it('property: any calendar day written in ISO reads back as itself', () => {
    fc.assert(fc.property(fc.integer({ min: dayNumber(1900, 1, 1)!, max: dayNumber(2200, 12, 31)! }), (day) => {
      expect(dayFlag('--as-of', isoDay(day))).toBe(day);
    }));
  });
});

describe('asOfFlag: --as-of, else today', () => {
  const io = ioAt(D2026_11_23 * DAY + 12 * 3_600_000);

  it('not given: today, not said to be given', () => {
    expect(asOfFlag(undefined, io)).toEqual({ asOfDay: D2026_11_23, asOfGiven: false });
  });

  it('property: any day up to tomorrow is taken; any later day is refused', () => {
    fc.assert(fc.property(fc.integer({ min: -3_650, max: 3_650 }), (offset) => {
      const raw = isoDay(D2026_11_23 + offset);
      if (offset <= 1) expect(asOfFlag(raw, io)).toEqual({ asOfDay: D2026_11_23 + offset, asOfGiven: true });
      else expect(() => asOfFlag(raw, io)).toThrow(`--as-of ${raw}: a day in the future (today is 2026-11-23)`);
    }));
  });
});

describe('mapFlags: --map field=Header, for score and followers alike', () => {
  const fields = ['handle', 'followers'];

  it('field → header, the header kept as written (spaces, "=")', () => {
    expect(mapFlags(['followers=Audience totale', ' handle =Compte=x'], fields)).toEqual({ followers: 'Audience totale', handle: 'Compte=x' });
  });

  it.each(['followers', 'likes=Likes', '=Header'])('%j is refused with the fields it accepts', (entry) => {
    expect(() => mapFlags([entry], fields)).toThrow(new UserError(`--map ${entry}: expected field=Header with field one of handle, followers`));
  });
});
