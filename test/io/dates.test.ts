import { describe, expect, it } from 'vitest';
import { datesByAccount, dayNumber, decideDateOrder, decideFileDateOrder, fileDateOrder, isAmbiguousDate, parseDate, tooAmbiguous, type DateOrder, type DateOrderEvidence, type ParsedDate } from '../../src/io/dates.js';
import { headerLanguage } from '../../src/io/header-language.js';

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

describe('parseDate: French times (10h30, 10h)', () => {
  it.each<[string, ParsedDate]>([
    ['31 août 2025 à 10h30', day(2025, 8, 31)],
    ['5 mars 2025 14h05', day(2025, 3, 5)],
    ['2026-03-02 10h', day(2026, 3, 2)],
  ])('%s', (raw, want) => {
    expect(parseDate(raw, undefined)).toEqual(want);
  });

  it('a yearless date with a French time keeps no year, and an hour past 24 is refused', () => {
    expect(parseDate('31 août à 10h30', undefined)).toEqual({ ok: true, missing: false, yearless: { month: 8, dayOfMonth: 31 } });
    expect(parseDate('12/03/2025 25h', 'dmy')).toEqual(bad('not a time of day'));
  });
});

describe('parseDate: the year after the time (X API created_at, C ctime, JS Date strings)', () => {
  it.each<[string, ParsedDate]>([
    ['Wed Oct 10 20:19:24 +0000 2018', day(2018, 10, 10)],
    ['Mon Oct 08 09:02:11 +0000 2018', day(2018, 10, 8)],
    ['Sun Jun 24 12:00:00 -0500 2018', day(2018, 6, 24)],
    ['Wed Oct 10 20:19:24 2018', day(2018, 10, 10)],
    ['Mon Oct  1 20:19:24 2018', day(2018, 10, 1)], // ctime pads the day with a space
    ['Wed Oct 10 20:19:24 UTC 2018', day(2018, 10, 10)],
    ['Wed Oct 10 20:19:24 CEST 2018', day(2018, 10, 10)],
    ['Oct 10 20:19:24 +0000 2018', day(2018, 10, 10)],
    ['Wed Oct 10 2018 20:19:24 GMT+0200 (Central European Summer Time)', day(2018, 10, 10)],
    ['Wed Oct 10 2018 20:19:24 GMT-0500', day(2018, 10, 10)],
    ['Wed, 10 Oct 2018 20:19:24 GMT', day(2018, 10, 10)],
    // The day is the one written, before any offset.
    ['Wed Oct 10 23:59:59 -1200 2018', day(2018, 10, 10)],
    // "Tue" is stripped, then "Mar" is March.
    ['Tue Mar 06 10:00:00 +0000 2018', day(2018, 3, 6)],
    ['Mar 6 10:00 2018', day(2018, 3, 6)],
    ['wed oct 10 20:19:24 +0000 2018', day(2018, 10, 10)],
  ])('%s', (raw, want) => {
    expect(parseDate(raw, undefined)).toEqual(want);
  });

  it.each<[string, string]>([
    ['Thu Oct 10 20:19:24 +0000 2018', 'the weekday does not match the date'],
    ['Wed Oct 10 20:19:24 2019', 'the weekday does not match the date'],
    ['Wed Feb 30 20:19:24 +0000 2018', 'not a calendar date'],
    ['Wed Oct 10 25:19:24 +0000 2018', 'not a time of day'],
    ['Wed Oct 10 20:19:24 +0000 0218', 'not a calendar date'],
  ])('%s is refused: %s', (raw, reason) => {
    expect(parseDate(raw, undefined)).toEqual(bad(reason));
  });
});

