import { lookupTable } from '../core/lookup-table.js';
import { excelText } from './excel-text.js';
/**
 * Human-formatted numbers as exports write them: `12,345` `12 345` `12.345` `1.2K` `475.8m` `1,2 M` `2B`
 * `1.39%` `3,5 %` `89.0` `1e3`. Parsed once, here, by one documented rule (README, "Numbers"):
 *
 * 1. Empty, `-`, `n/a` and the like are missing, never 0.
 * 2. Spaces of any kind (also no-break and thin) and `'` between digits group thousands.
 * 3. With a K/M/B suffix, the one separator is decimal (`1,2 M` = 1,200,000).
 * 4. With both `,` and `.`, the last one is decimal; the other groups thousands.
 * 5. One kind repeated (`1,234,567`) groups thousands.
 * 6. One separator followed by exactly three digits groups thousands in a count column (`12.345` followers);
 *    in a decimal column it is the file's decimal mark that decides — decided once per file. In a rate column it
 *    never groups (no engagement rate reaches 1,000 %): `1,234` is 1.234 in a file whose decimal mark is the comma,
 *    and refused, not read as either, in one whose mark is the point.
 * 7. Any other single separator is decimal (`3,5`, `0.41`, `89.0`).
 * 8. Excel's text escape `="12500"` is the number it wraps.
 * A column whose header states a unit (`Followers (K)`, `options.unit`) has its cells multiplied by it, read like
 * suffixed numbers but with the file's decimal mark deciding rule 6 (`1,250` (K) is 1,250,000 in a dot file).
 */
export type NumberKind = 'count' | 'decimal' | 'rate';
export type DecimalMark = '.' | ',';

export type ParsedNumber =
  | { ok: true; missing: true }
  | { ok: true; missing: false; value: number; percent: boolean }
  | { ok: false; reason: string };

