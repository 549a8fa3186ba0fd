import { describe, expect, it } from 'vitest';
import type { PostRecord } from '../../../src/core/account.js';
import type { Platform } from '../../../src/core/platform.js';
import { commentLikeBand, commentLikeRatio, DEFAULT_POSTS } from '../../../src/core/posts/index.js';
import { boost, organic, rng } from './build.js';

/** Likes and comments only, at a given comments-per-like share, with a little noise. */
function account(medianLikes: number, share: number, n = 20, seed = 5): PostRecord[] {
  const rand = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const likes = Math.round(medianLikes * (0.6 + 0.8 * rand()));
    return { day: 19_800 + i, published: `p${i}`, permalink: `https://ex/${i}`, likes, comments: Math.round(likes * share * (0.8 + 0.4 * rand())) };
  });
}

describe('comment-like-ratio', () => {
  it.each([
    ['organic Instagram, comments ≈ 3 % of likes', 'instagram', organic(), 'pass', undefined],
    ['one viral post with few comments does not decide', 'instagram', boost(organic(), [3], { likes: 30, comments: 2 }), 'pass', undefined],
    // caleydimmock.com: 700–900 likes with 0–3 comments a photo turned out bought.
    ['bought likes: 800 likes, ~0.2 % comments', 'instagram', account(800, 0.002), 'flag', 'far below'],
    ['pod: 300 likes, 40 % comments', 'instagram', account(300, 0.4), 'flag', 'far above'],
    ['TikTok at 1 comment per 30 likes', 'tiktok', account(5_000, 1 / 30), 'pass', undefined],
    ['X replies at 60 % of likes (a heated thread) is still normal on X', 'x', account(80, 0.6), 'pass', undefined],
    ['X replies at 3× likes', 'x', account(80, 3), 'flag', 'far above'],
  ] as const)('%s', (_name, platform: Platform, posts, status, said) => {
    const s = commentLikeRatio(posts, platform);
    expect(s.status).toBe(status);
    if (said !== undefined) expect(s.message).toContain(said);
  });

  it.each([
    ['no comment column at all', organic().map(({ comments: _c, ...p }) => p), /lacks that column/],
    ['too few posts with 10+ likes', account(8, 0.05), /^\d posts have comments and at least 10 likes, need 8$/],
    // 150 likes × 0.33 % = 0.5 comment expected at the band edge: a comment-less median is chance.
    ['a low median on posts too small to tell', account(150, 0), /too few to tell bought likes from chance/],
  ])('skips: %s', (_name, posts, reason) => {
    const s = commentLikeRatio(posts, 'instagram');
    expect(s.status).toBe('skip');
    expect(s.message).toMatch(reason);
  });

  it('reports the median ratio, the band and the posts outside it; severity counts decades beyond the edge', () => {
    const s = commentLikeRatio(account(300, 0.45), 'instagram');
    const band = commentLikeBand('instagram');
    expect(band.low).toBeCloseTo(0.01 / 3, 10);
    expect(band.high).toBeCloseTo(0.15, 10);
    expect(s.evidence.band).toEqual({ low: 0.00333, high: 0.15 });
    const median = s.evidence.medianRatio as number;
    expect(median).toBeGreaterThan(0.4);
    expect(s.severity).toBeCloseTo(Math.log10(median / 0.15), 2);
    expect(s.evidence.outsideBand).toBe(20);
    expect(s.evidence.posts).toHaveLength(10);
    expect((s.evidence.posts as Record<string, unknown>[])[0]).toEqual(
      expect.objectContaining({ permalink: expect.stringMatching(/^https:\/\/ex\//), likes: expect.any(Number), comments: expect.any(Number), ratio: expect.any(Number) }),
    );
  });

  it('keeps a ratio a hair below the band a light flag, never a flag of severity 0', () => {
    // 333 comments per 100,000 likes: 0.333 % against an edge of 0.3333… %.
    const posts = Array.from({ length: 10 }, (_, i): PostRecord => ({ day: 19_800 + i, published: `p${i}`, likes: 100_000, comments: 333 }));
    const s = commentLikeRatio(posts, 'instagram');
    expect([s.status, s.severity]).toEqual(['flag', 0.001]);
  });

  it('gives zero comments on big posts full severity', () => {
    expect(commentLikeRatio(account(5_000, 0), 'instagram').severity).toBe(1);
  });

  it('widens every typical range by the same factor', () => {
    for (const [platform, typical] of Object.entries(DEFAULT_POSTS.commentLikeTypical)) {
      const band = commentLikeBand(platform as Platform);
      expect(band.low * 3).toBeCloseTo(typical.low, 10);
      expect(band.high / 3).toBeCloseTo(typical.high, 10);
    }
  });
});
