import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  featuresOf,
  FOLLOWERS_MODEL,
  followerModelFor,
  KNOTS,
  MODEL_FEATURES,
  scoreFollower,
  subModelFor,
  type ModelFeature,
} from '../../../../src/core/audience/model/index.js';

const COUNTS: ModelFeature[] = ['followers', 'following', 'posts'];
const platforms = Object.entries(FOLLOWERS_MODEL.platforms);
// The term count of each feature, as featuresOf makes it.
const WIDTH = featuresOf({ followers: 1, following: 1, posts: 1, hasProfilePic: true, isPrivate: true, bioLength: 1, usernameDigitRatio: 0, accountAgeDays: 1 });

describe('the shipped follower model (followers-model.json)', () => {
  it('is version 2, with its provenance and the knots featuresOf uses', () => {
    expect(FOLLOWERS_MODEL.version).toBe(2);
    expect(FOLLOWERS_MODEL.knots).toEqual(KNOTS);
    expect(FOLLOWERS_MODEL.provenance).toHaveProperty('trained');
    expect(FOLLOWERS_MODEL.provenance).toHaveProperty('missingFeatures');
    expect(JSON.stringify(FOLLOWERS_MODEL.provenance)).toMatch(/Akyon & Kalfaoglu|Fame for sale/);
  });

  it.each(platforms)('%s: every sub-model is well formed', (_, model) => {
    expect(model.prior).toBe(0.5);
    expect(model.subModels.length).toBeGreaterThan(0);
    for (const s of model.subModels) {
      expect(Number.isFinite(s.intercept)).toBe(true);
      for (const [f, w] of Object.entries(s.terms)) {
        expect(MODEL_FEATURES).toContain(f);
        const width = WIDTH[f as ModelFeature]?.x.length;
        expect(w.centre).toHaveLength(width!);
        expect(w.weight).toHaveLength(width!);
        for (const v of [...w.centre, ...w.weight]) expect(Number.isFinite(v)).toBe(true);
      }
      expect(0 < s.thresholds.suspicious && s.thresholds.suspicious <= s.thresholds.likelyFake && s.thresholds.likelyFake < 1).toBe(true);
      for (const v of [s.cv.mcc, s.cv.sensitivity, s.cv.specificity, s.cv.precision]) expect(v >= 0 && v <= 1).toBe(true);
      expect(s.cv.sensitivity + s.cv.specificity).toBeGreaterThan(1);
    }
  });

  it.each(platforms)('%s: scores any export with followers and following, reading only what it gives', (_, model) => {
    fc.assert(fc.property(fc.subarray([...MODEL_FEATURES], { minLength: 1 }), (present) => {
      const s = subModelFor(present, model);
      if (!present.includes('followers') || !present.includes('following')) return;
      expect(s).toBeDefined();
      for (const f of Object.keys(s!.terms)) expect(present).toContain(f);
      // With all three counts, at least the counts are read.
      if (COUNTS.every((c) => present.includes(c))) expect(Object.keys(s!.terms)).toEqual(expect.arrayContaining(COUNTS));
    }), { numRuns: 300 });
  });

  it('has one sub-model per export shape, no more (a small file)', () => {
    const shapes = (p: 'instagram' | 'x') => FOLLOWERS_MODEL.platforms[p].subModels.map((s) => Object.keys(s.terms).join(','));
    expect(shapes('instagram')).toEqual([
      'followers,following,posts,profile-pic,bio-length,username-digits',
      'followers,following,posts,profile-pic,bio-length',
      'followers,following,posts,profile-pic,username-digits',
      'followers,following,posts,profile-pic',
      'followers,following,posts',
      'followers,following',
    ]);
    // A Magi Metrics export (counts, picture, private, username) and the same without the username.
    const ig = followerModelFor('instagram');
    expect(Object.keys(subModelFor(['followers', 'following', 'posts', 'profile-pic', 'private', 'username-digits'], ig)!.terms)).toEqual(['followers', 'following', 'posts', 'profile-pic', 'username-digits']);
    expect(Object.keys(subModelFor(['followers', 'following', 'posts', 'profile-pic', 'private'], ig)!.terms)).toEqual(['followers', 'following', 'posts', 'profile-pic']);
    expect(new Set(shapes('x')).size).toBe(shapes('x').length);
    expect(JSON.stringify(FOLLOWERS_MODEL).length).toBeLessThan(20_000);
  });

  it.each(platforms)('%s: every weight has its published direction (monotone constraints)', (_, model) => {
    const sign: Partial<Record<ModelFeature, number>> = { followers: -1, posts: -1, 'profile-pic': -1, 'bio-length': -1, 'account-age': -1, following: 1, 'username-digits': 1 };
    for (const s of model.subModels) {
      for (const [f, w] of Object.entries(s.terms)) {
        const d = sign[f as ModelFeature];
        if (d !== undefined) for (const x of w.weight) expect(x * d).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it.each(platforms)('%s: monotone in every count whose weights share one sign', (_, model) => {
    const countArb = fc.integer({ min: 0, max: 100_000 });
    fc.assert(fc.property(fc.constantFrom(...model.subModels), countArb, countArb, countArb, fc.integer({ min: 1, max: 50_000 }), (s, followers, following, posts, more) => {
      const only = { ...model, subModels: [s] };
      const base = { followers, following, posts, hasProfilePic: true, isPrivate: false, bioLength: 10, usernameDigitRatio: 0.1, accountAgeDays: 900 };
      for (const key of COUNTS) {
        const w = s.terms[key]?.weight;
        if (!w) continue;
        const field = key as 'followers' | 'following' | 'posts';
        const a = scoreFollower(base, only)!.logit;
        const b = scoreFollower({ ...base, [field]: base[field] + more }, only)!.logit;
        if (w.every((x) => x >= 0)) expect(b).toBeGreaterThanOrEqual(a - 1e-9);
        if (w.every((x) => x <= 0)) expect(b).toBeLessThanOrEqual(a + 1e-9);
      }
    }));
  });

  it('scores a Magi Metrics row (no bio) and a full InstaFake-like row on Instagram', () => {
    const ig = followerModelFor('instagram');
    const magi = scoreFollower({ posts: 0, following: 2500, followers: 8, hasProfilePic: false, isPrivate: false }, ig)!;
    expect(magi.class).toBe('likely-fake');
    expect(magi.contributions.map((c) => c.feature)).toEqual(['followers', 'following', 'posts', 'profile-pic']);
    expect(magi.unused).toEqual(['private']);
    const real = scoreFollower({ posts: 120, following: 400, followers: 650, hasProfilePic: true, isPrivate: true, bioLength: 40, usernameDigits: 0, usernameLength: 9 }, ig)!;
    expect(real.class).toBe('real');
    expect(followerModelFor('tiktok')).toBe(ig);
    expect(followerModelFor('x')).toBe(FOLLOWERS_MODEL.platforms.x);
  });
});
