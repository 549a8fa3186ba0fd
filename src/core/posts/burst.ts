import type { PostRecord } from '../account.js';
import type { Platform } from '../platform.js';
import type { Evidence, Signal } from '../signal.js';
import { flag, pass, roundTo, skip } from '../signal.js';
import type { RobustBaseline } from './baseline.js';
import { modifiedZ, multipleOf, robustBaseline } from './baseline.js';
import { fmtInt } from '../format.js';
import { chronological, has, listed, nPosts, postLabel, postWith } from './evidence.js';
import type { PostThresholds } from './thresholds.js';
import { DEFAULT_POSTS } from './thresholds.js';

export const LIKE_BURST = 'like-burst';

/** What rises with likes when more people genuinely saw and liked a post. */
const COMPANIONS = ['comments', 'views', 'impressions', 'reach'] as const;
type Companion = (typeof COMPANIONS)[number];
const MEDIAN_KEY = {
  comments: 'medianComments',
  views: 'medianViews',
  impressions: 'medianImpressions',
  reach: 'medianReach',
} as const satisfies Record<Companion, string>;

interface Outlier {
  post: PostRecord;
  likes: number;
  likeMultiple: number;
  /** Companion multiples over their own baselines, for the companions this post and the account have. */
  companions: Partial<Record<Companion, number>>;
  best?: number;
}

/**
 * `like-burst`: a few posts with likes far above the account's own robust baseline (modified z ≥
 * `burstMinZ`, ≥ `burstMinMultiple` × and ≥ `burstMinExtraLikes` above the median likes) whose comments
 * and views did not rise with them:
 * bought likes arrive without an audience. A viral post brings comments or views along and passes: it is
 * "matched" when its best companion rose at least `burstMatchLogShare` of the likes' rise on a log scale.
 * Outliers with no companion to check are listed but never flagged (missing data is not evidence).
 */
export function likeBurst(
  posts: readonly PostRecord[],
  _platform: Platform,
  thresholds: PostThresholds = DEFAULT_POSTS,
): Signal {
  const withLikes = chronological(posts).filter((p): p is PostRecord & { likes: number } => has(p.likes));
  if (withLikes.length < thresholds.minPosts) {
    return skip(LIKE_BURST, `likes on ${withLikes.length} posts, need ${thresholds.minPosts} for a baseline`, {
      postsWithLikes: withLikes.length,
      minPosts: thresholds.minPosts,
    });
  }
  const likeBase = robustBaseline(withLikes.map((p) => p.likes));
  const companionBase = companionBaselines(withLikes, thresholds.minPosts);
  const outliers: Outlier[] = withLikes
    .filter((p) => modifiedZ(p.likes, likeBase) >= thresholds.burstMinZ)
    .filter((p) => multipleOf(p.likes, likeBase) >= thresholds.burstMinMultiple)
    .filter((p) => p.likes - likeBase.median >= thresholds.burstMinExtraLikes)
    .map((p) => describe(p, likeBase, companionBase));
  const isMatched = (o: Outlier) =>
    Math.log(o.best ?? 1) >= thresholds.burstMatchLogShare * Math.log(o.likeMultiple);
  const unverifiable = outliers.filter((o) => o.best === undefined);
  const matched = outliers.filter((o) => o.best !== undefined && isMatched(o));
  // Strongest first: the message's example and the head of the list are the clearest case.
  const unmatched = outliers
    .filter((o) => o.best !== undefined && !isMatched(o))
    .sort((a, b) => b.likeMultiple - a.likeMultiple);

  const baseline: Evidence = { medianLikes: likeBase.median, madLikes: likeBase.mad };
  for (const name of COMPANIONS) {
    const b = companionBase[name];
    if (b !== undefined) baseline[MEDIAN_KEY[name]] = b.median;
  }
  const evidence: Evidence = {
    postsWithLikes: withLikes.length,
    baseline,
    viral: matched.map(outlierEvidence),
    unverifiable: unverifiable.map(outlierEvidence),
  };
  const usual = `the usual ${fmtInt(likeBase.median)} likes`;
  if (unmatched.length === 0 && unverifiable.length > 0) {
    return skip(
      LIKE_BURST,
      `${nPosts(unverifiable.length)} with far more likes than ${usual}, but no comments or views to tell ` +
        `a viral post from bought likes`,
      evidence,
    );
  }
  if (unmatched.length === 0) {
    const viral = matched.length > 0 ? `; ${matched.length} viral with comments/views to match` : '';
    return pass(LIKE_BURST, `no post far above ${usual} without a matching rise${viral}`, evidence);
  }
  const severity = unmatched.length / thresholds.burstPostsForFullSeverity;
  const first = unmatched[0]!;
  const message =
    `${nPosts(unmatched.length)} got far more likes than ${usual} with no matching rise in comments or views ` +
    `(e.g. ${postLabel(first.post)}: ${fmtInt(first.likes)} likes, ×${first.likeMultiple.toFixed(1)}; ` +
    `best companion ×${(first.best ?? 1).toFixed(1)}): bought likes?`;
  return flag(LIKE_BURST, severity, message, { ...evidence, ...listed(unmatched.map(outlierEvidence)) }, () => ({
      formula:
        'outlier: 0.6745 × (likes − median) / MAD ≥ z, (likes + 1) / (median + 1) ≥ m, likes − median ≥ extra; ' +
        'unmatched: ln(best companion multiple) < share × ln(like multiple)',
      inputs: {
        ...baseline,
        z: thresholds.burstMinZ,
        m: thresholds.burstMinMultiple,
        extra: thresholds.burstMinExtraLikes,
        share: thresholds.burstMatchLogShare,
      },
      norm: `outlier at modified z ≥ ${thresholds.burstMinZ} (Iglewicz & Hoaglin 1993 recommend 3.5); viral posts bring comments or views along`,
      result: `severity = ${unmatched.length} / ${thresholds.burstPostsForFullSeverity} = ${roundTo(Math.min(1, severity), 3)}`,
  }));
}

/** Baselines of the companion metrics that enough posts have to make one. */
function companionBaselines(posts: readonly PostRecord[], minPosts: number): Partial<Record<Companion, RobustBaseline>> {
  const out: Partial<Record<Companion, RobustBaseline>> = {};
  for (const name of COMPANIONS) {
    const values = posts.map((p) => p[name]).filter(has);
    if (values.length >= minPosts) out[name] = robustBaseline(values);
  }
  return out;
}

function describe(
  post: PostRecord & { likes: number },
  likeBase: RobustBaseline,
  bases: Partial<Record<Companion, RobustBaseline>>,
): Outlier {
  const companions: Partial<Record<Companion, number>> = {};
  for (const name of COMPANIONS) {
    const value = post[name];
    const base = bases[name];
    if (has(value) && base !== undefined) companions[name] = multipleOf(value, base);
  }
  const multiples = Object.values(companions);
  const outlier: Outlier = { post, likes: post.likes, likeMultiple: multipleOf(post.likes, likeBase), companions };
  if (multiples.length > 0) outlier.best = Math.max(...multiples);
  return outlier;
}

function outlierEvidence(o: Outlier): Evidence {
  const numbers: Record<string, number | undefined> = { likes: o.likes, likeMultiple: o.likeMultiple };
  for (const name of COMPANIONS) {
    numbers[name] = o.post[name];
    numbers[`${name}Multiple`] = o.companions[name];
  }
  return postWith(o.post, numbers);
}
