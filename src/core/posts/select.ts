import type { PostRecord } from '../account.js';
import { comparePosts } from './evidence.js';
import { DEFAULT_POSTS } from './thresholds.js';

export interface PostSelection {
  /** Keep the newest N posts. Default 30 (HypeAuditor's window) when `sinceDay` is not given either. */
  lastN?: number;
  /** Keep posts published on or after this day (days since 1970-01-01 UTC). */
  sinceDay?: number;
}

/**
 * The posts to measure, oldest first. With `sinceDay` only: every post since that day; with `lastN`
 * (alone or with `sinceDay`): the newest N of those; with neither: the newest `DEFAULT_POSTS.lastN`.
 *
 * Exports come newest first (X Analytics) or in any order, so posts are sorted by day here. Within one
 * day, `published` strings are compared as text, which orders the ISO-like times exports write
 * ("2021-01-30 12:56 +0000"), then permalink and id, so the choice at the cut does not depend on the
 * order rows came in; posts equal on all of these keep their input order. Posts without a finite day
 * cannot be placed in time and are left out.
 */
export function selectPosts(posts: readonly PostRecord[], selection: PostSelection = {}): PostRecord[] {
  const { sinceDay } = selection;
  const lastN = selection.lastN ?? (sinceDay === undefined ? DEFAULT_POSTS.lastN : undefined);
  const placed = posts.filter((p) => Number.isFinite(p.day) && (sinceDay === undefined || p.day >= sinceDay));
  // Array.prototype.sort is stable (ES2019), so ties on every key keep input order.
  const sorted = placed.sort(comparePosts);
  if (lastN === undefined) return sorted;
  const keep = Math.max(0, Math.floor(lastN));
  return keep === 0 ? [] : sorted.slice(-keep);
}
