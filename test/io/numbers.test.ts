import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalMarkEvidence, parseHumanNumber, type DecimalMark, type NumberKind } from '../../src/io/numbers.js';

type Row = [raw: string, kind: NumberKind, mark: DecimalMark, value: number, percent: boolean];

describe('parseHumanNumber: the documented spellings', () => {
  it.each<Row>([
    ['12,345', 'count', '.', 12_345, false],
    ['12 345', 'count', '.', 12_345, false],
    ['12\u00a0345', 'count', ',', 12_345, false],
    ['12\u202f345', 'count', ',', 12_345, false],
    ['12\u2009345', 'count', ',', 12_345, false],
    ["1'234'567", 'count', '.', 1_234_567, false],
    ['1,234,567', 'count', '.', 1_234_567, false],
    ['1.234.567', 'count', ',', 1_234_567, false],
    // rule 6: French thousands in a count column, whatever the file's mark
    ['12.345', 'count', ',', 12_345, false],
    ['12.345', 'count', '.', 12_345, false],
    ['1.2K', 'count', '.', 1_200, false],
    ['3.3k', 'count', '.', 3_300, false],
    ['475.8m', 'count', '.', 475_800_000, false],
    ['1,2 M', 'count', ',', 1_200_000, false],
    ['1,2 M', 'count', '.', 1_200_000, false],
    ['2B', 'count', '.', 2_000_000_000, false],
    ['1,5 Mds', 'count', ',', 1_500_000_000, false],
    ['1.39%', 'rate', '.', 1.39, true],
    ['3,5 %', 'rate', ',', 3.5, true],
    ['0.0139', 'rate', '.', 0.0139, false],
    ['89.0', 'count', '.', 89, false],
    ['1e3', 'count', '.', 1_000, false],
    ['1.5E3', 'decimal', '.', 1_500, false],
    ['1.234.567,89', 'decimal', '.', 1_234_567.89, false],
    ['12,345.6', 'decimal', ',', 12_345.6, false],
    ['3,5', 'decimal', '.', 3.5, false],
    ['0.41', 'decimal', ',', 0.41, false],
    ['  42  ', 'count', '.', 42, false],
    ['−5', 'decimal', '.', -5, false],
  ])('%j as %s (mark %s) → %d', (raw, kind, mark, value, percent) => {
    expect(parseHumanNumber(raw, kind, mark)).toEqual({ ok: true, missing: false, value, percent });
  });

  it.each(['', '   ', '-', '–', 'n/a', 'N/A', 'NA', 'null', '#N/A', '?', 'nd'])('%j is missing, never 0', (raw) => {
    for (const kind of ['count', 'decimal', 'rate'] as const) {
      expect(parseHumanNumber(raw, kind, '.')).toEqual({ ok: true, missing: true });
    }
  });
});

describe('parseHumanNumber: rejections carry a reason', () => {
  it.each<[string, NumberKind, string]>([
    ['1e309', 'count', 'number too large'],
    ['1e309', 'decimal', 'number too large'],
    ['1e308', 'decimal', 'number too large'], // finite, but likes / followers would overflow
    ['99999999999999999999', 'decimal', 'number too large'],
    ['9'.repeat(400), 'count', 'number too large'],
    ['12k5', 'count', 'not a number'],
    ['1.5x', 'decimal', 'not a number'],
    ['abc', 'decimal', 'not a number'],
    ['1,23,456', 'count', 'not a number'],
    ['5.', 'decimal', 'not a number'],
    ['%', 'rate', 'not a number'],
    ['12.5', 'count', 'a count cannot have a fraction'],
    ['12,34', 'count', 'a count cannot have a fraction'],
    ['1.2345K', 'count', 'a count cannot have a fraction'],
    // regression: a relative tolerance of 1e-6 rounded these to whole counts
    ['1234567.5', 'count', 'a count cannot have a fraction'],
    ['1000000.25', 'count', 'a count cannot have a fraction'],
    ['1.2345678912B', 'count', 'a count cannot have a fraction'],
    // regression: a lead of more than three digits is no thousands group (was read as 12,345,678)
    ['12345.678', 'count', 'a count cannot have a fraction'],
    ['5%', 'count', 'a percentage where a count is expected'],
    ['1,39 %', 'count', 'a percentage where a count is expected'],
  ])('%j as %s → %s', (raw, kind, reason) => {
    expect(parseHumanNumber(raw, kind, '.')).toEqual({ ok: false, reason });
  });
});

