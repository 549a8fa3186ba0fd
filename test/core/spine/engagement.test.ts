import { describe, expect, it } from 'vitest';
import type { ProfileFacts } from '../../../src/core/account.js';
import { rosterEngagement } from '../../../src/core/engagement/roster-rate.js';
import { DEFAULT_ENGAGEMENT, engagementSignal, typicalRange } from '../../../src/core/engagement/signal.js';
import { tailLogOdds } from '../../../src/core/evidence.js';
import { normAtSize } from '../../../src/core/norms/at-size.js';
import { normalLowerTail } from '../../../src/core/norms/normal-tail.js';
import { BUILTIN_NORM_TABLES } from '../../../src/core/norms/tables.js';
import type { NormTable } from '../../../src/core/norms/types.js';
import type { Platform } from '../../../src/core/platform.js';
import { scoreAccount } from '../../../src/core/score-account.js';
import { DEFAULT_SCORING } from '../../../src/core/scoring-config.js';

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
    ['tiktok', { followers: 10_000, avgLikes: 300, avgComments: 20 }, 'followers', 3.2], // no views: on followers
    ['youtube', { followers: 10_000, avgLikes: 300, avgViews: 0 }, 'followers', 3],
  ])('%s %j → %d % on %s', (platform, profile, basis, ratePct) => {
    expect(rosterEngagement(platform, profile)).toMatchObject({ source: 'roster-averages', basis, ratePct });
  });

  it.each<[Platform, ProfileFacts, 'followers' | 'views']>([
    ['tiktok', { followers: 10_000, reportedEngagementPct: 7 }, 'views'],
    ['instagram', { followers: 10_000, reportedEngagementPct: 1.39 }, 'followers'],
    ['instagram', { avgLikes: 300, reportedEngagementPct: 1.39 }, 'followers'],
  ])('%s falls back to the reported rate, marked as such: %j', (platform, profile, basis) => {
    expect(rosterEngagement(platform, profile)).toMatchObject({ source: 'roster-reported', basis, ratePct: profile.reportedEngagementPct });
  });

  it.each<[Platform, ProfileFacts, RegExp]>([
    ['tiktok', { avgLikes: 300 }, /no average views and no follower count/],
    ['instagram', { avgLikes: 300 }, /no follower count/],
    ['instagram', { followers: 0, avgLikes: 300 }, /no follower count/],
    ['instagram', { followers: 10_000, avgComments: 20 }, /no average likes and no engagement rate/],
  ])('%s %j skips: %s', (platform, profile, reason) => {
    const r = rosterEngagement(platform, profile);
    expect(r).toHaveProperty('skip');
    if ('skip' in r) expect(r.skip).toMatch(reason);
  });

  it.each<[string, readonly string[], string]>([
    ['names the columns no role took instead of denying the data', ['Moyenne des vues par reel', 'Taux de clics'],
      'no column read as average likes or engagement rate (columns not read: "Moyenne des vues par reel", "Taux de clics")'],
    ['cuts a long list after five', ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
      'no column read as average likes or engagement rate (columns not read: "a", "b", "c", "d", "e" and 2 more)'],
    ['says the data is missing when every column was read', [], 'no average likes and no engagement rate in the data'],
  ])('a roster without likes or a rate %s', (_name, unreadColumns, skip) => {
    expect(rosterEngagement('instagram', { followers: 300_000, following: 1_200, unreadColumns })).toEqual({ skip });
  });

  // regression: a YouTube row with subscribers and average views only was sent to --map
  it.each<[Platform, string, string]>([['youtube', 'subscriber', 'view'], ['instagram', 'follower', 'follower']])('with average views only on %s, says no norm judges views per %s', (platform, per, on) => {
    expect(rosterEngagement(platform, { followers: 1_200_000, avgViews: 410 })).toEqual({
      skip: `average views only, no likes or engagement rate: ${platform} engagement counts interactions (per ${on}), and there is no norm for views per ${per} to judge them by`,
    });
  });
});

describe('rosterEngagement: the most recent window that has data', () => {
  const top = { followers: 475_800_000, avgLikes: 8_700_000, recentAvgLikes: 6_500_000, recentEngagementPct: 1.39 };
  it('recent average likes first', () => {
    expect(rosterEngagement('instagram', top)).toMatchObject({ source: 'roster-recent', window: 'recent posts', ratePct: 1.3661 });
  });
  it("then the export's recent-window rate", () => {
    expect(rosterEngagement('instagram', { ...top, recentAvgLikes: undefined })).toMatchObject({ source: 'roster-reported', window: 'recent window', ratePct: 1.39 });
  });
  it('a recent window with 0 likes is empty, not dead: the longer window is used and said', () => {
    const r = rosterEngagement('instagram', { ...top, recentAvgLikes: 0, recentEngagementPct: 0.01 });
    expect(r).toMatchObject({ source: 'roster-averages', window: "the export's averages", ratePct: 1.8285 });
    expect(r).toHaveProperty('windowNote', expect.stringMatching(/recent likes are 0/));
  });
});

