import type { FollowerFacts } from './follower-facts.js';
import type { RuleId, RuleParams } from './rule-config.js';

/** true: fired; false: checked and clean; undefined: its input is missing, so it neither fires nor counts. */
export type RuleCheck = (f: FollowerFacts, p: RuleParams) => boolean | undefined;

// NaN from a bad cell is as unknown as an empty one.
const known = (x: number | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

/** Default picture. Akyon & Kalfaoglu 2019 (InstaFake); StatusPeople Fakers; Camisani-Calzolari "has image". */
export function noProfilePic(f: FollowerFacts): boolean | undefined {
  return f.hasProfilePic === undefined ? undefined : !f.hasProfilePic;
}

/** Nobody follows it. StatusPeople Fakers: "no followers" is fake. */
export function noFollowers(f: FollowerFacts): boolean | undefined {
  return known(f.followers) ? f.followers === 0 : undefined;
}

/** Fewer than `fewFollowers` followers. Cresci et al. 2015: "followers ≥ 30", MCC 0.768 alone on the BAS set. */
export function fewFollowers(f: FollowerFacts, p: RuleParams): boolean | undefined {
  return known(f.followers) ? f.followers < p.fewFollowers : undefined;
}

/** Never posted. StatusPeople Fakers: "no posts" is fake. */
export function noPosts(f: FollowerFacts): boolean | undefined {
  return known(f.posts) ? f.posts === 0 : undefined;
}

/** Fewer than `fewPosts` posts. Cresci et al. 2015: "tweets ≥ 50", MCC 0.735 alone on the BAS set. */
export function fewPosts(f: FollowerFacts, p: RuleParams): boolean | undefined {
  return known(f.posts) ? f.posts < p.fewPosts : undefined;
}

/**
 * followers ÷ following ≤ `maxFollowerRatio`. StatusPeople Fakers (≤ 0.02); Cresci et al. 2015 ("2 × followers ≥
 * following", MCC 0.531; their strongest profile feature is following ÷ followers²). Following nobody: clean.
 */
export function followingFarAboveFollowers(f: FollowerFacts, p: RuleParams): boolean | undefined {
  if (!known(f.followers) || !known(f.following)) return undefined;
  return f.following > 0 && f.followers / f.following <= p.maxFollowerRatio;
}

/** Follows ≥ 1,000 accounts with ≤ 100 followers: StatusPeople Fakers, verbatim. */
export function following1000Followers100(f: FollowerFacts, p: RuleParams): boolean | undefined {
  if (!known(f.followers) || !known(f.following)) return undefined;
  return f.following >= p.manyFollowing && f.followers <= p.fewFollowersForMany;
}

/**
 * Follows more than `massFollowing` accounts: HypeAuditor's "mass follower" (also trendhero, infludata: 1,500).
 * Such a follower sees little of any feed; alone it makes the class `mass-follower`, not fake.
 */
export function massFollower(f: FollowerFacts, p: RuleParams): boolean | undefined {
  return known(f.following) ? f.following > p.massFollowing : undefined;
}

/**
 * Many digits in the username ("anna84629"). Akyon & Kalfaoglu 2019: 3+ digits in 17.9 % of fakes vs 2.6 % of real.
 * The count decides when known; otherwise digits ÷ length (Kaggle exports ship only the ratio).
 */
export function digitsInUsername(f: FollowerFacts, p: RuleParams): boolean | undefined {
  if (known(f.usernameDigits)) return f.usernameDigits >= p.minUsernameDigits;
  if (known(f.usernameDigitRatio)) return f.usernameDigitRatio >= p.minUsernameDigitRatio;
  return undefined;
}

/** No bio. Camisani-Calzolari "has biography" (evaluated in Cresci et al. 2015); Akyon & Kalfaoglu 2019. */
export function emptyBio(f: FollowerFacts): boolean | undefined {
  return known(f.bioLength) ? f.bioLength === 0 : undefined;
}

/** No link in the profile. Camisani-Calzolari "has URL" (evaluated in Cresci et al. 2015). */
export function noUrl(f: FollowerFacts): boolean | undefined {
  return f.hasUrl === undefined ? undefined : !f.hasUrl;
}

/** Has never liked a post. Cresci et al. 2015 profile feature (favourites); bought X followers never do. */
export function neverLiked(f: FollowerFacts): boolean | undefined {
  return known(f.likesGiven) ? f.likesGiven === 0 : undefined;
}

/** In nobody's list. Camisani-Calzolari "belongs to a list" (evaluated in Cresci et al. 2015). */
export function notListed(f: FollowerFacts): boolean | undefined {
  return known(f.listed) ? f.listed === 0 : undefined;
}

/** Verified: a weak positive only (HypeAuditor, "most common myths"); give it a small negative weight. */
export function verified(f: FollowerFacts): boolean | undefined {
  return f.verified;
}

/** Every rule by its stable id. */
export const RULES: Readonly<Record<RuleId, RuleCheck>> = {
  'no-profile-pic': noProfilePic,
  'no-followers': noFollowers,
  'few-followers': fewFollowers,
  'no-posts': noPosts,
  'few-posts': fewPosts,
  'following-far-above-followers': followingFarAboveFollowers,
  'following-1000-followers-100': following1000Followers100,
  'mass-follower': massFollower,
  'digits-in-username': digitsInUsername,
  'empty-bio': emptyBio,
  'no-url': noUrl,
  'never-liked': neverLiked,
  'not-listed': notListed,
  verified,
};
