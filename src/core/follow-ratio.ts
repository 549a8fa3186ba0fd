import type { ProfileFacts } from './account.js';
import { fmtInt, fmtRatio } from './format.js';
import { flag, pass, roundTo, skip, type Explanation, type Signal } from './signal.js';

export interface FollowRatioThresholds {
  /** Following above this is mass following: HypeAuditor, trendhero and infludata all use 1,500. */
  massFollowingMin: number;
  /** Mass following starts to count at this following/followers ratio and is fully severe at `massRatioFull`. */
  massRatioStart: number;
  massRatioFull: number;
  /**
   * Follow-for-follow is judged only from this audience size up: a 1:1 ratio on a small account is often just
   * follow-back etiquette (domain.md), while "communities of 90,000–100,000 followers with an almost equal number
   * of accounts followed" (seed 001) point to bought or traded followers.
   */
  followForFollowMinFollowers: number;
  /** Follow-for-follow counts from this following/followers ratio and is fully severe at `followForFollowRatioFull`. */
  followForFollowRatioStart: number;
  followForFollowRatioFull: number;
}

export const DEFAULT_FOLLOW_RATIO: FollowRatioThresholds = {
  massFollowingMin: 1_500,
  massRatioStart: 0.5,
  massRatioFull: 2,
  followForFollowMinFollowers: 10_000,
  followForFollowRatioStart: 0.6,
  followForFollowRatioFull: 0.95,
};

export const FOLLOW_RATIO_ID = 'follow-ratio';

/** The texts that depend only on the thresholds, built once per thresholds object: the same for every account of a run. */
interface ThresholdTexts {
  norm: string;
  mass: string;
}
const TEXTS = new WeakMap<FollowRatioThresholds, ThresholdTexts>();
function textsFor(t: FollowRatioThresholds): ThresholdTexts {
  let texts = TEXTS.get(t);
  if (texts === undefined) {
    texts = {
      norm: `mass following: following > ${fmtInt(t.massFollowingMin)} and ratio ${t.massRatioStart}→${t.massRatioFull}; follow-for-follow: followers ≥ ${fmtInt(t.followForFollowMinFollowers)} and ratio ${t.followForFollowRatioStart}→${t.followForFollowRatioFull} (HypeAuditor 1,500 rule; seed 001)`,
      mass: `mass following (more than ${fmtInt(t.massFollowingMin)} accounts followed)`,
    };
    TEXTS.set(t, texts);
  }
  return texts;
}

const FOLLOW_FOR_FOLLOW_TEXT = 'follow-for-follow: a large audience following almost as many back';

function ramp(x: number, start: number, full: number): number {
  if (x <= start) return 0;
  if (x >= full) return 1;
  return (x - start) / (full - start);
}

/**
 * Following versus followers. Severity is the worse of mass following (following > 1,500 and a high ratio) and
 * follow-for-follow (a large audience following almost as many back); both are non-decreasing in following for a
 * given audience, so a worse ratio never raises the score.
 */
export function followRatioSignal(p: ProfileFacts, t: FollowRatioThresholds): Signal {
  return followRatioOf(p.followers, p.following, t);
}

/** `followRatioSignal` on the two counts: the scorer passes the account's latest followers without copying its profile. */
export function followRatioOf(followers: number | undefined, following: number | undefined, t: FollowRatioThresholds): Signal {
  if (followers === undefined || following === undefined) {
    const missing = [followers === undefined ? 'followers' : null, following === undefined ? 'following' : null].filter(Boolean);
    return skip(FOLLOW_RATIO_ID, `no ${missing.join(' or ')} count in the data`, {});
  }
  const ratio = followers > 0 ? following / followers : following > 0 ? Infinity : 0;
  const shownRatio = Number.isFinite(ratio) ? roundTo(ratio, 3) : null;
  const mass = following > t.massFollowingMin ? ramp(ratio, t.massRatioStart, t.massRatioFull) : 0;
  const f4f = followers >= t.followForFollowMinFollowers ? ramp(ratio, t.followForFollowRatioStart, t.followForFollowRatioFull) : 0;
  // Messages are built when read (a roster's CSV reads only flags'): see MessageText.
  const base = () => `follows ${fmtInt(following)} accounts for ${fmtInt(followers)} followers (ratio ${Number.isFinite(ratio) ? fmtRatio(ratio) : '∞'})`;
  if (mass === 0 && f4f === 0) {
    const why = followers < t.followForFollowMinFollowers && following <= t.massFollowingMin && ratio >= 0.6 ? ': a small account following back is not fraud' : '';
    return pass(FOLLOW_RATIO_ID, () => base() + why, { followers, following, ratio: shownRatio }, () => explanation(followers, following, t, 'pass'));
  }
  const followForFollow = f4f >= mass;
  const severity = Math.max(mass, f4f);
  return flag(
    FOLLOW_RATIO_ID, severity, () => `${base()}: ${followForFollow ? FOLLOW_FOR_FOLLOW_TEXT : textsFor(t).mass}`,
    { followers, following, ratio: shownRatio, pattern: followForFollow ? 'follow-for-follow' : 'mass-following' },
    () => explanation(followers, following, t, `mass ${mass.toFixed(2)}, follow-for-follow ${f4f.toFixed(2)} → severity ${severity.toFixed(2)}`),
  );
}

function explanation(followers: number, following: number, t: FollowRatioThresholds, result: string): Explanation {
  return { formula: 'ratio = following / followers', inputs: { following, followers }, norm: textsFor(t).norm, result };
}
