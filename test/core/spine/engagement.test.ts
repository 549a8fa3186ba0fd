import { describe, expect, it } from 'vitest';
import type { ProfileFacts } from '../../../src/core/account.js';
import { rosterEngagement } from '../../../src/core/engagement/roster-rate.js';
import { DEFAULT_ENGAGEMENT, engagementSignal } from '../../../src/core/engagement/signal.js';
import { BUILTIN_NORM_TABLES } from '../../../src/core/norms/tables.js';
import type { NormTable } from '../../../src/core/norms/types.js';
import type { Platform } from '../../../src/core/platform.js';

const table = (name: string): NormTable => {
  const t = BUILTIN_NORM_TABLES.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name}`);
  return t;
};
const ALL: ProfileFacts = { followers: 10_000, avgLikes: 300, avgComments: 20, avgShares: 50, avgViews: 5_000 };

describe('rosterEngagement: per-platform definition', () => {
  it.each<[Platform, ProfileFacts, 'followers' | 'views', number]>([
    ['instagram', ALL, 'followers', 3.2], // (300 + 20) / 10,000: shares and views ignored
    ['facebook', ALL, 'followers', 3.2],
    ['x', ALL, 'followers', 3.2],
    ['tiktok', ALL, 'views', 7.4], // (300 + 20 + 50) / 5,000: TikTok counts shares
    ['youtube', ALL, 'views', 6.4], // (300 + 20) / 5,000
    ['instagram', { followers: 10_000, avgLikes: 300 }, 'followers', 3], // missing comments count as none
    ['tiktok', { avgLikes: 300, avgViews: 1_000 }, 'views', 30], // followers not needed on views
  ])('%s %j → %d % on %s', (platform, profile, basis, ratePct) => {
    expect(rosterEngagement(platform, profile)).toMatchObject({ source: 'roster-averages', basis, ratePct });
  });

  it.each<[Platform, ProfileFacts, 'followers' | 'views']>([
    ['tiktok', { followers: 10_000, avgLikes: 300, reportedEngagementPct: 7 }, 'views'],
    ['instagram', { followers: 10_000, reportedEngagementPct: 1.39 }, 'followers'],
    ['instagram', { avgLikes: 300, reportedEngagementPct: 1.39 }, 'followers'],
  ])('%s falls back to the reported rate, marked as such: %j', (platform, profile, basis) => {
    expect(rosterEngagement(platform, profile)).toMatchObject({ source: 'roster-reported', basis, ratePct: profile.reportedEngagementPct });
  });

  it.each<[Platform, ProfileFacts, RegExp]>([
    ['tiktok', { followers: 10_000, avgLikes: 300 }, /no average views/],
    ['youtube', { followers: 10_000, avgLikes: 300, avgViews: 0 }, /no average views/],
    ['instagram', { avgLikes: 300 }, /no follower count/],
    ['instagram', { followers: 0, avgLikes: 300 }, /no follower count/],
    ['instagram', { followers: 10_000, avgComments: 20 }, /no average likes and no engagement rate/],
  ])('%s %j skips: %s', (platform, profile, reason) => {
    const r = rosterEngagement(platform, profile);
    expect(r).toHaveProperty('skip');
    if ('skip' in r) expect(r.skip).toMatch(reason);
  });
});

describe('engagementSignal', () => {
  const signal = (platform: Platform, p: ProfileFacts, normTable: NormTable | undefined, followers = p.followers) =>
    engagementSignal(rosterEngagement(platform, p), followers, normTable, DEFAULT_ENGAGEMENT);

  it.each<[string, ProfileFacts, 'pass' | 'flag', number, string, [number, number]]>([
    ['far below: severity 1', { followers: 500_000, avgLikes: 500, avgComments: 10 }, 'flag', 1, '100k–1M', [0.88, 6.57]],
    ['below: ln(0.88/0.55)/ln 2.5', { followers: 500_000, avgLikes: 2_750 }, 'flag', 0.513, '100k–1M', [0.88, 6.57]],
    ['no likes at all', { followers: 500_000, avgLikes: 0 }, 'flag', 1, '100k–1M', [0.88, 6.57]],
    ['above: ln(10/7.41)/ln 2', { followers: 50_000, avgLikes: 5_000 }, 'flag', 0.432, '20k–100k', [0.99, 7.41]],
    ['far above: severity 1', { followers: 50_000, avgLikes: 15_000 }, 'flag', 1, '20k–100k', [0.99, 7.41]],
    ['within', { followers: 95_400, avgLikes: 2_000, avgComments: 40 }, 'pass', 0, '20k–100k', [0.99, 7.41]],
    ['on the low edge', { followers: 100_000, avgLikes: 880 }, 'pass', 0, '100k–1M', [0.88, 6.57]],
    ['on the high edge', { followers: 100_000, avgLikes: 6_570 }, 'pass', 0, '100k–1M', [0.88, 6.57]],
    ['nano at 9 %, 5k–20k', { followers: 8_000, avgLikes: 700, avgComments: 20 }, 'pass', 0, '5k–20k', [1.25, 9.36]],
    ['nano at 9 %, <5k', { followers: 3_000, avgLikes: 250, avgComments: 20 }, 'pass', 0, '<5k', [2.88, 21.63]],
  ])('instagram-fr-2019, %s', (_name, profile, status, severity, tier, band) => {
    const s = signal('instagram', profile, table('instagram-fr-2019'));
    expect(s.id).toBe('engagement-rate');
    expect(s.status).toBe(status);
    expect(s.severity).toBeCloseTo(severity, 3);
    expect(s.evidence).toMatchObject({ normTable: 'instagram-fr-2019', normYear: 2019, tier, band, basis: 'followers', source: 'roster-averages' });
  });

  it.each([5_000, 50_000, 500_000, 5_000_000])('TikTok at 12 %% of views passes on tiktok-views-2022 with %d followers', (followers) => {
    const s = signal('tiktok', { followers, avgLikes: 1_100, avgComments: 50, avgShares: 50, avgViews: 10_000 }, table('tiktok-views-2022'));
    expect(s).toMatchObject({ status: 'pass', evidence: { ratePct: 12, basis: 'views', normTable: 'tiktok-views-2022' } });
  });

  it.each<[string, Platform, ProfileFacts, string | undefined, RegExp]>([
    ['a views rate against a followers table', 'tiktok', { followers: 50_000, avgLikes: 1_200, avgViews: 10_000 }, 'instagram-fr-2019', /on views but norm table instagram-fr-2019 is on followers/],
    ['a followers rate against a views table', 'instagram', { followers: 50_000, avgLikes: 1_100 }, 'tiktok-views-2022', /on followers but norm table tiktok-views-2022 is on views/],
    ['no norm table', 'instagram', { followers: 50_000, avgLikes: 1_100 }, undefined, /no norm table/],
    ['no follower count for a tiered table', 'tiktok', { avgLikes: 1_100, avgViews: 10_000 }, 'tiktok-views-2022', /no follower count to pick a tier/],
    ['no rate', 'instagram', { followers: 50_000 }, 'instagram-fr-2019', /no average likes/],
  ])('skips on %s', (_name, platform, profile, name, reason) => {
    const s = signal(platform, profile, name === undefined ? undefined : table(name));
    expect(s.status).toBe('skip');
    expect(s.severity).toBe(0);
    expect(s.message).toMatch(reason);
  });

  it('a single-tier table needs no follower count', () => {
    const s = signal('youtube', { avgLikes: 1_100, avgViews: 10_000 }, table('youtube-views-2022'));
    expect(s).toMatchObject({ status: 'flag', evidence: { ratePct: 11, tier: 'all', band: [1, 10] } });
  });

  it('a reported rate is compared whatever its basis, and says it was reported', () => {
    const s = signal('instagram', { followers: 50_000, reportedEngagementPct: 12 }, table('tiktok-views-2022'));
    expect(s).toMatchObject({ status: 'pass', evidence: { source: 'roster-reported', ratePct: 12 } });
    expect(s.message).toContain('as reported by the export');
  });

  // Regression: the --explain result once printed the unclamped severity, e.g.
  // "below band → severity 3.36" for 500k followers at 0.10 %, while the signal's severity (and the score) use 1.
  it('the explain line states the severity the score uses', () => {
    const s = signal('instagram', { followers: 500_000, avgLikes: 500, avgComments: 10 }, table('instagram-fr-2019'));
    expect(s.explain?.().result).toContain(`severity ${s.severity.toFixed(2)}`);
  });
});
