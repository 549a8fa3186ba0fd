import type { FollowerSample } from './audience/follower-sample.js';
import type { Platform } from './platform.js';
import type { RateBasis } from './norms/types.js';
import type { Evidence } from './signal.js';

/** What a roster (profiles export) says about one account. Every field is optional: missing is not zero. */
export interface ProfileFacts {
  followers?: number;
  following?: number;
  posts?: number;
  avgLikes?: number;
  avgComments?: number;
  avgShares?: number;
  avgViews?: number;
  /** Average impressions a post (X's own measure of reach). */
  avgImpressions?: number;
  /** Average interactions a post as the export counts them (X Analytics' engagements include clicks). */
  avgEngagements?: number;
  /** Average likes of the newest posts only ("new post avg likes"): 0 means no post in the window, not no likes. */
  recentAvgLikes?: number;
  /** An engagement rate the export computed itself, in percent (1.39 means 1.39 %). Definition unknown. */
  reportedEngagementPct?: number;
  /** The export's own rate over a recent window ("60-day engagement rate"), in percent. */
  recentEngagementPct?: number;
  /** A tracker's single posts' likes (`likes_post1..3`) too few to average: how many were readable, of how many. */
  postLikesTooFew?: { readable: number; of: number };
  /**
   * Headers of the row's file that no column role took: a skip for want of data names them instead of saying the
   * data is not there, since it may be, under a name not recognised.
   */
  unreadColumns?: readonly string[];
  verified?: boolean;
}

/**
 * A follower time series kept compactly: `days` are whole days since 1970-01-01 (UTC), strictly ascending
 * and unique; `followers[i]` is the total on `days[i]`. Gaps are allowed (weekly snapshots, missing days).
 */
export interface FollowerSeries {
  /** Totals rebuilt from net changes with no known starting total: spikes are sized against the final total. */
  relativeTotals?: boolean;
  days: Int32Array;
  followers: Float64Array;
  /** Totals of accounts followed, aligned with `days`; NaN where unknown. */
  following?: Float64Array;
}

/** A known event that excuses a spike (giveaway, shoutout, ad, TV): shown, never penalised. */
export interface KnownEvent {
  day: number;
  label: string;
}

/** One post, as measured by a posts export. Missing metrics are undefined, never 0. */
export interface PostRecord {
  /** Day of publication, days since 1970-01-01 UTC. */
  day: number;
  /** Publication time as written in the export, for evidence. */
  published: string;
  id?: string;
  permalink?: string;
  likes?: number;
  comments?: number;
  shares?: number;
  saves?: number;
  views?: number;
  impressions?: number;
  reach?: number;
  /** The export's own interaction total (X Analytics: also clicks and expands); kept as read, never summed into a rate. */
  engagements?: number;
  /** Followers at publication (from a joined history, a followers column, or the roster). */
  followers?: number;
}

/** An engagement rate measured for an account, ready to be compared with a norm. */
export interface MeasuredEngagement {
  source: 'roster-averages' | 'roster-recent' | 'roster-reported' | 'posts';
  /** What the interactions are divided by. */
  basis: RateBasis;
  /** The posts the rate covers, in words: "recent posts", "60 days", "the export's averages", "30 posts". */
  window: string;
  /** Why a shorter window was not used, when it was given but empty. */
  windowNote?: string;
  /** The rate that decides, in percent (for posts: the median, so one viral post does not decide). */
  ratePct: number;
  /** The mean over the same posts, in percent, reported beside the median. */
  meanPct?: number;
  /** Number of posts the rate was measured on (posts source only). */
  postsUsed?: number;
  formula: string;
  inputs: Evidence;
}

/** Everything known about one account, joined from one or more files by handle + platform. */
export interface AccountInput {
  handle: string;
  platform: Platform;
  profile?: ProfileFacts;
  history?: FollowerSeries;
  posts?: readonly PostRecord[];
  /** Which posts to measure (`--posts N`, `--since DATE`); default the newest 30. */
  postSelection?: { lastN?: number; sinceDay?: number };
  events?: readonly KnownEvent[];
  /**
   * A sample of the account's followers, each judged (`judgeFollower`, the account's platform), from a follower-sample
   * export: what `audience-quality` judges. Undefined when no sample was given.
   */
  followerSample?: FollowerSample;
}
