import fc from 'fast-check';
import type { PostRecord } from '../../../src/core/account.js';
import { PLATFORMS } from '../../../src/core/platform.js';
import type { Platform } from '../../../src/core/platform.js';

const count = (max: number) => fc.option(fc.integer({ min: 0, max }), { nil: undefined, freq: 4 });

/** Any post an export could give: every metric may be missing; ids unique so every post is nameable. */
const postArb = (i: number) =>
  fc.record({
    day: fc.integer({ min: 19_000, max: 19_400 }),
    likes: count(200_000),
    comments: count(20_000),
    shares: count(20_000),
    views: count(5_000_000),
    impressions: count(5_000_000),
    reach: count(2_000_000),
    followers: count(3_000_000),
  }).map((m): PostRecord => {
    const post: PostRecord = { day: m.day, published: `t${m.day}`, id: `post-${i}`, permalink: `https://ex/${i}` };
    for (const [k, v] of Object.entries(m)) if (k !== 'day' && v !== undefined) (post as unknown as Record<string, number>)[k] = v;
    return post;
  });

export const postsArb = fc
  .integer({ min: 0, max: 40 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => postArb(i))))
  .map((posts): PostRecord[] => [...posts]);

/**
 * Posts every definition can measure: all counts present, likes within every audience column. Comments
 * follow an account-wide share (from none to 3 per like) so both ends of the comment band are reached.
 */
export const cleanPostsArb = fc
  .tuple(
    fc.constantFrom(0, 0.0005, 0.002, 0.01, 0.03, 0.2, 0.6, 3),
    fc.array(
      fc.record({
        day: fc.integer({ min: 19_000, max: 19_400 }),
        likes: fc.integer({ min: 0, max: 50_000 }),
        jitter: fc.double({ min: 0.5, max: 1.5, noNaN: true }),
        shares: fc.integer({ min: 0, max: 5_000 }),
        audience: fc.integer({ min: 1, max: 1_000_000 }),
      }),
      { minLength: 5, maxLength: 40 },
    ),
  )
  .map(([share, rows]) =>
    rows.map((r, i): PostRecord => {
      const audience = r.likes + r.audience;
      const comments = Math.round(r.likes * share * r.jitter);
      return { day: r.day, published: `t${r.day}`, id: `p${i}`, likes: r.likes, comments, shares: r.shares, views: audience, impressions: audience, reach: audience, followers: audience };
    }),
  );

/** Likes topped up to about one pack size, the shape like-uniformity exists for. */
export const packedPostsArb = fc
  .tuple(cleanPostsArb, fc.integer({ min: 100, max: 10_000 }), fc.integer({ min: 0, max: 200 }))
  .map(([posts, pack, spread]) => posts.map((p, i) => ({ ...p, likes: pack + ((i * 37) % (spread + 1)) })));

/** Arbitrary exports, clean ones, and packed ones: each signal gets to pass, skip and flag. */
export const anyPostsArb = fc.oneof(postsArb, cleanPostsArb, packedPostsArb);

export const platformArb = fc.constantFrom<Platform>(...PLATFORMS);
export const shuffled = <T>(items: readonly T[]) => fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });
