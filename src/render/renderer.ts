import type { DisappearedAccount, ScoredAccount } from '../shared/account-change.js';
import type { FollowerOut, FollowersSummary, InfluencerAudience } from '../shared/followers-output.js';
import type { CellWarning, IssueList, RejectedRow } from '../shared/row-issues.js';
import type { RunSummary } from '../shared/run-summary.js';

/**
 * Every command's output, in every format, is a document of three parts returned as text, so it streams: `begin`
 * before the first item, `item` for each item as it comes (an account scored, a follower classified), and `end`
 * with what only the whole run knows (the summary, the rejected rows, the audiences of the samples). `end` gives its
 * text in pieces, made as they are written: a tail listing 100,000 rejected rows is never one string.
 */
export interface Renderer<Item, Tail> {
  begin(): string;
  item(x: Item): string;
  end(tail: Tail): Pieces;
}

/** Text in pieces: an array, or a generator that makes each as it is asked for (never a string, which iterates by character). */
export type Pieces = readonly string[] | Generator<string, void, undefined>;

/** What closes a score document. */
export interface ScoreTail {
  summary: RunSummary;
  rejected: IssueList<RejectedRow>;
  warnings: IssueList<CellWarning>;
  /** With `--baseline`: its accounts this run did not see. */
  disappeared?: readonly DisappearedAccount[];
  /** The day follower account ages were counted to (`--as-of`, else today), ISO: only when a run counted one. */
  asOf?: string;
  /** What the run assumed about its inputs, as said on stderr (Diagnostics.notes). */
  notes?: readonly string[];
  /** Set when the run failed after its output began: the document closes saying so (exit 2). */
  error?: string;
}
export type ScoreRenderer = Renderer<ScoredAccount, ScoreTail>;

/** What closes a followers document. */
export interface FollowersTail {
  influencers: readonly InfluencerAudience[];
  summary: FollowersSummary;
  rejected: IssueList<RejectedRow>;
  warnings: IssueList<CellWarning>;
  /** As in ScoreTail. */
  asOf?: string;
  /** As in ScoreTail. */
  notes?: readonly string[];
  /** As in ScoreTail. */
  error?: string;
}
export type FollowersRenderer = Renderer<FollowerOut, FollowersTail>;
