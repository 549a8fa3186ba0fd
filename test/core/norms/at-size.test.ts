import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normAtSize, tierCentre } from '../../../src/core/norms/at-size.js';
import { BUILTIN_NORM_TABLES } from '../../../src/core/norms/tables.js';
import type { NormTable } from '../../../src/core/norms/types.js';

const table = (name: string): NormTable => BUILTIN_NORM_TABLES.find((t) => t.name === name)!;
const ig = table('instagram-2026');

describe('normAtSize: figures that move with the size, never jump at a tier boundary', () => {
  it('at a tier centre, the tier\'s own figures', () => {
    for (const tier of ig.tiers) {
      const n = normAtSize(ig, tierCentre(tier))!;
      expect(n.medianPct).toBeCloseTo(tier.medianPct, 6);
      expect(n.spread).toBeCloseTo(tier.spread, 6);
      expect(n.tier).toBe(tier);
    }
  });

  it('centres: the geometric middle, an open first tier a decade under its max, an open last tier a decade over its min', () => {
    expect(tierCentre(ig.tiers[0]!)).toBeCloseTo(3_162.3, 1);
    expect(tierCentre(ig.tiers[1]!)).toBeCloseTo(22_360.7, 1);
    expect(tierCentre(ig.tiers[5]!)).toBeCloseTo(31_622_776.6, 0);
  });

  it('outside the first and last centres, the end tier\'s figures', () => {
    expect(normAtSize(ig, 50)).toMatchObject({ medianPct: 4.2, spread: 1.05 });
    expect(normAtSize(ig, 400_000_000)).toMatchObject({ medianPct: 0.9, spread: 1.44 });
  });

  it('the worked example: 12,000 followers lie 68 % of the way from <10k\'s centre to 10k–50k\'s', () => {
    const n = normAtSize(ig, 12_000)!;
    expect(n.tier.label).toBe('10k–50k');
    expect(n.between).toMatchObject({ lower: { label: '<10k' }, upper: { label: '10k–50k' } });
    expect(n.between!.share).toBeCloseTo(0.682, 3);
    expect(n.medianPct).toBeCloseTo(3.186, 3);
  });

  it('property: on every shipped table, one more follower moves the median by less than 0.01 % of itself', () => {
    const multi = BUILTIN_NORM_TABLES.filter((t) => t.tiers.length > 1);
    fc.assert(fc.property(fc.constantFrom(...multi), fc.integer({ min: 1, max: 2_000_000_000 }), (t, f) => {
      const a = normAtSize(t, f)!;
      const b = normAtSize(t, f + 1)!;
      expect(Math.abs(b.medianPct - a.medianPct)).toBeLessThan(a.medianPct * 1e-4);
      expect(Math.abs(b.spread - a.spread)).toBeLessThan(1e-4);
    }), { numRuns: 2_000 });
  });
});
