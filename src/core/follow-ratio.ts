import type { ProfileFacts } from './account.js';
import { fmtInt, fmtRatio } from './format.js';
import { flag, pass, roundTo, skip, type Signal } from './signal.js';

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

/** The thresholds in words, built once per thresholds object: it is the same for every account of a run. */
const NORM_TEXT = new WeakMap<FollowRatioThresholds, string>();
function normText(t: FollowRatioThresholds): string {
  let text = NORM_TEXT.get(t);
  if (text === undefined) {
    text = `mass following: following > ${fmtInt(t.massFollowingMin)} and ratio ${t.massRatioStart}→${t.massRatioFull}; follow-for-follow: followers ≥ ${fmtInt(t.followForFollowMinFollowers)} and ratio ${t.followForFollowRatioStart}→${t.followForFollowRatioFull} (HypeAuditor 1,500 rule; seed 001)`;
    NORM_TEXT.set(t, text);
  }
  return text;
}

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
  const { followers, following } = p;
  if (followers === undefined || following === undefined) {
    const missing = [followers === undefined ? 'followers' : null, following === undefined ? 'following' : null].filter(Boolean);
    return skip(FOLLOW_RATIO_ID, `no ${missing.join(' or ')} count in the data`, {});
  }
  const ratio = followers > 0 ? following / followers : following > 0 ? Infinity : 0;
  const evidence = { followers, following, ratio: Number.isFinite(ratio) ? roundTo(ratio, 3) : null };
  const mass = following > t.massFollowingMin ? ramp(ratio, t.massRatioStart, t.massRatioFull) : 0;
  const f4f = followers >= t.followForFollowMinFollowers ? ramp(ratio, t.followForFollowRatioStart, t.followForFollowRatioFull) : 0;
  const ratioText = Number.isFinite(ratio) ? fmtRatio(ratio) : '∞';
  const base = `follows ${fmtInt(following)} accounts for ${fmtInt(followers)} followers (ratio ${ratioText})`;
  const explain = { formula: 'ratio = following / followers', inputs: { following, followers }, norm: normText(t) };
  if (mass === 0 && f4f === 0) {
    const why = followers < t.followForFollowMinFollowers && following <= t.massFollowingMin && ratio >= 0.6 ? ': a small account following back is not fraud' : '';
    return pass(FOLLOW_RATIO_ID, base + why, evidence, { explain: { ...explain, result: 'pass' } });
  }
  const kind = f4f >= mass ? 'follow-for-follow: a large audience following almost as many back' : `mass following (more than ${fmtInt(t.massFollowingMin)} accounts followed)`;
  const severity = Math.max(mass, f4f);
  return flag(FOLLOW_RATIO_ID, severity, `${base}: ${kind}`, { ...evidence, pattern: f4f >= mass ? 'follow-for-follow' : 'mass-following' }, {
    explain: { ...explain, result: `mass ${mass.toFixed(2)}, follow-for-follow ${f4f.toFixed(2)} → severity ${severity.toFixed(2)}` },
  });
}
