import { describe, expect, it } from 'vitest';
import type { ProfileFacts } from '../../../src/core/account.js';
import { DEFAULT_FOLLOW_RATIO, followRatioSignal } from '../../../src/core/follow-ratio.js';

const signal = (followers: number | undefined, following: number | undefined) => {
  const p: ProfileFacts = {};
  if (followers !== undefined) p.followers = followers;
  if (following !== undefined) p.following = following;
  return followRatioSignal(p, DEFAULT_FOLLOW_RATIO);
};

describe('followRatioSignal', () => {
  it.each<[number, number, 'pass' | 'flag', number, string | undefined, number | null]>([
    // seed 001: "communities of 90,000–100,000 followers with an almost equal number of accounts followed"
    [96_500, 94_800, 'flag', 1, 'follow-for-follow', 0.982],
    // a small account following back is etiquette, not fraud
    [850, 790, 'pass', 0, undefined, 0.929],
    [1_000, 1_000, 'pass', 0, undefined, 1],
    // mass following: more than 1,500 followed (HypeAuditor), ratio 3.2
    [2_100, 6_800, 'flag', 1, 'mass-following', 3.238],
    [1_000, 1_600, 'flag', 0.733, 'mass-following', 1.6], // (1.6 − 0.5) / 1.5
    [9_999, 9_999, 'flag', 0.333, 'mass-following', 1], // under 10k followers: not judged as follow-for-follow
    [20_000, 15_000, 'flag', 0.429, 'follow-for-follow', 0.75], // (0.75 − 0.6) / 0.35 beats (0.75 − 0.5) / 1.5
    [50_000, 1_500, 'pass', 0, undefined, 0.03], // 1,500 is not more than 1,500
    [50_000, 20_000, 'pass', 0, undefined, 0.4],
    [0, 0, 'pass', 0, undefined, 0],
    [0, 5_000, 'flag', 1, 'mass-following', null], // ratio ∞ is reported as null in evidence
  ])('%d followers, %d following → %s %d (%s)', (followers, following, status, severity, pattern, ratio) => {
    const s = signal(followers, following);
    expect(s.id).toBe('follow-ratio');
    expect(s.status).toBe(status);
    expect(s.severity).toBeCloseTo(severity, 3);
    expect(s.evidence).toMatchObject({ followers, following, ratio });
    expect(s.evidence['pattern']).toBe(pattern);
  });

  it.each<[number | undefined, number | undefined, RegExp]>([
    [5_000, undefined, /^no following count/],
    [undefined, 300, /^no followers count/],
    [undefined, undefined, /^no followers or following count/],
  ])('%s followers, %s following → skip', (followers, following, message) => {
    const s = signal(followers, following);
    expect(s).toMatchObject({ status: 'skip', severity: 0, evidence: {} });
    expect(s.message).toMatch(message);
  });

  it('severity never falls as following grows, for a fixed audience', () => {
    for (const followers of [500, 5_000, 20_000, 96_500, 2_000_000]) {
      let last = 0;
      for (let following = 0; following <= 4 * followers + 8_000; following += Math.ceil(followers / 97) + 13) {
        const s = signal(followers, following).severity;
        expect(s, `${followers}/${following}`).toBeGreaterThanOrEqual(last);
        last = s;
      }
      expect(last).toBe(1);
    }
  });
});
