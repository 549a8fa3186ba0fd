import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PostRecord } from '../../../src/core/account.js';
import type { Platform } from '../../../src/core/platform.js';
import type { Signal } from '../../../src/core/signal.js';
import {
  commentLikeRatio,
  likeUniformity,
  measurePostEngagement,
  perPostRates,
  POST_SIGNALS,
  selectPosts,
} from '../../../src/core/posts/index.js';
import { anyPostsArb, cleanPostsArb, platformArb, postsArb, shuffled } from './arbitraries.js';

function signalsOf(posts: readonly PostRecord[], platform: Platform): Signal[] {
  return POST_SIGNALS.map((s) => s(posts, platform));
}

describe('properties', () => {
  it('severity is in [0, 1]; 0 exactly for pass and skip, above 0 for a flag', () => {
    fc.assert(
      fc.property(anyPostsArb, platformArb, (posts, platform) => {
        for (const s of signalsOf(posts, platform)) {
          expect(s.severity).toBeGreaterThanOrEqual(0);
          expect(s.severity).toBeLessThanOrEqual(1);
          if (s.status === 'flag') expect(s.severity).toBeGreaterThan(0);
          else expect(s.severity).toBe(0);
          expect(() => JSON.stringify(s)).not.toThrow();
        }
      }),
    );
  });

  it('the median rate lies within the per-post rates, and every post is either used or counted out', () => {
    fc.assert(
      fc.property(anyPostsArb, platformArb, (posts, platform) => {
        const r = measurePostEngagement(posts, platform);
        if ('skip' in r) return;
        const per = perPostRates(posts, platform);
        if ('skip' in per) throw new Error('per-post rates skipped where the measure did not');
        const values = per.rates.map((x) => x.ratePct);
        expect(r.ratePct).toBeGreaterThanOrEqual(Math.min(...values));
        expect(r.ratePct).toBeLessThanOrEqual(Math.max(...values));
        expect(r.meanPct).toBeGreaterThanOrEqual(Math.min(...values) - 1e-9);
        const leftOut = Object.values(per.leftOut).reduce((a, b) => a + b, 0);
        expect(r.postsUsed! + leftOut).toBe(posts.length);
      }),
    );
  });

  it('reordering the posts changes nothing', () => {
    fc.assert(
      fc.property(
        anyPostsArb.chain((posts) => fc.tuple(fc.constant(posts), shuffled(posts))),
        platformArb,
        ([posts, reordered], platform) => {
          const a = signalsOf(posts, platform);
          const b = signalsOf(reordered, platform);
          expect(b.map((s) => [s.id, s.status, s.message])).toEqual(a.map((s) => [s.id, s.status, s.message]));
          b.forEach((s, i) => expect(s.severity).toBeCloseTo(a[i]!.severity, 9));
          const ra = measurePostEngagement(posts, platform);
          const rb = measurePostEngagement(reordered, platform);
          if ('skip' in ra || 'skip' in rb) expect(rb).toEqual(ra);
          else {
            expect(rb.ratePct).toBe(ra.ratePct);
            expect(rb.meanPct).toBeCloseTo(ra.meanPct!, 9);
            expect(rb.inputs.medianPosts).toEqual(ra.inputs.medianPosts);
          }
          expect(selectPosts(reordered, { lastN: 10 })).toEqual(selectPosts(posts, { lastN: 10 }));
        },
      ),
    );
  });

  it('the rate is a ratio: scaling interactions and audience alike leaves it unchanged', () => {
    fc.assert(
      fc.property(cleanPostsArb, platformArb, fc.integer({ min: 2, max: 50 }), (posts, platform, k) => {
        const scaled = posts.map((p) => {
          const out: PostRecord = { ...p };
          for (const key of ['likes', 'comments', 'shares', 'views', 'impressions', 'reach', 'followers'] as const) {
            if (p[key] !== undefined) out[key] = p[key] * k;
          }
          return out;
        });
        const a = measurePostEngagement(posts, platform);
        const b = measurePostEngagement(scaled, platform);
        if ('skip' in a || 'skip' in b) throw new Error('clean posts must be measurable');
        expect(b.ratePct).toBeCloseTo(a.ratePct, 8);
        expect(b.postsUsed).toBe(a.postsUsed);
      }),
    );
  });

  it('like-uniformity does not depend on the scale of likes (bigger packs are not less even)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 20, max: 100_000 }), { minLength: 8, maxLength: 30 }),
        fc.integer({ min: 2, max: 100 }),
        (likes, k) => {
          const posts = likes.map((l, i): PostRecord => ({ day: 19_000 + i, published: `t${i}`, likes: l + 20 }));
          const a = likeUniformity(posts, 'instagram');
          const b = likeUniformity(posts.map((p) => ({ ...p, likes: p.likes! * k })), 'instagram');
          expect(b.status).toBe(a.status);
          expect(b.severity).toBeCloseTo(a.severity, 6);
        },
      ),
    );
  });

  it('adding bought likes (no comments) to every post never clears a too-low comment ratio', () => {
    let tried = 0; // non-vacuity: the precondition must actually occur
    fc.assert(
      fc.property(cleanPostsArb, fc.integer({ min: 1, max: 100_000 }), platformArb, (posts, extra, platform) => {
        const before = commentLikeRatio(posts, platform);
        if (!(before.status === 'flag' && before.message.includes('far below'))) return;
        tried += 1;
        const after = commentLikeRatio(posts.map((p) => ({ ...p, likes: p.likes! + extra })), platform);
        expect(after.status).toBe('flag');
        expect(after.message).toContain('far below');
        expect(after.severity).toBeGreaterThanOrEqual(before.severity - 1e-9);
      }),
    );
    expect(tried).toBeGreaterThan(0);
  });

  it('adding comments to every post never clears a too-high comment ratio', () => {
    let tried = 0;
    fc.assert(
      fc.property(cleanPostsArb, fc.integer({ min: 1, max: 10_000 }), platformArb, (posts, extra, platform) => {
        const before = commentLikeRatio(posts, platform);
        if (!(before.status === 'flag' && before.message.includes('far above'))) return;
        tried += 1;
        const after = commentLikeRatio(posts.map((p) => ({ ...p, comments: p.comments! + extra })), platform);
        expect(after.status).toBe('flag');
        expect(after.severity).toBeGreaterThanOrEqual(before.severity - 1e-9);
      }),
    );
    expect(tried).toBeGreaterThan(0);
  });

  it('selectPosts keeps the newest, oldest first, and never invents a post', () => {
    fc.assert(
      fc.property(postsArb, fc.integer({ min: 0, max: 50 }), (posts, lastN) => {
        const picked = selectPosts(posts, { lastN });
        expect(picked).toHaveLength(Math.min(lastN, posts.length));
        for (let i = 1; i < picked.length; i++) expect(picked[i]!.day).toBeGreaterThanOrEqual(picked[i - 1]!.day);
        for (const p of picked) expect(posts).toContain(p);
        const oldestKept = picked[0]?.day ?? Infinity;
        const dropped = posts.filter((p) => !picked.includes(p));
        for (const p of dropped) expect(p.day).toBeLessThanOrEqual(oldestKept);
      }),
    );
  });
});
