import { median } from 'simple-statistics';
import type { PostRecord } from '../account.js';
import type { Platform } from '../platform.js';
import type { Evidence, Explanation, Signal } from '../signal.js';
import { flag, pass, roundTo, skip } from '../signal.js';
import { fmtFractionAsPercent, fmtInt } from '../format.js';
import { chronological, has, listed, postWith } from './evidence.js';
import { outsideBandSeverity } from './severity.js';
import type { PostThresholds } from './thresholds.js';
import { DEFAULT_POSTS } from './thresholds.js';

export const COMMENT_LIKE_RATIO = 'comment-like-ratio';

type Counted = PostRecord & { likes: number; comments: number };

/** The flag band of one platform: its typical comments-per-like range widened by `commentLikeFarFactor`. */
export function commentLikeBand(platform: Platform, thresholds: PostThresholds = DEFAULT_POSTS) {
  const typical = thresholds.commentLikeTypical[platform];
  const factor = thresholds.commentLikeFarFactor;
  return { low: typical.low / factor, high: typical.high * factor, typical };
}

/**
 * `comment-like-ratio`: the median comments per like, over posts with at least `ratioMinLikes` likes, far
 * outside the platform's band. Bought likes come without comments (ratio far too low); pods and comment
 * packs add many short comments (far too high). The median, not the pooled sum, decides so one viral post
 * (whose comment share drops as it reaches strangers) cannot; a few bought posts are `like-burst`'s job.
 * A low median counts only when the median post would expect `ratioMinExpectedComments` comments at the
 * band's low edge. Severity = decades beyond the band edge, capped at 1.
 */
export function commentLikeRatio(
  posts: readonly PostRecord[],
  platform: Platform,
  thresholds: PostThresholds = DEFAULT_POSTS,
): Signal {
  const counted = chronological(posts).filter(
    (p): p is Counted => has(p.likes) && has(p.comments) && p.likes >= thresholds.ratioMinLikes,
  );
  if (!posts.some((p) => has(p.comments))) {
    return skip(COMMENT_LIKE_RATIO, 'no post has a comment count: the export lacks that column', {});
  }
  if (counted.length < thresholds.minPosts) {
    return skip(
      COMMENT_LIKE_RATIO,
      `${counted.length} posts have comments and at least ${thresholds.ratioMinLikes} likes, need ${thresholds.minPosts}`,
      { postsUsed: counted.length, minPosts: thresholds.minPosts, minLikes: thresholds.ratioMinLikes },
    );
  }
  const ratio = (p: Counted) => p.comments / p.likes;
  const medianRatio = median(counted.map(ratio));
  const medianLikes = median(counted.map((p) => p.likes));
  const band = commentLikeBand(platform, thresholds);
  const bandText = `${platform} band ${fmtFractionAsPercent(band.low)}–${fmtFractionAsPercent(band.high, 0)}`;
  const outside = counted
    .filter((p) => ratio(p) < band.low || ratio(p) > band.high)
    .sort((a, b) => byDistanceDesc(distance(ratio(a), band), distance(ratio(b), band)))
    .map((p) => postWith(p, { likes: p.likes, comments: p.comments, ratio: ratio(p) }));
  const evidence: Evidence = {
    medianRatio: roundTo(medianRatio, 5),
    band: { low: roundTo(band.low, 5), high: roundTo(band.high, 5) },
    typical: { low: band.typical.low, high: band.typical.high, source: band.typical.source },
    postsUsed: counted.length,
    medianLikes,
    outsideBand: outside.length,
    ...listed(outside),
  };
  const said = `comments are ${fmtFractionAsPercent(medianRatio)} of likes (median over ${counted.length} posts)`;
  const inside = medianRatio >= band.low && medianRatio <= band.high;
  const severity = outsideBandSeverity(Math.min(1, distance(medianRatio, band)));
  const explain = (): Explanation => ({
    formula: 'median over posts with ≥ ratioMinLikes likes of comments / likes',
    inputs: { postsUsed: counted.length, medianRatio: roundTo(medianRatio, 5), medianLikes },
    norm: `${bandText} = typical ${fmtFractionAsPercent(band.typical.low)}–${fmtFractionAsPercent(band.typical.high, 0)} widened ×${thresholds.commentLikeFarFactor} (${band.typical.source})`,
    result: inside ? 'within the band: severity 0' : `severity = decades beyond the band = ${roundTo(severity, 3)}`,
  });
  if (medianRatio > band.high) {
    return flag(COMMENT_LIKE_RATIO, severity, `${said}, far above the ${bandText}: pods or bought comments?`, evidence, explain);
  }
  if (medianRatio >= band.low) return pass(COMMENT_LIKE_RATIO, `${said}, within the ${bandText}`, evidence, explain);
  const expected = medianLikes * band.low;
  if (expected < thresholds.ratioMinExpectedComments) {
    return skip(
      COMMENT_LIKE_RATIO,
      `${said}, below the ${bandText}, but the median post has ${fmtInt(medianLikes)} likes: ` +
        `${expected.toFixed(2)} comments expected at the band edge, too few to tell bought likes from chance`,
      evidence,
    );
  }
  return flag(COMMENT_LIKE_RATIO, severity, `${said}, far below the ${bandText}: likes without comments look bought`, evidence, explain);
}

// Not a subtraction: two zero-comment posts are both Infinity away, and Infinity − Infinity is NaN.
function byDistanceDesc(a: number, b: number): number {
  return a === b ? 0 : a > b ? -1 : 1;
}

/** Decades (log10) beyond the nearest band edge; 0 inside; a zero ratio is infinitely far. */
function distance(r: number, band: { low: number; high: number }): number {
  if (r > band.high) return Math.log10(r / band.high);
  if (r < band.low) return r === 0 ? Infinity : Math.log10(band.low / r);
  return 0;
}
