import type { RuleParams } from './rule-config.js';
import type { AudienceThresholds } from './thresholds.js';

// Published figures where a source gives one; the rest were chosen by `node bench/evaluate-followers.js --tune` on
// the tuning half of each labelled set only (accuracy on the other half: bench/followers-accuracy.md).
const PUBLISHED: RuleParams = {
  fewFollowers: 30, // Cresci et al. 2015
  fewPosts: 50, // Cresci et al. 2015
  maxFollowerRatio: 0.02, // StatusPeople Fakers
  massFollowing: 1_500, // HypeAuditor, trendhero, infludata
  manyFollowing: 1_000, // StatusPeople Fakers
  fewFollowersForMany: 100, // StatusPeople Fakers
  minUsernameDigits: 3, // Akyon & Kalfaoglu 2019
  minUsernameDigitRatio: 0.25, // tuned: best agreement with "3+ digits" on InstaFake usernames
};

// `satisfies`, not a type annotation: callers may rely on the instagram and x entries being present.
export const DEFAULT_AUDIENCE = {
  classifier: 'model',
  /** One classifier per platform with labelled data; TikTok, YouTube and Facebook fall back to Instagram's. */
  rules: {
    /**
     * Tuned on InstaFake (Akyon & Kalfaoglu 2019, Instagram 2018). Fewer than 10 followers weighs 2 (no real account
     * of the tuning half has under 10; Cresci's 30 added a false positive); followers ÷ following ≤ 0.1 catches
     * fakes StatusPeople's 0.02 misses; following > 1,500 weighs 2 because InstaFake's fakes follow thousands.
     * Every weight ≤ 2 under a cut-off of 4: at least two signs are needed to call a follower fake.
     */
    instagram: {
      weights: {
        'no-profile-pic': 1,
        'no-followers': 1,
        'few-followers': 2,
        'no-posts': 1,
        'few-posts': 1,
        'following-far-above-followers': 1,
        'following-1000-followers-100': 2,
        'mass-follower': 2,
        'digits-in-username': 1,
        'empty-bio': 1,
        verified: -1,
      },
      params: { ...PUBLISHED, fewFollowers: 10, maxFollowerRatio: 0.1 },
      cutoffs: { suspicious: 3, likelyFake: 4 },
    },
    /**
     * Tuned on Cresci et al. 2015 (bought X followers, 2013). followers ÷ following ≤ 0.1 weighs 2 (the paper's
     * strongest profile feature is following ÷ followers²); few followers adds nothing once that ratio is known, and
     * following > 1,500 is common among real X users, so `mass-follower` (weight 0) only names its class.
     */
    x: {
      weights: {
        'no-profile-pic': 1,
        'no-posts': 2,
        'few-posts': 1,
        'following-far-above-followers': 2,
        'following-1000-followers-100': 1,
        'mass-follower': 0,
        'digits-in-username': 1,
        'never-liked': 1,
        verified: -1,
      },
      params: { ...PUBLISHED, maxFollowerRatio: 0.1 },
      cutoffs: { suspicious: 2, likelyFake: 3 },
    },
  },
  /** Below 30, one follower moves a share by more than 3 points: smaller than the classifier's own error. */
  minSample: 30,
  /** The usual 95 % (HypeAuditor and IG Audit publish point shares only; the interval is ours). */
  confidence: 0.95,
  /** StatusPeople: about 10 % fake followers is normal for any account. */
  normalFakeShare: 0.1,
  /** StatusPeople: more than 30 % fake followers is a problem. */
  problemFakeShare: 0.3,
  /** IG Audit: an account under 60 % real followers is suspicious. */
  minGenuineShare: 0.6,
  /** A suspicious audience is half as bad as a mostly fake one. */
  severity: { suspicious: 0.5, likelyFake: 1 },
} satisfies AudienceThresholds;
