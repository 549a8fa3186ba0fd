import { lookupTable } from '../core/lookup-table.js';
/**
 * Dates as exports write them: ISO (`2026-03-02`, `2021-01-31 19:53 +0000`, `2026-03-02T10:00:00Z`), numeric
 * day-first or month-first (`13/06/2025`, `11/26/24`, `13-06-2025`, `02.03.2026`), month names in English or
 * French, with or without a year (`Aug 28, 2025`, `28 août 2025`, `August 31` from TikTok Studio), Excel's
 * `5-Jan-25` / `05-janv.-25`, any of these after a weekday (`lundi 6 janvier 2025`, `Mon, Jan 6, 2025`), and the
 * year after the time of X's `created_at` and C's `ctime` (`Wed Oct 10 20:19:24 +0000 2018`, `Wed Oct 10 20:19:24 2018`).
 * Numeric day/month order is decided once per file (`decideDateOrder`), never guessed per row.
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

/** 0 = Sunday, as `Date.getUTCDay`. French `mar` (mardi) is also English March: see `parseDate`. */
const WEEKDAYS = lookupTable<number>({
  sun: 0, sunday: 0, dim: 0, dimanche: 0, mon: 1, monday: 1, lun: 1, lundi: 1,
  tue: 2, tues: 2, tuesday: 2, mar: 2, mardi: 2, wed: 3, wednesday: 3, mer: 3, mercredi: 3,
  thu: 4, thur: 4, thurs: 4, thursday: 4, jeu: 4, jeudi: 4, fri: 5, friday: 5, ven: 5, vendredi: 5,
  sat: 6, saturday: 6, sam: 6, samedi: 6,
});

