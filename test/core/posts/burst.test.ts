import { describe, expect, it } from 'vitest';
import type { PostRecord } from '../../../src/core/account.js';
import { likeBurst } from '../../../src/core/posts/index.js';
import { boost, organic, xAccount } from './build.js';

const clean = organic({ seed: 4 }); // median ≈ 700 likes, comments ≈ 3 %, reach ≈ 14× likes

/** A pack of bought likes delivered onto the posts at `indexes`: likes only, nobody new saw the post. */
const pack = (posts: readonly PostRecord[], indexes: readonly number[], likes: number) =>
  posts.map((p, i) => (indexes.includes(i) ? { ...p, likes: (p.likes ?? 0) + likes } : p));

describe('like-burst', () => {
  it.each([
    ['an organic account', 'pass', clean],
    ['one viral post: likes ×12 with comments ×8 and reach ×15', 'pass', boost(clean, [12], { likes: 12, comments: 8, reach: 15, views: 15 })],
    ['a viral post whose comment share fell but views rose', 'pass', boost(clean, [5], { likes: 20, comments: 2, views: 18, reach: 18 })],
    ['an X account, small counts (impressions carry the outliers)', 'pass', xAccount()],
    ['bought likes on one post: ×8, nothing else moved', 'flag', boost(clean, [20], { likes: 8 })],
    ['a pack of 5,000 likes on three posts', 'flag', pack(clean, [3, 11, 25], 5_000)],
    ['too few posts', 'skip', organic({ n: 6 })],
  ])('%s → %s', (_name, status, posts) => {
    expect(likeBurst(posts, 'instagram').status).toBe(status);
  });

  it('names each bought post with its likes, its companions and the baseline', () => {
    const posts = boost(clean, [20], { likes: 8 });
    const s = likeBurst(posts, 'instagram');
    const bought = posts[20]!;
    expect(s.severity).toBeCloseTo(1 / 3, 3);
    expect(s.evidence.posts).toEqual([
      expect.objectContaining({
        date: '2024-04-27',
        permalink: bought.permalink,
        likes: bought.likes,
        comments: bought.comments,
        reach: bought.reach,
      }),
    ]);
    const listed = (s.evidence.posts as Record<string, number>[])[0]!;
    expect(listed.likeMultiple).toBeGreaterThan(4);
    expect(listed.commentsMultiple).toBeLessThan(2);
    expect(s.evidence.baseline).toMatchObject({ medianLikes: expect.any(Number), madLikes: expect.any(Number), medianComments: expect.any(Number), medianReach: expect.any(Number) });
    expect(s.message).toMatch(/^1 post got far more likes than the usual [\d,]+ likes with no matching rise in comments or views \(e\.g\. 2024-04-27 \(https:/);
  });

  it('reaches full severity at three unmatched posts and lists the viral one apart', () => {
    const posts = boost(pack(clean, [3, 11, 25], 5_000), [17], { likes: 10, comments: 9, reach: 10 });
    const s = likeBurst(posts, 'instagram');
    expect(s.severity).toBe(1);
    expect(s.evidence.posts).toHaveLength(3);
    expect(s.evidence.viral).toHaveLength(1);
  });

  it('skips, never flags, an outlier it cannot check: likes only, no comments or views', () => {
    const likesOnly = boost(clean, [20], { likes: 8 }).map((p) => ({ day: p.day, published: p.published, likes: p.likes }) as PostRecord);
    const s = likeBurst(likesOnly, 'instagram');
    expect(s.status).toBe('skip');
    expect(s.message).toMatch(/no comments or views to tell a viral post from bought likes/);
    expect(s.evidence.unverifiable).toHaveLength(1);
  });

  it('does not flag a jump of a few dozen likes on a tiny account (small-number noise)', () => {
    const tiny = organic({ medianLikes: 6, seed: 2 });
    expect(likeBurst(boost(tiny, [9], { likes: 6 }), 'instagram').status).toBe('pass');
    // A pack of a few hundred on the same account is another matter.
    expect(likeBurst(boost(tiny, [9], { likes: 60 }), 'instagram').status).toBe('flag');
  });
});
