import type { MeasuredEngagement, PostRecord } from '../account.js';
import type { Platform } from '../platform.js';
import type { Signal } from '../signal.js';
import { likeBurst } from './burst.js';
import { commentLikeRatio } from './comment-ratio.js';
import { impossibleMetrics } from './impossible.js';
import { isoDate } from './evidence.js';
import { measurePostEngagement } from './measure.js';
import type { PostSelection } from './select.js';
import { selectPosts } from './select.js';
import type { PostThresholds } from './thresholds.js';
import { DEFAULT_POSTS } from './thresholds.js';
import { likeUniformity } from './uniformity.js';

/** Every posts signal has this shape, so a scorer can run them as a list. */
export type PostSignal = (posts: readonly PostRecord[], platform: Platform, thresholds?: PostThresholds) => Signal;

/** In the order a report reads best: data problems first, then the engagement patterns. */
export const POST_SIGNALS: readonly PostSignal[] = [impossibleMetrics, likeBurst, likeUniformity, commentLikeRatio];

export interface PostsAudit {
  /** The posts measured, oldest first. */
  posts: PostRecord[];
  engagement: MeasuredEngagement | { skip: string };
  signals: Signal[];
}

/**
 * Selects the posts (newest `thresholds.lastN` unless `selection` says otherwise), measures engagement on
 * them and runs every posts signal on the same selection, so rate and signals speak of the same posts.
 */
export function auditPosts(
  posts: readonly PostRecord[],
  platform: Platform,
  opts: { thresholds?: PostThresholds; selection?: PostSelection } = {},
): PostsAudit {
  const thresholds = opts.thresholds ?? DEFAULT_POSTS;
  const selection = opts.selection ?? { lastN: thresholds.lastN };
  const selected = selectPosts(posts, selection);
  return {
    posts: selected,
    engagement: noneSince(posts, selection.sinceDay) ?? measurePostEngagement(selected, platform, { thresholds }),
    signals: POST_SIGNALS.map((signal) => signal(selected, platform, thresholds)),
  };
}

/** A start date after every dated post: said with the newest post's date, rather than "no posts". */
function noneSince(posts: readonly PostRecord[], sinceDay: number | undefined): { skip: string } | undefined {
  if (sinceDay === undefined) return undefined;
  const last = posts.reduce((max, p) => (Number.isFinite(p.day) && p.day > max ? p.day : max), -Infinity);
  if (!Number.isFinite(last) || last >= sinceDay) return undefined;
  return { skip: `none of the ${posts.length} posts is from ${isoDate(sinceDay)} or later; the newest is from ${isoDate(last)}` };
}