// The patterns run on folded (lowercased) text, so ISO's `T` is `t`. Each ends before what may follow the date,
// which `tailProblem` checks.
const ISO = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?=$|[t\s])/;
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?=$|[\s,])/;
const NAME_FIRST = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?(?=$|[\s,])/;
const DAY_FIRST = /^(\d{1,2})(?:er)?\s+([a-z]+)\.?(?:,?\s+(\d{4}))?(?=$|[\s,])/;
/** Excel's default display of a date, `d-mmm-yy` (English `5-Jan-25`, French `05-janv.-25`), or with `yyyy`. */
const DAY_NAME_YEAR = /^(\d{1,2})-([a-z]+)\.?-(\d{2}|\d{4})(?=$|[\s,])/;
const WEEKDAY = /^([a-z]+)\.?,?\s+/;
/** `10:30`, `10:30:15.5`, French `10h30` or `10h`, and an hour before am/pm (`9am`). */
const CLOCK = /^(\d{1,2})(?::(\d{2})(?::(\d{2})(?:[.,]\d+)?)?|h(\d{2})?(?:min)?(?![a-z])|(?=\s*[ap]\.?m\.?(?:$|[\s(])))/;
/** A time may be said `at` (`à`) a date: `August 31 at 10:00`. */
const AT = /^(?:at|a|@)\s+/;
/** A 12-hour clock's `am` / `pm` (`10:00 AM`, `10:00pm`, `10:00 p.m.`). */
const MERIDIEM = /^\s*[ap]\.?m\.?(?=$|[\s(])/;
/**
 * A time zone after a time: `Z`, an offset (`+01:00`, `-0500`), UTC or GMT with or without one (JS's `GMT+0200`), or
 * an abbreviation (`CET`, `CEST`, `PDT`: `date`'s output).
 */
const ZONE = /^\s*(?:z|(?:utc|gmt|ut)(?:[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}(?::?\d{2})?|[a-z]{1,4}t)(?=$|[\s(])/;
/** The zone's name in words, as JS's `Date.prototype.toString` writes it: `(Central European Summer Time)`. */
const ZONE_NAME = /^\s*\([^()]*\)/;
/** The year after the time of a date written without one before it: `Oct 10 20:19:24 +0000 2018`. */
const LATE_YEAR = /^\s+(\d{4})(?=$|\s)/;
const NOT_A_DATE = 'not a date';
const MISSING = new Set(['', '-', 'n/a', 'na', 'null', 'none']);

/** Days since 1970-01-01 UTC, or undefined when the calendar has no such day (31/02, 0000-00-00). */
export function dayNumber(year: number, month: number, dayOfMonth: number): number | undefined {
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31 || year < 1900 || year > 2200) return undefined;
  const ms = Date.UTC(year, month - 1, dayOfMonth);
  const d = new Date(ms);
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== dayOfMonth) return undefined;
  return ms / 86_400_000;
}

/** Two-digit years: 00–69 are 2000–2069, 70–99 are 1970–1999 (the pivot of Excel and POSIX `%y`). */
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
  const w = WEEKDAY.exec(s);
  const weekday = w ? WEEKDAYS[w[1]!] : undefined;
  if (w && weekday !== undefined) {
    const d = parseFolded(s.slice(w[0].length), order);
    // "Mar 6, 2025" is March: its rest after "mar" (Tuesday in French) is no date, so it is read whole.
    if (d.ok ? !d.missing : d.reason !== NOT_A_DATE) {
      // A weekday that disagrees says the date was misread or mistyped: no day is safer than a wrong one.
      if (d.ok && 'day' in d && weekdayOf(d.day) !== weekday) return { ok: false, reason: 'the weekday does not match the date' };
      return d;
    }
  }
  return parseFolded(s, order);
}

function parseFolded(s: string, order: DateOrder | undefined): ParsedDate {
  let m = ISO.exec(s);
  if (m) return dated(s, m, () => checked(Number(m![1]), Number(m![2]), Number(m![3])));
  m = NUMERIC.exec(s);
  if (m) {
    const a = Number(m[1]), b = Number(m[2]), y = fullYear(m[3]!);
    // Day equal to month (01/01, 07/07) reads the same either way: not ambiguous.
    const o = order ?? (a > 12 ? 'dmy' : b > 12 ? 'mdy' : a === b ? 'dmy' : undefined);
    if (!o) return { ok: false, reason: 'day and month order is ambiguous (use --dates dmy or --dates mdy)' };
    return dated(s, m, () => (o === 'dmy' ? checked(y, b, a) : checked(y, a, b)));
  }
  m = DAY_NAME_YEAR.exec(s);
  if (m && MONTHS[m[2]!] !== undefined) return dated(s, m, () => checked(fullYear(m![3]!), MONTHS[m![2]!]!, Number(m![1])));
  m = NAME_FIRST.exec(s);
  if (m && MONTHS[m[1]!] !== undefined) return namedDate(s, m, MONTHS[m[1]!]!, Number(m[2]), m[3]);
  m = DAY_FIRST.exec(s);
  if (m && MONTHS[m[2]!] !== undefined) return namedDate(s, m, MONTHS[m[2]!]!, Number(m[1]), m[3]);
  return { ok: false, reason: NOT_A_DATE };
}

/** The date of `m` once what follows it in `s` is known to be harmless. */
function dated(s: string, m: RegExpExecArray, date: () => ParsedDate): ParsedDate {
  const t = readTail(s.slice(m[0].length), false);
  return 'problem' in t ? { ok: false, reason: t.problem } : date();
}

/** A date with a month name: its year is the one written after the day, else one after its time, else none. */
function namedDate(s: string, m: RegExpExecArray, month: number, dayOfMonth: number, year: string | undefined): ParsedDate {
  const t = readTail(s.slice(m[0].length), year === undefined);
  return 'problem' in t ? { ok: false, reason: t.problem } : named(month, dayOfMonth, year ?? t.year);
}

/**
 * What may follow a date: nothing, a time (after `T`, a space, a comma or `at`), or words after a space or comma.
 * A time is checked (`25:61` rejects the value) but not used: the tool works in days, and the day is the calendar
 * date as written, before any offset (`2026-03-02T23:30:00-05:00` is March 2nd), as for `2026-03-02 23:30`; words
 * after the time and its zone (`UTC`, `Europe/Paris`) are not read either. A date written without a year may find
 * it after its time (`Oct 10 20:19:24 +0000 2018`); other digits after a time reject the value, since they may be
 * its year or another date's, and must not be dropped.
 */
function readTail(rest: string, yearless: boolean): { year?: string } | { problem: string } {
  if (rest === '') return {};
  const afterT = rest[0] === 't';
  const text = afterT ? rest.slice(1) : rest.replace(/^[\s,]+/, '').replace(AT, '');
  const c = CLOCK.exec(text);
  if (!c) return afterT || (yearless && /\d/.test(text)) ? { problem: NOT_A_DATE } : {};
  const h = Number(c[1]), min = Number(c[2] ?? c[4] ?? 0), sec = Number(c[3] ?? 0);
  // 24:00 is ISO's end of the day; :60 a leap second. The hour is not read, so `22:00 pm` costs nothing.
  if (h > 24 || min > 59 || sec > 60 || (h === 24 && min + sec > 0)) return { problem: 'not a time of day' };
  let after = text.slice(c[0].length);
  for (const part of [MERIDIEM, ZONE, ZONE_NAME]) {
    const p = part.exec(after);
    if (p) after = after.slice(p[0].length);
  }
  const y = yearless ? LATE_YEAR.exec(after) : null;
  if (y) after = after.slice(y[0].length);
  // ISO's `T` form is written by machines: anything else after its time is a corrupt value. After a spaced time,
  // words are not read (`UTC`, `Europe/Paris`, `- Reel`), but digits may be another date's and reject it.
  if (afterT ? after.trim() !== '' : /\d/.test(after)) return { problem: NOT_A_DATE };
  return y ? { year: y[1]! } : {};
}

function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7; // 1970-01-01, day 0, was a Thursday.
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
    const m = numericDate(raw);
    if (!m) continue;
    if (Number(m[1]) > 12) dmy = true;
    if (Number(m[2]) > 12) mdy = true;
  }
  if (dmy && mdy) return { error: 'dates mix day-first (31/01) and month-first (01/31) orders' };
  return { order: dmy ? 'dmy' : mdy ? 'mdy' : undefined };
}

