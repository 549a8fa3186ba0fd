import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/config/load.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { configSchema } from '../../src/config/schema.js';
import { DEFAULT_AUDIENCE } from '../../src/core/audience/defaults.js';
import { audienceRulesFor } from '../../src/core/audience/thresholds.js';

const parse = (audience: unknown) => configSchema.safeParse({ audience });
const issues = (audience: unknown) => {
  const r = parse(audience);
  return r.success ? '' : formatIssues(r.error);
};
const resolve = (audience: unknown) => {
  const r = parse(audience);
  if (!r.success) throw new Error(formatIssues(r.error));
  return resolveConfig(r.data, 'cfg.json').scoring.audience;
};

describe('config: audience', () => {
  it('no audience key: the defaults, as shipped', () => {
    expect(resolveConfig({}, 'cfg.json').scoring.audience).toBe(DEFAULT_AUDIENCE);
  });

  it.each<[string, unknown, RegExp]>([
    ['confidence 1', { confidence: 1 }, /^audience\.confidence: /],
    ['confidence 0', { confidence: 0 }, /^audience\.confidence: /],
    ['a share above 1', { problemFakeShare: 1.2 }, /^audience\.problemFakeShare: /],
    ['a negative share', { minGenuineShare: -0.1 }, /^audience\.minGenuineShare: /],
    ['a fractional minimum sample', { minSample: 2.5 }, /^audience\.minSample: /],
    ['a severity of 0', { severity: { likelyFake: 0 } }, /^audience\.severity\.likelyFake: /],
    ['an unknown rule', { rules: { instagram: { weights: { 'has-cat-photo': 1 } } } }, /^audience\.rules\.instagram\.weights/],
    ['an unknown platform', { rules: { myspace: {} } }, /^audience\.rules: .*myspace/],
    ['a digit ratio above 1', { rules: { x: { params: { minUsernameDigitRatio: 2 } } } }, /^audience\.rules\.x\.params\.minUsernameDigitRatio: /],
    ['a misspelt key', { minSampel: 10 }, /^audience: .*minSampel/],
    ['an unknown classifier', { classifier: 'neural' }, /^audience\.classifier: /],
  ])('%s is refused, naming the key', (_name, audience, message) => {
    expect(issues(audience)).toMatch(message);
  });

  it('accepts the bounds: confidence strictly inside (0, 1), shares 0 and 1', () => {
    expect(issues({ confidence: 0.999, normalFakeShare: 0, problemFakeShare: 1, minGenuineShare: 1 })).toBe('');
  });

  it('the learned model classifies by default; "rules" turns it off', () => {
    expect(DEFAULT_AUDIENCE.classifier).toBe('model');
    expect(resolve({ classifier: 'rules' })).toMatchObject({ classifier: 'rules', minSample: DEFAULT_AUDIENCE.minSample });
  });

  it('overrides key by key and keeps the rest', () => {
    const a = resolve({ minSample: 100, problemFakeShare: 0.25, severity: { suspicious: 0.4 } });
    expect(a).toMatchObject({ minSample: 100, problemFakeShare: 0.25, normalFakeShare: 0.1, confidence: 0.95, severity: { suspicious: 0.4, likelyFake: 1 } });
    expect(a.rules).toEqual(DEFAULT_AUDIENCE.rules);
  });

  it('merges one platform\'s rules onto its default; null turns a rule off', () => {
    const a = resolve({ rules: { instagram: { weights: { 'mass-follower': 1, 'empty-bio': null }, params: { fewFollowers: 30 } } } });
    const ig = a.rules.instagram;
    expect(ig.weights['mass-follower']).toBe(1);
    expect('empty-bio' in ig.weights).toBe(false);
    expect(ig.weights['no-profile-pic']).toBe(1);
    expect(ig.params).toEqual({ ...DEFAULT_AUDIENCE.rules.instagram.params, fewFollowers: 30 });
    expect(a.rules.x).toEqual(DEFAULT_AUDIENCE.rules.x);
  });

  it('a platform without its own rules starts from Instagram\'s', () => {
    const a = resolve({ rules: { tiktok: { cutoffs: { likelyFake: 5 } } } });
    expect(audienceRulesFor('tiktok', a)).toEqual({ ...DEFAULT_AUDIENCE.rules.instagram, cutoffs: { suspicious: 3, likelyFake: 5 } });
    expect(audienceRulesFor('youtube', a)).toBe(DEFAULT_AUDIENCE.rules.instagram);
  });

  it('refuses what only the merged values show', () => {
    expect(() => resolve({ normalFakeShare: 0.4 })).toThrow('cfg.json: audience.normalFakeShare (0.4) must not be above audience.problemFakeShare (0.3)');
    expect(() => resolve({ rules: { x: { cutoffs: { suspicious: 5 } } } })).toThrow('cfg.json: audience.rules.x.cutoffs.suspicious (5) must not be above cutoffs.likelyFake (3)');
  });
});
