/**
 * What a follower-sample export says about one follower. Every field is optional: undefined means the
 * export did not say, which is never the same as 0 (missing data is not evidence).
 */
export interface FollowerFacts {
  /** Accounts following this follower. */
  followers?: number;
  /** Accounts this follower follows. */
  following?: number;
  /** Posts (Instagram media, X statuses). */
  posts?: number;
  /** false when the account shows the platform's default picture. */
  hasProfilePic?: boolean;
  isPrivate?: boolean;
  verified?: boolean;
  /** Bio (description) length in characters. */
  bioLength?: number;
  /** An external link in the profile. */
  hasUrl?: boolean;
  /** Username length in characters. */
  usernameLength?: number;
  /** Digits (0–9) in the username. */
  usernameDigits?: number;
  /** Digits ÷ username length, 0–1: what the Kaggle fake/spammer export ships instead of counts. */
  usernameDigitRatio?: number;
  /** Words in the display name. */
  fullNameWords?: number;
  /** Days between account creation and the export. */
  accountAgeDays?: number;
  /** Posts this follower has liked (X "favourites"). */
  likesGiven?: number;
  /** Public lists that include this follower (X). */
  listed?: number;
}

/**
 * Length and digit count of a username, counted in code points so that an emoji or accented letter is one
 * character. A leading "@" is not part of the name.
 */
export function usernameFeatures(username: string): { usernameLength: number; usernameDigits: number } {
  const chars = [...username.trim().replace(/^@/, '')];
  return { usernameLength: chars.length, usernameDigits: chars.filter((c) => c >= '0' && c <= '9').length };
}
