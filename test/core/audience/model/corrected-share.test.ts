import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { correctedShare, proportionSe } from '../../../../src/core/audience/model/index.js';

describe('correctedShare (Rogan & Gladen 1978)', () => {
  it('corrects a known apparent share', () => {
    // 43 of 100 called fake by a test of sensitivity 0.9 and specificity 0.8: (0.43 + 0.8 − 1) ÷ 0.7.
    const c = correctedShare(43, 100, 0.9, 0.8);
    expect(c.share).toBeCloseTo(0.23 / 0.7, 12);
    expect(c.low).toBeLessThan(c.share);
    expect(c.high).toBeGreaterThan(c.share);
    // A perfect test changes nothing.
    expect(correctedShare(30, 100, 1, 1).share).toBeCloseTo(0.3, 12);
  });

  it('clamps to [0, 1]: fewer positives than the false-positive rate explains read as 0', () => {
    expect(correctedShare(2, 100, 0.9, 0.95)).toMatchObject({ share: 0, low: 0 });
    expect(correctedShare(100, 100, 0.9, 0.95)).toMatchObject({ share: 1, high: 1 });
  });

  it('says nothing for a test no better than chance, or an empty sample', () => {
    expect(correctedShare(30, 100, 0.5, 0.5)).toEqual({ share: 0.3, low: 0, high: 1, sampling: { low: 0, high: 1 } });
    expect(correctedShare(0, 0, 0.9, 0.9)).toEqual({ share: 0, low: 0, high: 1, sampling: { low: 0, high: 1 } });
  });

  it('narrows as the sample grows', () => {
    const small = correctedShare(30, 100, 0.9, 0.9);
    const large = correctedShare(3000, 10_000, 0.9, 0.9);
    expect(large.share).toBeCloseTo(small.share, 12);
    expect(large.high - large.low).toBeLessThan((small.high - small.low) / 5);
  });

  it('stays in [0, 1], low ≤ share ≤ high, and never falls as more followers are called fake', () => {
    const arb = fc.record({
      n: fc.integer({ min: 1, max: 5000 }),
      frac: fc.double({ min: 0, max: 1, noNaN: true }),
      se: fc.double({ min: 0.3, max: 1, noNaN: true }),
      sp: fc.double({ min: 0.3, max: 1, noNaN: true }),
    });
    fc.assert(fc.property(arb, ({ n, frac, se, sp }) => {
      const k = Math.round(frac * n);
      const c = correctedShare(k, n, se, sp);
      expect(c.low).toBeGreaterThanOrEqual(0);
      expect(c.high).toBeLessThanOrEqual(1);
      expect(c.low).toBeLessThanOrEqual(c.share + 1e-12);
      expect(c.share).toBeLessThanOrEqual(c.high + 1e-12);
      if (k < n) expect(correctedShare(k + 1, n, se, sp).share).toBeGreaterThanOrEqual(c.share);
    }));
  });

  it('widens by the uncertainty of sensitivity and specificity (delta method), which dominates a large sample', () => {
    const accuracy = { sensitivitySe: proportionSe(0.9, 120), specificitySe: proportionSe(0.97, 600) };
    const known = correctedShare(2800, 10_000, 0.9, 0.97);
    const c = correctedShare(2800, 10_000, 0.9, 0.97, 0.95, accuracy);
    expect(c.share).toBeCloseTo(known.share, 12);
    expect(c.sampling).toEqual({ low: known.low, high: known.high });
    expect(c.low).toBeLessThan(known.low);
    expect(c.high).toBeGreaterThan(known.high);
    // By hand: π = (0.28 + 0.97 − 1) ÷ 0.87; extra = 1.96 √(π² SE(Se)² + (1 − π)² SE(Sp)²) ÷ 0.87, in quadrature.
    const pi = 0.25 / 0.87;
    const extra = (1.959964 * Math.sqrt(pi ** 2 * accuracy.sensitivitySe ** 2 + (1 - pi) ** 2 * accuracy.specificitySe ** 2)) / 0.87;
    expect(c.high - c.share).toBeCloseTo(Math.hypot(known.high - known.share, extra), 5);
    expect(c.high - c.low).toBeGreaterThan(2 * (known.high - known.low));
    // Zero standard errors: the sampling interval.
    expect(correctedShare(2800, 10_000, 0.9, 0.97, 0.95, { sensitivitySe: 0, specificitySe: 0 })).toEqual(known);
  });

  it('proportionSe: binomial standard error with one success and one failure added', () => {
    expect(proportionSe(0.5, 100)).toBeCloseTo(0.05, 12);
    expect(proportionSe(1, 120)).toBeGreaterThan(0);
    expect(proportionSe(1, 120)).toBeCloseTo(Math.sqrt((121 / 122) * (1 / 122) / 120), 12);
    expect(proportionSe(0.9, 0)).toBe(0.5);
  });

  it('with accuracy evidence: still in [0, 1], low ≤ share ≤ high, and never narrower than the sample alone', () => {
    const arb = fc.record({
      n: fc.integer({ min: 1, max: 20_000 }),
      frac: fc.double({ min: 0, max: 1, noNaN: true }),
      se: fc.double({ min: 0.3, max: 1, noNaN: true }),
      sp: fc.double({ min: 0.3, max: 1, noNaN: true }),
      seSe: fc.double({ min: 0, max: 0.2, noNaN: true }),
      spSe: fc.double({ min: 0, max: 0.2, noNaN: true }),
    });
    fc.assert(fc.property(arb, ({ n, frac, se, sp, seSe, spSe }) => {
      const k = Math.round(frac * n);
      const c = correctedShare(k, n, se, sp, 0.95, { sensitivitySe: seSe, specificitySe: spSe });
      expect(c.low).toBeGreaterThanOrEqual(0);
      expect(c.high).toBeLessThanOrEqual(1);
      expect(c.low).toBeLessThanOrEqual(c.share + 1e-12);
      expect(c.share).toBeLessThanOrEqual(c.high + 1e-12);
      expect(c.low).toBeLessThanOrEqual(c.sampling.low + 1e-12);
      expect(c.high).toBeGreaterThanOrEqual(c.sampling.high - 1e-12);
    }));
  });
});
