import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FollowerFacts } from '../../../../src/core/audience/index.js';
import {
  featuresOf,
  MODEL_FEATURES,
  modelAudienceShare,
  scoreFollower,
  subModelFor,
  type ModelFeature,
  type PlatformModel,
  type SubModel,
} from '../../../../src/core/audience/model/index.js';

const cv = { mcc: 0.8, sensitivity: 0.9, specificity: 0.9, precision: 0.9, fakes: 100, real: 100 };
// One weight per term of featuresOf: each count has a term below its first knot, between its knots, above its last.
const counts = {
  followers: { centre: [3, 0.8, 0.5], weight: [-1, -0.5, -0.5] },
  following: { centre: [5, 0.1, 0.05], weight: [0.3, 2, 2] },
  posts: { centre: [0.6, 2, 0.3], weight: [-0.8, -0.8, -0.2] },
};
const sub = (terms: SubModel['terms'], mcc = 0.8): SubModel => ({
  intercept: -0.5, terms, thresholds: { suspicious: 0.3, likelyFake: 0.6 }, cv: { ...cv, mcc },
});
// A small hand-made model: with and without a bio, and counts only.
const withBio = sub({ ...counts, 'bio-length': { centre: [2], weight: [-0.4] } });
const noBio = sub({ ...counts, 'profile-pic': { centre: [0.9], weight: [-3] } });
const countsOnly = sub(counts);
const followersOnly = sub({ followers: counts.followers });
const MODEL: PlatformModel = { trainedOn: ['test'], rows: 200, fakes: 100, prior: 0.5, subModels: [withBio, noBio, countsOnly, followersOnly] };

const factsArb: fc.Arbitrary<FollowerFacts> = fc.record(
  {
    followers: fc.integer({ min: 0, max: 5_000_000 }),
    following: fc.integer({ min: 0, max: 8000 }),
    posts: fc.integer({ min: 0, max: 20_000 }),
    hasProfilePic: fc.boolean(),
    isPrivate: fc.boolean(),
    bioLength: fc.integer({ min: 0, max: 150 }),
    usernameLength: fc.integer({ min: 1, max: 30 }),
    accountAgeDays: fc.integer({ min: 0, max: 6000 }),
  },
  { requiredKeys: [] },
);

describe('scoreFollower', () => {
  it('scores with the sub-model for the features the export has: no bio is not an empty bio', () => {
    const without = scoreFollower({ followers: 12, following: 3000, posts: 0, hasProfilePic: false }, MODEL);
    const empty = scoreFollower({ followers: 12, following: 3000, posts: 0, hasProfilePic: false, bioLength: 0 }, MODEL);
    expect(without?.subModel).toBe(noBio);
    expect(without?.contributions.map((c) => c.feature)).toEqual(['followers', 'following', 'posts', 'profile-pic']);
    // With a bio column the larger sub-model wins on size and then on MCC; an empty bio is evidence, absence is not.
    expect(empty?.contributions.map((c) => c.feature)).toContain(empty?.subModel === withBio ? 'bio-length' : 'profile-pic');
    expect(scoreFollower({ followers: 12, following: 3000, posts: 0 }, MODEL)?.subModel).toBe(countsOnly);
  });

  it('falls back to the largest sub-model within what the export gives, and reports the rest as unused', () => {
    const s = scoreFollower({ followers: 40, isPrivate: true, bioLength: 10 }, MODEL);
    expect(s?.subModel).toBe(followersOnly);
    expect(s?.unused).toEqual(['private', 'bio-length']);
    expect(scoreFollower({ isPrivate: true, bioLength: 10 }, MODEL)).toBeUndefined();
  });

  it('contributions plus the baseline make the logit; the probability is its logistic, in [0, 1]', () => {
    fc.assert(fc.property(factsArb, (facts) => {
      const s = scoreFollower(facts, MODEL);
      if (s === undefined) return;
      const sum = s.baseline + s.contributions.reduce((t, c) => t + c.weight, 0);
      expect(sum).toBeCloseTo(s.logit, 9);
      expect(s.probability).toBeGreaterThanOrEqual(0);
      expect(s.probability).toBeLessThanOrEqual(1);
      expect(s.probability).toBeCloseTo(1 / (1 + Math.exp(-s.logit)), 12);
      const { suspicious, likelyFake } = s.subModel.thresholds;
      expect(s.class).toBe(s.probability >= likelyFake ? 'likely-fake' : s.probability >= suspicious ? 'suspicious' : 'real');
      // A feature is explained only when the export gave it.
      const present = featuresOf(facts);
      for (const c of s.contributions) expect(present[c.feature]?.value).toBe(c.value);
    }));
  });

  it('an absent feature changes nothing but the sub-model: same result as the export that never had the column', () => {
    fc.assert(fc.property(factsArb, (facts) => {
      const { bioLength: _drop, ...rest } = facts;
      expect(scoreFollower(rest, MODEL)).toEqual(scoreFollower({ ...rest, bioLength: undefined }, MODEL));
    }));
  });

  it('is monotone in each feature whose weights share one sign: more posts, more followers → less fake here', () => {
    fc.assert(fc.property(factsArb, fc.integer({ min: 1, max: 10_000 }), (facts, more) => {
      for (const key of ['posts', 'followers'] as const) {
        if (facts[key] === undefined) continue;
        const a = scoreFollower(facts, MODEL);
        const b = scoreFollower({ ...facts, [key]: (facts[key] ?? 0) + more }, MODEL);
        if (a && b) expect(b.logit).toBeLessThanOrEqual(a.logit + 1e-12);
      }
      if (facts.following !== undefined) {
        const a = scoreFollower(facts, MODEL);
        const b = scoreFollower({ ...facts, following: facts.following + more }, MODEL);
        if (a && b) expect(b.logit).toBeGreaterThanOrEqual(a.logit - 1e-12);
      }
    }));
  });
});

describe('subModelFor', () => {
  it('never picks a sub-model reading a feature the export lacks', () => {
    const subsets = fc.subarray([...MODEL_FEATURES]);
    fc.assert(fc.property(subsets, (present: ModelFeature[]) => {
      const s = subModelFor(present, MODEL);
      if (s) for (const f of Object.keys(s.terms)) expect(present).toContain(f);
    }));
  });
});

describe('modelAudienceShare', () => {
  it('gives the raw likely-fake share beside the corrected one, with the sub-models\' accuracy', () => {
    const fake = scoreFollower({ followers: 2, following: 4000, posts: 0 }, MODEL)!;
    const real = scoreFollower({ followers: 400, following: 300, posts: 80 }, MODEL)!;
    expect(fake.class).toBe('likely-fake');
    expect(real.class).toBe('real');
    const share = modelAudienceShare([...Array<typeof fake>(30).fill(fake), ...Array<typeof real>(70).fill(real)]);
    expect(share.n).toBe(100);
    expect(share.raw.share).toBeCloseTo(0.3, 12);
    expect(share.corrected.share).toBeCloseTo((0.3 + 0.9 - 1) / 0.8, 12);
    expect(share.sensitivity).toBeCloseTo(0.9, 12);
    expect(share.specificity).toBeCloseTo(0.9, 12);
    // The interval includes the sub-models' own uncertainty (cv measured on 100 fakes and 100 real accounts).
    expect(share.corrected.low).toBeLessThan(share.corrected.sampling.low);
    expect(share.corrected.high).toBeGreaterThan(share.corrected.sampling.high);
    expect(modelAudienceShare([]).corrected).toEqual({ share: 0, low: 0, high: 1, sampling: { low: 0, high: 1 } });
  });
});
