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

  it('splits each count at its published knot into log-scale terms, below and above', () => {
    expect(featuresOf({ posts: 0 }).posts).toEqual({ value: 0, x: [0, 0] });
    expect(featuresOf({ posts: 9 }).posts?.x).toEqual([Math.log(10), 0]);
    const above = featuresOf({ posts: 499 }).posts?.x ?? [];
    expect(above[0]).toBeCloseTo(Math.log1p(KNOTS.posts), 12);
    expect(above[1]).toBeCloseTo(Math.log(500) - Math.log1p(KNOTS.posts), 12);
    expect(featuresOf({ followers: 1_000_000 }).followers?.value).toBe(1_000_000);
  });

  it('reads digits ÷ length from the counts, else the ratio an export ships; bad numbers are missing', () => {
    expect(featuresOf({ usernameDigits: 3, usernameLength: 12 })['username-digits']).toEqual({ value: 0.25, x: [0.25] });
    expect(featuresOf({ usernameDigitRatio: 0.4 })['username-digits']?.value).toBe(0.4);
    expect(featuresOf({ usernameDigits: 3 })['username-digits']).toBeUndefined();
    expect(featuresOf({ followers: Number.NaN, following: -1, bioLength: 0 })).toEqual({ 'bio-length': { value: 0, x: [0] } });
  });
});