function numericDate(raw: string): RegExpExecArray | null {
  const s = fold(raw);
  const w = WEEKDAY.exec(s);
  return NUMERIC.exec(w && WEEKDAYS[w[1]!] !== undefined ? s.slice(w[0].length) : s);
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

/** What a file says about its numeric date order besides what its dates show. */
export interface DateOrderEvidence {
  /** `--dates`: beats everything. */
  given?: DateOrder | undefined;
  /** The order a known tool always writes, whatever the language (Meta Business Suite: month-first), and its name. */
  tool?: { order: DateOrder; name: string } | undefined;
  /** The language of the file's header (`headerLanguage`): French is written day-first; English tells nothing. */
  language?: 'fr' | 'en' | undefined;
}

/**
 * A file's numeric date order. `order` is undefined when no date needs one, or when nothing settles dates that do:
 * `ambiguous` then counts them among the file's dates, with the first as an example. `why` says how an order the
 * dates do not show was taken (for a note); `error`: the file contradicts itself.
 */
export type DateOrderDecision =
  | { order: DateOrder; why?: string; example?: string }
  | { order: undefined; ambiguous?: { count: number; of: number; example: string } }
  | { error: string };

/** A run must step evenly this many times for its evenness to count as evidence of the order. */
const MIN_EVEN_STEPS = 3;

/**
 * Decides a file's numeric date order, from the strongest evidence to the weakest:
 * 1. `--dates`;
 * 2. what the dates show (`decideDateOrder`: a number above 12; both orders shown is an error);
 * 3. the tool that wrote the file, when it always writes one order (Meta Business Suite);
 * 4. the dates' spacing: series (an account's snapshots, `runs` one per account) that fall at one even interval
 *    (a day, a week, a month…) read one way only. Within a year both readings of `01/02 … 01/12` are even (monthly
 *    day-first, daily month-first), so this settles only a series that crosses a year or skips evenly;
 * 5. a French header, which is written day-first. Spacing that says month-first against it is an error.
 * Otherwise the order is left undecided: `ambiguous` says how many dates need it.
 */
export function decideFileDateOrder(runs: readonly (readonly string[])[], evidence: DateOrderEvidence): DateOrderDecision {
  if (evidence.given) return { order: evidence.given };
  const samples = runs.flat();
  const shown = decideDateOrder(samples);
  if ('error' in shown) return shown;
  if (shown.order) return { order: shown.order };
  const ambiguous = samples.filter(isAmbiguousDate);
  if (ambiguous.length === 0) return { order: undefined };
  const example = ambiguous[0]!.trim();
  if (evidence.tool) return { order: evidence.tool.order, why: `${evidence.tool.name} writes them so`, example };
  const even = { dmy: evenStep(runs, 'dmy'), mdy: evenStep(runs, 'mdy') };
  const french = evidence.language === 'fr';
  const onlyEven: DateOrder | undefined = even.dmy && !even.mdy ? 'dmy' : even.mdy && !even.dmy ? 'mdy' : undefined;
  if (onlyEven === 'mdy' && french) {
    return { error: `dates like ${JSON.stringify(example)} fall evenly (${stepText(even.mdy!)}) only month-first, but the header is in French, which is written day-first` };
  }
  if (onlyEven) {
    const step = stepText(even[onlyEven]!);
    return { order: onlyEven, why: `only so do they fall evenly, ${step}${french ? ', and the header is in French' : ''}`, example };
  }
  if (french) return { order: 'dmy', why: 'the header is in French, written day-first', example };
  const of = samples.filter((s) => { const d = parseDate(s, 'dmy'); return d.ok && !d.missing; }).length;
  return { order: undefined, ambiguous: { count: ambiguous.length, of, example } };
}

/** Whether undecided dates are too many to lose row by row: more than a tenth of the file's dates. */
export function tooAmbiguous(a: { count: number; of: number }): boolean {
  return a.count * 10 > a.of;
}

/** A numeric date that reads differently day-first and month-first (`03/04/2026`; `04/04/2026` reads the same). */
export function isAmbiguousDate(raw: string): boolean {
  const m = numericDate(raw);
  return m !== null && Number(m[1]) <= 12 && Number(m[2]) <= 12 && Number(m[1]) !== Number(m[2]);
}

type Step = { unit: 'day' | 'month'; size: number };

/**
 * The one step every run takes between its consecutive dates read in `order` (a whole number of months when the
 * day of the month stays, else of days; up or down, never 0), or undefined when runs step unevenly, differently, or
 * too few times to tell. Cells that are no date (a Total row, an empty cell) are passed over.
 */
function evenStep(runs: readonly (readonly string[])[], order: DateOrder): Step | undefined {
  let step: Step | undefined;
  let steps = 0;
  for (const run of runs) {
    let prev: Date | undefined;
    for (const raw of run) {
      const d = parseDate(raw, order);
      if (!d.ok || d.missing || !('day' in d)) continue;
      const date = new Date(d.day * 86_400_000);
      if (prev) {
        const s: Step = date.getUTCDate() === prev.getUTCDate()
          ? { unit: 'month', size: (date.getUTCFullYear() - prev.getUTCFullYear()) * 12 + date.getUTCMonth() - prev.getUTCMonth() }
          : { unit: 'day', size: (date.getTime() - prev.getTime()) / 86_400_000 };
        if (s.size === 0 || (step && (s.unit !== step.unit || s.size !== step.size))) return undefined;
        step = s;
        steps++;
      }
      prev = date;
    }
  }
  return steps >= MIN_EVEN_STEPS ? step : undefined;
}

function stepText(s: Step): string {
  const n = Math.abs(s.size);
  if (s.unit === 'month') return n === 1 ? 'a month apart' : n === 12 ? 'a year apart' : `${n} months apart`;
  return n === 1 ? 'a day apart' : n === 7 ? 'a week apart' : `${n} days apart`;
}

/**
 * The order `--dates` gives or the dates show, and no other evidence: for a file written by hand (`--events`) whose
 * every date must be read for sure, so a date no order settles is an error on its line. Mixed orders: a UserError.
 */
export function shownDateOrder(samples: readonly string[], given: DateOrder | undefined, source: string): DateOrder | undefined {
  if (given) return given;
  const decided = decideDateOrder(samples);
  if ('error' in decided) throw new UserError(`${source}: ${decided.error}; say which with --dates dmy or --dates mdy`);
  return decided.order;
}

/** A file's date cells as runs, one per account (the cells of `key`'s columns), in file order within each. */
export function datesByAccount(rows: readonly (readonly string[])[], date: number, key: readonly (number | undefined)[]): string[][] {
  const runs = new Map<string, string[]>();
  for (const r of rows) {
    const k = key.map((i) => (i === undefined ? '' : (r[i] ?? '').trim().toLowerCase())).join('\0');
    let run = runs.get(k);
    if (!run) runs.set(k, (run = []));
    run.push(r[date] ?? '');
  }
  return [...runs.values()];
}

/**
 * The date order in force for one file (`decideFileDateOrder`), `runs` its date cells (one list per account for a
 * series): an order taken from other evidence than the dates is said in a note; a file that contradicts itself, or
 * whose dates are too often undecided (more than a tenth), is a UserError asking for `--dates`; a few undecided
 * dates are left to be rejected row by row.
 */
export function fileDateOrder(runs: readonly (readonly string[])[], evidence: DateOrderEvidence, source: string, note: (message: string) => void): DateOrder | undefined {
  const decided = decideFileDateOrder(runs, evidence);
  if ('error' in decided) throw new UserError(`${source}: ${decided.error}; say which with --dates dmy or --dates mdy`);
  if (decided.order === undefined) {
    const a = decided.ambiguous;
    if (a && tooAmbiguous(a)) {
      throw new UserError(`${source}: the day/month order of ${a.count} of ${a.of} dates is ambiguous (like ${JSON.stringify(a.example)}) and nothing in the file settles it; say which with --dates dmy or --dates mdy`);
    }
    return undefined;
  }
  if (decided.why !== undefined) note(orderNote(source, decided.order, decided.why, decided.example!));
  return decided.order;
}

/** The note for an order the dates do not show: which reading was taken, why, and how to take the other. */
export function orderNote(source: string, order: DateOrder, why: string, example: string): string {
  const name = order === 'mdy' ? 'month-first' : 'day-first';
  return `${source}: dates like ${JSON.stringify(example)} read ${name} (${why}): set --dates ${order === 'mdy' ? 'dmy' : 'mdy'} if not`;
}
