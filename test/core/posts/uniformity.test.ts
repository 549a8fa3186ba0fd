import { describe, expect, it } from 'vitest';
import type { PostRecord } from '../../../src/core/account.js';
import { likeUniformity } from '../../../src/core/posts/index.js';
import { organic } from './build.js';

/** An account whose likes were topped up to a pack size every time: 1,000 ± a few, whatever the post. */
const packed = (jitter: readonly number[]): PostRecord[] =>
  organic({ n: jitter.length }).map((p, i) => ({ ...p, likes: 1_000 + (jitter[i] ?? 0) }));

describe('like-uniformity', () => {
  it.each([
    ['organic, heavy-tailed', 'pass', organic({ spread: 0.5 })],
    ['organic but steady (spread 0.25)', 'pass', organic({ spread: 0.25, seed: 3 })],
    ['pack of 1,000 ± 15', 'flag', packed([5, -10, 15, 0, -5, 10, -15, 3, 7, -2, 12, -8])],
    ['identical like counts', 'flag', packed(Array.from({ length: 10 }, () => 0))],
    ['too few posts', 'skip', organic({ n: 7 })],
    ['too few likes a post for the spread to mean anything', 'skip', organic({ medianLikes: 12 })],
  ])('%s → %s', (_name, status, posts) => {
    expect(likeUniformity(posts, 'instagram').status).toBe(status);
  });

  it('grades severity by how far the CV is under the floor, and names the extreme posts', () => {
    const s = likeUniformity(packed([5, -10, 15, 0, -5, 10, -15, 3, 7, -2, 12, -8]), 'instagram');
    const cv = s.evidence.cv as number;
    expect(cv).toBeGreaterThan(0);
    expect(cv).toBeLessThan(0.02);
    expect(s.severity).toBeCloseTo(1 - cv / 0.15, 2);
    expect(s.evidence.lowest).toMatchObject({ likes: 985, permalink: 'https://www.instagram.com/p/C0006x/' });
    expect(s.evidence.highest).toMatchObject({ likes: 1_015 });
    expect(s.evidence.posts).toHaveLength(10);
    expect(s.evidence.morePosts).toBe(2);
    expect(s.message).toMatch(/likes from 985 to 1,015 over 12 posts/);
  });

  it('gives identical counts full severity', () => {
    expect(likeUniformity(packed(Array.from({ length: 10 }, () => 0)), 'instagram').severity).toBe(1);
  });

  it('ignores posts without a like count rather than reading them as 0', () => {
    const posts = [...packed(Array.from({ length: 8 }, (_, i) => i)), ...organic({ n: 5 }).map(({ likes: _l, ...p }) => p)];
    const s = likeUniformity(posts, 'instagram');
    expect(s.status).toBe('flag');
    expect(s.evidence.postsWithLikes).toBe(8);
  });
});
