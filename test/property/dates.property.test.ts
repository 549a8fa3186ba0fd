import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, parseDate, type DateOrder } from '../../src/io/dates.js';

const EN_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const EN_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** French Excel's abbreviations (`mmm`), with their dots and accents. */
const FR_SHORT = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
const FR_LONG = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const EN_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const FR_DAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

interface Ymd { y: number; m: number; d: number; weekday: number }

/** Any day the parser accepts (1900–2200), or, for two-digit years, one the pivot maps back (1970–2069). */
const calendarDay = (from: number, to: number) =>
  fc.integer({ min: dayNumber(from, 1, 1)!, max: dayNumber(to, 12, 31)! }).map((n): Ymd => {
    const t = new Date(n * 86_400_000);
    return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), weekday: t.getUTCDay() };
  });

const p2 = (n: number) => String(n).padStart(2, '0');
const yy = (y: number) => p2(y % 100);
const time = fc.record({ h: fc.integer({ min: 0, max: 23 }), min: fc.integer({ min: 0, max: 59 }), s: fc.integer({ min: 0, max: 59 }) })
  .map(({ h, min, s }) => `${p2(h)}:${p2(min)}:${p2(s)}`);
const zone = fc.constantFrom('Z', '.000Z', '+01:00', '-05:00', '+0530', '-1200', '', '.123456+02:00');

/** One supported form: the text for a day, and the order a file would have to say for it. */
type Form = [name: string, write: fc.Arbitrary<(x: Ymd) => string>, order: DateOrder | undefined, years: [number, number]];
const plain = (f: (x: Ymd) => string) => fc.constant(f);
const FULL: [number, number] = [1900, 2200];
const PIVOT: [number, number] = [1970, 2069];

const FORMS: Form[] = [
  ['ISO', plain((x) => `${x.y}-${p2(x.m)}-${p2(x.d)}`), undefined, FULL],
  ['ISO with slashes, unpadded', plain((x) => `${x.y}/${x.m}/${x.d}`), undefined, FULL],
  ['ISO with T, a time and an offset', fc.tuple(time, zone).map(([t, z]) => (x: Ymd) => `${x.y}-${p2(x.m)}-${p2(x.d)}T${t}${z}`), undefined, FULL],
  ['ISO with a space and a time', time.map((t) => (x: Ymd) => `${x.y}-${p2(x.m)}-${p2(x.d)} ${t.slice(0, 5)} +0000`), undefined, FULL],
  ['day-first', fc.constantFrom('/', '.', '-').map((s) => (x: Ymd) => `${p2(x.d)}${s}${p2(x.m)}${s}${x.y}`), 'dmy', FULL],
  ['month-first', fc.constantFrom('/', '.', '-').map((s) => (x: Ymd) => `${x.m}${s}${x.d}${s}${x.y}`), 'mdy', FULL],
  ['day-first, two-digit year', plain((x) => `${p2(x.d)}/${p2(x.m)}/${yy(x.y)}`), 'dmy', PIVOT],
  ['Meta Business Suite', time.map((t) => (x: Ymd) => `${p2(x.m)}/${p2(x.d)}/${x.y} ${t.slice(0, 5)}`), 'mdy', FULL],
  ['English month first', fc.constantFrom(EN_SHORT, EN_LONG).map((names) => (x: Ymd) => `${names[x.m - 1]} ${x.d}, ${x.y}`), undefined, FULL],
  ['French day first', fc.constantFrom(FR_SHORT, FR_LONG).map((names) => (x: Ymd) => `${x.d === 1 ? '1er' : x.d} ${names[x.m - 1]} ${x.y}`), undefined, FULL],
  ['Excel d-mmm-yy', fc.constantFrom(EN_SHORT, FR_SHORT).map((names) => (x: Ymd) => `${x.d}-${names[x.m - 1]}-${yy(x.y)}`), undefined, PIVOT],
  ['Excel dd-mmm-yyyy', fc.constantFrom(EN_SHORT, FR_SHORT).map((names) => (x: Ymd) => `${p2(x.d)}-${names[x.m - 1]}-${x.y}`), undefined, FULL],
  ['English long date with its weekday', plain((x) => `${EN_DAYS[x.weekday]}, ${EN_LONG[x.m - 1]} ${x.d}, ${x.y}`), undefined, FULL],
  ['English short date with its weekday', plain((x) => `${EN_DAYS[x.weekday]!.slice(0, 3)}, ${EN_SHORT[x.m - 1]} ${x.d}, ${x.y}`), undefined, FULL],
  ['French long date with its weekday', plain((x) => `${FR_DAYS[x.weekday]} ${x.d} ${FR_LONG[x.m - 1]} ${x.y}`), undefined, FULL],
  ['French short date with its weekday', plain((x) => `${FR_DAYS[x.weekday]!.slice(0, 3)}. ${x.d} ${FR_SHORT[x.m - 1]} ${x.y}`), undefined, FULL],
  // X API `created_at`: the year comes after the time and its offset.
  ['X API created_at', fc.tuple(time, fc.constantFrom('+0000', '-0500', '+0530')).map(([t, z]) => (x: Ymd) => `${EN_DAYS[x.weekday]!.slice(0, 3)} ${EN_SHORT[x.m - 1]} ${p2(x.d)} ${t} ${z} ${x.y}`), undefined, FULL],
  ['C ctime', time.map((t) => (x: Ymd) => `${EN_DAYS[x.weekday]!.slice(0, 3)} ${EN_SHORT[x.m - 1]} ${String(x.d).padStart(2, ' ')} ${t} ${x.y}`), undefined, FULL],
  ['JS Date.prototype.toString', time.map((t) => (x: Ymd) => `${EN_DAYS[x.weekday]!.slice(0, 3)} ${EN_SHORT[x.m - 1]} ${p2(x.d)} ${x.y} ${t} GMT+0200 (Central European Summer Time)`), undefined, FULL],
];

