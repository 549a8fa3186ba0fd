import { describe, expect, it } from 'vitest';
import type { PostRecord } from '../../../src/core/account.js';
import { selectPosts } from '../../../src/core/posts/index.js';

const post = (day: number, published = `d${day}`, id = `${day}`): PostRecord => ({ day, published, id });
const ids = (posts: readonly PostRecord[]) => posts.map((p) => p.id);

describe('selectPosts', () => {
  // X Analytics writes newest first; Meta exports oldest first; hand-made files in any order.
  const shuffled = [post(5), post(1), post(9), post(3), post(7)];

  it.each([
    ['newest N, oldest first', { lastN: 2 }, ['7', '9']],
    ['all since a day', { sinceDay: 4 }, ['5', '7', '9']],
    ['since a day, capped to newest N', { sinceDay: 2, lastN: 3 }, ['5', '7', '9']],
    ['since a day, N larger than what is left', { sinceDay: 6, lastN: 10 }, ['7', '9']],
    ['lastN 0 keeps nothing', { lastN: 0 }, []],
    ['fractional N is floored', { lastN: 2.9 }, ['7', '9']],
    ['nothing given: every post when fewer than 30', {}, ['1', '3', '5', '7', '9']],
  ])('%s', (_name, selection, expected) => {
    expect(ids(selectPosts(shuffled, selection))).toEqual(expected);
  });

  it('keeps the newest 30 by default', () => {
    const many = Array.from({ length: 45 }, (_, i) => post(100 - i));
    const picked = selectPosts(many);
    expect(picked).toHaveLength(30);
    expect(picked[0]?.day).toBe(71);
    expect(picked[29]?.day).toBe(100);
  });

  it('orders one day by its published time, then keeps input order', () => {
    const sameDay = [
      post(10, '2021-01-30 12:56 +0000', 'late'),
      post(10, '2021-01-30 08:12 +0000', 'early'),
      post(10, '2021-01-30 08:12 +0000', 'early-twin'),
    ];
    expect(ids(selectPosts(sameDay))).toEqual(['early', 'early-twin', 'late']);
    expect(ids(selectPosts(sameDay, { lastN: 1 }))).toEqual(['late']);
  });

  it('leaves out posts with no usable day and does not mutate its input', () => {
    const input = [post(3), { ...post(2), day: Number.NaN }, post(1)];
    const copy = [...input];
    expect(ids(selectPosts(input))).toEqual(['1', '3']);
    expect(input).toEqual(copy);
  });
});
