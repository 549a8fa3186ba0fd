import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { correctedShare } from '../../../../src/core/audience/model/index.js';

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
    expect(correctedShare(30, 100, 0.5, 0.5)).toEqual({ share: 0.3, low: 0, high: 1 });
    expect(correctedShare(0, 0, 0.9, 0.9)).toEqual({ share: 0, low: 0, high: 1 });
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
});
