import { describe, expect, it } from 'vitest';
import { pass, skip, flag, type Signal } from '../../../src/core/signal.js';
import { DEFAULT_CUTOFFS, judge, SCORE_SCALE } from '../../../src/core/verdict.js';
import { verifiedSignal } from '../../../src/core/verified.js';

const PRIMARY = ['engagement-rate'] as const;
const WEIGHTS = { 'engagement-rate': 8, 'follow-ratio': 2.5 };

describe('verifiedSignal', () => {
  it.each<[boolean | undefined, Signal['status'], Record<string, unknown>]>([
    [undefined, 'skip', {}],
    [true, 'pass', { verified: true, bonus: 5 }],
    [false, 'pass', { verified: false, bonus: 0 }],
  ])('verified %s → %s', (verified, status, evidence) => {
    const s = verifiedSignal(verified === undefined ? {} : { verified }, 5);
    expect(s).toMatchObject({ id: 'verified', status, severity: 0, evidence });
  });
});

describe('verified in the verdict: a weak positive, capped', () => {
  const score = (signals: Signal[], verified: boolean | undefined, bonus = 5) =>
    judge([...signals, verifiedSignal(verified === undefined ? {} : { verified }, bonus)], {
      maxLogOdds: WEIGHTS, verdict: DEFAULT_CUTOFFS, verifiedBonus: bonus, primarySignals: PRIMARY, engagement: { highAloneMaxLogOdds: 0.5 },
    });
  const engagementPass = pass('engagement-rate', 'within', {});
  const f4f = flag('follow-ratio', 1, 'follow-for-follow', {});
  const base = (logOdds: number) => Math.round(100 * Math.exp(-logOdds / SCORE_SCALE));

  it.each<[string, Signal[], boolean | undefined, number, number | null, number]>([
    ['clean, verified: nothing to win back', [engagementPass], true, 5, 100, 0],
    ['flagged, verified: wins back 5', [engagementPass, f4f], true, 5, base(2.5) + 5, 5],
    ['flagged, not verified', [engagementPass, f4f], false, 5, base(2.5), 0],
    ['flagged, no verified column', [engagementPass, f4f], undefined, 5, base(2.5), 0],
    ['a bonus of 100 never lifts past what was lost', [engagementPass, f4f], true, 100, 100, 100 - base(2.5)],
    ['a small flag: the bonus is capped at the points lost', [engagementPass, flag('follow-ratio', 0.02, 'x', {})], true, 5, 100, 100 - base(0.05)],
    ['verified alone is no evidence', [skip('engagement-rate', 'no data')], true, 5, null, 0],
  ])('%s', (_name, signals, verified, bonus, expected, won) => {
    const r = score(signals, verified, bonus);
    expect(r.judgement.score).toBe(expected);
    expect(r.bonus).toBe(won);
  });
});
