import type { PostRecord } from '../account.js';
import type { Evidence, EvidenceValue } from '../signal.js';
import { roundTo } from '../signal.js';

/** Evidence lists at most this many posts, then a count: enough to check by hand, small enough for JSON. */
export const MAX_LISTED_POSTS = 10;

/**
 * Publication order: day, then the export's time text, then permalink and id. Signals sort by it before
 * anything else so that evidence lists and examples do not depend on the order rows came in.
 */
export function comparePosts(a: PostRecord, b: PostRecord): number {
  return a.day - b.day || cmp(a.published, b.published) || cmp(a.permalink ?? '', b.permalink ?? '') || cmp(a.id ?? '', b.id ?? '');
}

/** Chronological copy (stable: posts equal on every key keep their order). */
export function chronological<T extends PostRecord>(posts: readonly T[]): T[] {
  return [...posts].sort(comparePosts);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A usable count: present, finite, not negative. Anything else is missing, never 0. */
export function has(value: number | undefined): value is number {
  return value !== undefined && Number.isFinite(value) && value >= 0;
}

/** ISO date of a day number (days since 1970-01-01 UTC); pure arithmetic, no clock. */
export function isoDate(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Names a post so an analyst can find it in the CSV: the date, the publication time as the export wrote
 * it, and the permalink (or id when there is none).
 */
export function postRef(post: PostRecord): Evidence {
  const ref: Evidence = { date: isoDate(post.day), published: post.published };
  if (post.permalink !== undefined) ref.permalink = post.permalink;
  else if (post.id !== undefined) ref.id = post.id;
  return ref;
}

/** A post reference with the given numbers beside it; undefined numbers are left out, not written as null. */
export function postWith(post: PostRecord, numbers: Record<string, number | undefined>): Evidence {
  const out = postRef(post);
  for (const [key, value] of Object.entries(numbers)) {
    if (value !== undefined && Number.isFinite(value)) out[key] = roundTo(value, 4);
  }
  return out;
}

/** The first `MAX_LISTED_POSTS` entries, and how many were left off (so JSON says the list is partial). */
export function listed(entries: readonly Evidence[]): Evidence {
  const posts: EvidenceValue[] = entries.slice(0, MAX_LISTED_POSTS);
  const more = entries.length - posts.length;
  return more > 0 ? { posts, morePosts: more } : { posts };
}

/** How a post is named in a message: its date, and its permalink when the export had one. */
export function postLabel(post: PostRecord): string {
  return post.permalink !== undefined ? `${isoDate(post.day)} (${post.permalink})` : isoDate(post.day);
}

/** "1 post", "3 posts": messages are read by people. */
export function nPosts(n: number): string {
  return n === 1 ? '1 post' : `${n} posts`;
}
