import { describe, expect, it } from 'vitest';
import type { AccountInput } from '../../../src/core/account.js';
import type { FollowerFacts } from '../../../src/core/audience/follower-facts.js';
import { FollowerSample } from '../../../src/core/audience/follower-sample.js';
import { judgeFollower } from '../../../src/core/audience/judge-follower.js';
import { scoreAccount } from '../../../src/core/score-account.js';
import { DEFAULT_SCORING, type ScoringConfig } from '../../../src/core/scoring-config.js';

/** A follower as a followers export shows a real one: a picture, posts, a bio, a plain name. */
const REAL: FollowerFacts = { followers: 320, following: 290, posts: 45, usernameLength: 9, usernameDigits: 0, usernameDigitRatio: 0, hasProfilePic: true, bioLength: 40 };

function withSample(config: ScoringConfig): AccountInput {
  const sample = new FollowerSample();
  for (let i = 0; i < 60; i++) sample.add(judgeFollower(REAL, 'tiktok', config.audience));
  // A TikTok roster's own engagement rate: taken to be on views, it cannot see bought followers; the sample can.
  return { handle: 'fandomtt', platform: 'tiktok', profile: { followers: 45_000, reportedEngagementPct: 8 }, followerSample: sample };
}

describe('scoreAccount: a follower sample weighing nothing (maxLogOdds 0) assesses no bought followers', () => {
  it('weighing, the sample assesses them: authentic', () => {
    const r = scoreAccount(withSample(DEFAULT_SCORING), DEFAULT_SCORING);
    expect(r.signals.find((s) => s.id === 'audience-quality')?.status).toBe('pass');
    expect(r.verdict).toBe('authentic');
  });

  it('at 0, it is still computed and shown, but the account is not cleared, and the reason says why', () => {
    const config: ScoringConfig = { ...DEFAULT_SCORING, maxLogOdds: { ...DEFAULT_SCORING.maxLogOdds, 'audience-quality': 0 } };
    const r = scoreAccount(withSample(config), config);
    expect(r.signals.find((s) => s.id === 'audience-quality')?.status).toBe('pass');
    expect(r.verdict).toBe('insufficient-data');
    expect(r.breakdown.insufficient).toBe(
      "bought followers were not assessed (the export's own engagement rate, of unknown definition, was taken to be on views as tiktok-views-2025 is, not on followers, and audience-quality, which could assess them, weighs nothing (maxLogOdds 0))",
    );
  });
});