describe('engagementSignal: graded by rarity among genuine accounts', () => {
  const ig = table('instagram-2026');
  const signal = (platform: Platform, p: ProfileFacts, normTable: NormTable | undefined, followers = p.followers) =>
    engagementSignal(rosterEngagement(platform, p), followers, normTable, DEFAULT_ENGAGEMENT);

  it('inputs past any real count (1e308 likes) give a skip, not a rate of Infinity', () => {
    const s = signal('instagram', { followers: 5_000, avgLikes: 1e308, avgComments: 1e308 }, ig);
    expect(s).toMatchObject({ status: 'skip', severity: 0 });
    expect(s.message).toMatch(/not a finite number/);
  });

  it('the textbook bought account: 310,000 followers, 52 likes a post, is overwhelming evidence', () => {
    const s = signal('instagram', { followers: 310_000, avgLikes: 52 }, ig);
    // 310,000 lies between the centres of 100k–500k (223,607) and 500k–10M (2.24M): the median between theirs.
    const norm = normAtSize(ig, 310_000)!;
    const z = (Math.log(s.evidence['ratePct'] as number) - Math.log(norm.medianPct)) / 1.05;
    expect(norm.medianPct).toBeGreaterThan(0.9);
    expect(norm.medianPct).toBeLessThan(1.4);
    expect(s).toMatchObject({ status: 'flag', evidence: { tier: '100k–500k', between: ['100k–500k', '500k–10M'], spread: 1.05, direction: 'low' } });
    expect(s.evidence['medianPct']).toBeCloseTo(norm.medianPct, 3);
    expect(s.evidence['logOdds']).toBeCloseTo(tailLogOdds(normalLowerTail(z)), 2);
    expect(s.evidence['logOdds']).toBeGreaterThan(7);
    expect(s.message).toMatch(/^ER 0\.02 % is lower than 99\.99\d* % of genuine accounts of 310,000 followers on instagram-2026/);
  });

  it.each<[string, ProfileFacts, 'pass' | 'flag', 'low' | 'high' | null]>([
    ['a brand at 0.13 % on 237M followers', { followers: 237_000_000, avgLikes: 308_000 }, 'pass', null],
    ['a star at 31 % on 15M followers: rare, high', { followers: 15_000_000, avgLikes: 4_650_000 }, 'flag', 'high'],
    ['a micro account at its median', { followers: 20_000, avgLikes: 560 }, 'pass', null],
    ['no likes at all on 40 posts', { followers: 500_000, posts: 40, avgLikes: 0 }, 'flag', 'low'],
  ])('%s → %s', (_name, profile, status, direction) => {
    expect(signal('instagram', profile, ig)).toMatchObject({ status, evidence: { direction } });
  });

  // 10k–50k's centre, 22,361 followers, where its median 2.8 % holds: 626 likes are the median rate.
  const CENTRE = 22_361;
  const MEDIAN_LIKES = 0.028 * CENTRE;

  it('the percentile is the share of genuine accounts of the size with a lower rate', () => {
    const s = signal('instagram', { followers: CENTRE, avgLikes: MEDIAN_LIKES }, ig);
    expect(s.evidence['percentile']).toBeCloseTo(50, 2);
    expect(s.evidence['typicalRange']).toEqual(typicalRange({ medianPct: 2.8, spread: 1.05 }));
    expect(s.message).toContain('ordinary for genuine accounts of 22,361 followers on instagram-2026 (median 2.80 %; 50 % of them lower)');
  });

  it('evidence starts at the 5 % tail and grows with rarity', () => {
    const at = (likes: number) => signal('instagram', { followers: CENTRE, avgLikes: likes }, ig);
    const edge = MEDIAN_LIKES * Math.exp(-1.6449 * 1.05);
    expect(at(Math.ceil(edge)).status).toBe('pass');
    expect(at(Math.floor(edge)).status).toBe('flag');
    const lo = [100, 50, 20, 5].map((l) => at(l).evidence['logOdds'] as number);
    expect(lo).toEqual([...lo].sort((a, b) => a - b));
  });

  it('without a follower count a multi-tier table judges each side against its most lenient tier', () => {
    const s = signal('youtube', { avgLikes: 100, avgViews: 10_000 }, table('youtube-views-2026'));
    expect(s).toMatchObject({ status: 'pass', evidence: { tier: '500k+', followersAssessed: false } });
    expect(s.message).toMatch(/any size \(followers unknown\).*followers not assessed/);
    const high = signal('youtube', { avgLikes: 5_000, avgViews: 10_000 }, table('youtube-views-2026'));
    expect(high).toMatchObject({ status: 'flag', evidence: { tier: '<10k', direction: 'high' } });
  });

  it.each<[string, Platform, ProfileFacts, string | undefined, RegExp]>([
    ['no norm table for the basis', 'instagram', { followers: 50_000, avgLikes: 1_100 }, undefined, /no norm table judges this platform on followers/],
    ['no rate', 'instagram', { followers: 50_000 }, 'instagram-2026', /no average likes/],
  ])('skips on %s', (_name, platform, profile, name, reason) => {
    const s = signal(platform, profile, name === undefined ? undefined : table(name));
    expect(s.status).toBe('skip');
    expect(s.severity).toBe(0);
    expect(s.message).toMatch(reason);
  });

  it('a reported rate says it was reported', () => {
    const s = signal('instagram', { followers: 50_000, recentEngagementPct: 1.2 }, ig);
    expect(s).toMatchObject({ status: 'pass', evidence: { source: 'roster-reported', ratePct: 1.2, window: 'recent window' } });
    expect(s.message).toMatch(/^ER 1\.20 % \(recent window\)/);
  });

  it('the explain line gives z, the shares and the log-odds', () => {
    const s = signal('instagram', { followers: 500_000, avgLikes: 500, avgComments: 10 }, ig);
    // 500,000 followers: between 100k–500k's centre (1.4 %) and 500k–10M's (0.9 %), 35 % of the way: 1.1997 %.
    expect(s.explain?.().result).toMatch(/^z = \(ln 0\.102 − ln 1\.1997\) \/ 1\.05 = -2\.35 → .* → log-odds /);
    expect(s.explain?.().norm).toMatch(/^500,000 followers on instagram-2026: median 1\.20 %, spread 1\.05 .*between the tiers' centres \(100k–500k: median 1\.40 %, spread 1\.05, at 223,607 followers; 500k–10M: median 0\.90 %, spread 1\.05, at 2,236,068 followers\), 35 % of the way/);
  });
});

describe('tailLogOdds: the Sellke–Bayarri–Berger bound', () => {
  it.each([[0.5, 0], [1 / Math.E, 0], [0.05, 0.9], [0.01, 2.08], [0.001, 3.98], [1e-5, 8.07]])('p = %d → %d', (p, lo) => {
    expect(tailLogOdds(p)).toBeCloseTo(lo, 2);
  });
  it('p = 0 is infinite evidence (a weight caps it)', () => expect(tailLogOdds(0)).toBe(Infinity));
});

describe('normalLowerTail', () => {
  it.each([[0, 0.5], [-1.6449, 0.05], [1.96, 0.975], [-4, 3.167e-5], [-6, 9.866e-10]])('Φ(%d) = %d', (z, p) => {
    expect(normalLowerTail(z) / p).toBeCloseTo(1, 3);
  });
});

describe('a rate on views is judged on followers too: bought followers never watch', () => {
  const score = (platform: Platform, profile: ProfileFacts) =>
    scoreAccount({ handle: 'h', platform, profile }, DEFAULT_SCORING).signals.find((s) => s.id === 'engagement-rate')!;

  it('310,000 followers, 52 likes, 700 views: ordinary on views, convicted on followers', () => {
    const withViews = score('tiktok', { followers: 310_000, avgLikes: 52, avgComments: 3, avgViews: 700 });
    expect(withViews).toMatchObject({ status: 'flag', evidence: { basis: 'followers', direction: 'low', normTable: 'tiktok-followers-2026', otherBasis: { basis: 'views' } } });
    expect(withViews.message).toMatch(/^ER on followers 0\.02 % is lower than .* an audience larger than its engagement; on views, ER 7\.86 %/);
    const withoutViews = score('tiktok', { followers: 310_000, avgLikes: 52, avgComments: 3 });
    // Looked at twice, so each tail counts double: a little less evidence than on followers alone, never none.
    expect(withViews.evidence['logOdds']).toBeGreaterThan(3.07); // likely fake alone
    expect(withViews.evidence['logOdds']).toBeLessThan(withoutViews.evidence['logOdds'] as number);
  });

  it('two bases judged: the tail is doubled before it becomes log-odds (Bonferroni)', () => {
    const s = score('youtube', { followers: 50_000, avgLikes: 60_000, avgComments: 3_000, avgViews: 100_000 });
    const p = (100 - (s.evidence['percentile'] as number)) / 100;
    expect(s.evidence['direction']).toBe('high');
    expect(s.evidence['logOdds']).toBeCloseTo(tailLogOdds(2 * p), 2);
  });

  it('a rare high rate on views does not hide followers that never engage (high alone weighs as capped)', () => {
    const s = score('tiktok', { followers: 100_000, posts: 50, avgLikes: 340, avgViews: 360 });
    expect(s).toMatchObject({ status: 'flag', evidence: { basis: 'followers', direction: 'low', otherBasis: { basis: 'views' } } });
    const r = scoreAccount({ handle: 'h', platform: 'tiktok', profile: { followers: 100_000, posts: 50, avgLikes: 340, avgViews: 360 } }, DEFAULT_SCORING);
    expect(r.verdict).not.toBe('authentic');
  });

  it('no follower count, or no table on followers: judged on views alone, as before', () => {
    const s = score('tiktok', { avgLikes: 52, avgComments: 3, avgViews: 700 });
    expect(s.evidence['basis']).toBe('views');
    expect(s.evidence['otherBasis']).toBeUndefined();
  });

  it('a low rate on views says what it means on views', () => {
    const s = score('youtube', { followers: 1_000, avgLikes: 2, avgViews: 100_000 });
    expect(s.status).toBe('flag');
    expect(s.message).toContain('views that bring few likes or comments');
  });
});

describe('zeros that mean "not measured"', () => {
  it.each<[string, ProfileFacts]>([
    ['posts 0', { followers: 50_000, posts: 0, avgLikes: 0, avgComments: 0 }],
    ['average likes 0 and no post count', { followers: 50_000, avgLikes: 0 }],
  ])('%s: skipped, not a dead audience', (_name, profile) => {
    const r = rosterEngagement('instagram', profile);
    expect(r).toHaveProperty('skip');
  });
  it('average likes 0 on counted posts, or beside views, is a real zero', () => {
    expect(rosterEngagement('instagram', { followers: 50_000, posts: 12, avgLikes: 0 })).toMatchObject({ ratePct: 0 });
    expect(rosterEngagement('tiktok', { followers: 1_000, avgLikes: 0, avgViews: 1_000_000 })).toMatchObject({ basis: 'views', ratePct: 0 });
  });
});

describe('messages that say what the numbers are', () => {
  const views = table('youtube-views-2026');
  it('without a follower count, a rate between the smallest and the largest tier\'s medians is ordinary at any size (no made-up percentile)', () => {
    const s = engagementSignal(rosterEngagement('youtube', { avgLikes: 500, avgViews: 10_000 }), undefined, views, DEFAULT_ENGAGEMENT);
    expect(s.status).toBe('pass');
    expect(s.message).toMatch(/^ER 5\.00 % is between the medians of genuine accounts of the smallest and the largest size on youtube-views-2026 \(1\.41 %–5\.23 %\): ordinary whatever the size/);
    expect(s.evidence['percentile']).toBeUndefined();
    expect(s.explain?.().result).toMatch(/not rare whatever the size/);
  });

  it('a share too close to all genuine accounts for floating point still reads "more than 99.9999 %", not 100 %', () => {
    const s = engagementSignal(rosterEngagement('instagram', { followers: 50_000_000, avgLikes: 200 }), 50_000_000, table('instagram-2026'), DEFAULT_ENGAGEMENT);
    expect(s.message).toContain('is lower than more than 99.9999 % of genuine accounts');
    expect(s.evidence['percentile']).toBeGreaterThan(0);
  });

  it('no comments at all is said so, and 0 average views is not a ceiling', async () => {
    const { rosterCommentRatio, rosterImpossible } = await import('../../../src/core/engagement/roster-checks.js');
    const { DEFAULT_POSTS } = await import('../../../src/core/posts/thresholds.js');
    expect(rosterCommentRatio({ avgLikes: 900, avgComments: 0 }, 'instagram', DEFAULT_POSTS)?.message).toMatch(/^no comments on 900 average likes/);
    expect(rosterImpossible({ avgLikes: 100, avgViews: 0 }, 'youtube', DEFAULT_POSTS)).toBeUndefined();
  });
});
