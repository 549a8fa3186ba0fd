import type { AudienceThresholds } from './thresholds.js';

/** PLACEHOLDER: tuned by bench/evaluate-followers.js */
export const DEFAULT_AUDIENCE: AudienceThresholds = {
  rules: {
    instagram: {
      weights: { 'no-profile-pic': 1, 'no-followers': 1, 'few-followers': 3, 'no-posts': 1, 'few-posts': 1, 'following-far-above-followers': 2, 'following-1000-followers-100': 1, 'mass-follower': 2, 'digits-in-username': 1, 'empty-bio': 1, verified: -1 },
      params: { fewFollowers: 10, fewPosts: 5, maxFollowerRatio: 0.1, massFollowing: 1500, manyFollowing: 1000, fewFollowersForMany: 100, minUsernameDigits: 3, minUsernameDigitRatio: 0.25 },
      cutoffs: { suspicious: 3, likelyFake: 4 },
    },
    x: {
      weights: { 'no-profile-pic': 1, 'no-followers': 2, 'no-posts': 1, 'few-posts': 1, 'following-far-above-followers': 5, 'following-1000-followers-100': 1, 'mass-follower': 1, 'digits-in-username': 1, 'no-url': 1, 'not-listed': 1, verified: -1 },
      params: { fewFollowers: 30, fewPosts: 50, maxFollowerRatio: 0.1, massFollowing: 1500, manyFollowing: 1000, fewFollowersForMany: 100, minUsernameDigits: 3, minUsernameDigitRatio: 0.25 },
      cutoffs: { suspicious: 4, likelyFake: 6 },
    },
  },
  minSample: 30,
  confidence: 0.95,
  normalFakeShare: 0.1,
  problemFakeShare: 0.3,
  minGenuineShare: 0.6,
  severity: { suspicious: 0.5, likelyFake: 1 },
};
