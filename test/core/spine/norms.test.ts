import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../../src/core/platform.js';
import { normAtSize } from '../../../src/core/norms/at-size.js';
import { findTable, mainTableName, tableFor, withNormsOverride, type NormSelection } from '../../../src/core/norms/select.js';
import { BUILTIN_NORM_TABLES, DEFAULT_NORMS_BY_PLATFORM } from '../../../src/core/norms/tables.js';
import { rarityOf } from '../../../src/core/norms/rarity.js';

const DEFAULTS: NormSelection = { tables: BUILTIN_NORM_TABLES, byPlatform: DEFAULT_NORMS_BY_PLATFORM };
const ig = findTable('instagram-2026', BUILTIN_NORM_TABLES)!;

describe("normAtSize: the account's tier, min inclusive, max exclusive", () => {
  it.each<[number, string | undefined]>([
    [0, '<10k'], [9_999, '<10k'], [10_000, '10k–50k'], [499_999, '100k–500k'], [500_000, '500k–10M'],
    [10_000_000, '10M+'], [1e10, '10M+'], [-1, undefined],
  ])('%d followers → %s', (followers, label) => {
    expect(normAtSize(ig, followers)?.tier.label).toBe(label);
  });
});

describe('built-in tables', () => {
  it.each(BUILTIN_NORM_TABLES.map((t) => [t.name, t] as const))('%s: tiers cover 0…∞ without gaps, each a median and a spread', (_name, t) => {
    expect(t.tiers[0]!.min).toBe(0);
    expect(t.tiers.at(-1)!.max).toBeNull();
    t.tiers.forEach((tier, i) => {
      if (i > 0) expect(tier.min).toBe(t.tiers[i - 1]!.max);
      expect(tier.medianPct).toBeGreaterThan(0);
      expect(tier.spread).toBeGreaterThanOrEqual(1);
    });
    expect(t.source).not.toBe('');
    expect(`${t.source} ${t.spreadSource ?? ''} ${t.note ?? ''}`).not.toMatch(/seed|domain\.md|SOURCE|shared\//);
  });

  it('every current default is dated 2025 or later; the 2019 France table stays selectable', () => {
    for (const p of PLATFORMS) {
      for (const name of Object.values(DEFAULT_NORMS_BY_PLATFORM[p])) {
        const t = findTable(name, BUILTIN_NORM_TABLES)!;
        if (p !== 'facebook') expect(t.year).toBeGreaterThanOrEqual(2025);
      }
    }
    expect(findTable('instagram-fr-2019', BUILTIN_NORM_TABLES)).toBeDefined();
  });

  it.each(PLATFORMS.map((p) => [p]))('%s has a default table of its own platform on followers', (p) => {
    const t = tableFor(p, 'followers', DEFAULTS);
    expect(t).toMatchObject({ basis: 'followers' });
    expect([p, 'any']).toContain(t!.platform);
  });

  it('TikTok and YouTube are judged on views when views are known; X on impressions', () => {
    expect(tableFor('tiktok', 'views', DEFAULTS)?.name).toBe('tiktok-views-2025');
    expect(tableFor('youtube', 'views', DEFAULTS)?.name).toBe('youtube-views-2026');
    expect(tableFor('x', 'impressions', DEFAULTS)?.name).toBe('x-impressions-2025');
    expect(tableFor('instagram', 'views', DEFAULTS)).toBeUndefined();
  });

  it('mega accounts get their wide spread', () => {
    expect(normAtSize(ig, 200_000_000)!.spread).toBeGreaterThan(normAtSize(ig, 20_000)!.spread);
  });
});

describe('rarityOf', () => {
  const tier = { label: 't', min: 0, max: null, medianPct: 2, spread: 1 };
  it('the median is the 50th percentile; e^spread above it the 84th', () => {
    const r = rarityOf(2, tier);
    expect(r.z).toBe(0);
    expect(r.below).toBeCloseTo(0.5, 6);
    expect(r.above).toBeCloseTo(0.5, 6);
    expect(rarityOf(2 * Math.E, tier).below).toBeCloseTo(0.8413, 4);
  });
  it('a rate of 0 is below every genuine account', () => {
    expect(rarityOf(0, tier)).toEqual({ z: -Infinity, below: 0, above: 1 });
  });
});

describe('withNormsOverride', () => {
  it("an 'any' table replaces every platform's followers table", () => {
    const s = withNormsOverride(DEFAULTS, findTable('generic-1-5', BUILTIN_NORM_TABLES)!);
    for (const p of PLATFORMS) expect(s.byPlatform[p].followers).toBe('generic-1-5');
    expect(s.byPlatform.tiktok.views).toBe('tiktok-views-2025');
  });

  it('a platform table replaces only its own platform and basis', () => {
    const s = withNormsOverride(DEFAULTS, findTable('instagram-fr-2019', BUILTIN_NORM_TABLES)!);
    expect(s.byPlatform).toEqual({ ...DEFAULT_NORMS_BY_PLATFORM, instagram: { followers: 'instagram-fr-2019' } });
    expect(mainTableName(s, 'instagram')).toBe('instagram-fr-2019');
    expect(mainTableName(s, 'tiktok')).toBe('tiktok-followers-2026');
  });

  it('leaves the selection it was given untouched', () => {
    const before = structuredClone(DEFAULTS.byPlatform);
    withNormsOverride(DEFAULTS, findTable('generic-1-5', BUILTIN_NORM_TABLES)!);
    expect(DEFAULTS.byPlatform).toEqual(before);
  });
});
