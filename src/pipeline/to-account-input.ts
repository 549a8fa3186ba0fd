import type { AccountInput, FollowerSeries, PostRecord } from '../core/account.js';
import { median } from 'simple-statistics';
import { seriesFromNetChanges, totalsWithNetChanges } from '../core/growth/index.js';
import type { AccountDraft } from './joiner.js';
import type { RejectedRow } from '../shared/row-issues.js';

export interface DraftIssues {
  /** History rows dropped because another row gave the same day a different value. */
  duplicates: RejectedRow[];
  /** What was read otherwise than the file alone said, for stderr. */
  notes: string[];
}

/** A Subscribers column's level at or under this share of the roster's follower count: net gains, not totals. */
const NET_GAINS_MAX_SHARE = 0.1;

/**
 * A joined draft → the core's AccountInput: history sorted and merged (conflicting duplicate days reported),
 * net changes summed into totals (anchored on the roster's follower count when there is one), and each post given
 * the followers at its date from the history when the export itself had none (or 0), else the roster's follower count.
 */
export function toAccountInput(d: AccountDraft, postSelection: AccountInput['postSelection']): { input: AccountInput; issues: DraftIssues } {
  const duplicates: RejectedRow[] = [];
  const notes: string[] = [];
  let history: FollowerSeries | undefined;
  const built = d.history && d.history.length > 0 ? d.history.finish() : undefined;
  for (const dup of built?.duplicates ?? []) {
    const differs = dup.following
      ? `a different following count (${dup.following.dropped} vs ${dup.following.kept})`
      : `a different follower count (${dup.dropped} vs ${dup.kept})`;
    duplicates.push({
      file: dup.file, line: dup.line, column: dup.column, value: String(dup.dropped),
      reason: `duplicate date for ${d.handle} with ${differs}; kept ${dup.keptAt}`,
    });
  }
  const gains = built && subscribersAsNetGains(d, built.series);
  if (gains) {
    notes.push(`${gains.file}: the "${gains.column}" column is read as net changes per day, not totals: its values (median ${gains.level.toLocaleString('en-US')}) are a tenth or less of the ${gains.followers.toLocaleString('en-US')} followers the roster gives ${d.handle}, as YouTube Studio's Subscribers export writes them`);
    const values = built!.series.followers;
    history = fromNetChanges(Array.from(built!.series.days), Array.from(values, (v) => Math.max(v, 0)), Array.from(values, (v) => Math.max(-v, 0)), gains.followers);
  } else if (built) {
    // Net changes of the same account fill the days the totals do not cover, rather than being dropped.
    history = d.net && d.net.days.length > 0 ? totalsWithNetChanges(built.series, d.net.days, d.net.gained, d.net.lost) : built.series;
  } else if (d.net && d.net.days.length > 0) {
    history = fromNetChanges(d.net.days, d.net.gained, d.net.lost, d.profile?.followers);
  }
  const dated = d.posts && history ? d.posts.map((p) => withFollowers(p, history!)) : d.posts;
  // No follower count at the post's date: the roster's (current) count is the best known.
  const known = d.profile?.followers;
  const posts = known === undefined ? dated : dated?.map((p) => (lacksFollowers(p) ? { ...p, followers: known } : p));
  const input: AccountInput = {
    handle: d.handle, platform: d.platform,
    ...(d.profile ? { profile: d.profile } : {}),
    ...(history ? { history } : {}),
    ...(posts ? { posts } : {}),
    ...(postSelection ? { postSelection } : {}),
    ...(d.events.length ? { events: d.events } : {}),
    ...(d.followerSample ? { followerSample: d.followerSample } : {}),
  };
  return { input, issues: { duplicates, notes } };
}

/** Totals rebuilt from net changes per day, ending at the roster's follower count when there is one. */
function fromNetChanges(days: number[], gained: number[], lost: number[], followers: number | undefined): FollowerSeries {
  const sum = gained.reduce((a, b) => a + b, 0) - lost.reduce((a, b) => a + Math.abs(b), 0);
  return seriesFromNetChanges(days, gained, lost, followers === undefined ? undefined : followers - sum);
}

/**
 * The account's only history, a YouTube Studio-headed Subscribers column read as totals by its values alone, whose
 * level is a tenth or less of the roster's follower count: a steady channel's daily gains (900, 880, 940…) look like
 * a flat total by themselves, and read so, a viral day's gains looked like a spike then a drop.
 */
function subscribersAsNetGains(d: AccountDraft, series: FollowerSeries): { file: string; column: string; level: number; followers: number } | undefined {
  const read = d.subscribersRead;
  const followers = d.profile?.followers;
  if (!read || followers === undefined || d.history?.fileCount !== 1 || d.net) return undefined;
  const level = median(Array.from(series.followers));
  return level <= NET_GAINS_MAX_SHARE * followers ? { ...read, level, followers } : undefined;
}

/**
 * A post without its followers at publication: none given, or 0, which is how exports (Meta's among them) write a
 * count they did not measure; an account whose posts draw likes has an audience.
 */
function lacksFollowers(p: PostRecord): boolean {
  return p.followers === undefined || p.followers === 0;
}

/** Followers on the post's day: the last history point on or before it (the first point if the post is older). */
function withFollowers(p: PostRecord, h: FollowerSeries): PostRecord {
  if (!lacksFollowers(p) || h.relativeTotals || h.days.length === 0) return p;
  let lo = 0, hi = h.days.length - 1, at = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (h.days[mid]! <= p.day) { at = mid; lo = mid + 1; } else hi = mid - 1;
  }
  const f = h.followers[at];
  return f === undefined || Number.isNaN(f) ? p : { ...p, followers: f };
}
