import { describe, expect, it } from 'vitest';
import { pass, skip, flag, type Signal } from '../../../src/core/signal.js';
import { DEFAULT_CUTOFFS, judge } from '../../../src/core/verdict.js';
import { verifiedSignal } from '../../../src/core/verified.js';

const PRIMARY = ['engagement-rate'];
const WEIGHTS = { 'engagement-rate': 60, 'follow-ratio': 55 };

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
    judge([...signals, verifiedSignal(verified === undefined ? {} : { verified }, bonus)], WEIGHTS, DEFAULT_CUTOFFS, bonus, PRIMARY);
  const engagementPass = pass('engagement-rate', 'within', {});
  const f4f = flag('follow-ratio', 1, 'follow-for-follow', {});

  it.each<[string, Signal[], boolean | undefined, number, number | null, number]>([
    ['clean, verified: nothing to win back', [engagementPass], true, 5, 100, 0],
    ['flagged, verified: wins back 5 of 55', [engagementPass, f4f], true, 5, 50, 5],
    ['flagged, not verified', [engagementPass, f4f], false, 5, 45, 0],
    ['flagged, no verified column', [engagementPass, f4f], undefined, 5, 45, 0],
    ['a bonus of 100 never lifts past what was lost', [engagementPass, f4f], true, 100, 100, 55],
    ['a small flag: the bonus is capped at the 3 points lost', [engagementPass, flag('follow-ratio', 0.06, 'x', {})], true, 5, 100, 3.3],
    ['verified alone is no evidence', [skip('engagement-rate', 'no data')], true, 5, null, 0],
  ])('%s', (_name, signals, verified, bonus, expected, won) => {
    const r = score(signals, verified, bonus);
    expect(r.judgement.score).toBe(expected);
    expect(r.bonus).toBeCloseTo(won, 9);
    const lost = r.deductions.reduce((sum, d) => sum + d.points, 0);
    expect(r.bonus).toBeLessThanOrEqual(lost);
  });
});
