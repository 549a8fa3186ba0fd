import type { PostRecord } from '../account.js';
import type { Platform } from '../platform.js';
import type { Signal } from '../signal.js';
import { flag, pass, roundTo, skip } from '../signal.js';
import { fmtInt } from '../format.js';
import { chronological, has, listed, postLabel, postWith } from './evidence.js';
import type { PostThresholds } from './thresholds.js';
import { DEFAULT_POSTS } from './thresholds.js';

export const IMPOSSIBLE_METRICS = 'impossible-metrics';

export type Ceiling = 'views' | 'impressions' | 'reach';

/**
 * Audience counts no post's likes can exceed: whoever likes a post was shown it. YouTube keeps views only:
 * its impressions are thumbnail impressions, and views from the Shorts feed, embeds and links come without
 * one (the real Studio sample has 30,331 views for 456 impressions), so likes above them are normal there.
 */
export const LIKE_CEILINGS: Record<Platform, readonly Ceiling[]> = {
  instagram: ['views', 'impressions', 'reach'],
  facebook: ['views', 'impressions', 'reach'],
  tiktok: ['views', 'impressions', 'reach'],
  youtube: ['views'],
  x: ['views', 'impressions', 'reach'],
};

export interface ImpossiblePost {
  post: PostRecord;
  likes: number;
  ceiling: Ceiling;
  ceilingValue: number;
}

/** The posts whose likes exceed one of the platform's ceilings (the lowest ceiling present is reported). */
export function findImpossible(posts: readonly PostRecord[], platform: Platform): ImpossiblePost[] {
  const found: ImpossiblePost[] = [];
  for (const post of posts) {
    const likes = post.likes;
    if (!has(likes)) continue;
    let worst: ImpossiblePost | undefined;
    for (const ceiling of LIKE_CEILINGS[platform]) {
      const value = post[ceiling];
      if (has(value) && likes > value && (worst === undefined || value < worst.ceilingValue)) {
        worst = { post, likes, ceiling, ceilingValue: value };
      }
    }
    if (worst !== undefined) found.push(worst);
  }
  return found;
}

/**
 * `impossible-metrics`: likes above views, impressions or reach on any post cannot happen; it is bad data
 * (columns swapped, a period's views beside lifetime likes) or likes delivered without a view. Either way the
 * analyst must look, and `measurePostEngagement` leaves those posts out of the rate.
 */
export function impossibleMetrics(
  posts: readonly PostRecord[],
  platform: Platform,
  thresholds: PostThresholds = DEFAULT_POSTS,
): Signal {
  const ceilings = LIKE_CEILINGS[platform];
  const checked = posts.filter((p) => has(p.likes) && ceilings.some((c) => has(p[c]))).length;
  if (checked === 0) {
    return skip(IMPOSSIBLE_METRICS, `no post has likes beside ${ceilings.join(' or ')} to check them against`, {
      posts: posts.length,
    });
  }
  // Worst first (likes / ceiling), so the example in the message is the plainest one.
  const bad = findImpossible(chronological(posts), platform).sort(
    (a, b) => b.likes / b.ceilingValue - a.likes / a.ceilingValue,
  );
  const formula = `likes > ${ceilings.join(' | ')} on the same post`;
  if (bad.length === 0) {
    return pass(IMPOSSIBLE_METRICS, `likes within ${ceilings.join('/')} on all ${checked} posts checked`, {
      checked,
    });
  }
  const share = bad.length / checked;
  const base = thresholds.impossibleBaseSeverity;
  const severity = base + (1 - base) * share;
  const first = bad[0]!;
  const message =
    `${bad.length} of ${checked} posts have more likes than ${first.ceiling} ` +
    `(e.g. ${postLabel(first.post)}: ${fmtInt(first.likes)} likes, ${fmtInt(first.ceilingValue)} ${first.ceiling}): ` +
    `bad data or bought likes; left out of the engagement rate`;
  const entries = bad.map((b) => postWith(b.post, { likes: b.likes, [b.ceiling]: b.ceilingValue }));
  const evidence = { impossible: bad.length, checked, ...listed(entries) };
  return flag(IMPOSSIBLE_METRICS, severity, message, evidence, () => ({
      formula,
      inputs: { checked, impossible: bad.length, baseSeverity: base },
      norm: 'a like needs a view: likes ≤ views, impressions and reach (YouTube: views only)',
      result: `severity = ${base} + ${roundTo(1 - base, 3)} × ${bad.length}/${checked} = ${roundTo(severity, 3)}`,
  }));
}
