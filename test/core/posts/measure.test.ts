import { describe, expect, it } from 'vitest';
import type { MeasuredEngagement, PostRecord } from '../../../src/core/account.js';
import type { Platform } from '../../../src/core/platform.js';
import { measurePostEngagement, perPostRates } from '../../../src/core/posts/index.js';

const base = (i: number): PostRecord => ({ day: 19_800 + i, published: `2024-03-${10 + i}`, permalink: `https://ex/p/${i}` });
/** Five posts with the given metrics on each. */
const five = (m: Partial<PostRecord>) => Array.from({ length: 5 }, (_, i) => ({ ...base(i), ...m }));

function measured(posts: readonly PostRecord[], platform: Platform): MeasuredEngagement {
  const r = measurePostEngagement(posts, platform);
  if ('skip' in r) throw new Error(`unexpected skip: ${r.skip}`);
  return r;
}

describe('measurePostEngagement: per-platform definitions', () => {
  // Shares and saves are present on every post, and counted only where the definition says so.
  const all = { likes: 400, comments: 20, shares: 30, saves: 50, views: 10_000, impressions: 8_000, reach: 6_000, followers: 20_000 };
  it.each([
    ['instagram', 'followers', (400 + 20) / 20_000, '(likes + comments) / followers at the post'],
    ['facebook', 'followers', (400 + 20) / 20_000, '(reactions + comments) / followers at the post'],
    ['tiktok', 'views', (400 + 20 + 30) / 10_000, '(likes + comments + shares) / views'],
    ['youtube', 'views', (400 + 20) / 10_000, '(likes + comments) / views'],
    ['x', 'impressions', (400 + 20 + 30) / 8_000, '(likes + replies + retweets) / impressions'],
  ] as const)('%s: on %s', (platform, basis, fraction, formula) => {
    const r = measured(five(all), platform);
    expect(r.source).toBe('posts');
    expect(r.basis).toBe(basis);
    expect(r.ratePct).toBeCloseTo(fraction * 100, 10);
    expect(r.postsUsed).toBe(5);
    expect(r.formula).toContain(formula);
  });

  it('X falls back to followers when no post has impressions, and can be asked for followers', () => {
    const onFollowers = measured(five({ likes: 40, comments: 4, shares: 6, followers: 5_000 }), 'x');
    expect(onFollowers.basis).toBe('followers');
    expect(onFollowers.ratePct).toBeCloseTo(1, 10);
    const asked = measurePostEngagement(five({ ...all }), 'x', { basis: 'followers' });
    expect('skip' in asked ? asked.skip : asked.basis).toBe('followers');
  });

  it('refuses a basis the platform is not measured on', () => {
    const r = measurePostEngagement(five(all), 'instagram', { basis: 'views' });
    expect(r).toEqual({ skip: expect.stringContaining('instagram engagement is not measured on views') });
  });
});

describe('measurePostEngagement: missing data is never a zero rate', () => {
  it.each([
    // YouTube Studio "Table data": views and impressions per video, no likes or comments column.
    ['youtube', five({ views: 30_331, impressions: 456 }), /youtube engagement is \(likes \+ comments\) \/ views.*has likes or comments: the export lacks those columns/],
    ['instagram', five({ likes: 300, comments: 9 }), /has followers: the export lacks that column; a follower history or a roster can supply followers/],
    ['tiktok', five({ likes: 300, comments: 9, views: 9_000 }), /has shares: the export lacks that column/],
    ['x', five({ likes: 3, comments: 1, shares: 0 }), /has impressions or followers/],
    ['instagram', [], /no posts to measure instagram engagement/],
  ] as const)('%s → skip naming what is missing', (platform, posts, reason) => {
    const r = measurePostEngagement(posts, platform);
    expect('skip' in r).toBe(true);
    if ('skip' in r) expect(r.skip).toMatch(reason);
  });

  it('leaves out and counts posts lacking a counted interaction or the basis, instead of reading 0', () => {
    const posts = [
      ...five({ likes: 500, comments: 10, followers: 10_000 }),
      { ...base(5), likes: 500, followers: 10_000 }, // no comments: not (500 + 0)
      { ...base(6), comments: 10, followers: 10_000 }, // no likes
      { ...base(7), likes: 500, comments: 10 }, // no followers
      { ...base(8), likes: 0, comments: 0, followers: 0 }, // zero basis
    ];
    const r = measured(posts, 'instagram');
    expect(r.postsUsed).toBe(5);
    expect(r.ratePct).toBeCloseTo(5.1, 10);
    expect(r.inputs.leftOut).toEqual({ missingInteractions: 2, missingBasis: 1, zeroBasis: 1, impossible: 0 });
  });

  it('skips when fewer than rateMinPosts posts can be measured, saying what was left out', () => {
    const posts = [...five({ likes: 9, comments: 1, views: 100, shares: 0 }).slice(0, 3), { ...base(9), likes: 5, comments: 0, views: 100 }];
    const r = measurePostEngagement(posts, 'tiktok');
    expect(r).toEqual({ skip: 'only 3 of 4 tiktok posts can be measured on views (need 5); left out: 1 missingInteractions' });
  });
});

