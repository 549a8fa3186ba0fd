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
    expect(parseHumanNumber(raw, 'rate', mark)).toEqual({ ok: true, missing: false, value, percent: false });
  });

  it('a suffix makes the one separator decimal whatever the mark', () => {
    expect(parseHumanNumber('1,234K', 'decimal', '.')).toEqual({ ok: true, missing: false, value: 1_234, percent: false });
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
