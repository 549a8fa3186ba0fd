import { describe, expect, it } from 'vitest';
import { featuresOf, KNOTS, presentFeatures } from '../../../../src/core/audience/model/index.js';

describe('featuresOf', () => {
  it('leaves out what the export does not give: absent is not 0 and not "no"', () => {
    expect(featuresOf({})).toEqual({});
    const f = featuresOf({ followers: 0, posts: 0, hasProfilePic: false });
    expect(presentFeatures(f)).toEqual(['followers', 'posts', 'profile-pic']);
    expect(f.following).toBeUndefined();
    expect(f['bio-length']).toBeUndefined();
  });

  it('cuts ln(1 + count) at its published knots: the terms sum to ln(1 + count), each changes between its knots', () => {
    expect(KNOTS).toEqual({ followers: [30, 100], following: [1000, 1500], posts: [1, 50] });
    expect(featuresOf({ posts: 0 }).posts).toEqual({ value: 0, x: [0, 0, 0] });
    expect(featuresOf({ posts: 1 }).posts?.x).toEqual([Math.log(2), 0, 0]);
    const mid = featuresOf({ posts: 9 }).posts?.x ?? [];
    expect(mid[1]).toBeCloseTo(Math.log(10) - Math.log(2), 12);
    const above = featuresOf({ followers: 499 }).followers?.x ?? [];
    expect(above).toHaveLength(3);
    expect(above[0]).toBeCloseTo(Math.log1p(30), 12);
    expect(above[1]).toBeCloseTo(Math.log1p(100) - Math.log1p(30), 12);
    expect(above[2]).toBeCloseTo(Math.log(500) - Math.log1p(100), 12);
    for (const c of [0, 1, 7, 30, 64, 100, 1234, 1_000_000]) {
      for (const f of ['followers', 'following', 'posts'] as const) {
        const x = featuresOf({ [f]: c })[f]?.x ?? [];
        expect(x.reduce((a, b) => a + b, 0)).toBeCloseTo(Math.log1p(c), 12);
      }
    }
    expect(featuresOf({ followers: 1_000_000 }).followers?.value).toBe(1_000_000);
  });

  it('reads digits ÷ length from the counts, else the ratio an export ships; bad numbers are missing', () => {
    expect(featuresOf({ usernameDigits: 3, usernameLength: 12 })['username-digits']).toEqual({ value: 0.25, x: [0.25] });
    expect(featuresOf({ usernameDigitRatio: 0.4 })['username-digits']?.value).toBe(0.4);
    expect(featuresOf({ usernameDigits: 3 })['username-digits']).toBeUndefined();
    expect(featuresOf({ followers: Number.NaN, following: -1, bioLength: 0 })).toEqual({ 'bio-length': { value: 0, x: [0] } });
  });
});
