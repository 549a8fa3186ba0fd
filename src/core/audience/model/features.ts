import type { FollowerFacts } from '../follower-facts.js';

/**
 * What the learned follower model reads, in a fixed order (the order of every sub-model's weights). Stable ids: they
 * appear in output (`contributions[].feature`) and in the shipped coefficients, so never rename one.
 */
export const MODEL_FEATURES = [
  'followers',
  'following',
  'posts',
  'profile-pic',
  'private',
  'bio-length',
  'username-digits',
  'account-age',
] as const;
export type ModelFeature = (typeof MODEL_FEATURES)[number];

/**
 * Where the slope of a count's log may change: published single-rule cut-offs, not values fitted to any data.
 * followers 30 and posts 50: Cresci et al. 2015 ("followers ≥ 30", "tweets ≥ 50", their best single rules);
 * followers 100 and following 1,000: StatusPeople Fakers ("follows ≥ 1,000 with ≤ 100 followers"); following 1,500:
 * the "mass follower" of HypeAuditor, trendhero and infludata; posts 1: StatusPeople's "no posts".
 */
export const KNOTS = { followers: [30, 100], following: [1_000, 1_500], posts: [1, 50] } as const;

/** One feature of one follower: what the export says (`value`) and what the model multiplies (`x`, its terms). */
export interface FeatureValue {
  /**
   * As the export says it, in its own unit: a count (followers, following, posts), characters (bio length), days
   * (account age), 1/0 (has a profile picture, private) or digits ÷ username length (0–1).
   */
  value: number;
  /**
   * The model's terms for it. Counts with knots k1 < k2 < …: ln(1 + c) cut at the knots, [ln(1 + min(c, k1)),
   * ln(1 + clamp(c, k1, k2)) − ln(1 + k1), …, ln(1 + max(c, kn)) − ln(1 + kn)], which sum to ln(1 + c): a log scale
   * whose slope may change at each knot. Bio length and account age: [ln(1 + value)]; 1/0 and the ratio: [value].
   */
  x: readonly number[];
}

export type FollowerFeatures = Partial<Record<ModelFeature, FeatureValue>>;

// NaN or a negative count from a bad cell is as unknown as an empty one.
const count = (v: number | undefined): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const logCount = (value: number): FeatureValue => ({ value, x: [Math.log1p(value)] });
function knotted(value: number, knots: readonly number[]): FeatureValue {
  const x = [Math.log1p(Math.min(value, knots[0] ?? Infinity))];
  knots.forEach((k, i) => x.push(Math.log1p(Math.max(Math.min(value, knots[i + 1] ?? Infinity), k)) - Math.log1p(k)));
  return { value, x };
}
const flag = (b: boolean): FeatureValue => ({ value: b ? 1 : 0, x: [b ? 1 : 0] });

/**
 * The model's features of one follower, from what its export says. A fact the export does not give stays absent
 * (never 0, never "no"): which features are present decides which sub-model scores the follower.
 *
 * - followers, following, posts: ln(1 + count), with its own slope between the count's knots (`KNOTS`).
 *   Logs because the counts span six orders of magnitude and the published signals are ratios (Cresci et al. 2015:
 *   following ÷ followers²), which a linear model on logs spans: a positive weight on following and a negative one
 *   on followers is a following ÷ followers ratio. The knots let "0 posts vs 20" weigh more than "200 vs 2,000".
 * - profile-pic, private: 1 yes, 0 no (Akyon & Kalfaoglu 2019).
 * - bio-length: ln(1 + characters) (Akyon & Kalfaoglu 2019; Camisani-Calzolari "has biography").
 * - username-digits: digits ÷ username length, 0–1, from the two counts when both are known, else the ratio an
 *   export ships (Kaggle "Instagram fake spammer genuine accounts" has only the ratio). A ratio, not a count, so every
 *   labelled set feeds the same feature.
 * - account-age: ln(1 + days since creation) (Cresci et al. 2015: the second most useful profile feature).
 */
export function featuresOf(f: FollowerFacts): FollowerFeatures {
  const out: FollowerFeatures = {};
  if (count(f.followers)) out.followers = knotted(f.followers, KNOTS.followers);
  if (count(f.following)) out.following = knotted(f.following, KNOTS.following);
  if (count(f.posts)) out.posts = knotted(f.posts, KNOTS.posts);
  if (f.hasProfilePic !== undefined) out['profile-pic'] = flag(f.hasProfilePic);
  if (f.isPrivate !== undefined) out.private = flag(f.isPrivate);
  if (count(f.bioLength)) out['bio-length'] = logCount(f.bioLength);
  const ratio = digitRatio(f);
  if (ratio !== undefined) out['username-digits'] = { value: ratio, x: [ratio] };
  if (count(f.accountAgeDays)) out['account-age'] = logCount(f.accountAgeDays);
  return out;
}

function digitRatio(f: FollowerFacts): number | undefined {
  if (count(f.usernameDigits) && count(f.usernameLength) && f.usernameLength > 0) {
    return Math.min(1, f.usernameDigits / f.usernameLength);
  }
  const r = f.usernameDigitRatio;
  return typeof r === 'number' && Number.isFinite(r) && r >= 0 && r <= 1 ? r : undefined;
}

/** The features present, in `MODEL_FEATURES` order: the key of the sub-model that scores them. */
export function presentFeatures(features: FollowerFeatures): ModelFeature[] {
  return MODEL_FEATURES.filter((id) => features[id] !== undefined);
}
