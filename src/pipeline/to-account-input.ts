import type { AccountInput, FollowerSeries, PostRecord } from '../core/account.js';
import { seriesFromNetChanges, totalsWithNetChanges } from '../core/growth/index.js';
import type { AccountDraft } from './joiner.js';
import type { RejectedRow } from '../shared/row-issues.js';

export interface DraftIssues {
  /** History rows dropped because another row gave the same day a different value. */
  duplicates: RejectedRow[];
}

/**
 * A joined draft → the core's AccountInput: history sorted and merged (conflicting duplicate days reported),
 * net changes summed into totals (anchored on the roster's follower count when there is one), and each post given
 * the followers at its date from the history when the export itself had none, else the roster's follower count.
 */
export function toAccountInput(d: AccountDraft, postSelection: AccountInput['postSelection']): { input: AccountInput; issues: DraftIssues } {
  const duplicates: RejectedRow[] = [];
  let history: FollowerSeries | undefined;
  if (d.history && d.history.length > 0) {
    const built = d.history.finish();
    // Net changes of the same account fill the days the totals do not cover, rather than being dropped.
    history = d.net && d.net.days.length > 0 ? totalsWithNetChanges(built.series, d.net.days, d.net.gained, d.net.lost) : built.series;
    for (const dup of built.duplicates) {
      const differs = dup.following
        ? `a different following count (${dup.following.dropped} vs ${dup.following.kept})`
        : `a different follower count (${dup.dropped} vs ${dup.kept})`;
      duplicates.push({
        file: dup.file, line: dup.line, column: dup.column, value: String(dup.dropped),
        reason: `duplicate date for ${d.handle} with ${differs}; kept ${dup.keptAt}`,
      });
    }
  } else if (d.net && d.net.days.length > 0) {
    const sum = d.net.gained.reduce((a, b) => a + b, 0) - d.net.lost.reduce((a, b) => a + Math.abs(b), 0);
    const start = d.profile?.followers === undefined ? undefined : d.profile.followers - sum;
    history = seriesFromNetChanges(d.net.days, d.net.gained, d.net.lost, start);
  }
  const dated = d.posts && history ? d.posts.map((p) => withFollowers(p, history!)) : d.posts;
  // No follower count at the post's date: the roster's (current) count is the best known.
  const known = d.profile?.followers;
  const posts = known === undefined ? dated : dated?.map((p) => (p.followers === undefined ? { ...p, followers: known } : p));
  const input: AccountInput = {
    handle: d.handle, platform: d.platform,
    ...(d.profile ? { profile: d.profile } : {}),
    ...(history ? { history } : {}),
    ...(posts ? { posts } : {}),
    ...(postSelection ? { postSelection } : {}),
    ...(d.events.length ? { events: d.events } : {}),
    ...(d.followerSample ? { followerSample: d.followerSample } : {}),
  };
  return { input, issues: { duplicates } };
}

/** Followers on the post's day: the last history point on or before it (the first point if the post is older). */
function withFollowers(p: PostRecord, h: FollowerSeries): PostRecord {
  if (p.followers !== undefined || h.relativeTotals || h.days.length === 0) return p;
  let lo = 0, hi = h.days.length - 1, at = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (h.days[mid]! <= p.day) { at = mid; lo = mid + 1; } else hi = mid - 1;
  }
  const f = h.followers[at];
  return f === undefined || Number.isNaN(f) ? p : { ...p, followers: f };
}
