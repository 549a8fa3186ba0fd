import { describe, expect, it } from 'vitest';
import type { FollowerSeries } from '../../../src/core/account.js';
import { DEFAULT_GROWTH, growthSignals, type GrowthContext } from '../../../src/core/growth/index.js';
import type { Signal } from '../../../src/core/signal.js';
import { daily, JAN1, spread } from './build.js';

function signal(id: string, s: FollowerSeries, ctx?: GrowthContext, events = [] as { day: number; label: string }[]): Signal {
  const found = growthSignals(s, events, DEFAULT_GROWTH, ctx).find((x) => x.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

function withFollowing(s: FollowerSeries, following: (d: number) => number): FollowerSeries {
  return { ...s, following: Float64Array.from(s.days, (day) => following(day - JAN1)) };
}

/** Posts every 3 days from day 0 with `before` interactions until `switchDay`, then `after`; a little wobble. */
function posts(switchDay: number, before: number, after: number): GrowthContext {
  const days: number[] = [];
  const interactions: number[] = [];
  for (let d = 0; d < 90; d += 3) {
    days.push(JAN1 + d);
    interactions.push((d <= switchDay ? before : after) * (1 + ((d % 7) - 3) / 100));
  }
  return { engagementTrend: { days, interactions } };
}

describe('growthSignals', () => {
  it('returns the four signals in the contract order', () => {
    expect(growthSignals(daily(), [], DEFAULT_GROWTH).map((s) => s.id)).toEqual([
      'growth-spike-drop',
      'growth-spike',
      'following-jump',
      'growth-engagement-mismatch',
    ]);
  });
});

describe('growth-spike', () => {
  const jump = daily({ extra: { 30: 12_000 } });
  it.each([
    { name: 'steady growth', series: daily(), events: [], status: 'pass' },
    { name: 'viral bump spread over days', series: daily({ extra: { 30: 3000, 31: 2000, 32: 1200 } }), events: [], status: 'pass' },
    { name: '+12,000 (24 %) in one day, kept, unexplained', series: jump, events: [], status: 'flag' },
    { name: 'the same jump with a known TV appearance', series: jump, events: [{ day: JAN1 + 30, label: 'TV' }], status: 'pass' },
    { name: 'a big jump under the 5K ads ceiling', series: daily({ start: 10_000, perDay: 8, noise: 2, extra: { 30: 3000 } }), events: [], status: 'pass' },
    { name: 'a spike that was given back belongs to growth-spike-drop', series: daily({ extra: { 30: 12_000, ...spread(31, 4, -6000) } }), events: [], status: 'pass' },
  ])('$name → $status', ({ series, events, status }) => {
    const s = signal('growth-spike', series, undefined, events);
    expect(s.status).toBe(status);
    expect(s.severity).toBeLessThanOrEqual(0.3);
  });

  it('names the day and the share', () => {
    expect(signal('growth-spike', jump).message).toMatch(/^1 spike\(s\) kept their followers; largest 12,0\d\d\/day by 2026-01-31 \(2\d % of followers\): more than ads/);
  });
});

describe('following-jump', () => {
  it.each([
    { name: 'no following column', series: daily(), status: 'skip' },
    { name: 'following known on too few points', series: withFollowing(daily(), (d) => (d % 20 === 0 ? 800 : NaN)), status: 'skip' },
    { name: 'steady following', series: withFollowing(daily(), (d) => 800 + Math.floor(d / 10)), status: 'pass' },
    { name: 'mass follow: +3,000 in a day', series: withFollowing(daily(), (d) => (d < 40 ? 800 : 3800)), status: 'flag', change: 3000 },
    { name: 'mass unfollow: 7,000 → 900', series: withFollowing(daily(), (d) => (d < 40 ? 7000 : 900)), status: 'flag', change: -6100 },
    { name: 'campaign over three days counts once', series: withFollowing(daily(), (d) => 800 + 900 * Math.min(3, Math.max(0, d - 39))), status: 'flag', change: 2700 },
    { name: 'a small account following 40 more', series: withFollowing(daily(), (d) => (d < 40 ? 100 : 140)), status: 'pass' },
  ])('$name → $status', ({ series, status, change }) => {
    const s = signal('following-jump', series);
    expect(s.status).toBe(status);
    if (change !== undefined) expect(s.evidence.change).toBe(change);
  });

  it('says who was followed when', () => {
    const s = signal('following-jump', withFollowing(daily(), (d) => (d < 40 ? 800 : 3800)));
    expect(s.message).toBe('followed 3,000 accounts on 2026-02-10 (from 800 to 3,800, 79 %)');
  });
});

describe('growth-engagement-mismatch', () => {
  const spike = daily({ extra: { 45: 15_000 } }); // +29 % on 2026-02-15
  it.each([
    { name: 'no posts export', series: spike, ctx: undefined, status: 'skip' },
    { name: 'series too short', series: daily({ days: 5 }), ctx: posts(45, 1000, 1000), status: 'skip' },
    { name: 'no spike to compare against', series: daily(), ctx: posts(45, 1000, 1000), status: 'pass' },
    { name: 'followers +29 %, interactions flat', series: spike, ctx: posts(45, 1000, 1000), status: 'flag' },
    { name: 'followers +29 %, interactions +30 %', series: spike, ctx: posts(45, 1000, 1300), status: 'pass' },
    { name: 'too few posts after the spike', series: spike, ctx: { engagementTrend: { days: [JAN1 + 40, JAN1 + 41, JAN1 + 42, JAN1 + 50], interactions: [1, 2, 3, 4] } }, status: 'skip' },
  ])('$name → $status', ({ series, ctx, status }) => {
    expect(signal('growth-engagement-mismatch', series, ctx).status).toBe(status);
  });

  it('an excused spike is not held against engagement', () => {
    const s = signal('growth-engagement-mismatch', spike, posts(45, 1000, 1000), [{ day: JAN1 + 45, label: 'giveaway' }]);
    expect(s.status).toBe('pass');
  });

  it('gives the medians either side', () => {
    const s = signal('growth-engagement-mismatch', spike, posts(45, 1000, 1000));
    expect(s.evidence).toMatchObject({ spikeDate: '2026-02-15', postsBefore: 10, postsAfter: 10 });
    expect(s.message).toBe(
      'followers +29 % by 2026-02-15, median interactions per post 995 → 1,005 (+1.0 %) over 30 days either side: the new followers do not interact',
    );
  });
});
