import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AccountInput, ProfileFacts } from '../../src/core/account.js';
import { PLATFORMS, type Platform } from '../../src/core/platform.js';
import { scoreAccount, type AccountResult } from '../../src/core/score-account.js';
import { DEFAULT_SCORING } from '../../src/core/scoring-config.js';

const count = (max: number) => fc.integer({ min: 0, max });

/** A result with every explanation built: `explain` is a function, so two runs compare by what it returns. */
const explained = (r: AccountResult) => ({ ...r, signals: r.signals.map((s) => ({ ...s, explain: s.explain?.() })) });
const optional = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

/** Any roster profile, each field possibly missing. */
const profile: fc.Arbitrary<ProfileFacts> = fc
  .record({
    followers: optional(count(50_000_000)),
    following: optional(count(2_000_000)),
    posts: optional(count(20_000)),
    avgLikes: optional(fc.double({ min: 0, max: 5_000_000, noNaN: true })),
    avgComments: optional(fc.double({ min: 0, max: 100_000, noNaN: true })),
    avgShares: optional(fc.double({ min: 0, max: 100_000, noNaN: true })),
    avgViews: optional(fc.double({ min: 0, max: 50_000_000, noNaN: true })),
    reportedEngagementPct: optional(fc.double({ min: 0, max: 200, noNaN: true })),
    verified: optional(fc.boolean()),
  })
  .map((p) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as ProfileFacts);

const account: fc.Arbitrary<AccountInput> = fc.record({
  handle: fc.string({ minLength: 1, maxLength: 12 }),
  platform: fc.constantFrom<Platform>(...PLATFORMS),
  profile,
});

const score = (input: AccountInput) => scoreAccount(input, DEFAULT_SCORING);
const withProfile = (a: AccountInput, p: Partial<ProfileFacts>): AccountInput => ({ ...a, profile: { ...a.profile, ...p } });

