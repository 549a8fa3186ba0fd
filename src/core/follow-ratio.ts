import { fmtInt, fmtRatio } from './format.js';
import type { Platform } from './platform.js';
import { flag, pass, roundTo, skip, type Evidence, type Explanation, type Signal } from './signal.js';

export interface FollowRatioThresholds {
  /**
   * Under this many followers, following about as many back is follow-back etiquette, not fraud; only mass
   * following (`massRatioStart` and up) counts there.
   */
  smallAccountMax: number;
  /** Following beyond this is mass following (HypeAuditor, trendhero and infludata all use 1,500). */
  massFollowingMin: number;
  /**
   * Mass following counts from this following/followers ratio and is fully severe at `massRatioFull`: Cresci et al.
   * ("Fame for sale", 2015) found "2 × followers ≥ following" among the better single rules against bought followers.
   */
  massRatioStart: number;
  massRatioFull: number;
  /**
   * From `smallAccountMax` followers up, follow-for-follow counts from this ratio and is fully severe at
   * `followForFollowRatioFull`: "communities of 90,000–100,000 followers with an almost equal number of accounts
   * followed" are traded or bought audiences.
   */
  followForFollowRatioStart: number;
  followForFollowRatioFull: number;
  /** A following count within this share of the platform's cap is parked there: bulk follow and unfollow. */
  parkedShareOfCap: number;
}

export const DEFAULT_FOLLOW_RATIO: FollowRatioThresholds = {
  smallAccountMax: 10_000,
  massFollowingMin: 1_500,
  massRatioStart: 2,
  massRatioFull: 4,
  followForFollowRatioStart: 0.6,
  followForFollowRatioFull: 0.95,
  parkedShareOfCap: 0.97,
};

/**
 * The most accounts a platform lets one account follow. Instagram 7,500 (the limit Mastodon copied, "taken from
 * Instagram, which has that limit", GitHub mastodon PR #8807, 2018); TikTok 10,000 (LogicTech, "How many people can
 * you follow on TikTok"). X lets an account pass 5,000 only with enough followers (Twitter help, 2014), so it has no
 * fixed cap to check.
 */
export const FOLLOWING_CAPS: Partial<Record<Platform, number>> = { instagram: 7_500, tiktok: 10_000 };

export const FOLLOW_RATIO_ID = 'follow-ratio';

function ramp(x: number, start: number, full: number): number {
  if (x <= start) return 0;
  if (x >= full) return 1;
  return (x - start) / (full - start);
}

/**
 * Following versus followers, fair to small accounts: under `smallAccountMax` followers only mass following counts
 * (following far above followers); from there up, follow-for-follow (following almost as many as follow back) and
 * an account parked at its platform's following cap. A count above the cap is impossible data (a wrong column or
 * platform) and is reported, not scored. Severity never falls as following grows, for a given audience.
 */
export function followRatioOf(
  followers: number | undefined,
  following: number | undefined,
  platform: Platform,
  t: FollowRatioThresholds,
): Signal {
  if (followers === undefined || following === undefined) {
    const missing = [followers === undefined ? 'followers' : null, following === undefined ? 'following' : null].filter(Boolean);
    // Beside following-jump's "no following column in the history", say where the count would come from.
    const from = following === undefined ? 'a following column in a roster or a history gives it' : 'a roster or a history gives it';
    return skip(FOLLOW_RATIO_ID, `no ${missing.join(' or ')} count in the data (${from})`, {});
  }
  const cap = FOLLOWING_CAPS[platform];
  if (cap !== undefined && following > cap) {
    return skip(FOLLOW_RATIO_ID, `follows ${fmtInt(following)} accounts, above ${platform}'s cap of ${fmtInt(cap)}: impossible data (a wrong column or platform?), not scored`, { followers, following, cap, impossible: true } satisfies Evidence);
  }
  const ratio = followers > 0 ? following / followers : following > 0 ? Infinity : 0;
  const shownRatio = Number.isFinite(ratio) ? roundTo(ratio, 3) : null;
  const large = followers >= t.smallAccountMax;
  const mass = following > t.massFollowingMin ? ramp(ratio, t.massRatioStart, t.massRatioFull) : 0;
  const f4f = large ? ramp(ratio, t.followForFollowRatioStart, t.followForFollowRatioFull) : 0;
  const parked = large && cap !== undefined && following >= cap * t.parkedShareOfCap ? 1 : 0;
  // Messages are built when read: a roster's CSV reads only flags'.
  const base = () => `follows ${fmtInt(following)} accounts for ${fmtInt(followers)} followers (ratio ${Number.isFinite(ratio) ? fmtRatio(ratio) : '∞'})`;
  const evidence: Evidence = cap === undefined ? { followers, following, ratio: shownRatio } : { followers, following, ratio: shownRatio, cap };
  const explain = (result: () => string) => (): Explanation => ({
    formula: 'ratio = following / followers',
    inputs: { following, followers },
    norm:
      `mass following: following > ${fmtInt(t.massFollowingMin)} and ratio ${t.massRatioStart}→${t.massRatioFull}; ` +
      `from ${fmtInt(t.smallAccountMax)} followers: follow-for-follow ratio ${t.followForFollowRatioStart}→${t.followForFollowRatioFull}` +
      (cap !== undefined ? `, parked within ${Math.round((1 - t.parkedShareOfCap) * 100)} % of ${platform}'s ${fmtInt(cap)} cap` : '') +
      ' (HypeAuditor 1,500 rule; Cresci et al. 2015)',
    result: result(),
  });
  const severity = Math.max(mass, f4f, parked);
  if (severity === 0) {
    // Following far above followers passes only under the mass-following count: say so, not "following back".
    const why =
      ratio >= t.massRatioStart && following <= t.massFollowingMin ? `: following ${fmtInt(t.massFollowingMin)} accounts or fewer is not mass following` :
      ratio >= t.massRatioStart ? `: mass following counts above a ratio of ${t.massRatioStart}` :
      !large && ratio >= t.followForFollowRatioStart ? ': a small account following back is ordinary' : '';
    return pass(FOLLOW_RATIO_ID, () => base() + why, evidence, explain(() => 'pass'));
  }
  const pattern = parked === severity ? 'parked-at-cap' : f4f === severity ? 'follow-for-follow' : 'mass-following';
  const text = {
    'parked-at-cap': `parked at ${platform}'s ${fmtInt(cap ?? 0)} following cap: bulk follow and unfollow to grow`,
    'follow-for-follow': 'follow-for-follow: a large audience following almost as many back',
    'mass-following': `mass following: far more accounts followed than followers`,
  }[pattern];
  return flag(
    FOLLOW_RATIO_ID, severity, () => `${base()}: ${text}`, { ...evidence, pattern },
    explain(() => `mass ${mass.toFixed(2)}, follow-for-follow ${f4f.toFixed(2)}, parked ${parked} → severity ${severity.toFixed(2)}`),
  );
}
