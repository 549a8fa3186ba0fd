import type { DisappearedAccount, ScoredAccount } from '../shared/account-change.js';
import type { FollowerOut, FollowersSummary, InfluencerAudience } from '../shared/followers-output.js';
import type { CellWarning, RejectedRow } from '../shared/row-issues.js';
import type { RunSummary } from '../shared/run-summary.js';

/**
 * Every command's output, in every format, is a document of three parts returned as text, so it streams: `begin`
 * before the first item, `item` for each item as it comes (an account scored, a follower classified), and `end`
 * with what only the whole run knows (the summary, the rejected rows, the audiences of the samples).
 */
export interface Renderer<Item, Tail> {
  begin(): string;
  item(x: Item): string;
  end(tail: Tail): string;
}

/** What closes a score document. */
export interface ScoreTail {
  summary: RunSummary;
  rejected: readonly RejectedRow[];
  warnings: readonly CellWarning[];
  /** With `--baseline`: its accounts this run did not see. */
  disappeared?: readonly DisappearedAccount[];
}
export type ScoreRenderer = Renderer<ScoredAccount, ScoreTail>;

/** What closes a followers document. */
export interface FollowersTail {
  influencers: readonly InfluencerAudience[];
  summary: FollowersSummary;
  rejected: readonly RejectedRow[];
  warnings: readonly CellWarning[];
}
export type FollowersRenderer = Renderer<FollowerOut, FollowersTail>;
