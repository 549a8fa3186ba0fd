import { mean, median } from 'simple-statistics';
import type { MeasuredEngagement, PostRecord } from '../account.js';
import type { Platform } from '../platform.js';
import type { Evidence } from '../signal.js';
import { roundSmall, roundTo } from '../signal.js';
import type { EngagementBasis } from './definitions.js';
import { formulaOf } from './definitions.js';
import { comparePosts, postWith } from './evidence.js';
import type { PostRate } from './rate.js';
import { perPostRates } from './rate.js';
import type { PostThresholds } from './thresholds.js';
import { DEFAULT_POSTS } from './thresholds.js';

export interface MeasureOptions {
  thresholds?: PostThresholds;
  /** Measure on this basis instead of the platform's first available one (X: followers, to meet a norm table on followers). */
  basis?: EngagementBasis;
}

/** How many of the highest-rate posts are named as what pulls the mean above the median. */
const MEAN_DRIVERS = 3;

/**
 * The account's engagement rate from its posts, in percent: the **median** per-post rate, so one viral
 * post does not decide (Modash uses median likes for the same reason); the mean is reported beside it.
 * Definitions per platform are in `POST_ENGAGEMENT` (HypeAuditor: Instagram (likes + comments) / followers,
 * TikTok (likes + comments + shares) / views; YouTube (likes + comments) / views; X on impressions).
 *
 * The caller chooses the posts (`selectPosts`, newest 30 by default). Posts lacking a counted interaction
 * or the basis, or with impossible metrics, are left out and counted in `inputs.leftOut`. Returns
 * `{ skip }` with the missing column named when no post can be measured, or fewer than
 * `thresholds.rateMinPosts` can: a rate of 0 is never made up from missing counts.
 */
export function measurePostEngagement(
  posts: readonly PostRecord[],
  platform: Platform,
  opts: MeasureOptions = {},
): MeasuredEngagement | { skip: string } {
  const thresholds = opts.thresholds ?? DEFAULT_POSTS;
  const measured = perPostRates(posts, platform, opts.basis);
  if ('skip' in measured) return measured;
  const { basis, definition, leftOut } = measured;
  // Chronological first, so ties among equal rates name the same posts whatever the row order.
  const rates = [...measured.rates].sort((a, b) => comparePosts(a.post, b.post));
  if (rates.length < thresholds.rateMinPosts) {
    const out = Object.entries(leftOut).filter(([, n]) => n > 0).map(([why, n]) => `${n} ${why}`);
    return {
      skip:
        `only ${rates.length} of ${posts.length} ${platform} posts can be measured on ${basis} ` +
        `(need ${thresholds.rateMinPosts})${out.length > 0 ? `; left out: ${out.join(', ')}` : ''}`,
    };
  }
  const values = rates.map((r) => r.ratePct);
  // Rounded as a roster's rates are (`roundSmall`): the same figure is judged and shown, in every kind of input.
  const ratePct = roundSmall(median(values));
  const meanPct = roundSmall(mean(values));
  const inputs: Evidence = {
    platform,
    basis,
    definition: definition.source,
    postsGiven: posts.length,
    postsUsed: rates.length,
    leftOut: { ...leftOut },
    medianPct: roundTo(ratePct, 4),
    meanPct: roundTo(meanPct, 4),
    medianPosts: medianPosts(rates).map(rateEvidence),
    meanDrivers: [...rates].sort((a, b) => b.ratePct - a.ratePct).slice(0, MEAN_DRIVERS).map(rateEvidence),
  };
  return {
    source: 'posts',
    basis,
    window: `${rates.length} posts`,
    ratePct,
    meanPct,
    postsUsed: rates.length,
    formula: `ER = ${formulaOf(definition, basis)}`,
    inputs,
  };
}

/** The post at the median, or the two around it when the count is even: the posts that set the rate. */
function medianPosts(rates: readonly PostRate[]): PostRate[] {
  const sorted = [...rates].sort((a, b) => a.ratePct - b.ratePct);
  const mid = Math.floor(sorted.length / 2);
  const picked = sorted.length % 2 === 1 ? [sorted[mid]] : [sorted[mid - 1], sorted[mid]];
  return picked.filter((r): r is PostRate => r !== undefined);
}

function rateEvidence(r: PostRate): Evidence {
  return postWith(r.post, { ratePct: roundSmall(r.ratePct), interactions: r.interactions, denominator: r.denominator });
}