describe('measurePostEngagement: median decides, mean beside it, posts named', () => {
  const rates = [1, 2, 2.5, 3, 40]; // one viral post at 40 %
  const posts = rates.map((pct, i) => ({ ...base(i), likes: pct * 100 - 10, comments: 10, followers: 10_000 }));

  it('reports the median as the rate and the mean separately', () => {
    const r = measured(posts, 'instagram');
    expect(r.ratePct).toBeCloseTo(2.5, 10);
    expect(r.meanPct).toBeCloseTo((1 + 2 + 2.5 + 3 + 40) / 5, 10);
  });

  it('names the post at the median and the posts pulling the mean up', () => {
    const { inputs } = measured(posts, 'instagram');
    expect(inputs.medianPosts).toEqual([
      { date: '2024-03-20', published: '2024-03-12', permalink: 'https://ex/p/2', ratePct: 2.5, interactions: 250, denominator: 10_000 },
    ]);
    const drivers = inputs.meanDrivers as { permalink: string }[];
    expect(drivers.map((d) => d.permalink)).toEqual(['https://ex/p/4', 'https://ex/p/3', 'https://ex/p/2']);
  });

  it('names both middle posts when the count is even', () => {
    const { inputs, ratePct } = measured([...posts, { ...base(5), likes: 490, comments: 10, followers: 10_000 }], 'instagram');
    expect(ratePct).toBeCloseTo(2.75, 10);
    expect((inputs.medianPosts as { ratePct: number }[]).map((p) => p.ratePct)).toEqual([2.5, 3]);
  });
});

describe('perPostRates', () => {
  it('keeps every rate with its post, in input order, and leaves impossible posts out', () => {
    const posts = [
      { ...base(0), likes: 90, comments: 5, shares: 5, views: 1_000 },
      { ...base(1), likes: 2_000, comments: 5, shares: 5, views: 1_000 }, // likes > views
      { ...base(2), likes: 45, comments: 3, shares: 2, views: 500 },
    ];
    const r = perPostRates(posts, 'tiktok');
    if ('skip' in r) throw new Error(r.skip);
    expect(r.rates.map((x) => [x.post.permalink, x.ratePct])).toEqual([
      ['https://ex/p/0', 10],
      ['https://ex/p/2', 10],
    ]);
    expect(r.leftOut.impossible).toBe(1);
  });
});

describe('measurePostEngagement: the rate is rounded as a roster\'s is', () => {
  // regression: 3.7716049382716053 beside a roster's 3.208
  it('to four decimals (significant digits under 0.1), in the rate and in each post\'s evidence', () => {
    const posts = five({ likes: 300, comments: 5.5, followers: 8_100 });
    const r = measured(posts, 'instagram');
    expect(r.ratePct).toBe(3.7716);
    expect(r.meanPct).toBe(3.7716);
    const post = (r.inputs['medianPosts'] as { ratePct: number }[])[0]!;
    expect(post.ratePct).toBe(3.7716);
    const tiny = measured(five({ likes: 3, comments: 0, followers: 8_100_000 }), 'instagram');
    expect(tiny.ratePct).toBe(0.00003704);
  });
});
