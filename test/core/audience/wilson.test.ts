import { describe, expect, it } from 'vitest';
import { wilsonInterval, zForConfidence } from '../../../src/core/audience/index.js';

describe('zForConfidence', () => {
  it.each([
    [0.8, 1.281552],
    [0.9, 1.644854],
    [0.95, 1.959964],
    [0.99, 2.575829],
    [0.999, 3.290527],
  ])('%f → %f', (confidence, z) => {
    expect(zForConfidence(confidence)).toBeCloseTo(z, 5);
  });

  it.each([0, 1, -0.5, Number.NaN])('rejects %f', (confidence) => {
    expect(() => zForConfidence(confidence)).toThrow(RangeError);
  });
});

describe('wilsonInterval', () => {
  const z = zForConfidence(0.95);
  // Newcombe (1998), "Two-sided confidence intervals for the single proportion", Statistics in Medicine, Table I.
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%i / %i → %f–%f (Newcombe 1998)', (count, n, low, high) => {
    const got = wilsonInterval(count, n, z);
    expect(got.share).toBeCloseTo(count / n, 10);
    expect(got.low).toBeCloseTo(low, 4);
    expect(got.high).toBeCloseTo(high, 4);
  });

  it('is symmetric: k of n mirrors n − k of n', () => {
    const a = wilsonInterval(3, 17, z);
    const b = wilsonInterval(14, 17, z);
    expect(a.low).toBeCloseTo(1 - b.high, 12);
    expect(a.high).toBeCloseTo(1 - b.low, 12);
  });

  it('pins the ends: none gives low 0, all gives high 1', () => {
    expect(wilsonInterval(0, 50, z).low).toBe(0);
    expect(wilsonInterval(50, 50, z).high).toBe(1);
  });

  it('an empty sample says nothing: [0, 1]', () => {
    expect(wilsonInterval(0, 0, z)).toEqual({ count: 0, share: 0, low: 0, high: 1 });
  });

  it('narrows as the sample grows', () => {
    const width = (n: number) => {
      const w = wilsonInterval(n / 5, n, z);
      return w.high - w.low;
    };
    expect(width(50)).toBeGreaterThan(width(500));
    expect(width(500)).toBeGreaterThan(width(5000));
  });
});