/** What a count above 2^53 − 1 is told: a double cannot hold it exactly, so reading it would change the data. */
const TOO_LARGE_FOR_A_COUNT = 'number too large for an exact count (above 9,007,199,254,740,991)';

describe('parseHumanNumber: counts a double cannot hold exactly', () => {
  it.each([
    '9007199254740992', // 2^53: the first count that has a neighbour it cannot be told from
    '9007199254740993', // was read as 9007199254740992
    '999999999999999999999999',
    '1e24',
    '1E+24',
    '9,007,199,254,740,993',
    '9 007 199 254 740 993',
    '9007199254741K',
    '-9007199254740993',
  ])('%j is rejected, not rounded', (raw) => {
    expect(parseHumanNumber(raw, 'count', '.')).toEqual({ ok: false, reason: TOO_LARGE_FOR_A_COUNT });
  });

  it.each([
    ['9007199254740991', 9_007_199_254_740_991],
    ['9,007,199,254,740,991', 9_007_199_254_740_991],
    ['0000000000000000012', 12],
    ['999999999999999', 999_999_999_999_999],
    ['1e15', 1e15],
  ])('%j is still read exactly', (raw, value) => {
    expect(parseHumanNumber(raw, 'count', '.')).toEqual({ ok: true, missing: false, value, percent: false });
  });

  it('a decimal or a rate column keeps values up to the largest count, not past it (an average of counts cannot be)', () => {
    expect(parseHumanNumber('4503599627370495.5', 'decimal', '.')).toMatchObject({ ok: true, value: 4503599627370495.5 });
    expect(parseHumanNumber('1e24', 'decimal', '.')).toEqual({ ok: false, reason: 'number too large' });
  });
});

describe('parseHumanNumber: one separator and three digits in a decimal column', () => {
  it.each<[string, DecimalMark, number]>([
    ['1,234', '.', 1_234], // a dot-decimal file: the comma groups
    ['1,234', ',', 1.234], // a comma-decimal file: the comma is the mark
    ['1.234', ',', 1_234],
    ['1.234', '.', 1.234],
    ['0,123', '.', 0.123], // a lead of 0 never groups
    ['12345.678', ',', 12_345.678], // nor does a lead of more than three digits
  ])('%j under mark %j → %d', (raw, mark, value) => {
    expect(parseHumanNumber(raw, 'decimal', mark)).toEqual({ ok: true, missing: false, value, percent: false });
  });

  it('a suffix makes the one separator decimal whatever the mark', () => {
    expect(parseHumanNumber('1,234K', 'decimal', '.')).toEqual({ ok: true, missing: false, value: 1_234, percent: false });
  });
});

describe('parseHumanNumber: one separator and three digits in a rate column never groups thousands', () => {
  it.each<[string, DecimalMark, number]>([
    ['1,234', ',', 1.234],
    ['1.234', '.', 1.234],
    ['0,125', '.', 0.125], // a lead of 0 never groups: a decimal in any file
    ['12,345', ',', 12.345],
    ['1,234 %', ',', 1.234],
    ['2,5', '.', 2.5], // rule 7: no other reading
  ])('%j under mark %j → %d', (raw, mark, value) => {
    expect(parseHumanNumber(raw, 'rate', mark)).toMatchObject({ ok: true, missing: false, value });
  });

  it.each<[string, DecimalMark]>([
    ['1,234', '.'],
    ['1.234', ','],
    ['25,400', '.'],
    ['12,345', '.'],
  ])('%j in a file whose decimal mark is %j is refused, never 1234 % and never a guessed decimal', (raw, mark) => {
    const r = parseHumanNumber(raw, 'rate', mark);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.reason).toMatch(/would group thousands .* no engagement rate\); not read/);
    if (raw === '1,234') expect(r).toEqual({ ok: false, reason: "this file's decimal mark is the point, so this comma would group thousands (1,234 %, no engagement rate); not read, since 1.234 % would be a guess: write it with a point" });
  });

  it('several groups still group (1,234,567 is read, and the roster bounds it as no rate)', () => {
    expect(parseHumanNumber('1,234,567', 'rate', '.')).toMatchObject({ ok: true, value: 1_234_567 });
  });

  it('property: no rate cell with one separator and a lead of 1–3 digits reads as 1,000 or more', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 }), fc.constantFrom<DecimalMark>('.', ','), fc.constantFrom<DecimalMark>('.', ','),
      (lead, frac, sep, mark) => {
        const raw = `${lead}${sep}${String(frac).padStart(3, '0')}`;
        const r = parseHumanNumber(raw, 'rate', mark);
        return !r.ok || r.missing || r.value < 1000;
      }));
  });
});

