import { describe, expect, it } from 'vitest';
import type { PostRecord } from '../../../src/core/account.js';
import type { Platform } from '../../../src/core/platform.js';
import type { SignalStatus } from '../../../src/core/signal.js';
import {
  auditPosts,
  COMMENT_LIKE_RATIO,
  IMPOSSIBLE_METRICS,
  LIKE_BURST,
  LIKE_UNIFORMITY,
  POST_SIGNALS,
} from '../../../src/core/posts/index.js';
import { boost, DAY0, isoOf, organic, rng, xAccount } from './build.js';

/** 800 likes a post topped up from packs, 0–3 comments (the caleydimmock.com account), reach stuck. */
function boughtAccount(): PostRecord[] {
  const rand = rng(11);
  return organic({ seed: 11 }).map((p) => ({ ...p, likes: 790 + Math.round(20 * rand()), comments: Math.floor(4 * rand()), reach: 3_000 }));
}

/** YouTube Studio "Table data": one row per video, views and impressions, no likes or comments columns. */
function studioTable(): PostRecord[] {
  return Array.from({ length: 12 }, (_, i) => ({
    day: DAY0 + 3 * i,
    published: isoOf(DAY0 + 3 * i),
    id: `vid${String(i).padStart(8, '0')}`,
    views: [30_331, 5_051, 4_717, 812, 40, 4, 0, 220, 1_904, 66, 3_010, 97][i]!,
    impressions: [456, 316, 173, 90, 12, 1, 0, 35, 200, 10, 480, 22][i]!,
  }));
}

type Expect = Partial<Record<string, SignalStatus>>;

describe('auditPosts: whole accounts', () => {
  it.each<[string, Platform, PostRecord[], Expect, 'measured' | 'skip']>([
    [
      'clean account with one viral post: every signal passes',
      'instagram',
      boost(organic({ seed: 4 }), [12], { likes: 12, comments: 8, reach: 15, views: 15 }),
      { [IMPOSSIBLE_METRICS]: 'pass', [LIKE_BURST]: 'pass', [LIKE_UNIFORMITY]: 'pass', [COMMENT_LIKE_RATIO]: 'pass' },
      'measured',
    ],
    ['bought likes on a few posts', 'instagram', boost(organic({ seed: 4 }), [7, 19], { likes: 9 }), { [LIKE_BURST]: 'flag', [COMMENT_LIKE_RATIO]: 'pass' }, 'measured'],
    ['pod: many short comments on every post', 'instagram', organic({ commentShare: 0.35, seed: 6 }), { [COMMENT_LIKE_RATIO]: 'flag', [LIKE_BURST]: 'pass' }, 'measured'],
    ['steady bought likes without comments', 'instagram', boughtAccount(), { [LIKE_UNIFORMITY]: 'flag', [COMMENT_LIKE_RATIO]: 'flag', [IMPOSSIBLE_METRICS]: 'pass' }, 'measured'],
    [
      'likes above views on two posts',
      'tiktok',
      organic({ seed: 8 }).map((p, i) => ({ ...p, shares: 10, views: i === 3 || i === 9 ? 100 : p.views })),
      { [IMPOSSIBLE_METRICS]: 'flag' },
      'measured',
    ],
    [
      'YouTube Studio table: views but no likes',
      'youtube',
      studioTable(),
      { [IMPOSSIBLE_METRICS]: 'skip', [LIKE_BURST]: 'skip', [LIKE_UNIFORMITY]: 'skip', [COMMENT_LIKE_RATIO]: 'skip' },
      'skip',
    ],
    ['X Analytics posts with impressions', 'x', xAccount(), { [IMPOSSIBLE_METRICS]: 'pass', [LIKE_BURST]: 'pass' }, 'measured'],
  ])('%s', (_name, platform, posts, expected, engagement) => {
    const audit = auditPosts(posts, platform);
    const statuses = Object.fromEntries(audit.signals.map((s) => [s.id, s.status]));
    expect(statuses).toMatchObject(expected);
    expect('skip' in audit.engagement ? 'skip' : 'measured').toBe(engagement);
  });

  it('leaves impossible posts out of the rate it reports', () => {
    const posts = organic({ seed: 8 }).map((p, i) => ({ ...p, shares: 10, views: i === 3 || i === 9 ? 100 : p.views }));
    const { engagement } = auditPosts(posts, 'tiktok');
    if ('skip' in engagement) throw new Error(engagement.skip);
    expect(engagement.postsUsed).toBe(28);
    expect(engagement.inputs.leftOut).toMatchObject({ impossible: 2 });
  });

  it('says why a YouTube Studio table cannot give a rate', () => {
    const { engagement } = auditPosts(studioTable(), 'youtube');
    expect(engagement).toEqual({
      skip: 'youtube engagement is (likes + comments) / views or followers, but none of the 12 posts has likes or comments: the export lacks those columns',
    });
  });

  it('measures and judges the same newest posts', () => {
    const posts = organic({ n: 45 });
    const audit = auditPosts(posts, 'instagram');
    expect(audit.posts).toHaveLength(30);
    expect(audit.posts[0]?.day).toBe(posts[15]?.day);
    const { engagement } = audit;
    expect('skip' in engagement ? 0 : engagement.postsUsed).toBe(30);
    expect(auditPosts(posts, 'instagram', { selection: { sinceDay: DAY0 + 80 } }).posts).toHaveLength(5);
  });

  it('runs every signal once, with distinct stable ids', () => {
    const ids = auditPosts(organic(), 'instagram').signals.map((s) => s.id);
    expect(ids).toEqual([IMPOSSIBLE_METRICS, LIKE_BURST, LIKE_UNIFORMITY, COMMENT_LIKE_RATIO]);
    expect(POST_SIGNALS).toHaveLength(4);
  });
});

describe('auditPosts: a start date after every post', () => {
  it('says how many posts there were and the newest one\'s date, not just "no posts"', () => {
    const posts = studioTable().map((p, i) => ({ ...p, likes: 100 + i, comments: 5 }));
    const newest = Math.max(...posts.map((p) => p.day));
    const audit = auditPosts(posts, 'youtube', { selection: { sinceDay: newest + 30 } });
    expect(audit.posts).toEqual([]);
    expect(audit.engagement).toEqual({ skip: `none of the 12 posts is from ${isoOf(newest + 30)} or later; the newest is from ${isoOf(newest)}` });
  });

  it('posts with no date, or a selection emptied otherwise, keep the measure\'s own reason', () => {
    const undated = studioTable().map((p) => ({ ...p, day: NaN, likes: 100, comments: 5 }));
    expect(auditPosts(undated, 'youtube', { selection: { sinceDay: DAY0 } }).engagement).toEqual({ skip: expect.not.stringContaining('or later') });
    const dated = studioTable().map((p) => ({ ...p, likes: 100, comments: 5 }));
    expect(auditPosts(dated, 'youtube', { selection: { sinceDay: DAY0, lastN: 0 } }).engagement).toEqual({ skip: expect.not.stringContaining('or later') });
  });
});
