import { describe, expect, it } from 'vitest';
import type { FollowerSeries, KnownEvent } from '../../../src/core/account.js';
import { DEFAULT_GROWTH, growthSignals } from '../../../src/core/growth/index.js';
import type { Signal } from '../../../src/core/signal.js';
import { daily, JAN1, spread } from './build.js';

const spikeDrop = (s: FollowerSeries, events: KnownEvent[] = []): Signal => growthSignals(s, events, DEFAULT_GROWTH)[0]!;
const bought = { 30: 6000, ...spread(31, 5, -2500) };

describe('growth-spike-drop', () => {
  it.each([
    { name: 'bought: +6,000 in a day, 2,500 lost over 5 days', series: daily({ extra: bought }), events: [], status: 'flag', spikeDate: '2026-01-31', days: 6 },
    { name: 'giveaway on the spike day is excused', series: daily({ extra: bought }), events: [{ day: JAN1 + 30, label: 'giveaway' }], status: 'pass', excused: 'giveaway' },
    { name: 'event a day after still excuses (time zones)', series: daily({ extra: bought }), events: [{ day: JAN1 + 31, label: 'shoutout' }], status: 'pass', excused: 'shoutout' },
    { name: 'event three days away does not excuse', series: daily({ extra: bought }), events: [{ day: JAN1 + 33, label: 'ad' }], status: 'flag', spikeDate: '2026-01-31', days: 6 },
    { name: 'viral bump over five days, no drop', series: daily({ extra: { 30: 3000, 31: 2000, 32: 1200, 33: 700, 34: 400 } }), events: [], status: 'pass' },
    { name: 'steady growth', series: daily(), events: [], status: 'pass' },
    { name: 'steady decline', series: daily({ perDay: -60 }), events: [], status: 'pass' },
    {
      name: 'weekly snapshots, a 14-day gap, a purchase between snapshots',
      series: daily({ days: 140, every: 7, missing: [14], extra: { 31: 8000, ...spread(34, 6, -3500) } }),
      events: [],
      status: 'flag',
      spikeDate: '2026-02-05',
      days: 7,
    },
    { name: 'platform-wide purge: −1.5 % in one day, no spike before', series: daily({ extra: { 40: -780 } }), events: [], status: 'pass' },
    { name: 'shrinking account keeps declining after a jump', series: daily({ perDay: -50, extra: { 30: 5000 } }), events: [], status: 'pass' },
    { name: 'tiny account: 4 % but under the 100-follower minimum', series: daily({ start: 2000, perDay: 2, noise: 1, extra: { 30: 80, ...spread(31, 3, -40) } }), events: [], status: 'pass' },
    { name: 'too short: 6 points', series: daily({ days: 6 }), events: [], status: 'skip' },
    { name: 'too short: 10 points over 9 days', series: daily({ days: 10 }), events: [], status: 'skip' },
  ])('$name → $status', ({ series, events, status, spikeDate, days, excused }) => {
    const s = spikeDrop(series, events);
    expect(s.id).toBe('growth-spike-drop');
    expect(s.status).toBe(status);
    if (spikeDate !== undefined) expect(s.evidence).toMatchObject({ spikeDate, days });
    if (excused !== undefined) {
      expect(s.evidence.excused).toBe(excused);
      expect(s.message).toContain(`excused: ${excused}`);
    }
  });

  it('says the numbers: gain, date, baseline, drop and days, checkable by hand', () => {
    const s = spikeDrop(daily({ extra: bought }));
    // Totals around the spike: 51,202 → 57,252, then down to 54,982 six days later; median rate is +38/day.
    expect(s.evidence).toMatchObject({
      spikeDate: '2026-01-31',
      fromDate: '2026-01-30',
      gain: 6050,
      baselinePerDay: 38,
      followersBefore: 51202,
      // Against the trend: 57,252 + 6 × 38 − 54,982; the raw net change is −2,270.
      drop: 2498,
      dropNet: -2270,
      days: 6,
    });
    expect(s.message).toBe(
      'gained 6,050 followers on 2026-01-31 (baseline +38/day; 12 % of 51,202), then lost 2,498 against the trend within 6 days (42 % of the gain, net -2,270)',
    );
    expect(s.explain?.().formula).toContain('median');
    expect(s.severity).toBeGreaterThan(0.6);
  });

  it('lists every spike and reports the worst on top', () => {
    const s = spikeDrop(daily({ extra: { ...bought, 60: 20_000, ...spread(61, 4, -9000) } }));
    expect(s.status).toBe('flag');
    expect(s.evidence.spikeDate).toBe('2026-03-02');
    expect(s.evidence.spikes).toHaveLength(2);
    expect(s.message).toContain('1 more spike(s) with a drop');
  });

  it('a bigger share given back is more severe', () => {
    const mild = spikeDrop(daily({ extra: { 30: 6000, ...spread(31, 5, -1000) } }));
    const harsh = spikeDrop(daily({ extra: { 30: 6000, ...spread(31, 5, -3000) } }));
    expect(mild.status).toBe('flag');
    expect(harsh.severity).toBeGreaterThan(mild.severity);
  });

  it('a spike on the last day cannot be judged and says so', () => {
    const s = spikeDrop(daily({ days: 40, extra: { 39: 6000 } }));
    expect(s.status).toBe('pass');
    expect(s.message).toMatch(/on 2026-02-09 .*at the end of the history: no data after it$/);
  });

  it('skips with the reason when the series is too short', () => {
    const s = spikeDrop(daily({ days: 6 }));
    expect(s.message).toBe('follower history too short: 6 points over 5 days (need 8 points over 14 days)');
    expect(s.severity).toBe(0);
  });

  it('ignores unknown (NaN) totals rather than reading them as zero', () => {
    const s = daily({ extra: bought });
    s.followers[10] = NaN;
    s.followers[50] = NaN;
    expect(spikeDrop(s).status).toBe('flag');
  });
});