describe('scoreAccount with DEFAULT_SCORING', () => {
  it('the score is an integer in 0–100, null exactly when the verdict is insufficient-data', () => {
    fc.assert(
      fc.property(account, (a) => {
        const r = score(a);
        if (r.verdict === 'insufficient-data') expect(r.score).toBeNull();
        else {
          expect(Number.isInteger(r.score)).toBe(true);
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('the verdict matches the cut-offs', () => {
    const { authenticMin, suspiciousMin } = DEFAULT_SCORING.verdict;
    fc.assert(
      fc.property(account, (a) => {
        const r = score(a);
        if (r.score === null) return;
        const expected = r.score >= authenticMin ? 'authentic' : r.score >= suspiciousMin ? 'suspicious' : 'likely-fake';
        expect(r.verdict).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('is deterministic and leaves its input alone', () => {
    fc.assert(
      fc.property(account, (a) => {
        const frozen = Object.freeze({ ...a, profile: Object.freeze({ ...a.profile }) });
        expect(explained(score(frozen))).toEqual(explained(score(structuredClone(a))));
      }),
      { numRuns: 300 },
    );
  });

  it('following more accounts (same followers) never raises the score, nor loses a verdict', () => {
    fc.assert(
      fc.property(account, count(50_000_000), count(2_000_000), count(2_000_000), (a, followers, f1, f2) => {
        const before = score(withProfile(a, { followers, following: Math.min(f1, f2) }));
        const after = score(withProfile(a, { followers, following: Math.max(f1, f2) }));
        if (before.score === null) return; // no primary signal and nothing damning: insufficient data either way
        expect(after.score).not.toBeNull();
        expect(after.score!).toBeLessThanOrEqual(before.score);
      }),
      { numRuns: 1000 },
    );
  });
});

/**
 * Followers-basis and views-basis accounts whose engagement is always computable, with a likes sweep. No comments:
 * a comments-per-like ratio moves with likes too, and is judged by its own signal.
 */
const engaged = fc.record({
  platform: fc.constantFrom<Platform>(...PLATFORMS),
  followers: fc.integer({ min: 1, max: 50_000_000 }),
  following: optional(count(2_000_000)),
  avgShares: optional(fc.double({ min: 0, max: 1_000, noNaN: true })),
  avgViews: fc.double({ min: 1, max: 50_000_000, noNaN: true }),
  verified: optional(fc.boolean()),
});

type Engaged = typeof engaged extends fc.Arbitrary<infer T> ? T : never;
/** `low`/`high`: below or above the median on every basis judged (a rate on views is judged on followers too). */
type Point = { likes: number; rate: number; median: number; low: boolean; high: boolean; logOdds: number; score: number };

function sweep(e: Engaged): Point[] {
  const onViews = e.platform === 'tiktok' || e.platform === 'youtube';
  const base = onViews ? e.avgViews : e.followers;
  const points: Point[] = [];
  for (let k = -6; k <= 3; k += 0.25) {
    const likes = k === -6 ? 0 : base * 10 ** k;
    // Posts counted: an average of 0 likes is then a real zero, not "not measured".
    const p: ProfileFacts = { followers: e.followers, posts: 50, avgLikes: likes, ...(onViews ? { avgViews: e.avgViews } : {}) };
    for (const key of ['following', 'avgShares', 'verified'] as const) if (e[key] !== undefined) Object.assign(p, { [key]: e[key] });
    const r: AccountResult = score({ handle: 'h', platform: e.platform, profile: p });
    const s = r.signals.find((x) => x.id === 'engagement-rate')!;
    expect(s.status).not.toBe('skip');
    const percentiles = [s.evidence['percentile'] as number, ...(s.evidence['otherBasis'] ? [(s.evidence['otherBasis'] as { percentile: number }).percentile] : [])];
    points.push({
      likes, rate: s.evidence['ratePct'] as number, median: s.evidence['medianPct'] as number,
      low: percentiles.every((x) => x <= 50), high: percentiles.every((x) => x >= 50),
      logOdds: s.evidence['logOdds'] as number, score: r.score!,
    });
  }
  return points;
}

describe('scoreAccount: engagement graded by rarity', () => {
  it('lowering avg likes below the median never raises the score, nor lowers the evidence', () => {
    fc.assert(
      fc.property(engaged, (e) => {
        const pts = sweep(e).filter((p) => p.low);
        for (let i = 1; i < pts.length; i++) {
          expect(pts[i - 1]!.score, `likes ${pts[i - 1]!.likes}`).toBeLessThanOrEqual(pts[i]!.score);
          expect(pts[i - 1]!.logOdds).toBeGreaterThanOrEqual(pts[i]!.logOdds);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('raising avg likes above the median never raises the score, nor lowers the evidence', () => {
    fc.assert(
      fc.property(engaged, (e) => {
        const pts = sweep(e).filter((p) => p.high);
        for (let i = 1; i < pts.length; i++) {
          expect(pts[i]!.score, `likes ${pts[i]!.likes}`).toBeLessThanOrEqual(pts[i - 1]!.score);
          expect(pts[i]!.logOdds).toBeGreaterThanOrEqual(pts[i - 1]!.logOdds);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the sweep reaches both tails (the properties above are not vacuous)', () => {
    const pts = sweep({ platform: 'instagram', followers: 500_000, avgViews: 1, following: undefined, avgShares: undefined, verified: undefined });
    expect(pts.some((p) => p.rate < p.median && p.logOdds > 0)).toBe(true);
    expect(pts.some((p) => p.rate > p.median && p.logOdds > 0)).toBe(true);
    expect(new Set(pts.map((p) => p.score)).size).toBeGreaterThan(3);
  });
});

describe('scoreAccount: more followers for the same likes never look more genuine', () => {
  // Follower counts on a fine geometric grid, crossing every tier boundary of the shipped tables.
  const sizes: number[] = [];
  for (let f = 500; f < 200_000_000; f = Math.ceil(f * 1.03)) sizes.push(f, f + 1);

  it('property: below the median, the score never rises as followers grow (no step at a tier boundary)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Platform>('instagram', 'x', 'facebook', 'tiktok', 'youtube'),
        fc.double({ min: 1, max: 1_000_000, noNaN: true }),
        fc.option(fc.double({ min: 0, max: 10_000, noNaN: true }), { nil: undefined }),
        (platform, avgLikes, avgComments) => {
          let before: { followers: number; score: number } | undefined;
          for (const followers of sizes) {
            const r = score({ handle: 'h', platform, profile: { followers, posts: 50, avgLikes, ...(avgComments === undefined ? {} : { avgComments }) } });
            const s = r.signals.find((x) => x.id === 'engagement-rate')!;
            if ((s.evidence['percentile'] as number) > 50) continue;
            if (before && followers > before.followers) expect(r.score!, `${platform} ${before.followers} → ${followers} followers, ${avgLikes} likes`).toBeLessThanOrEqual(before.score);
            before = { followers, score: r.score! };
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