describe('parseHumanNumber: Excel\'s text escape', () => {
  it.each<[string, NumberKind, number]>([
    ['="12500"', 'count', 12_500],
    ['="12,500"', 'count', 12_500],
    [' ="1.2K" ', 'count', 1_200],
    ['="3,5 %"', 'rate', 3.5],
  ])('%j as %s → %d', (raw, kind, value) => {
    expect(parseHumanNumber(raw, kind, ',')).toMatchObject({ ok: true, missing: false, value });
  });

  it('an escaped empty cell is missing, an escaped word is still no number', () => {
    expect(parseHumanNumber('=""', 'count', '.')).toEqual({ ok: true, missing: true });
    expect(parseHumanNumber('="n/a"', 'count', '.')).toEqual({ ok: true, missing: true });
    expect(parseHumanNumber('="abc"', 'count', '.')).toEqual({ ok: false, reason: 'not a number' });
    expect(decimalMarkEvidence('="3,5"')).toBe(',');
  });
});

describe('parseHumanNumber: a unit the header states', () => {
  it.each<[string, NumberKind, DecimalMark, number, number]>([
    ['12.5', 'count', '.', 1e3, 12_500],
    ['310', 'count', '.', 1e3, 310_000],
    ['1,250', 'count', '.', 1e3, 1_250_000], // the comma groups in a dot file
    ['1,250', 'count', ',', 1e3, 1_250], // and is the decimal mark in a comma file
    ['12,5', 'count', ',', 1e3, 12_500],
    ['1.2', 'count', '.', 1e6, 1_200_000],
    ['0.3', 'decimal', '.', 1e3, 300],
    ['12.5K', 'count', '.', 1e3, 12_500], // the header's unit written again counts once
    ['="4.1"', 'count', '.', 1e3, 4_100],
  ])('%j (%s, mark %j) × %d → %d', (raw, kind, mark, unit, value) => {
    expect(parseHumanNumber(raw, kind, mark, { unit })).toEqual({ ok: true, missing: false, value, percent: false });
  });

  it('refuses what the unit cannot make a count of, or a suffix that contradicts it', () => {
    expect(parseHumanNumber('12.3456', 'count', '.', { unit: 1e3 })).toEqual({ ok: false, reason: 'a count cannot have a fraction' });
    expect(parseHumanNumber('1.2M', 'count', '.', { unit: 1e3 })).toEqual({ ok: false, reason: 'a M suffix in a column whose header gives another unit (×1,000)' });
    expect(parseHumanNumber('n/a', 'count', '.', { unit: 1e3 })).toEqual({ ok: true, missing: true });
  });

  it('property: a whole number of thousands reads as that many times 1,000, whatever the mark', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 0, max: 9 }), fc.constantFrom<DecimalMark>('.', ','), (whole, tenth, mark) => {
      const r = parseHumanNumber(`${whole}${mark}${tenth}`, 'count', mark, { unit: 1e3 });
      return r.ok && !r.missing && r.value === whole * 1000 + tenth * 100;
    }));
  });
});

describe('decimalMarkEvidence', () => {
  it.each<[string, DecimalMark | undefined]>([
    ['3,5', ','],
    ['0,41', ','],
    ['-3,5', ','],
    ['12,5%', ','],
    ['  0,5 % ', ','],
    ['12 345,67', ','],
    ['0.41', '.'],
    ['0.0139', '.'],
    ['1.5', '.'],
    ['1.234,5', ','],
    ['12,345.67', '.'],
    ['1,234', undefined],
    ['1.234', undefined],
    ['1,234,567', undefined],
    ['1.2K', undefined],
    ['1,5 M', undefined],
    ['12', undefined],
    ['', undefined],
    ['n/a', undefined],
  ])('%j → %j', (raw, mark) => {
    expect(decimalMarkEvidence(raw)).toBe(mark);
  });
});
