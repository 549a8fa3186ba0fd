import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../../src/config/resolve.js';
import { scoreAccount } from '../../../src/core/score-account.js';
import { DEFAULT_SCORING } from '../../../src/core/scoring-config.js';

const account = { handle: 'cafe.lumiere', platform: 'x' as const, profile: { followers: 95_400, following: 93_100, avgLikes: 60, avgComments: 4 } };

describe('configs are values', () => {
  it('the defaults and a resolved config are frozen all the way down: a change in place throws instead of going stale', () => {
    expect(() => {
      (DEFAULT_SCORING.maxLogOdds as Record<string, number>)['follow-ratio'] = 0;
    }).toThrow(TypeError);
    const { scoring } = resolveConfig({ maxLogOdds: { 'follow-ratio': 1 } }, 'influaudit.config.json');
    expect(() => {
      (scoring.norms.byPlatform.instagram as Record<string, string>)['followers'] = 'generic-1-5';
    }).toThrow(TypeError);
  });

  it('a changed copy is scored with its own weights and tables, not the lookups cached for the original', () => {
    const before = scoreAccount(account, DEFAULT_SCORING);
    const weightless = { ...DEFAULT_SCORING, maxLogOdds: { ...DEFAULT_SCORING.maxLogOdds, 'follow-ratio': 0 } };
    const generic = { ...DEFAULT_SCORING, norms: { ...DEFAULT_SCORING.norms, byPlatform: { ...DEFAULT_SCORING.norms.byPlatform, x: { followers: 'generic-1-5' } } } };
    expect(before.score).toBeLessThan(70);
    expect(before.breakdown.contributions.map((d) => d.id)).toEqual(['engagement-rate', 'follow-ratio']);
    expect(scoreAccount(account, weightless).breakdown.contributions.map((d) => d.id)).toEqual(['engagement-rate']);
    const evidence = scoreAccount(account, generic).signals.find((s) => s.id === 'engagement-rate')!.evidence;
    expect(evidence['normTable']).toBe('generic-1-5');
    expect(JSON.stringify(scoreAccount(account, DEFAULT_SCORING))).toBe(JSON.stringify(before));
  });

  it('the signals every roster account shares are frozen', () => {
    const s = scoreAccount(account, DEFAULT_SCORING).signals.find((x) => x.id === 'growth-spike-drop')!;
    expect(Object.isFrozen(s)).toBe(true);
    expect(() => {
      (s as { message: string }).message = 'changed';
    }).toThrow(TypeError);
  });
});
