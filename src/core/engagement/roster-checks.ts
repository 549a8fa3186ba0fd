import type { ProfileFacts } from '../account.js';
import { fmtInt, fmtPercent } from '../format.js';
import type { Platform } from '../platform.js';
import { COMMENT_LIKE_RATIO, commentLikeBand } from '../posts/comment-ratio.js';
import { IMPOSSIBLE_METRICS, LIKE_CEILINGS } from '../posts/impossible.js';
import { outsideBandSeverity } from '../posts/severity.js';
import type { PostThresholds } from '../posts/thresholds.js';
import { flag, pass, roundTo, skip, type Explanation, type Signal } from '../signal.js';

/**
 * `comment-like-ratio` from a roster's averages: bought likes come without comments ("likes bought by packs"), so
 * average comments far below the platform's comments-per-like band mark them; far above it, pods. The same band and
 * severity (decades beyond it) as the posts signal. Undefined when the row lacks likes or comments.
 */
export function rosterCommentRatio(p: ProfileFacts, platform: Platform, t: PostThresholds): Signal | undefined {
  if (p.avgLikes === undefined || p.avgComments === undefined) return undefined;
  const band = commentLikeBand(platform, t);
  const bandText = () => `${platform} band ${fmtPercent(band.low * 100)}–${fmtPercent(band.high * 100)}`;
  if (p.avgLikes < t.ratioMinLikes) {
    return skip(COMMENT_LIKE_RATIO, `${fmtInt(p.avgLikes)} average likes: too few for a comments-per-like ratio (need ${t.ratioMinLikes})`, { avgLikes: p.avgLikes });
  }
  const ratio = p.avgComments / p.avgLikes;
  const evidence = {
    source: 'roster-averages', avgLikes: p.avgLikes, avgComments: p.avgComments, ratio: roundTo(ratio, 5),
    band: { low: roundTo(band.low, 5), high: roundTo(band.high, 5) },
  };
  const said = () => (ratio === 0 ? `no comments on ${fmtInt(p.avgLikes!)} average likes` : `average comments are ${fmtPercent(ratio * 100)} of average likes`);
  const explain = (result: string) => (): Explanation => ({
    formula: 'ratio = avg comments / avg likes',
    inputs: { avgComments: p.avgComments!, avgLikes: p.avgLikes! },
    norm: `${bandText()} = typical ${fmtPercent(band.typical.low * 100)}–${fmtPercent(band.typical.high * 100)} widened ×${t.commentLikeFarFactor} (${band.typical.source})`,
    result,
  });
  if (ratio > band.high) {
    const severity = Math.min(1, Math.log10(ratio / band.high));
    return flag(COMMENT_LIKE_RATIO, outsideBandSeverity(severity), () => `${said()}, far above the ${bandText()}: pods or bought comments?`, evidence, explain(`severity = decades above the band = ${roundTo(severity, 3)}`));
  }
  if (ratio >= band.low) return pass(COMMENT_LIKE_RATIO, () => `${said()}, within the ${bandText()}`, evidence, explain('within the band'));
  if (p.avgLikes * band.low < t.ratioMinExpectedComments) {
    return skip(COMMENT_LIKE_RATIO, () => `${said()}, below the ${bandText()}, but too few likes to expect a comment`, evidence);
  }
  const severity = ratio === 0 ? 1 : Math.min(1, Math.log10(band.low / ratio));
  return flag(COMMENT_LIKE_RATIO, outsideBandSeverity(severity), () => `${said()}, far below the ${bandText()}: likes without comments look bought`, evidence, explain(`severity = decades below the band = ${roundTo(severity, 3)}`));
}

/** `impossible-metrics` from a roster's averages: more average likes than average views cannot happen. */
export function rosterImpossible(p: ProfileFacts, platform: Platform, t: PostThresholds): Signal | undefined {
  // 0 views is how exports write "not measured", as the engagement rate reads it, not a ceiling of 0.
  if (p.avgLikes === undefined || p.avgViews === undefined || p.avgViews === 0 || !LIKE_CEILINGS[platform].includes('views')) return undefined;
  const evidence = { source: 'roster-averages', avgLikes: p.avgLikes, avgViews: p.avgViews };
  if (p.avgLikes <= p.avgViews) return pass(IMPOSSIBLE_METRICS, `average likes (${fmtInt(p.avgLikes)}) within average views (${fmtInt(p.avgViews)})`, evidence);
  return flag(
    IMPOSSIBLE_METRICS, t.impossibleBaseSeverity,
    `average likes (${fmtInt(p.avgLikes)}) above average views (${fmtInt(p.avgViews)}): bad data or likes delivered without a view`,
    evidence,
  );
}