const MISSING = new Set(['', '-', '–', '—', 'n/a', 'na', 'n.a.', 'nan', 'null', 'none', 'nd', 'n.d.', 'nc', 'n.c.', '?', '#n/a', 'undefined']);
const SUFFIX = lookupTable<number>({ k: 1e3, m: 1e6, mn: 1e6, mio: 1e6, b: 1e9, bn: 1e9, md: 1e9, mds: 1e9, mrd: 1e9 });
const COUNT_TOO_LARGE = 'number too large for an exact count (above 9,007,199,254,740,991)';
const GROUPING = /[\s\u00a0\u202f\u2009\u2007\u2008\u200a']/g;

/**
 * The common case, `12345`, without regexes: most cells of a large export are plain whole numbers. Its value, read
 * in the pass that checks it (`Number(cell)` after the check read it twice), or -1 for any other cell. At most 15
 * digits, so at most 999,999,999,999,999, below 2^53: a double holds it exactly and the count limit needs no check.
 */
export function digitsValue(s: string): number {
  const n = s.length;
  if (n === 0 || n > 15) return -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

export interface NumberOptions {
  /** The multiplier a column's header states (`Followers (K)`: 1,000), 1 when none. */
  unit?: number;
}

/** Longer than any number a person writes in a cell ("1 234 567 890,12 €"). */
const LONGEST_NUMBER = 64;

export function parseHumanNumber(raw: string, kind: NumberKind, decimalMark: DecimalMark, options: NumberOptions = {}): ParsedNumber {
  const unit = options.unit ?? 1;
  const digits = digitsValue(raw);
  if (digits !== -1) {
    if (unit === 1) return { ok: true, missing: false, value: digits, percent: false };
    return unitResult(digits * unit, kind);
  }
  let s = excelText(raw.trim());
  // No number a person writes is this long: the patterns below need not see a 50,000-character cell.
  if (s.length > LONGEST_NUMBER) return { ok: false, reason: /^\d+$/.test(s) ? 'number too large' : 'not a number' };
  if (MISSING.has(s.toLowerCase())) return { ok: true, missing: true };
  let percent = false;
  if (s.endsWith('%')) {
    if (kind === 'count') return { ok: false, reason: 'a percentage where a count is expected' };
    percent = true;
    s = s.slice(0, -1).trimEnd();
  }
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('−')) { sign = -1; s = s.slice(1).trimStart(); }
  else if (s.startsWith('+')) s = s.slice(1).trimStart();
  let multiplier = 1;
  const suffix = /^(.*?\d)\s*([a-z]{1,3})$/i.exec(s);
  if (suffix) {
    const m = SUFFIX[suffix[2]!.toLowerCase()];
    if (m === undefined) return { ok: false, reason: 'not a number' };
    // The header's unit written again in the cell (`12.5K` under "Followers (K)") counts once; another is a contradiction.
    if (unit !== 1 && m !== unit) return { ok: false, reason: `a ${suffix[2]} suffix in a column whose header gives another unit (×${unit.toLocaleString('en-US')})` };
    multiplier = m;
    s = suffix[1]!;
  } else if (unit !== 1) multiplier = unit;
  s = s.replace(GROUPING, '');
  if (kind === 'rate' && multiplier === 1) {
    const refused = rateSeparator(s, decimalMark);
    if (refused !== undefined) return { ok: false, reason: refused };
  }
  // A header's unit leaves rule 6 to the file's mark (`1,250` thousands in a dot file is 1,250,000); a suffix does not.
  const value = readDigits(s, multiplier !== 1 && suffix !== null, unit !== 1 && kind === 'count' ? 'decimal' : kind, decimalMark);
  if (value === undefined) return { ok: false, reason: 'not a number' };
  const result = sign * value * multiplier;
  if (!Number.isFinite(result)) return { ok: false, reason: 'number too large' };
  // Only a suffix or a header's unit multiplies, so only such a value carries float noise; `1234567.5` followers stays a fraction.
  const exact = multiplier !== 1 ? roundSuffixed(result) : result;
  // A double holds every integer up to 2^53 − 1, and past it not each one: 9007199254740993 would silently become
  // …992. A count is data to be checked by hand, so it is rejected rather than changed.
  if (kind === 'count' && Math.abs(exact) > Number.MAX_SAFE_INTEGER) return { ok: false, reason: COUNT_TOO_LARGE };
  // An average of counts (or a rate) past any count is no measurement, and divided by followers it overflows.
  if (Math.abs(exact) > Number.MAX_SAFE_INTEGER) return { ok: false, reason: 'number too large' };
  if (kind === 'count' && !Number.isInteger(exact)) {
    return { ok: false, reason: 'a count cannot have a fraction' };
  }
  return { ok: true, missing: false, value: exact, percent };
}

/** A plain whole number under a header's unit: the common case of a `Followers (K)` column. */
function unitResult(value: number, kind: NumberKind): ParsedNumber {
  if (kind === 'count' && value > Number.MAX_SAFE_INTEGER) return { ok: false, reason: COUNT_TOO_LARGE };
  if (value > Number.MAX_SAFE_INTEGER) return { ok: false, reason: 'number too large' };
  return { ok: true, missing: false, value, percent: false };
}

const MARK_NAME = { '.': 'point', ',': 'comma' } as const;

/**
 * Rule 6 in a rate column: `1,234` in the file's decimal mark is the decimal 1.234 (1,234 % is no engagement rate). In
 * the other mark it would group thousands, a count and no rate, and reading it as a decimal would be a guess: the
 * reason says so.
 */
function rateSeparator(s: string, mark: DecimalMark): string | undefined {
  const m = /^(\d{1,3})([.,])(\d{3})$/.exec(s);
  if (!m || m[1] === '0' || m[2] === mark) return undefined;
  const [, lead, sep, frac] = m as unknown as [string, string, DecimalMark, string];
  return `this file's decimal mark is the ${MARK_NAME[mark]}, so this ${MARK_NAME[sep]} would group thousands (${lead},${frac} %, no engagement rate); not read, since ${lead}.${frac} % would be a guess: write it with a ${MARK_NAME[mark]}`;
}

/**
 * `1.2K` is exactly 1,200, not 1,199.9999999999998. One multiplication errs by a few ulps (~1e-16 relative), so
 * 1e-12 absorbs it while `1.2345678912B` (a real fraction, 1e-10 relative) stays one.
 */
function roundSuffixed(x: number): number {
  const r = Math.round(x);
  return Math.abs(x - r) < 1e-12 * Math.max(1, Math.abs(x)) ? r : x;
}

function readDigits(s: string, suffixed: boolean, kind: NumberKind, mark: DecimalMark): number | undefined {
  if (/^\d+(\.\d+)?e[+-]?\d+$/i.test(s)) return Number(s);
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return undefined;
  const commas = count(s, ','), dots = count(s, '.');
  if (commas === 0 && dots === 0) return Number(s);
  if (commas > 0 && dots > 0) {
    const dec = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const group = dec === ',' ? '.' : ',';
    if (count(s, dec) > 1) return undefined;
    const [intPart, frac] = s.split(dec) as [string, string];
    return grouped(intPart, group) ? Number(`${intPart.split(group).join('')}.${frac}`) : undefined;
  }
  const sep = commas > 0 ? ',' : '.';
  if (count(s, sep) > 1) return grouped(s, sep) ? Number(s.split(sep).join('')) : undefined;
  const [intPart, frac] = s.split(sep) as [string, string];
  if (frac === '') return undefined;
  // A thousands group needs a lead of 1–3 digits, as in `grouped`: `12345.678` is no grouped number.
  // In a rate column it never groups (`rateSeparator` refused the cells it could not read as decimals).
  const thousands = !suffixed && frac.length === 3 && /^[1-9]\d{0,2}$/.test(intPart) && (kind === 'count' || (kind === 'decimal' && sep !== mark));
  return thousands ? Number(intPart + frac) : Number(`${intPart || '0'}.${frac}`);
}

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}

/** `1,234,567`: a first group of 1–3 digits, then groups of exactly three. */
function grouped(s: string, sep: string): boolean {
  const parts = s.split(sep);
  return /^\d{1,3}$/.test(parts[0]!) && parts.slice(1).every((p) => /^\d{3}$/.test(p));
}

/**
 * Evidence for a file's decimal mark from one raw cell: `3,5` or `0,41` says comma, `0.41` says dot; a separator
 * followed by exactly three digits says nothing (it may group thousands), nor does a suffixed number. A grouped
 * number with both marks (`1.234,5`, `12,345.67`) says its last one, by rule 4.
 */
export function decimalMarkEvidence(raw: string): DecimalMark | undefined {
  const s = excelText(raw.trim()).replace(/%$/, '').trim().replace(GROUPING, '');
  if (/[a-z]$/i.test(s)) return undefined;
  const both = /^[-+]?\d{1,3}([.,])\d{3}(?:\1\d{3})*([.,])\d+$/.exec(s);
  if (both && both[1] !== both[2]) return both[2] as DecimalMark;
  const m = /^[-+]?\d*([.,])(\d+)$/.exec(s);
  if (!m || m[2]!.length === 3) return undefined;
  return m[1] as DecimalMark;
}
