import { describe, expect, it } from 'vitest';
import { DEFAULT_AUDIENCE, summariseAudience, type FollowerClass } from '../../../src/core/audience/index.js';
import { sample } from './sample.js';

const T = DEFAULT_AUDIENCE;
type Counts = Partial<Record<FollowerClass, number>>;

describe('summariseAudience', () => {
  it.each<[string, Counts, string, string]>([
    ['an empty sample', {}, 'insufficient-sample', 'sample-below-minimum'],
    ['fewer than minSample, even all fake', { 'likely-fake': 29 }, 'insufficient-sample', 'sample-below-minimum'],
    ['half fake in 180', { real: 90, 'likely-fake': 90 }, 'likely-fake', 'fake-share-above-problem'],
    ['31 % fake in 180: above normal, but the interval reaches under 30 %', { real: 124, 'likely-fake': 56 }, 'suspicious', 'fake-share-above-normal'],
    ['5 % fake in 200', { real: 180, suspicious: 10, 'likely-fake': 10 }, 'ok', 'within-norms'],
    ['few fakes but many suspicious: under 60 % real (IG Audit)', { real: 90, suspicious: 95, 'likely-fake': 15 }, 'suspicious', 'genuine-share-below-minimum'],
    ['mass followers are people, not fakes', { real: 100, 'mass-follower': 100 }, 'ok', 'within-norms'],
    ['17 % fake in 30: cannot tell normal from a problem', { real: 25, 'likely-fake': 5 }, 'insufficient-sample', 'interval-too-wide'],
    ['65 % real in 40: cannot tell whether under 60 %', { real: 26, suspicious: 12, 'likely-fake': 2 }, 'insufficient-sample', 'interval-too-wide'],
    ['the same 17 % fake in 3,000 is clearly above normal', { real: 2500, 'likely-fake': 500 }, 'suspicious', 'fake-share-above-normal'],
  ])('%s', (_, counts, verdict, reason) => {
    expect(summariseAudience(sample(counts), T)).toMatchObject({ verdict, reason });
  });

  it('counts each class with its share and interval', () => {
    const s = summariseAudience(sample({ real: 120, 'mass-follower': 20, suspicious: 20, 'likely-fake': 40 }), T);
    expect(s.sampleSize).toBe(200);
    expect(s.shares.real).toMatchObject({ count: 120, share: 0.6 });
    expect(s.shares.massFollower).toMatchObject({ count: 20, share: 0.1 });
    expect(s.shares.suspicious).toMatchObject({ count: 20, share: 0.1 });
    expect(s.shares.likelyFake).toMatchObject({ count: 40, share: 0.2 });
    expect(s.genuine).toMatchObject({ count: 140, share: 0.7 });
    expect(s.shares.likelyFake.low).toBeCloseTo(0.1505, 4);
    expect(s.shares.likelyFake.high).toBeCloseTo(0.2609, 4);
  });

  it.each<[Counts, string]>([
    [{ real: 90, 'likely-fake': 90 }, '50 % likely fake (95 % CI 43–57 %) in a sample of 180 followers; > 30 % is a problem (StatusPeople)'],
    [{ real: 124, 'likely-fake': 56 }, '31 % likely fake (95 % CI 25–38 %) in a sample of 180 followers; about 10 % is normal, > 30 % is a problem (StatusPeople)'],
    [{ real: 90, suspicious: 95, 'likely-fake': 15 }, '45 % real or mass followers (95 % CI 38–52 %) in a sample of 200 followers; under 60 % real is suspicious (IG Audit)'],
    [{ real: 20 }, 'only 20 followers classified; at least 30 are needed to judge an audience'],
    [{ real: 25, 'likely-fake': 5 }, '17 % likely fake (95 % CI 7–34 %) in a sample of 30 followers: too few to tell a normal share from one > 30 % (StatusPeople); classify more followers'],
  ])('message for %o says the numbers', (counts, message) => {
    expect(summariseAudience(sample(counts), T).message).toBe(message);
  });

  it('credits a source only while the threshold is still its figure', () => {
    const s = summariseAudience(sample({ real: 90, 'likely-fake': 90 }), { ...T, problemFakeShare: 0.25 });
    expect(s.message).toBe('50 % likely fake (95 % CI 43–57 %) in a sample of 180 followers; > 25 % is a problem');
  });

  it('a higher confidence level is slower to convict', () => {
    const counts = { real: 170, 'likely-fake': 30 }; // 15 %: low end 10.7 % at 95 %, 9.6 % at 99 %
    expect(summariseAudience(sample(counts), T).verdict).toBe('suspicious');
    expect(summariseAudience(sample(counts), { ...T, confidence: 0.99 }).verdict).toBe('ok');
  });
});