describe('dates round trip', () => {
  it.each(FORMS)('%s: any calendar day written so reads back as that day', (_name, write, order, [from, to]) => {
    fc.assert(
      fc.property(calendarDay(from, to), write, fc.constantFrom('', ' ', '\u00a0'), fc.boolean(), (x, f, pad, upper) => {
        const text = f(x);
        const raw = `${pad}${upper ? text.toUpperCase() : text}${pad}`;
        expect(parseDate(raw, order), raw).toEqual({ ok: true, missing: false, day: dayNumber(x.y, x.m, x.d) });
      }),
    );
  });

  it('a wrong weekday never passes for the day', () => {
    fc.assert(
      fc.property(calendarDay(...FULL), fc.integer({ min: 1, max: 6 }), fc.constantFrom(EN_DAYS, FR_DAYS), (x, shift, days) => {
        const raw = `${days[(x.weekday + shift) % 7]} ${x.d} ${FR_LONG[x.m - 1]} ${x.y}`;
        expect(parseDate(raw, undefined), raw).toEqual({ ok: false, reason: 'the weekday does not match the date' });
      }),
    );
  });

  it('X API created_at: a wrong weekday never passes, and the year is never dropped', () => {
    fc.assert(
      fc.property(calendarDay(...FULL), fc.integer({ min: 0, max: 6 }), time, (x, shift, t) => {
        const raw = `${EN_DAYS[(x.weekday + shift) % 7]!.slice(0, 3)} ${EN_SHORT[x.m - 1]} ${p2(x.d)} ${t} +0000 ${x.y}`;
        const want = shift === 0 ? { ok: true, missing: false, day: dayNumber(x.y, x.m, x.d) } : { ok: false, reason: 'the weekday does not match the date' };
        expect(parseDate(raw, undefined), raw).toEqual(want);
      }),
    );
  });

  it('a year after a date written without one is never dropped: the date is read in that year, or refused', () => {
    const between = fc.constantFrom('', '+0000', '-05:00', 'UTC', 'GMT+0200', 'am', 'at', 'foo', '18', '(CEST)', '+0000 1999');
    fc.assert(
      fc.property(calendarDay(...FULL), fc.option(time), between, fc.constantFrom(' ', ', ', '  '), (x, t, mid, sep) => {
        const raw = `${EN_LONG[x.m - 1]} ${x.d}${sep}${[t, mid].filter((s) => s).join(' ')} ${x.y}`;
        const r = parseDate(raw, undefined);
        expect('yearless' in r, raw).toBe(false);
        if ('day' in r) expect(r.day, raw).toBe(dayNumber(x.y, x.m, x.d));
      }),
    );
  });
});
