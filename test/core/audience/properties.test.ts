import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyFollower,
  DEFAULT_AUDIENCE,
  summariseAudience,
  wilsonInterval,
  zForConfidence,
  type AudienceVerdict,
  type FollowerClass,
  type FollowerFacts,
} from '../../../src/core/audience/index.js';

const T = DEFAULT_AUDIENCE;
// insufficient-sample sits between ok and suspicious: more fakes may make an ok sample inconclusive, never the reverse.
const VERDICT_RANK: Record<AudienceVerdict, number> = { ok: 0, 'insufficient-sample': 1, suspicious: 2, 'likely-fake': 3 };
// mass followers are people: the same rank as real.
const CLASS_RANK: Record<FollowerClass, number> = { real: 0, 'mass-follower': 0, suspicious: 1, 'likely-fake': 2 };

// Mostly real, like most audiences, with a fake share that varies per sample, so that every verdict turns up.
const classesArb = fc.integer({ min: 0, max: 12 }).chain((fakeWeight) =>
  fc.array(
    fc.oneof(
      { arbitrary: fc.constant<FollowerClass>('real'), weight: 12 },
      { arbitrary: fc.constant<FollowerClass>('mass-follower'), weight: 2 },
      { arbitrary: fc.constant<FollowerClass>('suspicious'), weight: 2 },
      { arbitrary: fc.constant<FollowerClass>('likely-fake'), weight: fakeWeight },
    ),
    { maxLength: 400, size: 'max' },
  ),
);
const count = fc.integer({ min: 0, max: 5_000 });
const factsArb: fc.Arbitrary<FollowerFacts> = fc.record(
  {
    followers: count,
    following: count,
    posts: count,
    hasProfilePic: fc.boolean(),
    bioLength: fc.integer({ min: 0, max: 150 }),
    hasUrl: fc.boolean(),
    usernameDigits: fc.integer({ min: 0, max: 8 }),
    usernameDigitRatio: fc.integer({ min: 0, max: 100 }).map((x) => x / 100),
    likesGiven: count,
    listed: fc.integer({ min: 0, max: 20 }),
  },
  { requiredKeys: [] },
);

describe('audience properties', () => {
  it('shares sum to 1 for any non-empty sample', () => {
    fc.assert(
      fc.property(classesArb.filter((c) => c.length > 0), (classes) => {
        const { shares } = summariseAudience(classes, T);
        const total = shares.real.share + shares.massFollower.share + shares.suspicious.share + shares.likelyFake.share;
        expect(total).toBeCloseTo(1, 12);
      }),
    );
  });

  it('a Wilson interval contains its point estimate and stays within [0, 1]', () => {
    const arb = fc.integer({ min: 1, max: 100_000 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
    const confidence = fc.constantFrom(0.8, 0.9, 0.95, 0.99, 0.999);
    fc.assert(
      fc.property(arb, confidence, ([k, n], c) => {
        const w = wilsonInterval(k, n, zForConfidence(c));
        expect(w.low).toBeGreaterThanOrEqual(0);
        expect(w.high).toBeLessThanOrEqual(1);
        expect(w.low).toBeLessThanOrEqual(w.share);
        expect(w.share).toBeLessThanOrEqual(w.high);
      }),
    );
  });

  it('more fake followers never improve the verdict', () => {
    const seen = new Set<AudienceVerdict>();
    const arb = classesArb.chain((classes) => fc.tuple(fc.constant(classes), fc.nat({ max: Math.max(0, classes.length - 1) })));
    fc.assert(
      fc.property(arb, fc.constantFrom<FollowerClass>('suspicious', 'likely-fake'), ([classes, i], worse) => {
        const before = classes[i];
        fc.pre(before !== undefined && CLASS_RANK[before] < CLASS_RANK[worse]);
        const after = classes.with(i, worse);
        const verdict = summariseAudience(classes, T).verdict;
        seen.add(verdict);
        expect(VERDICT_RANK[summariseAudience(after, T).verdict]).toBeGreaterThanOrEqual(VERDICT_RANK[verdict]);
      }),
      { numRuns: 500 },
    );
    // Not vacuous: the property was checked from every starting verdict.
    expect([...seen].sort()).toEqual(['insufficient-sample', 'likely-fake', 'ok', 'suspicious']);
  });

  it('a follower showing one more sign of fakeness is never classed better', () => {
    const worsen: ((f: FollowerFacts) => FollowerFacts)[] = [
      (f) => ({ ...f, hasProfilePic: false }),
      (f) => ({ ...f, bioLength: 0 }),
      (f) => ({ ...f, hasUrl: false }),
      (f) => ({ ...f, posts: f.posts === undefined ? undefined : Math.floor(f.posts / 10) }),
      (f) => ({ ...f, followers: f.followers === undefined ? undefined : Math.floor(f.followers / 10) }),
      (f) => ({ ...f, following: f.following === undefined ? undefined : f.following * 3 }),
      (f) => ({ ...f, likesGiven: f.likesGiven === undefined ? undefined : 0 }),
      (f) => ({ ...f, usernameDigits: (f.usernameDigits ?? 0) + 3 }),
    ];
    fc.assert(
      fc.property(factsArb, fc.nat({ max: worsen.length - 1 }), fc.constantFrom(T.rules.instagram, T.rules.x), (facts, k, config) => {
        const before = classifyFollower(facts, config);
        const after = classifyFollower(worsen[k]!(facts), config);
        expect(after.score).toBeGreaterThanOrEqual(before.score);
        expect(CLASS_RANK[after.class]).toBeGreaterThanOrEqual(CLASS_RANK[before.class]);
      }),
    );
  });

  it('missing input never counts: removing a fact can only remove the rules that read it', () => {
    fc.assert(
      fc.property(factsArb, fc.constantFrom<keyof FollowerFacts>('followers', 'following', 'posts', 'hasProfilePic', 'bioLength'), (facts, key) => {
        const full = classifyFollower(facts, T.rules.instagram);
        const less = classifyFollower({ ...facts, [key]: undefined }, T.rules.instagram);
        expect(full.rules).toEqual(expect.arrayContaining(less.rules));
      }),
    );
  });
});
