import { describe, expect, it } from 'vitest';
import { audienceRulesFor, DEFAULT_AUDIENCE, RULE_IDS } from '../../../src/core/audience/index.js';
import { PLATFORMS } from '../../../src/core/platform.js';

const configs = Object.entries(DEFAULT_AUDIENCE.rules);

describe('DEFAULT_AUDIENCE', () => {
  it.each(configs)('%s: one sign alone never makes a follower likely fake', (_, config) => {
    for (const weight of Object.values(config.weights)) expect(weight).toBeLessThan(config.cutoffs.likelyFake);
  });

  it.each(configs)('%s: suspicious comes before likely fake, and every weight names a rule', (_, config) => {
    expect(config.cutoffs.suspicious).toBeLessThan(config.cutoffs.likelyFake);
    for (const id of Object.keys(config.weights)) expect(RULE_IDS).toContain(id);
  });

  it.each(configs)('%s: mass-follower is checked, so its class can appear', (_, config) => {
    expect(config.weights['mass-follower']).toBeDefined();
  });

  it('keeps a normal fake share below a problem one', () => {
    expect(DEFAULT_AUDIENCE.normalFakeShare).toBeLessThan(DEFAULT_AUDIENCE.problemFakeShare);
  });
});

describe('audienceRulesFor', () => {
  it('gives X its own classifier and every other platform Instagram\'s', () => {
    expect(audienceRulesFor('x', DEFAULT_AUDIENCE)).toBe(DEFAULT_AUDIENCE.rules.x);
    for (const p of PLATFORMS.filter((p) => p !== 'x')) expect(audienceRulesFor(p, DEFAULT_AUDIENCE)).toBe(DEFAULT_AUDIENCE.rules.instagram);
  });

  it('uses a platform\'s own classifier once configured', () => {
    const tiktok = { ...DEFAULT_AUDIENCE.rules.instagram, cutoffs: { suspicious: 4, likelyFake: 5 } };
    expect(audienceRulesFor('tiktok', { ...DEFAULT_AUDIENCE, rules: { ...DEFAULT_AUDIENCE.rules, tiktok } })).toBe(tiktok);
  });
});
