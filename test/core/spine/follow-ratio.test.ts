import { describe, expect, it } from 'vitest';
import { DEFAULT_FOLLOW_RATIO, followRatioOf } from '../../../src/core/follow-ratio.js';
import type { Platform } from '../../../src/core/platform.js';

const signal = (followers: number | undefined, following: number | undefined, platform: Platform = 'x') =>
  followRatioOf(followers, following, platform, DEFAULT_FOLLOW_RATIO);

describe('followRatioOf', () => {
  it.each<[Platform, number, number, 'pass' | 'flag', number, string | undefined]>([
    // "communities of 90,000–100,000 followers with an almost equal number of accounts followed": an X/TikTok pattern
    ['x', 96_500, 94_800, 'flag', 1, 'follow-for-follow'],
    ['tiktok', 20_000, 9_000, 'pass', 0, undefined], // 0.45: under the follow-for-follow start
    // a small account following back is etiquette, not fraud
    ['instagram', 3_100, 2_900, 'pass', 0, undefined],
    ['x', 9_999, 9_999, 'pass', 0, undefined],
    ['instagram', 850, 790, 'pass', 0, undefined],
    // mass following: more than 1,500 followed (HypeAuditor) and over twice the followers (Cresci et al. 2015)
    ['instagram', 2_100, 6_800, 'flag', 0.619, 'mass-following'], // (3.24 − 2) / 2
    ['x', 1_000, 4_500, 'flag', 1, 'mass-following'],
    ['x', 1_000, 1_600, 'pass', 0, undefined],
    ['x', 20_000, 15_000, 'flag', 0.429, 'follow-for-follow'], // (0.75 − 0.6) / 0.35
    // parked at Instagram's following cap
    ['instagram', 512_000, 7_480, 'flag', 1, 'parked-at-cap'],
    ['instagram', 512_000, 7_000, 'pass', 0, undefined],
    ['x', 50_000, 1_500, 'pass', 0, undefined],
    ['x', 0, 0, 'pass', 0, undefined],
    ['x', 0, 5_000, 'flag', 1, 'mass-following'],
  ])('%s: %d followers, %d following → %s %d (%s)', (platform, followers, following, status, severity, pattern) => {
    const s = signal(followers, following, platform);
    expect(s.id).toBe('follow-ratio');
    expect(s.status).toBe(status);
    expect(s.severity).toBeCloseTo(severity, 3);
    expect(s.evidence['pattern']).toBe(pattern);
  });

  it('a count above the platform cap is impossible data: reported, not scored', () => {
    const s = signal(40_000, 94_800, 'instagram');
    expect(s).toMatchObject({ status: 'skip', evidence: { following: 94_800, cap: 7_500, impossible: true } });
    expect(s.message).toMatch(/above instagram's cap of 7,500: impossible data/);
  });

  it('a small account following back says so', () => {
    expect(signal(3_100, 2_900, 'instagram').message).toMatch(/a small account following back is ordinary/);
  });

  it('following far more than followers, but few accounts, says why it passes rather than "following back"', () => {
    const few = signal(120, 900, 'instagram');
    expect(few.status).toBe('pass');
    expect(few.message).toMatch(/following 1,500 accounts or fewer is not mass following$/);
    expect(signal(0, 10, 'instagram').message).toMatch(/ratio ∞\): following 1,500 accounts or fewer is not mass following$/);
    // At the ramp's start the severity is still 0.
    expect(signal(1_000, 2_000, 'x').message).toMatch(/mass following counts above a ratio of 2$/);
  });

  it.each([[5_000, undefined], [undefined, 300], [undefined, undefined]])('%s followers, %s following → skip', (followers, following) => {
    expect(signal(followers, following)).toMatchObject({ status: 'skip', severity: 0 });
  });

  it('severity never falls as following grows, for a fixed audience', () => {
    for (const platform of ['x', 'instagram'] as const) {
      for (const followers of [500, 3_000, 12_000, 95_000, 600_000]) {
        let last = 0;
        for (let following = 0; following <= 7_500; following += 250) {
          const s = signal(followers, following, platform);
          expect(s.severity).toBeGreaterThanOrEqual(last);
          last = s.severity;
        }
      }
    }
  });
});
