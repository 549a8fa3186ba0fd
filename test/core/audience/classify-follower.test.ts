import { describe, expect, it } from 'vitest';
import { classifyFollower, DEFAULT_AUDIENCE, type AudienceRuleConfig, type FollowerFacts } from '../../../src/core/audience/index.js';

// A small config written out so that each case can be checked by hand.
const config: AudienceRuleConfig = {
  weights: { 'no-profile-pic': 1, 'few-followers': 2, 'no-posts': 1, 'empty-bio': 1, 'mass-follower': 2, verified: -1 },
  params: { ...DEFAULT_AUDIENCE.rules.instagram.params, fewFollowers: 10 },
  cutoffs: { suspicious: 3, likelyFake: 4 },
};

const looksReal: FollowerFacts = { followers: 300, following: 400, posts: 40, hasProfilePic: true, bioLength: 20 };

describe('classifyFollower', () => {
  it.each<[string, FollowerFacts, string, string[], number]>([
    ['a real-looking follower', looksReal, 'real', [], 0],
    ['one weak sign', { ...looksReal, bioLength: 0 }, 'real', ['empty-bio'], 1],
    ['just under suspicious', { ...looksReal, followers: 5 }, 'real', ['few-followers'], 2],
    ['suspicious at its cut-off', { ...looksReal, followers: 5, bioLength: 0 }, 'suspicious', ['few-followers', 'empty-bio'], 3],
    ['likely fake at its cut-off', { ...looksReal, followers: 5, posts: 0, bioLength: 0 }, 'likely-fake', ['few-followers', 'no-posts', 'empty-bio'], 4],
    ['mass follower who otherwise looks real', { ...looksReal, following: 3000 }, 'mass-follower', ['mass-follower'], 2],
    ['mass follower with one weak sign', { ...looksReal, following: 3000, bioLength: 0 }, 'mass-follower', ['mass-follower', 'empty-bio'], 3],
    ['mass following on top of other signs', { ...looksReal, following: 3000, followers: 5, bioLength: 0 }, 'likely-fake', ['few-followers', 'mass-follower', 'empty-bio'], 5],
    ['verified takes a point off', { ...looksReal, followers: 5, posts: 0, bioLength: 0, verified: true }, 'suspicious', ['few-followers', 'no-posts', 'empty-bio', 'verified'], 3],
  ])('%s', (_, facts, cls, rules, score) => {
    const got = classifyFollower(facts, config);
    expect(got).toMatchObject({ class: cls, rules, score });
  });

  it('a rule without its input neither fires nor counts, and is listed as missing', () => {
    const got = classifyFollower({ followers: 5 }, config);
    expect(got).toEqual({ class: 'real', rules: ['few-followers'], score: 2, missing: ['no-profile-pic', 'no-posts', 'mass-follower', 'empty-bio', 'verified'] });
  });

  it('an empty row is real with nothing checked: missing data is not evidence', () => {
    expect(classifyFollower({}, config)).toMatchObject({ class: 'real', rules: [], score: 0 });
  });

  it('a rule absent from the weights is off; at weight 0 it is listed but adds nothing', () => {
    const facts = { ...looksReal, hasUrl: false, following: 3000 };
    expect(classifyFollower(facts, config).rules).not.toContain('no-url');
    const zero = { ...config, weights: { ...config.weights, 'no-url': 0, 'mass-follower': 0 } };
    expect(classifyFollower(facts, zero)).toMatchObject({ class: 'mass-follower', rules: ['mass-follower', 'no-url'], score: 0 });
  });

  it('fractional weights summing to a cut-off reach it', () => {
    const tenths = { ...config, weights: { 'no-posts': 0.1, 'empty-bio': 0.2 }, cutoffs: { suspicious: 0.3, likelyFake: 1 } };
    expect(classifyFollower({ posts: 0, bioLength: 0 }, tenths).class).toBe('suspicious');
  });

  describe('with the shipped defaults', () => {
    const ig = DEFAULT_AUDIENCE.rules.instagram;
    const x = DEFAULT_AUDIENCE.rules.x;
    it('a typical bought Instagram follower is likely fake', () => {
      const bot = { followers: 3, following: 2400, posts: 0, hasProfilePic: false, bioLength: 0, usernameLength: 12, usernameDigits: 5 };
      expect(classifyFollower(bot, ig).class).toBe('likely-fake');
    });
    it('a real Instagram user following many accounts is a mass follower, not a fake', () => {
      expect(classifyFollower({ followers: 600, following: 2500, posts: 120, hasProfilePic: true, bioLength: 30 }, ig).class).toBe('mass-follower');
    });
    it('a bought X follower (few followers, follows hundreds, never liked) is likely fake', () => {
      expect(classifyFollower({ followers: 12, following: 300, posts: 20, likesGiven: 0, hasProfilePic: true }, x).class).toBe('likely-fake');
    });
    it('an active X user with a modest audience is real', () => {
      expect(classifyFollower({ followers: 80, following: 200, posts: 900, likesGiven: 40, hasProfilePic: true }, x).class).toBe('real');
    });
  });
});
