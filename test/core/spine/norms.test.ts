import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../../src/core/platform.js';
import { findTable, findTier, tableFor, withNormsOverride, type NormSelection } from '../../../src/core/norms/select.js';
import { BAND_FROM_NORM, BUILTIN_NORM_TABLES, DEFAULT_NORMS_BY_PLATFORM } from '../../../src/core/norms/tables.js';

const DEFAULTS: NormSelection = { tables: BUILTIN_NORM_TABLES, byPlatform: DEFAULT_NORMS_BY_PLATFORM };
const fr2019 = findTable('instagram-fr-2019', BUILTIN_NORM_TABLES)!;

describe('findTier: min inclusive, max exclusive', () => {
  it.each<[number, string | undefined]>([
    [0, '<5k'], [4_999, '<5k'], [5_000, '5k–20k'], [19_999, '5k–20k'], [20_000, '20k–100k'], [99_999, '20k–100k'],
    [100_000, '100k–1M'], [999_999, '100k–1M'], [1_000_000, '>1M'], [1e10, '>1M'], [-1, undefined],
  ])('%d followers → %s', (followers, label) => {
    expect(findTier(fr2019, followers)?.label).toBe(label);
  });
});

describe('built-in tables', () => {
  it.each(BUILTIN_NORM_TABLES.map((t) => [t.name, t] as const))('%s: tiers cover 0…∞ without gaps, bands are ordered', (_name, t) => {
    expect(t.tiers[0]!.min).toBe(0);
    expect(t.tiers.at(-1)!.max).toBeNull();
    t.tiers.forEach((tier, i) => {
      if (i > 0) expect(tier.min).toBe(t.tiers[i - 1]!.max);
      expect(tier.lowPct).toBeGreaterThan(0);
      expect(tier.lowPct).toBeLessThan(tier.highPct);
      if (tier.normPct !== null) expect(tier.lowPct).toBeLessThanOrEqual(tier.normPct);
    });
    expect(t.source).not.toBe('');
  });

  it.each(['instagram-fr-2019', 'instagram-fr-2022', 'tiktok-views-2022'])('%s: band = 0.4×–3× the published figure', (name) => {
    for (const tier of findTable(name, BUILTIN_NORM_TABLES)!.tiers) {
      expect(tier.lowPct).toBeCloseTo(tier.normPct! * BAND_FROM_NORM.low, 2);
      expect(tier.highPct).toBeCloseTo(tier.normPct! * BAND_FROM_NORM.high, 2);
    }
  });

  it.each(PLATFORMS.map((p) => [p]))('%s has a default table of its own platform', (p) => {
    const t = tableFor(p, DEFAULTS);
    expect(t).toBeDefined();
    expect([p, 'any']).toContain(t!.platform);
  });
});

describe('withNormsOverride', () => {
  it("an 'any' table replaces every platform's", () => {
    const s = withNormsOverride(DEFAULTS, findTable('generic-1-5', BUILTIN_NORM_TABLES)!);
    for (const p of PLATFORMS) expect(s.byPlatform[p]).toBe('generic-1-5');
  });

  it('a platform table replaces only its own platform', () => {
    const s = withNormsOverride(DEFAULTS, findTable('instagram-fr-2022', BUILTIN_NORM_TABLES)!);
    expect(s.byPlatform).toEqual({ ...DEFAULT_NORMS_BY_PLATFORM, instagram: 'instagram-fr-2022' });
    expect(tableFor('instagram', s)?.name).toBe('instagram-fr-2022');
    expect(tableFor('tiktok', s)?.name).toBe('tiktok-views-2022');
  });

  it('leaves the selection it was given untouched', () => {
    const before = structuredClone(DEFAULTS.byPlatform);
    withNormsOverride(DEFAULTS, findTable('generic-1-5', BUILTIN_NORM_TABLES)!);
    expect(DEFAULTS.byPlatform).toEqual(before);
  });
});
