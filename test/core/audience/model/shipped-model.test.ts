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
  it('is version 1, with its provenance and the knots featuresOf uses', () => {
    expect(FOLLOWERS_MODEL.version).toBe(1);
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

  it.each(platforms)('%s: covers every feature set a reader can produce that has a count', (_, model) => {
    const known = new Set(model.subModels.flatMap((s) => Object.keys(s.terms)));
    fc.assert(fc.property(fc.subarray([...MODEL_FEATURES], { minLength: 1 }), (present) => {
      const s = subModelFor(present, model);
      if (!present.some((f) => COUNTS.includes(f))) return;
      expect(s).toBeDefined();
      // With all three counts the sub-model reads everything the export has that this platform's model knows.
      if (COUNTS.every((c) => present.includes(c))) expect(Object.keys(s!.terms).sort()).toEqual(present.filter((f) => known.has(f)).sort());
    }), { numRuns: 300 });
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
    expect(magi.contributions.map((c) => c.feature)).toEqual(['followers', 'following', 'posts', 'profile-pic', 'private']);
    const real = scoreFollower({ posts: 120, following: 400, followers: 650, hasProfilePic: true, isPrivate: true, bioLength: 40, usernameDigits: 0, usernameLength: 9 }, ig)!;
    expect(real.class).toBe('real');
    expect(followerModelFor('tiktok')).toBe(ig);
    expect(followerModelFor('x')).toBe(FOLLOWERS_MODEL.platforms.x);
  });
});
