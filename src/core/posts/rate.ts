import type { PostRecord } from '../account.js';
import type { Platform } from '../platform.js';
import { has } from './evidence.js';
import type { EngagementBasis, Interaction, PostEngagementDefinition } from './definitions.js';
import { POST_ENGAGEMENT } from './definitions.js';
import { findImpossible } from './impossible.js';

/** One post's engagement: interactions / denominator × 100. */
export interface PostRate {
  post: PostRecord;
  interactions: number;
  denominator: number;
  ratePct: number;
}

/** Why posts were left out of the rate; each count is shown so nothing is averaged away silently. */
export interface LeftOut {
  /** A counted interaction (likes, comments, shares …) was missing on the post. */
  missingInteractions: number;
  /** The basis column (followers, views, impressions) was missing on the post. */
  missingBasis: number;
  /** The basis was 0: no rate exists. */
  zeroBasis: number;
  /** Likes above views/impressions/reach (see `impossible-metrics`). */
  impossible: number;
}

export interface PostRates {
  platform: Platform;
  basis: EngagementBasis;
  definition: PostEngagementDefinition;
  /** Per-post rates, in input order, so evidence can name the posts behind the median and the mean. */
  rates: PostRate[];
  leftOut: LeftOut;
}

/**
 * Per-post engagement rates under the platform's definition (`POST_ENGAGEMENT`). The basis is the first of
 * the definition's bases that any post has (X: impressions, else followers), or `basis` when the caller
 * needs one (a norm table on followers); posts without it are left out and counted. `{ skip }` names the
 * missing columns when no post can be measured.
 */
export function perPostRates(
  posts: readonly PostRecord[],
  platform: Platform,
  basis?: EngagementBasis,
): PostRates | { skip: string } {
  const def = POST_ENGAGEMENT[platform];
  if (basis !== undefined && !def.bases.includes(basis)) {
    return { skip: `${platform} engagement is not measured on ${basis} (it is on ${def.bases.join(' or ')})` };
  }
  const bases = basis !== undefined ? [basis] : def.bases;
  return ratesOn(posts, platform, def, bases);
}

function ratesOn(
  posts: readonly PostRecord[],
  platform: Platform,
  def: PostEngagementDefinition,
  bases: readonly EngagementBasis[],
): PostRates | { skip: string } {
  const basis = bases.find((b) => posts.some((p) => has(p[b])));
  if (basis !== undefined && def.ownTotal?.basis === basis && posts.length > 0 && posts.every((p) => has(p.engagements))) {
    def = { ...def, interactions: ['engagements'], source: def.ownTotal.source };
  }
  const absent = def.interactions.filter((i) => !posts.some((p) => has(p[i])));
  if (absent.length > 0 || basis === undefined) return { skip: missingColumns(posts, platform, def, bases, absent, basis) };

  const impossible = new Set(findImpossible(posts, platform).map((f) => f.post));
  const leftOut: LeftOut = { missingInteractions: 0, missingBasis: 0, zeroBasis: 0, impossible: 0 };
  const rates: PostRate[] = [];
  for (const post of posts) {
    const denominator = post[basis];
    if (impossible.has(post)) leftOut.impossible += 1;
    else if (!def.interactions.every((i) => has(post[i]))) leftOut.missingInteractions += 1;
    else if (!has(denominator)) leftOut.missingBasis += 1;
    else if (denominator === 0) leftOut.zeroBasis += 1;
    else {
      const interactions = sumOf(post, def.interactions);
      rates.push({ post, interactions, denominator, ratePct: (interactions / denominator) * 100 });
    }
  }
  return { platform, basis, definition: def, rates, leftOut };
}

function sumOf(post: PostRecord, interactions: readonly Interaction[]): number {
  return interactions.reduce((sum, i) => sum + (post[i] ?? 0), 0);
}

function missingColumns(
  posts: readonly PostRecord[],
  platform: Platform,
  def: PostEngagementDefinition,
  bases: readonly EngagementBasis[],
  absent: readonly Interaction[],
  basis: EngagementBasis | undefined,
): string {
  if (posts.length === 0) return `no posts to measure ${platform} engagement on`;
  const missing = absent.map((i) => def.names[i]);
  if (basis === undefined) missing.push(bases.join(' or '));
  const sum = def.interactions.map((i) => def.names[i]).join(' + ');
  const lacks = missing.length > 1 ? 'those columns' : 'that column';
  // Followers at publication rarely sit in a posts export; say where they can come from.
  const hint = basis === undefined && bases.includes('followers') ? '; a follower history or a roster can supply followers' : '';
  return (
    `${platform} engagement is (${sum}) / ${bases.join(' or ')}, but none of the ${posts.length} posts ` +
    `has ${missing.join(' or ')}: the export lacks ${lacks}${hint}`
  );
}
