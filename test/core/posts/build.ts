import type { PostRecord } from '../../../src/core/account.js';
import { mulberry32 } from '../growth/prng.js';

/** Seeded PRNG: the same account every run, no fixture files. */
export const rng = mulberry32;

/** Standard normal from two uniforms (Box–Muller). */
function gauss(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

export const DAY0 = 19_800; // 2024-03-18

export function isoOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export interface OrganicShape {
  n?: number;
  followers?: number;
  medianLikes?: number;
  /** Comments per like on a typical post. */
  commentShare?: number;
  /** Log-scale spread of likes: 0.5 gives a CV near 0.55, ordinary for an organic account. */
  spread?: number;
  seed?: number;
}

/**
 * An organic Instagram-like account (Meta Business Suite magnitudes): 25k followers, ~600 likes a post,
 * comments ~3 % of likes, reach ~14× likes, views ~1.3× reach; likes log-normal, so heavy-tailed.
 */
export function organic(shape: OrganicShape = {}): PostRecord[] {
  const { n = 30, followers = 25_000, medianLikes = 600, commentShare = 0.03, spread = 0.5, seed = 1 } = shape;
  const rand = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const likes = Math.round(medianLikes * Math.exp(spread * gauss(rand)));
    const comments = Math.round(likes * commentShare * Math.exp(0.3 * gauss(rand)));
    const reach = Math.round(likes * 14 * Math.exp(0.2 * gauss(rand)));
    const day = DAY0 + 2 * i;
    return {
      day,
      published: `${isoOf(day)} 18:${String(10 + (i % 50)).padStart(2, '0')}`,
      id: `p${i}`,
      permalink: `https://www.instagram.com/p/C${String(i).padStart(4, '0')}x/`,
      likes,
      comments,
      reach,
      views: Math.round(reach * 1.3),
      followers: followers + 20 * i,
    };
  });
}

/** Multiplies the chosen metrics of the posts at `indexes`. */
export function boost(
  posts: readonly PostRecord[],
  indexes: readonly number[],
  factors: Partial<Record<'likes' | 'comments' | 'views' | 'reach', number>>,
): PostRecord[] {
  return posts.map((p, i) => {
    if (!indexes.includes(i)) return p;
    const out: PostRecord = { ...p };
    for (const [key, f] of Object.entries(factors) as [keyof typeof factors, number][]) {
      const v = p[key];
      if (v !== undefined) out[key] = Math.round(v * f);
    }
    return out;
  });
}

/**
 * An X Analytics-like account (SOURCE.md sample): impressions median ~450 and heavy-tailed, likes ~1 % of
 * impressions, replies ~6 % of likes, retweets rarer; no followers column.
 */
export function xAccount(n = 30, seed = 7): PostRecord[] {
  const rand = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const impressions = Math.round(450 * Math.exp(1.1 * gauss(rand)));
    const likes = Math.round(impressions * 0.012 * Math.exp(0.4 * gauss(rand)));
    const day = DAY0 + i;
    return {
      day,
      published: `${isoOf(day)} 12:${String(i % 60).padStart(2, '0')} +0000`,
      id: String(1355000000000000000n + BigInt(i)),
      permalink: `https://twitter.com/someone/status/${1355000000000000000n + BigInt(i)}`,
      impressions,
      likes,
      comments: Math.round(likes * 0.08 * rand() + (rand() < 0.3 ? 1 : 0)),
      shares: Math.round(likes * 0.1 * rand()),
    };
  });
}
