import { describe, expect, it } from 'vitest';
import type { PostRecord } from '../../../src/core/account.js';
import type { Platform } from '../../../src/core/platform.js';
import { findImpossible, impossibleMetrics, measurePostEngagement } from '../../../src/core/posts/index.js';
import { organic } from './build.js';

const post = (i: number, m: Partial<PostRecord>): PostRecord => ({ day: 19_800 + i, published: `p${i}`, permalink: `https://ex/${i}`, ...m });

describe('impossible-metrics', () => {
  it.each([
    ['likes above views', 'tiktok', { likes: 1_200, views: 900 }, 'views'],
    ['likes above reach', 'instagram', { likes: 800, reach: 500, views: 5_000 }, 'reach'],
    ['likes above impressions', 'x', { likes: 40, impressions: 30 }, 'impressions'],
    ['likes above views on YouTube', 'youtube', { likes: 700, views: 650, impressions: 10_000 }, 'views'],
  ] as const)('flags %s', (_name, platform, metrics, ceiling) => {
    const posts = [post(0, metrics), ...Array.from({ length: 9 }, (_, i) => post(i + 1, { likes: 10, views: 1_000, reach: 800, impressions: 1_500 }))];
    const s = impossibleMetrics(posts, platform);
    expect(s.status).toBe('flag');
    expect(s.evidence.impossible).toBe(1);
    expect(s.evidence.posts).toEqual([{ date: '2024-03-18', published: 'p0', permalink: 'https://ex/0', likes: metrics.likes, [ceiling]: (metrics as Record<string, number>)[ceiling] }]);
    // One post in ten: half weight for the fact, plus the share affected.
    expect(s.severity).toBeCloseTo(0.55, 3);
    expect(s.message).toMatch(/bad data or bought likes; left out of the engagement rate/);
  });

  it('does not count likes above YouTube impressions: Shorts-feed views come without a thumbnail impression', () => {
    // Real Studio sample: 30,331 views for 456 impressions.
    const s = impossibleMetrics([post(0, { likes: 1_500, views: 30_331, impressions: 456 })], 'youtube');
    expect(s.status).toBe('pass');
  });

  it.each([
    ['a clean account', 'pass', organic(), 'instagram'],
    ['likes but no audience column', 'skip', [post(0, { likes: 10, followers: 100 })], 'instagram'],
    ['an audience column but no likes', 'skip', [post(0, { views: 10 })], 'tiktok'],
    ['no posts', 'skip', [], 'x'],
  ] as const)('%s → %s', (_name, status, posts, platform: Platform) => {
    expect(impossibleMetrics(posts, platform).status).toBe(status);
  });

  it('reaches full severity when every checked post is impossible', () => {
    const posts = [post(0, { likes: 5, views: 4 }), post(1, { likes: 9, views: 1 })];
    expect(impossibleMetrics(posts, 'tiktok').severity).toBe(1);
  });

  it('reports the lowest ceiling exceeded, and the rate leaves those posts out', () => {
    const bad = post(0, { likes: 900, comments: 9, views: 800, reach: 600, followers: 10_000 });
    expect(findImpossible([bad], 'instagram').map((f) => [f.ceiling, f.ceilingValue])).toEqual([['reach', 600]]);
    const posts = [bad, ...organic({ n: 10 })];
    const r = measurePostEngagement(posts, 'instagram');
    expect('skip' in r ? r.skip : [r.postsUsed, r.inputs.leftOut]).toEqual([10, { missingInteractions: 0, missingBasis: 0, zeroBasis: 0, impossible: 1 }]);
  });
});