describe('parseDate: nothing after a time, or after a date without a year, is dropped', () => {
  const yearless = (month: number, dayOfMonth: number): ParsedDate => ({ ok: true, missing: false, yearless: { month, dayOfMonth } });

  it.each<[string, ParsedDate]>([
    ['August 31 10:00', yearless(8, 31)],
    ['August 31, 10:00:00', yearless(8, 31)],
    ['August 31 at 10:00 PM', yearless(8, 31)],
    ['31 août à 10:00', yearless(8, 31)],
    ['Aug 28, 2025 at 10:00 am', day(2025, 8, 28)],
    ['01/02/2025 10:00 AM', day(2025, 1, 2)],
    ['01/02/2025 12:30 p.m.', day(2025, 1, 2)],
    ['2021-01-31 19:53 UTC', day(2021, 1, 31)],
    ['2026-03-02T10:00:00Z (UTC)', day(2026, 3, 2)],
    ['2026-03-02T10:00:00 Z', day(2026, 3, 2)],
    // Words after a date written in full, without a time, are still passed over.
    ['Aug 28, 2025 (Thursday)', day(2025, 8, 28)],
  ])('%s', (raw, want) => {
    expect(parseDate(raw, 'mdy')).toEqual(want);
  });

  it.each<[string, string]>([
    // A year or any digits after a date without one: never read as year-less.
    ['Oct 10 20:19 18', 'not a date'],
    ['Oct 10, 18', 'not a date'],
    ['Oct 10 +0000 2018', 'not a date'],
    ['Oct 10 foo 2018', 'not a date'],
    ['Oct 10 20:19:24 +0000 2018 2019', 'not a date'],
    ['10 oct. 20:19:24 +0000 18', 'not a date'],
    // A year after a time when the date already has one.
    ['Oct 10 2018 20:19:24 2018', 'not a date'],
    ['2026-03-02 10:00 2027', 'not a date'],
    ['2026-03-02T10:00:00Z 2027', 'not a date'],
    ['2026-03-02T10:00:00Z foo', 'not a date'],
    ['Aug 28, 2025 at 25:00', 'not a time of day'],
  ])('%s is refused: %s', (raw, reason) => {
    expect(parseDate(raw, 'mdy')).toEqual(bad(reason));
  });

  // Words after a spaced time are not read, as words after a date never were (Go's time format, zone names, labels).
  it.each<[string, ParsedDate]>([
    ['2026-03-02 00:00:00 +0000 UTC', day(2026, 3, 2)],
    ['2026-03-02 10:00 +0100 CET', day(2026, 3, 2)],
    ['2026-03-06 09:00 Europe/Paris', day(2026, 3, 6)],
    ['2026-03-02 10:00 - Reel', day(2026, 3, 2)],
    ['06/13/2025 10:00 tomorrow', day(2025, 6, 13)],
    ['01/02/2025 13:00 PM', day(2025, 1, 2)],
    ['2026-03-02 10h30min', day(2026, 3, 2)],
  ])('%s is read', (raw, want) => {
    expect(parseDate(raw, 'mdy')).toEqual(want);
  });

  it('a year-less date with an hour before am/pm (Aug 28 9am) stays year-less', () => {
    expect(parseDate('Aug 28 9am', undefined)).toEqual({ ok: true, missing: false, yearless: { month: 8, dayOfMonth: 28 } });
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

  it('isAmbiguousDate: numeric dates with both numbers 12 or under that differ', () => {
    expect(['01/02/2025 10:00', 'Mon 03/04/2025', '3.4.25'].map(isAmbiguousDate)).toEqual([true, true, true]);
    expect(['13/02/2025', '02/13/2025', '07/07/2025', '2025-01-02', 'Jan 2, 2025', '5-Jan-25', ''].map(isAmbiguousDate)).toEqual([false, false, false, false, false, false, false]);
  });
});

/** A French agency's monthly snapshot: the 1st of each month, Jan 2024 to Dec 2025 (the reviewer's file). */
const FRENCH_MONTHLY = [2024, 2025].flatMap((y) => Array.from({ length: 12 }, (_, i) => `01/${String(i + 1).padStart(2, '0')}/${y}`));
/** The same snapshots written month-first, as a US tool writes them. */
const US_MONTHLY = [2024, 2025].flatMap((y) => Array.from({ length: 12 }, (_, i) => `${String(i + 1).padStart(2, '0')}/01/${y}`));
const decide = (dates: readonly string[], evidence: DateOrderEvidence = {}) => decideFileDateOrder([dates], evidence);

describe('decideFileDateOrder: a file whose dates do not show their order', () => {
  it('--dates wins over everything, even a file that mixes orders', () => {
    expect(decide(['13/01/2025', '01/14/2025'], { given: 'mdy' })).toEqual({ order: 'mdy' });
    expect(decide(FRENCH_MONTHLY, { given: 'mdy', language: 'fr' })).toEqual({ order: 'mdy' });
  });

  it('dates that show an order keep it, whatever the header or the spacing says', () => {
    expect(decide(['13/06/2025', '03/04/2025'], { language: 'en', tool: { order: 'mdy', name: 'Meta Business Suite' } })).toEqual({ order: 'dmy' });
    expect(decide(['06/13/2025', '03/04/2025'], { language: 'fr' })).toEqual({ order: 'mdy' });
  });

  it('a file that mixes both orders is an error', () => {
    expect(decide(['13/01/2025', '01/14/2025', '03/04/2025'], { language: 'fr' })).toEqual({ error: 'dates mix day-first (31/01) and month-first (01/31) orders' });
  });

  it('one ambiguous date in a file whose other dates show the order is read in that order', () => {
    expect(decide(['30/12/2024', '31/12/2024', '01/02/2025'])).toEqual({ order: 'dmy' });
    expect(parseDate('01/02/2025', 'dmy')).toEqual(day(2025, 2, 1));
  });

  it('nothing to decide: no ambiguous date, no order and no note', () => {
    expect(decide(['2025-01-02', '07/07/2025', 'Total', ''], { language: 'fr' })).toEqual({ order: undefined });
  });

  it('Meta Business Suite, in English or French: month-first, as it always writes', () => {
    const meta = { order: 'mdy' as const, name: 'Meta Business Suite' };
    expect(decide(['01/02/2025 10:00', '03/04/2025 18:30'], { tool: meta, language: 'fr' })).toEqual({ order: 'mdy', why: 'Meta Business Suite writes them so', example: '01/02/2025 10:00' });
  });

  it('a French monthly snapshot across two years: day-first, the only order in which it falls evenly', () => {
    expect(decide(FRENCH_MONTHLY, { language: 'fr' })).toEqual({ order: 'dmy', why: 'only so do they fall evenly, a month apart, and the header is in French', example: '01/02/2024' });
    // Without the header, the spacing alone says so.
    expect(decide(FRENCH_MONTHLY)).toEqual({ order: 'dmy', why: 'only so do they fall evenly, a month apart', example: '01/02/2024' });
    // Newest first, as many tools list them.
    expect(decide([...FRENCH_MONTHLY].reverse())).toMatchObject({ order: 'dmy' });
  });

  it('the same snapshot written month-first: month-first by its spacing, with an English header or none', () => {
    expect(decide(US_MONTHLY, { language: 'en' })).toEqual({ order: 'mdy', why: 'only so do they fall evenly, a month apart', example: '02/01/2024' });
  });

  it('a French header against dates that fall evenly only month-first is an error', () => {
    expect(decide(US_MONTHLY, { language: 'fr' })).toEqual({ error: 'dates like "02/01/2024" fall evenly (a month apart) only month-first, but the header is in French, which is written day-first' });
  });

  it('within one year both readings fall evenly (monthly one way, daily the other): only a French header settles it', () => {
    const year = FRENCH_MONTHLY.slice(0, 12);
    expect(decide(year, { language: 'fr' })).toEqual({ order: 'dmy', why: 'the header is in French, written day-first', example: '01/02/2024' });
    expect(decide(year, { language: 'en' })).toEqual({ order: undefined, ambiguous: { count: 11, of: 12, example: '01/02/2024' } });
    expect(decide(year)).toEqual({ order: undefined, ambiguous: { count: 11, of: 12, example: '01/02/2024' } });
  });

  it('a quarterly series across a year reads evenly day-first only; a yearly one evenly both ways, so no evidence', () => {
    // The 1st of every third month: month-first it would be Jan 7, Jan 10, Jan 1, Jan 4…
    expect(decide(['01/07/2024', '01/10/2024', '01/01/2025', '01/04/2025', '01/07/2025'])).toMatchObject({ order: 'dmy', why: 'only so do they fall evenly, 3 months apart' });
    // June 1st each year, or January 6th each year: a year apart either way.
    expect(decide(['01/06/2021', '01/06/2022', '01/06/2023', '01/06/2024'])).toEqual({ order: undefined, ambiguous: { count: 4, of: 4, example: '01/06/2021' } });
  });

  it('uneven or too short series are no evidence', () => {
    // A missing month: uneven both ways.
    expect(decide(['01/11/2024', '01/12/2024', '01/02/2025', '01/03/2025'])).toMatchObject({ order: undefined });
    // Three dates, two steps: too few to tell.
    expect(decide(['01/11/2024', '01/12/2024', '01/01/2025'])).toMatchObject({ order: undefined });
    // A repeated day is no step.
    expect(decide(['01/11/2024', '01/11/2024', '01/12/2024', '01/01/2025', '01/02/2025'])).toMatchObject({ order: undefined });
  });

  it('accounts are separate series: a long history\'s runs each fall evenly, all by the same step', () => {
    const rows = ['a', 'b'].flatMap((h) => FRENCH_MONTHLY.map((d) => [h, d]));
    const runs = datesByAccount(rows, 1, [0]);
    expect(runs).toHaveLength(2);
    expect(decideFileDateOrder(runs, {})).toMatchObject({ order: 'dmy' });
    // Read as one series, the restart between accounts would be uneven.
    expect(decideFileDateOrder([runs.flat()], {})).toMatchObject({ order: undefined });
    // Rows interleaved by day (every account on the 1st, then the 2nd…) group the same.
    const interleaved = FRENCH_MONTHLY.flatMap((d) => [['a', d], ['b', d]]);
    expect(decideFileDateOrder(datesByAccount(interleaved, 1, [0]), {})).toMatchObject({ order: 'dmy' });
  });

  it('a Total row or an empty cell in a series is passed over', () => {
    expect(decide([...FRENCH_MONTHLY.slice(0, 6), '', ...FRENCH_MONTHLY.slice(6), 'Total'])).toMatchObject({ order: 'dmy' });
  });

  it('tooAmbiguous: more than a tenth of the dates', () => {
    expect([tooAmbiguous({ count: 1, of: 10 }), tooAmbiguous({ count: 1, of: 9 }), tooAmbiguous({ count: 22, of: 24 })]).toEqual([false, true, true]);
  });
});

describe('fileDateOrder: notes and refusals', () => {
  const run = (dates: readonly string[], evidence: DateOrderEvidence = {}) => {
    const notes: string[] = [];
    try {
      return { order: fileDateOrder([dates], evidence, 'h.csv', (m) => notes.push(m)), notes };
    } catch (e) {
      return { error: (e as Error).message, name: (e as Error).name, notes };
    }
  };

  it('an order taken from the spacing or the header is said, with how to take the other', () => {
    expect(run(FRENCH_MONTHLY, { language: 'fr' })).toEqual({ order: 'dmy', notes: ['h.csv: dates like "01/02/2024" read day-first (only so do they fall evenly, a month apart, and the header is in French): set --dates mdy if not'] });
    expect(run(US_MONTHLY)).toEqual({ order: 'mdy', notes: ['h.csv: dates like "02/01/2024" read month-first (only so do they fall evenly, a month apart): set --dates dmy if not'] });
  });

  it('dates too often undecided: refused, asking for --dates', () => {
    expect(run(FRENCH_MONTHLY.slice(0, 12))).toEqual({
      error: 'h.csv: the day/month order of 11 of 12 dates is ambiguous (like "01/02/2024") and nothing in the file settles it; say which with --dates dmy or --dates mdy',
      name: 'UserError', notes: [],
    });
  });

  it('a few undecided dates among many others are left to their rows, as before', () => {
    const iso = Array.from({ length: 10 }, (_, i) => `2025-03-${String(i + 10)}`);
    expect(run([...iso, '03/04/2025'])).toEqual({ order: undefined, notes: [] });
  });

  it('a French header against the spacing: refused', () => {
    expect(run(US_MONTHLY, { language: 'fr' })).toMatchObject({ name: 'UserError', error: expect.stringMatching(/^h\.csv: dates like "02\/01\/2024" fall evenly .*; say which with --dates dmy or --dates mdy$/) });
  });
});

describe('headerLanguage', () => {
  it.each<[string[], 'fr' | 'en' | undefined]>([
    [['Date', 'Compte', 'Abonnés'], 'fr'],
    [['date de publication', 'mentions j\'aime', 'commentaires'], 'fr'],
    [['Jour', 'Nb abonnes'], 'fr'],
    [['Date', 'Account', 'Followers'], 'en'],
    [['Publish time', 'Likes'], 'en'],
    [['Date'], undefined],
    [['Date', '@lucie.velo', 'marie_voyage'], undefined],
    // A hand-made sheet mixing both: no evidence either way.
    [['Date', 'Handle', 'Abonnés'], undefined],
  ])('%j → %s', (header, want) => {
    expect(headerLanguage(header)).toBe(want);
  });
});
