import { describe, expect, it } from 'vitest';
import { DEFAULT_AUDIENCE, RULE_IDS, RULES, usernameFeatures, type FollowerFacts, type RuleId } from '../../../src/core/audience/index.js';

const params = DEFAULT_AUDIENCE.rules.x.params; // fewFollowers 30, fewPosts 50, ratio 0.1, mass 1,500, 1,000/100, 3 digits, 0.25

// Each rule: facts on which it fires, facts on which it is checked and clean, facts that lack its input.
const cases: [RuleId, fires: FollowerFacts, clean: FollowerFacts, missing: FollowerFacts][] = [
  ['no-profile-pic', { hasProfilePic: false }, { hasProfilePic: true }, { followers: 10 }],
  ['no-followers', { followers: 0 }, { followers: 1 }, { following: 10 }],
  ['few-followers', { followers: 29 }, { followers: 30 }, { posts: 3 }],
  ['no-posts', { posts: 0 }, { posts: 1 }, { followers: 0 }],
  ['few-posts', { posts: 49 }, { posts: 50 }, { followers: 0 }],
  ['following-far-above-followers', { followers: 10, following: 100 }, { followers: 11, following: 100 }, { followers: 10 }],
  ['following-1000-followers-100', { followers: 100, following: 1000 }, { followers: 101, following: 1000 }, { following: 5000 }],
  ['mass-follower', { following: 1501 }, { following: 1500 }, { followers: 5 }],
  ['digits-in-username', { usernameDigits: 3 }, { usernameDigits: 2 }, { usernameLength: 8 }],
  ['empty-bio', { bioLength: 0 }, { bioLength: 1 }, { hasUrl: false }],
  ['no-url', { hasUrl: false }, { hasUrl: true }, { bioLength: 0 }],
  ['never-liked', { likesGiven: 0 }, { likesGiven: 1 }, { listed: 0 }],
  ['not-listed', { listed: 0 }, { listed: 2 }, { likesGiven: 0 }],
  ['verified', { verified: true }, { verified: false }, {}],
];

describe('follower rules', () => {
  it('covers every rule id', () => {
    expect(cases.map(([id]) => id).sort()).toEqual([...RULE_IDS].sort());
  });

  it.each(cases)('%s fires, stays clean, and says nothing without its input', (id, fires, clean, missing) => {
    expect(RULES[id](fires, params)).toBe(true);
    expect(RULES[id](clean, params)).toBe(false);
    expect(RULES[id](missing, params)).toBeUndefined();
  });

  it('treats NaN from a bad cell as missing, never as a number', () => {
    expect(RULES['few-followers']({ followers: Number.NaN }, params)).toBeUndefined();
    expect(RULES['no-posts']({ posts: Number.NaN }, params)).toBeUndefined();
  });

  it('following-far-above-followers: following nobody is clean, even with no followers', () => {
    expect(RULES['following-far-above-followers']({ followers: 0, following: 0 }, params)).toBe(false);
    expect(RULES['following-far-above-followers']({ followers: 0, following: 1 }, params)).toBe(true);
  });

  it('digits-in-username: the count decides when known, the ratio (Kaggle) only otherwise', () => {
    const rule = RULES['digits-in-username'];
    expect(rule({ usernameDigitRatio: 0.25 }, params)).toBe(true);
    expect(rule({ usernameDigitRatio: 0.24 }, params)).toBe(false);
    expect(rule({ usernameDigits: 1, usernameDigitRatio: 0.5 }, params)).toBe(false);
  });

  it('uses the thresholds it is given', () => {
    expect(RULES['few-followers']({ followers: 12 }, { ...params, fewFollowers: 10 })).toBe(false);
    expect(RULES['following-far-above-followers']({ followers: 3, following: 100 }, { ...params, maxFollowerRatio: 0.02 })).toBe(false);
  });
});

describe('usernameFeatures', () => {
  it.each([
    ['anna84629', 9, 5],
    ['@jo_2', 4, 1],
    ['léa', 3, 0],
    ['', 0, 0],
  ])('%s → length %i, digits %i', (name, usernameLength, usernameDigits) => {
    expect(usernameFeatures(name)).toEqual({ usernameLength, usernameDigits });
  });
});
