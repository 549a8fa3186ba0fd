import { describe, expect, it } from 'vitest';
import { dayNumber, decideDateOrder, needsDateOrder, parseDate, type DateOrder, type ParsedDate } from '../../src/io/dates.js';

const day = (y: number, m: number, d: number): ParsedDate => ({ ok: true, missing: false, day: dayNumber(y, m, d)! });
const bad = (reason: string): ParsedDate => ({ ok: false, reason });

describe('parseDate: ISO with a time', () => {
  it.each<[string, ParsedDate]>([
    ['2026-03-02T10:00:00Z', day(2026, 3, 2)],
    ['2026-03-02T10:00:00.000Z', day(2026, 3, 2)],
    ['2026-03-02T10:00:00,5Z', day(2026, 3, 2)],
    ['2026-03-02T10:00:00+01:00', day(2026, 3, 2)],
    ['2026-03-02T10:00:00+0100', day(2026, 3, 2)],
    ['2026-03-02T10:00', day(2026, 3, 2)],
    ['2026-03-02t10:00:00z', day(2026, 3, 2)],
    ['2016-12-31T23:59:60Z', day(2016, 12, 31)],
    ['2026-03-02T24:00:00Z', day(2026, 3, 2)],
    // The calendar date as written, as for "2026-03-02 23:30": not moved to UTC's March 3rd or March 1st.
    ['2026-03-02T23:30:00-05:00', day(2026, 3, 2)],
    ['2026-03-02T00:15:00.000+01:00', day(2026, 3, 2)],
    ['2026-03-02 23:30', day(2026, 3, 2)],
    ['2021-01-31 19:53 +0000', day(2021, 1, 31)],
    ['2026/03/02T10:00:00Z', day(2026, 3, 2)],
  ])('%s', (raw, want) => {
    expect(parseDate(raw, undefined)).toEqual(want);
  });

  it.each<[string, string]>([
    ['2026-01-03T25:61:61Z', 'not a time of day'],
    ['2026-01-03T24:30:00Z', 'not a time of day'],
    ['2026-01-03T10:60Z', 'not a time of day'],
    ['2026-01-03 25:00', 'not a time of day'],
    ['2026-01-03T', 'not a date'],
    ['2026-01-03Tnoon', 'not a date'],
    ['2026-01-03T10:00:00Q', 'not a date'],
    ['2026-02-30T10:00:00Z', 'not a calendar date'],
  ])('%s is refused: %s', (raw, reason) => {
    expect(parseDate(raw, undefined)).toEqual(bad(reason));
  });

  it('a numeric date keeps its time after a space, checked the same way', () => {
    expect(parseDate('01/02/2025 10:00', 'mdy')).toEqual(day(2025, 1, 2));
    expect(parseDate('01/02/2025 10:00', 'dmy')).toEqual(day(2025, 2, 1));
    expect(parseDate('01/02/2025 31:00', 'mdy')).toEqual(bad('not a time of day'));
  });
});

describe('parseDate: spreadsheet forms', () => {
  it.each<[string, ParsedDate]>([
    ['5-Jan-2025', day(2025, 1, 5)],
    ['05-Jan-25', day(2025, 1, 5)],
    ['05-janv.-25', day(2025, 1, 5)],
    ['28-févr.-24', day(2024, 2, 28)],
    ['15-août-25', day(2025, 8, 15)],
    ['1-Sept-2025', day(2025, 9, 1)],
    ['31-Dec-99', day(1999, 12, 31)],
    ['1-Jan-69', day(2069, 1, 1)],
    ['1-Jan-70', day(1970, 1, 1)],
    ['lundi 6 janvier 2025', day(2025, 1, 6)],
    ['Lundi 1er décembre 2025', day(2025, 12, 1)],
    ['mer. 22 janv. 2025', day(2025, 1, 22)],
    ['Mon, Jan 6, 2025', day(2025, 1, 6)],
    ['Monday, January 6, 2025', day(2025, 1, 6)],
    ['Sat 2025-01-04', day(2025, 1, 4)],
    ['Mon 13/01/2025', day(2025, 1, 13)],
    // "mar" is Tuesday in French and March in English.
    ['mar 7 janvier 2025', day(2025, 1, 7)],
    ['Mar 6, 2025', day(2025, 3, 6)],
  ])('%s', (raw, want) => {
    expect(parseDate(raw, undefined)).toEqual(want);
  });

  it('a weekday without a year cannot be checked; the date stays year-less', () => {
    expect(parseDate('Monday, August 31', undefined)).toEqual({ ok: true, missing: false, yearless: { month: 8, dayOfMonth: 31 } });
    expect(parseDate('Mar 6', undefined)).toEqual({ ok: true, missing: false, yearless: { month: 3, dayOfMonth: 6 } });
  });

  it.each<[string, string]>([
    ['Tue, Jan 6, 2025', 'the weekday does not match the date'],
    ['mardi 6 janvier 2025', 'the weekday does not match the date'],
    ['31-Feb-25', 'not a calendar date'],
    ['5-Foo-2025', 'not a date'],
    ['5-Jan-202', 'not a date'],
    ['lundi', 'not a date'],
    ['lundi -', 'not a date'],
    ['lundi 31/02/2025', 'not a calendar date'],
    ['lundi 03/04/2025', 'day and month order is ambiguous (use --dates dmy or --dates mdy)'],
  ])('%s is refused: %s', (raw, reason) => {
    expect(parseDate(raw, undefined)).toEqual(bad(reason));
  });
});

describe('parseDate: forms read before stay as they were', () => {
  it.each<[string, DateOrder | undefined, ParsedDate]>([
    ['2026-03-02', undefined, day(2026, 3, 2)],
    ['13/06/2025', undefined, day(2025, 6, 13)],
    ['11/26/24', undefined, day(2024, 11, 26)],
    ['13-06-2025', undefined, day(2025, 6, 13)],
    ['02.03.2026', 'dmy', day(2026, 3, 2)],
    ['Aug 28, 2025', undefined, day(2025, 8, 28)],
    ['28 août 2025', undefined, day(2025, 8, 28)],
    ['03/02/2026', undefined, bad('day and month order is ambiguous (use --dates dmy or --dates mdy)')],
    ['07/07/2026', undefined, day(2026, 7, 7)], // the same day either way
    ['', undefined, { ok: true, missing: true }],
    ['n/a', undefined, { ok: true, missing: true }],
    ['yesterday', undefined, bad('not a date')],
    ['0000-00-00', undefined, bad('not a calendar date')],
  ])('%s (%s)', (raw, order, want) => {
    expect(parseDate(raw, order)).toEqual(want);
  });
});

describe('the file\'s date order', () => {
  it('sees numeric dates behind a weekday', () => {
    expect(decideDateOrder(['Mon 13/01/2025', 'Tue 14/01/2025'])).toEqual({ order: 'dmy' });
    expect(decideDateOrder(['lundi 01/13/2025'])).toEqual({ order: 'mdy' });
  });

  it('needsDateOrder: numeric dates with both numbers 12 or under', () => {
    expect(['01/02/2025 10:00', 'Mon 03/04/2025', '3.4.25'].map(needsDateOrder)).toEqual([true, true, true]);
    expect(['13/02/2025', '02/13/2025', '2025-01-02', 'Jan 2, 2025', '5-Jan-25', ''].map(needsDateOrder)).toEqual([false, false, false, false, false, false]);
  });
});
