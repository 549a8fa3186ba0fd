/** Stable ids of the follower rules: they appear in output and config files, so never rename one. */
export const RULE_IDS = [
  'no-profile-pic',
  'no-followers',
  'few-followers',
  'no-posts',
  'few-posts',
  'following-far-above-followers',
  'following-1000-followers-100',
  'mass-follower',
  'digits-in-username',
  'empty-bio',
  'no-url',
  'never-liked',
  'not-listed',
  'verified',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** The numbers inside the rules (the weights are separate, see `AudienceRuleConfig`). */
export interface RuleParams {
  /** `few-followers` fires below this many followers (Cresci et al. 2015: "followers ≥ 30" looks real). */
  fewFollowers: number;
  /** `few-posts` fires below this many posts (Cresci et al. 2015: "tweets ≥ 50" looks real). */
  fewPosts: number;
  /** `following-far-above-followers` fires when followers ÷ following ≤ this (StatusPeople 0.02; Cresci 0.5). */
  maxFollowerRatio: number;
  /** `mass-follower` fires above this many accounts followed (HypeAuditor, trendhero, infludata: 1,500). */
  massFollowing: number;
  /** `following-1000-followers-100` fires from this many accounts followed (StatusPeople: 1,000) … */
  manyFollowing: number;
  /** … together with at most this many followers (StatusPeople: 100). */
  fewFollowersForMany: number;
  /** `digits-in-username` fires from this many digits (Akyon & Kalfaoglu 2019: 3). */
  minUsernameDigits: number;
  /** … or, when only digits ÷ length is known (Kaggle exports), from this ratio. */
  minUsernameDigitRatio: number;
}

/**
 * One platform's follower classifier: a rule fires → its weight is added to the score; the score is then cut
 * into classes. A rule absent from `weights` is off; at weight 0 it is checked and listed but adds nothing (how
 * `mass-follower` can name its class on a platform where following many accounts says nothing about fakes).
 */
export interface AudienceRuleConfig {
  /** Points per rule; a negative weight mitigates (`verified`: a weak positive, never an override). */
  weights: Partial<Record<RuleId, number>>;
  params: RuleParams;
  /** Score from which a follower is `suspicious`, and from which it is `likely-fake`. */
  cutoffs: { suspicious: number; likelyFake: number };
}
