import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  audienceSignal,
  classifyFollower,
  audienceRulesFor,
  DEFAULT_AUDIENCE,
  FollowerSample,
  judgeFollower,
  summariseAudience,
  type FollowerFacts,
} from '../../../src/core/audience/index.js';

const T = DEFAULT_AUDIENCE;
const person: FollowerFacts = { followers: 320, following: 280, posts: 85, hasProfilePic: true, bioLength: 24, usernameLength: 9, usernameDigits: 0 };
const bot: FollowerFacts = { followers: 3, following: 2400, posts: 0, hasProfilePic: false, bioLength: 0, usernameLength: 9, usernameDigits: 5 };
// Follows very many accounts but is otherwise an ordinary person: the rules' mass follower.
const massFollower: FollowerFacts = { followers: 900, following: 3600, posts: 400, hasProfilePic: true, bioLength: 30, usernameLength: 10, usernameDigits: 0 };

describe('judgeFollower', () => {
  it('the model decides when it can score the follower; the rules that fired are reported either way', () => {
    const j = judgeFollower(bot, 'instagram', T);
    expect(j.model?.class).toBe('likely-fake');
    expect(j.class).toBe('likely-fake');
    expect(j.rules).toEqual(classifyFollower(bot, audienceRulesFor('instagram', T)).rules);
    expect(judgeFollower(person, 'instagram', T)).toMatchObject({ class: 'real', rules: [] });
  });

  it('a mass follower stays one unless the model calls it likely fake (HypeAuditor: a person, not a fake)', () => {
    const j = judgeFollower(massFollower, 'instagram', T);
    expect(j.rules).toContain('mass-follower');
    expect(j.model?.class).not.toBe('likely-fake');
    expect(j.class).toBe('mass-follower');
  });

  it('with nothing the model reads, or with classifier "rules", the rules alone decide', () => {
    const nameOnly: FollowerFacts = { usernameLength: 9, usernameDigits: 5, bioLength: 0 };
    const byRules = classifyFollower(nameOnly, audienceRulesFor('instagram', T));
    expect(judgeFollower(nameOnly, 'instagram', T)).toEqual({ class: byRules.class, rules: byRules.rules, missing: byRules.missing });
    const rulesOnly = { ...T, classifier: 'rules' as const };
    expect(judgeFollower(bot, 'instagram', rulesOnly).model).toBeUndefined();
    expect(judgeFollower(bot, 'instagram', rulesOnly).class).toBe(classifyFollower(bot, audienceRulesFor('instagram', T)).class);
  });

  it('property: the class is one of the four, and the model scores exactly the followers with followers and following counts', () => {
    const facts = fc.record({
      followers: fc.integer({ min: 0, max: 1_000_000 }), following: fc.integer({ min: 0, max: 7500 }),
      posts: fc.integer({ min: 0, max: 5000 }), hasProfilePic: fc.boolean(), bioLength: fc.integer({ min: 0, max: 150 }),
    }, { requiredKeys: [] });
    fc.assert(fc.property(facts, fc.constantFrom('instagram', 'x', 'tiktok') as fc.Arbitrary<'instagram' | 'x' | 'tiktok'>, (f, p) => {
      const j = judgeFollower(f, p, T);
      expect(['real', 'mass-follower', 'suspicious', 'likely-fake']).toContain(j.class);
      // Every shipped sub-model reads both counts (the strongest tells; docs/audience.md).
      const counted = f.followers !== undefined && f.following !== undefined;
      expect(j.model !== undefined).toBe(counted);
      if (j.model) expect(j.model.probability).toBeGreaterThanOrEqual(0);
    }));
  });
});

describe('FollowerSample', () => {
  it('tallies classes and the model share without keeping followers', () => {
    const s = new FollowerSample();
    for (let i = 0; i < 70; i++) s.add(judgeFollower(person, 'instagram', T));
    for (let i = 0; i < 30; i++) s.add(judgeFollower(bot, 'instagram', T));
    s.add(judgeFollower({ usernameLength: 5, usernameDigits: 0 }, 'instagram', T));
    expect(s.size).toBe(101);
    expect(s.classes).toEqual({ real: 71, 'mass-follower': 0, suspicious: 0, 'likely-fake': 30 });
    expect(s.model.n).toBe(100);
    const share = s.model.share(0.95);
    expect(share.raw.count).toBe(30);
    // Rogan–Gladen: (raw + Sp − 1) / (Se + Sp − 1).
    const expected = (0.3 + share.specificity - 1) / (share.sensitivity + share.specificity - 1);
    expect(share.corrected.share).toBeCloseTo(Math.min(1, Math.max(0, expected)), 10);
  });
});

describe('summariseAudience with the model', () => {
  it('decides on the corrected share and says so; the class shares stay beside it', () => {
    const s = new FollowerSample();
    for (let i = 0; i < 150; i++) s.add(judgeFollower(person, 'instagram', T));
    for (let i = 0; i < 50; i++) s.add(judgeFollower(bot, 'instagram', T));
    const model = s.model.share(T.confidence);
    const a = summariseAudience(s.classes, T, model);
    expect(a.model).toBe(model);
    expect(a.fake).toMatchObject({ count: 50, share: model.corrected.share, low: model.corrected.low, high: model.corrected.high });
    expect(a.shares.likelyFake.count).toBe(50);
    expect(a.message).toContain("corrected for the model's errors");
    const evidence = audienceSignal(a, T).evidence;
    expect(evidence).toMatchObject({ modelScored: 200, modelLikelyFake: 50 });
    expect(evidence['correctedFakeShare']).toBeCloseTo(model.corrected.share, 4);
  });

  it('counts and a list of classes give the same summary', () => {
    const s = new FollowerSample();
    for (let i = 0; i < 40; i++) s.add(judgeFollower(i % 4 ? person : bot, 'instagram', T));
    const list = [...Array(30).fill('real'), ...Array(10).fill('likely-fake')];
    expect(summariseAudience(s.classes, T)).toEqual(summariseAudience(list, T));
  });
});
