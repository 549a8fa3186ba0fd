import { mean, median, sampleStandardDeviation } from 'simple-statistics';
import type { PostRecord } from '../account.js';
import type { Platform } from '../platform.js';
import type { Explanation, Signal } from '../signal.js';
import { flag, pass, roundTo, skip } from '../signal.js';
import { fmtInt } from '../format.js';
import { chronological, has, listed, postWith } from './evidence.js';
import { outsideBandSeverity } from './severity.js';
import type { PostThresholds } from './thresholds.js';
import { DEFAULT_POSTS } from './thresholds.js';

export const LIKE_UNIFORMITY = 'like-uniformity';

/**
 * `like-uniformity`: likes that barely vary from post to post. Organic like counts are heavy-tailed (a few
 * posts do far better than the rest); engagement pods and like packs deliver about the same number every
 * time. Flags when the coefficient of variation (sample sd / mean) of likes is below
 * `uniformityMaxCv` (0.15), severity 1 − CV / 0.15. Skipped with fewer than `minPosts` posts with likes or
 * a median under `uniformityMinMedianLikes`, where small-number noise sets the CV.
 */
export function likeUniformity(
  posts: readonly PostRecord[],
  _platform: Platform,
  thresholds: PostThresholds = DEFAULT_POSTS,
): Signal {
  const withLikes = chronological(posts).filter((p): p is PostRecord & { likes: number } => has(p.likes));
  if (withLikes.length < thresholds.minPosts) {
    return skip(LIKE_UNIFORMITY, `likes on ${withLikes.length} posts, need ${thresholds.minPosts} to judge their spread`, {
      postsWithLikes: withLikes.length,
      minPosts: thresholds.minPosts,
    });
  }
  const likes = withLikes.map((p) => p.likes);
  const medianLikes = median(likes);
  if (medianLikes < thresholds.uniformityMinMedianLikes) {
    return skip(
      LIKE_UNIFORMITY,
      `median ${fmtInt(medianLikes)} likes a post: too few for their spread to mean anything ` +
        `(need ${thresholds.uniformityMinMedianLikes})`,
      { medianLikes, minMedianLikes: thresholds.uniformityMinMedianLikes },
    );
  }
  const meanLikes = mean(likes);
  const cv = sampleStandardDeviation(likes) / meanLikes;
  const maxCv = thresholds.uniformityMaxCv;
  const byLikes = [...withLikes].sort((a, b) => a.likes - b.likes);
  const lowest = byLikes[0]!;
  const highest = byLikes[byLikes.length - 1]!;
  const evidence = {
    postsWithLikes: withLikes.length,
    meanLikes: roundTo(meanLikes, 2),
    medianLikes,
    cv: roundTo(cv, 4),
    maxCv,
    lowest: postWith(lowest, { likes: lowest.likes, comments: lowest.comments }),
    highest: postWith(highest, { likes: highest.likes, comments: highest.comments }),
  };
  const spread = `likes from ${fmtInt(lowest.likes)} to ${fmtInt(highest.likes)} over ${withLikes.length} posts`;
  const explain = (): Explanation => ({
    formula: 'CV = sample sd(likes) / mean(likes)',
    inputs: { posts: withLikes.length, meanLikes: evidence.meanLikes, cv: evidence.cv },
    norm: `organic like counts are heavy-tailed; CV below ${maxCv} is what pods and like packs produce`,
    result: cv < maxCv ? `severity = 1 − ${evidence.cv} / ${maxCv}` : `CV ${evidence.cv} ≥ ${maxCv}`,
  });
  if (cv >= maxCv) {
    return pass(LIKE_UNIFORMITY, `${spread} (CV ${cv.toFixed(2)}): the natural spread`, evidence, explain);
  }
  const entries = withLikes.map((p) => postWith(p, { likes: p.likes, comments: p.comments }));
  return flag(
    LIKE_UNIFORMITY,
    outsideBandSeverity(1 - cv / maxCv),
    `${spread} (CV ${cv.toFixed(3)}, organic is above ${maxCv}): likes this even suggest pods or bought packs`,
    { ...evidence, ...listed(entries) },
    explain,
  );
}
