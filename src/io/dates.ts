import { lookupTable } from '../core/lookup-table.js';
/**
 * Dates as exports write them: ISO (`2026-03-02`, `2021-01-31 19:53 +0000`, `2026-03-02T10:00:00Z`), numeric
 * day-first or month-first (`13/06/2025`, `11/26/24`, `13-06-2025`, `02.03.2026`), and month names in English or
 * French, with or without a year (`Aug 28, 2025`, `28 août 2025`, `August 31` from TikTok Studio). Numeric
 * day/month order is decided once per file (`decideDateOrder`), never guessed per row.
 */
import { UserError } from '../shared/user-error.js';

export type DateOrder = 'dmy' | 'mdy';

export type ParsedDate =
  | { ok: true; missing: true }
  | { ok: true; missing: false; day: number }
  /** A month and day with no year (TikTok Studio): the reader places it in a year. */
  | { ok: true; missing: false; yearless: { month: number; dayOfMonth: number } }
  | { ok: false; reason: string };

const MONTHS = lookupTable<number>({
  jan: 1, january: 1, janv: 1, janvier: 1, feb: 2, february: 2, fev: 2, fevr: 2, fevrier: 2, mar: 3, march: 3, mars: 3,
  apr: 4, april: 4, avr: 4, avril: 4, may: 5, mai: 5, jun: 6, june: 6, juin: 6, jul: 7, july: 7, juil: 7, juillet: 7,
  aug: 8, august: 8, aou: 8, aout: 8, sep: 9, sept: 9, september: 9, septembre: 9, oct: 10, october: 10, octobre: 10,
  nov: 11, november: 11, novembre: 11, dec: 12, december: 12, decembre: 12,
});

const ISO = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[T\s])/;
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:$|[T\s,])/;
const NAME_FIRST = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?(?:$|[\s,T])/;
const DAY_FIRST = /^(\d{1,2})(?:er)?\s+([a-z]+)\.?(?:,?\s+(\d{4}))?(?:$|[\s,T])/;
const MISSING = new Set(['', '-', 'n/a', 'na', 'null', 'none']);

/** Days since 1970-01-01 UTC, or undefined when the calendar has no such day (31/02, 0000-00-00). */
export function dayNumber(year: number, month: number, dayOfMonth: number): number | undefined {
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31 || year < 1900 || year > 2200) return undefined;
  const ms = Date.UTC(year, month - 1, dayOfMonth);
  const d = new Date(ms);
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== dayOfMonth) return undefined;
  return ms / 86_400_000;
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? (n < 70 ? 2000 + n : 1900 + n) : n;
}

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

function checked(y: number, m: number, d: number): ParsedDate {
  const day = dayNumber(y, m, d);
  return day === undefined ? { ok: false, reason: 'not a calendar date' } : { ok: true, missing: false, day };
}

export function parseDate(raw: string, order: DateOrder | undefined): ParsedDate {
  const s = fold(raw);
  if (MISSING.has(s)) return { ok: true, missing: true };
  let m = ISO.exec(s);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]));
  m = NUMERIC.exec(s);
  if (m) {
    const a = Number(m[1]), b = Number(m[2]), y = fullYear(m[3]!);
    const o = order ?? (a > 12 ? 'dmy' : b > 12 ? 'mdy' : undefined);
    if (!o) return { ok: false, reason: 'day and month order is ambiguous (use --dates dmy or --dates mdy)' };
    return o === 'dmy' ? checked(y, b, a) : checked(y, a, b);
  }
  m = NAME_FIRST.exec(s);
  if (m && MONTHS[m[1]!] !== undefined) return named(MONTHS[m[1]!]!, Number(m[2]), m[3]);
  m = DAY_FIRST.exec(s);
  if (m && MONTHS[m[2]!] !== undefined) return named(MONTHS[m[2]!]!, Number(m[1]), m[3]);
  return { ok: false, reason: 'not a date' };
}

function named(month: number, dayOfMonth: number, year: string | undefined): ParsedDate {
  if (year !== undefined) return checked(Number(year), month, dayOfMonth);
  if (dayNumber(2000, month, dayOfMonth) === undefined) return { ok: false, reason: 'not a calendar date' };
  return { ok: true, missing: false, yearless: { month, dayOfMonth } };
}

/**
 * A file's numeric date order from its first rows: a first number above 12 means day-first, a second above 12
 * month-first. Both → the file mixes conventions (an error); neither → undecided (only an error if a numeric
 * date actually needs it; `--dates` settles it).
 */
export function decideDateOrder(samples: readonly string[]): { order: DateOrder | undefined } | { error: string } {
  let dmy = false, mdy = false;
  for (const raw of samples) {
    const m = NUMERIC.exec(fold(raw));
    if (!m) continue;
    if (Number(m[1]) > 12) dmy = true;
    if (Number(m[2]) > 12) mdy = true;
  }
  if (dmy && mdy) return { error: 'dates mix day-first (31/01) and month-first (01/31) orders' };
  return { order: dmy ? 'dmy' : mdy ? 'mdy' : undefined };
}

/**
 * Places year-less dates (TikTok's "August 31") in consecutive years: rows run in date order, so a jump back of
 * more than half a year is the turn of a year (and forward, in a newest-first file).
 */
export class YearPlacer {
  private year: number;
  private last: number | undefined;

  /** `startYear`: the year of the first row (`--year`). */
  constructor(startYear: number) {
    this.year = startYear;
  }

  place(month: number, dayOfMonth: number): number {
    let day = dayNumber(this.year, month, dayOfMonth) ?? dayNumber(this.year, month, 28)!;
    if (this.last !== undefined) {
      if (day < this.last - 183) this.year++;
      else if (day > this.last + 183) this.year--;
      day = dayNumber(this.year, month, dayOfMonth) ?? dayNumber(this.year, month, 28)!;
    }
    this.last = day;
    return day;
  }
}

/** The date order in force for one file: `--dates` when given, else decided from its samples; a mixed file is a UserError. */
export function fileDateOrder(samples: readonly string[], given: DateOrder | undefined, source: string): DateOrder | undefined {
  if (given) return given;
  const decided = decideDateOrder(samples);
  if ('error' in decided) throw new UserError(`${source}: ${decided.error}; say which with --dates dmy or --dates mdy`);
  return decided.order;
}
