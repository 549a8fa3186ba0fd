import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FollowerSeries, KnownEvent } from '../../../src/core/account.js';
import { DEFAULT_GROWTH, growthSignals, sortAndMergeSeries, type GrowthContext, type GrowthThresholds } from '../../../src/core/growth/index.js';
import { JAN1 } from './build.js';

/** Series of 1–61 points with proportional noise (none to 1 %/step), gaps of 1–7 days, sometimes a spike with a give-back, sometimes following. */
// fc.double is uniform over float bit patterns (mostly tiny values): draw thousandths instead.
const thousandths = (min: number, max: number) => fc.integer({ min, max }).map((x) => x / 1000);

// noBias: fast-check's bias toward 0 and small arrays would make nearly every series flat and never flag.
const seriesArb = fc
  .noBias(fc.record({
    start: fc.integer({ min: 0, max: 3_000_000 }),
    noise: fc.constantFrom(0, 0.0005, 0.002, 0.01),
    steps: fc.array(fc.record({ gap: fc.integer({ min: 1, max: 7 }), change: thousandths(-1000, 2000) }), { maxLength: 60, size: 'max' }),
    spike: fc.option(fc.record({ at: fc.nat(), share: thousandths(0, 500), back: thousandths(0, 1000) })),
    following: fc.option(fc.record({ base: fc.integer({ min: 0, max: 8000 }), at: fc.nat(60), jump: fc.integer({ min: -4000, max: 4000 }) })),
  }))
  .map(({ start, noise, steps, spike, following }): FollowerSeries => {
    const days = [JAN1];
    const followers = [start];
    steps.forEach((s, i) => {
      let total = followers[i]! * (1 + noise * s.change);
      if (spike && i === spike.at % Math.max(1, steps.length)) total += spike.share * followers[i]!;
      if (spike && i === (spike.at % Math.max(1, steps.length)) + 1) total -= spike.back * spike.share * followers[i - 1]!;
      days.push(days[i]! + s.gap);
      followers.push(Math.round(total));
    });
    const out: FollowerSeries = { days: Int32Array.from(days), followers: Float64Array.from(followers) };
    if (following) out.following = Float64Array.from(days, (_, i) => Math.max(0, following.base + (i >= following.at ? following.jump : 0) + (i % 3)));
    return out;
  });

const eventArb = fc.record({ day: fc.integer({ min: JAN1 - 5, max: JAN1 + 430 }), label: fc.constantFrom('giveaway', 'ad', 'TV') });

const contextArb: fc.Arbitrary<GrowthContext | undefined> = fc.option(
  fc
    .noBias(fc.array(fc.record({ day: fc.integer({ min: JAN1, max: JAN1 + 420 }), n: fc.integer({ min: 0, max: 5000 }) }), { maxLength: 300, size: 'max' }))
    .map((posts) => ({ engagementTrend: { days: posts.map((p) => p.day), interactions: posts.map((p) => p.n) } })),
  { nil: undefined },
);

function scaled(s: FollowerSeries, c: number): FollowerSeries {
  const out: FollowerSeries = { days: s.days, followers: s.followers.map((v) => v * c) };
  if (s.following) out.following = s.following.map((v) => v * c);
  return out;
}

describe('growth properties', () => {
  it('severity is always in [0, 1]; only flags have one', () => {
    const flagged = new Set<string>();
    fc.assert(
      fc.property(seriesArb, fc.array(eventArb, { maxLength: 3 }), contextArb, (s, events, ctx) => {
        for (const sig of growthSignals(s, events, DEFAULT_GROWTH, ctx)) {
          expect(sig.severity).toBeGreaterThanOrEqual(0);
          expect(sig.severity).toBeLessThanOrEqual(1);
          expect(sig.status === 'flag').toBe(sig.severity > 0);
          if (sig.status === 'flag') flagged.add(sig.id);
        }
      }),
      { numRuns: 400 },
    );
    // Not vacuous: the generated series make every signal flag at least once.
    expect([...flagged].sort()).toEqual(['following-jump', 'growth-engagement-mismatch', 'growth-spike', 'growth-spike-drop']);
  });

  it('adding a known event never raises any severity', () => {
    fc.assert(
      fc.property(seriesArb, fc.array(eventArb, { maxLength: 2 }), eventArb, contextArb, (s, events, extra, ctx) => {
        const without = growthSignals(s, events, DEFAULT_GROWTH, ctx);
        const withIt = growthSignals(s, [...events, extra] as KnownEvent[], DEFAULT_GROWTH, ctx);
        withIt.forEach((sig, i) => expect(sig.severity).toBeLessThanOrEqual(without[i]!.severity));
      }),
      { numRuns: 400 },
    );
  });

  // Every share threshold is scale-free; the absolute minimums (100 followers, 300 follows, 5K/day ads) are not,
  // so they are set to 0 here. Powers of two scale floats exactly, so no comparison can flip on rounding.
  it('scaling a series by a constant does not change any status (absolute minimums off)', () => {
    const t: GrowthThresholds = { ...DEFAULT_GROWTH, minSpikeGain: 0, followingJumpMinCount: 0, adsMaxGainPerDay: 0 };
    fc.assert(
      fc.property(seriesArb, fc.array(eventArb, { maxLength: 2 }), contextArb, fc.integer({ min: -6, max: 12 }), (s, events, ctx, k) => {
        const base = growthSignals(s, events, t, ctx).map((x) => x.status);
        expect(growthSignals(scaled(s, 2 ** k), events, t, ctx).map((x) => x.status)).toEqual(base);
      }),
      { numRuns: 400 },
    );
  });

  it('with the default thresholds, status is scale-invariant while every spike stays above 100 followers', () => {
    fc.assert(
      fc.property(seriesArb, fc.integer({ min: 1, max: 8 }), (s, k) => {
        fc.pre(s.followers.every((v) => v >= 50_000)); // 2 % of 50,000 = 1,000 ≥ 100: the minimum never binds
        const status = (x: FollowerSeries) => growthSignals({ days: x.days, followers: x.followers }, [], DEFAULT_GROWTH)[0]!.status;
        expect(status(scaled(s, 2 ** k))).toBe(status(s));
      }),
      { numRuns: 200 },
    );
  });

  it('sortAndMergeSeries always yields strictly ascending unique days', () => {
    const pointArb = fc.record({ day: fc.integer({ min: 0, max: 40 }), followers: fc.integer({ min: 0, max: 100 }) });
    fc.assert(
      fc.property(fc.array(pointArb, { maxLength: 60 }), (points) => {
        const { series } = sortAndMergeSeries(points);
        expect(series.days.length).toBe(new Set(points.map((p) => p.day)).size);
        for (let i = 1; i < series.days.length; i++) expect(series.days[i]!).toBeGreaterThan(series.days[i - 1]!);
      }),
    );
  });
});
