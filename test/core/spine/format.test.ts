import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { andList, fixed2, fmtFractionAsPercent, fmtInt, fmtPercent, fmtShareOfAll } from '../../../src/core/format.js';

/** The grouping fmtInt replaced, kept as the reference: digits of the rounded value, a comma every three from the right. */
function groupedByString(n: number): string {
  const s = String(Math.round(Math.abs(n)));
  const sign = n < 0 ? '-' : '';
  if (s.length <= 3 || s.includes('e') || s === 'Infinity') return sign + s;
  let out = s.slice(0, s.length % 3 || 3);
  for (let i = out.length; i < s.length; i += 3) out += `,${s.slice(i, i + 3)}`;
  return sign + out;
}

// Rates and ratios as the scorer meets them: cents and half-cents (the ties), thousandths, and arbitrary doubles.
const rates = fc.oneof(
  fc.integer({ min: 0, max: 10_000_000 }).map((c) => c / 100),
  fc.integer({ min: 0, max: 10_000_000 }).map((c) => (c + 0.5) / 100),
  fc.integer({ min: 0, max: 10_000_000 }).map((c) => c / 1000),
  fc.double({ min: -1e16, max: 1e16 }),
  fc.double(),
);

describe('fixed2', () => {
  it('is exactly toFixed(2)', () => {
    fc.assert(fc.property(rates, (x) => { expect(fixed2(x)).toBe(x.toFixed(2)); }), { numRuns: 20_000 });
  });

  it('leaves the ties that x × 100 rounds onto to toFixed', () => {
    // 1.005 is 1.00499999999999989…: toFixed says 1.00, rounding 100.5 would say 1.01.
    expect(fixed2(1.005)).toBe('1.00');
    expect(fixed2(0.125)).toBe('0.13');
    expect(fixed2(2.675)).toBe('2.67');
    expect(fixed2(-0)).toBe('0.00');
    expect(fixed2(-1.234)).toBe('-1.23');
    expect(fmtPercent(0.4)).toBe('0.40 %');
  });
});

describe('fmtInt', () => {
  it('groups thousands exactly as the digits of the rounded value', () => {
    const counts = fc.oneof(fc.integer({ min: -1e9, max: 1e12 }), fc.double({ min: -1e22, max: 1e22 }), fc.double());
    fc.assert(fc.property(counts, (n) => { expect(fmtInt(n)).toBe(groupedByString(n)); }), { numRuns: 20_000 });
  });

  it('pads inner groups with zeros', () => {
    expect(fmtInt(1_000_007)).toBe('1,000,007');
    expect(fmtInt(95_400)).toBe('95,400');
    expect(fmtInt(-1_234.6)).toBe('-1,235');
    expect(fmtInt(2 ** 53 + 2)).toBe('9,007,199,254,740,994');
    expect(fmtInt(-Infinity)).toBe('-Infinity');
    expect(fmtInt(1e21)).toBe('1e+21');
  });
});

describe('small and extreme shares', () => {
  it('fmtPercent shows two significant digits under 0.005 %, never 0.00 % for a rate above zero', () => {
    expect(fmtPercent(0.00276)).toBe('0.0028 %');
    expect(fmtPercent(0.0004)).toBe('0.00040 %');
    expect(fmtPercent(1e-7)).toBe('0.00000010 %');
    expect(fmtPercent(0)).toBe('0.00 %');
    expect(fmtPercent(0.006)).toBe('0.01 %');
  });
  it('fmtShareOfAll never shows 100.0000 % or 0.0000 %', () => {
    expect(fmtShareOfAll(0.99999999)).toBe('more than 99.9999 %');
    expect(fmtShareOfAll(0.999998)).toBe('99.9998 %');
    expect(fmtShareOfAll(0.00000001)).toBe('less than 0.0001 %');
    expect(fmtShareOfAll(0.99997)).toBe('99.997 %');
    expect(fmtShareOfAll(1)).toBe('100 %');
  });
});

describe('percent: the unit in the name', () => {
  it('fmtPercent takes a value already in percent; fmtFractionAsPercent a fraction, with fixed decimals', () => {
    expect(fmtPercent(1.23)).toBe('1.23 %');
    expect(fmtFractionAsPercent(0.0123)).toBe('1.23 %');
    expect(fmtFractionAsPercent(0.15, 0)).toBe('15 %');
    expect(fmtFractionAsPercent(0.0000333)).toBe('0.00 %');
  });
});

describe('andList', () => {
  it.each<[string[], string]>([[[], ''], [['a'], 'a'], [['a', 'b'], 'a and b'], [['a', 'b', 'c'], 'a, b and c']])('%j → %s', (items, text) => {
    expect(andList(items)).toBe(text);
  });
});
