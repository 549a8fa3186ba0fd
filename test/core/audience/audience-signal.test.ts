import { describe, expect, it } from 'vitest';
import { AUDIENCE_QUALITY_ID, audienceSignal, DEFAULT_AUDIENCE, summariseAudience, type FollowerClass } from '../../../src/core/audience/index.js';
import { sample } from './sample.js';

const T = DEFAULT_AUDIENCE;
const signalFor = (counts: Partial<Record<FollowerClass, number>>, t = T) => audienceSignal(summariseAudience(sample(counts), t), t);

describe('audienceSignal', () => {
  it.each<[string, Partial<Record<FollowerClass, number>>, string, number]>([
    ['ok passes', { real: 180, suspicious: 10, 'likely-fake': 10 }, 'pass', 0],
    ['suspicious flags at half severity', { real: 124, 'likely-fake': 56 }, 'flag', 0.5],
    ['likely fake flags at full severity', { real: 90, 'likely-fake': 90 }, 'flag', 1],
    ['too small a sample skips: it weighs nothing', { real: 10, 'likely-fake': 10 }, 'skip', 0],
    ['too wide an interval skips too', { real: 25, 'likely-fake': 5 }, 'skip', 0],
  ])('%s', (_, counts, status, severity) => {
    const s = signalFor(counts);
    expect(s).toMatchObject({ id: AUDIENCE_QUALITY_ID, status, severity });
  });

  it('uses the id scripts key on', () => {
    expect(AUDIENCE_QUALITY_ID).toBe('audience-quality');
  });

  it('carries the summary message, the counts and the bounds as evidence', () => {
    const s = signalFor({ real: 124, 'likely-fake': 56 });
    expect(s.message).toBe('31 % likely fake (95 % CI 25–38 %) in a sample of 180 followers; about 10 % is normal, > 30 % is a problem (StatusPeople)');
    expect(s.evidence).toMatchObject({ sampleSize: 180, real: 124, likelyFake: 56, likelyFakeShare: 0.3111, likelyFakeLow: 0.248, likelyFakeHigh: 0.3821, verdict: 'suspicious', reason: 'fake-share-above-normal' });
  });

  it('explains the comparison that decided', () => {
    const s = signalFor({ real: 124, 'likely-fake': 56 });
    expect(s.explain?.().result).toBe('suspicious: likely fake low end 24.8 % > 10 %');
    expect(s.explain?.().inputs).toEqual({ sampleSize: 180, real: 124, massFollower: 0, suspicious: 0, likelyFake: 56 });
    expect(s.explain?.().formula).toContain('z = 1.96');
  });

  it('takes its severities from the thresholds', () => {
    expect(signalFor({ real: 90, 'likely-fake': 90 }, { ...T, severity: { suspicious: 0.3, likelyFake: 0.8 } }).severity).toBe(0.8);
  });
});
