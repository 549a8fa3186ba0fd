import { describe, expect, it } from 'vitest';
import { PLATFORMS, ratesOnViews } from '../../../src/core/platform.js';
import { DEFAULT_POSTS, LIKE_CEILINGS, POST_ENGAGEMENT } from '../../../src/core/posts/index.js';

describe('engagement definitions and defaults', () => {
  it.each(PLATFORMS)('%s: posts rate on the same basis as the roster rate and the norm tables', (platform) => {
    const first = POST_ENGAGEMENT[platform].bases[0];
    // X prefers impressions when the export has them; otherwise every platform agrees with ratesOnViews.
    if (platform === 'x') expect(POST_ENGAGEMENT.x.bases).toEqual(['impressions', 'followers']);
    else expect(first).toBe(ratesOnViews(platform) ? 'views' : 'followers');
    expect(POST_ENGAGEMENT[platform].interactions).toContain('likes');
    expect(POST_ENGAGEMENT[platform].source).not.toBe('');
  });

  it('never uses YouTube impressions as a ceiling for likes', () => {
    expect(LIKE_CEILINGS.youtube).toEqual(['views']);
  });

  it('has a sourced, ordered comments-per-like range for every platform', () => {
    for (const platform of PLATFORMS) {
      const t = DEFAULT_POSTS.commentLikeTypical[platform];
      expect(t.low).toBeGreaterThan(0);
      expect(t.high).toBeGreaterThan(t.low);
      expect(t.source.length).toBeGreaterThan(10);
    }
  });

  it('keeps the defaults in their documented ranges', () => {
    const t = DEFAULT_POSTS;
    expect(t.lastN).toBe(30);
    expect(t.minPosts).toBeGreaterThanOrEqual(t.rateMinPosts);
    expect(t.uniformityMaxCv).toBeGreaterThan(0);
    expect(t.uniformityMaxCv).toBeLessThan(1);
    expect(t.burstMatchLogShare).toBeGreaterThan(0);
    expect(t.burstMatchLogShare).toBeLessThanOrEqual(1);
    expect(t.impossibleBaseSeverity).toBeGreaterThan(0);
    expect(t.impossibleBaseSeverity).toBeLessThanOrEqual(1);
    expect(t.commentLikeFarFactor).toBeGreaterThanOrEqual(1);
  });
});
