import { describe, expect, it } from 'vitest';
import { flag, pass, skip, type Signal } from '../../../src/core/signal.js';
import { DEFAULT_CUTOFFS, judge, type Verdict } from '../../../src/core/verdict.js';

const PRIMARY = ['engagement-rate', 'growth-spike-drop'];
const WEIGHTS = { 'engagement-rate': 100, 'follow-ratio': 55, 'growth-spike-drop': 60 };
const run = (signals: Signal[], weights: Record<string, number> = WEIGHTS) => judge(signals, weights, DEFAULT_CUTOFFS, 5, PRIMARY);

describe('judge: when is there enough to decide', () => {
  const ONLY_FOLLOW = { 'follow-ratio': 55 };
  it.each<[string, Signal[], Record<string, number>, Verdict, number | null]>([
    ['nothing computed', [skip('engagement-rate', 'x'), skip('follow-ratio', 'x')], WEIGHTS, 'insufficient-data', null],
    ['only a non-primary signal passes', [skip('engagement-rate', 'x'), pass('follow-ratio', 'ok', {})], WEIGHTS, 'insufficient-data', null],
    ['a primary signal passes', [pass('engagement-rate', 'ok', {}), skip('follow-ratio', 'x')], WEIGHTS, 'authentic', 100],
    ['another primary signal passes', [pass('growth-spike-drop', 'ok', {})], WEIGHTS, 'authentic', 100],
    ['a non-primary flag alone is conclusive', [skip('engagement-rate', 'x'), flag('follow-ratio', 1, 'f4f', {})], WEIGHTS, 'suspicious', 45],
    ['an unweighted flag is not', [flag('like-burst', 1, 'x', {}), pass('follow-ratio', 'ok', {})], WEIGHTS, 'insufficient-data', null],
    ['a primary signal weighing nothing is not', [pass('engagement-rate', 'ok', {})], ONLY_FOLLOW, 'insufficient-data', null],
  ])('%s → %s', (_name, signals, weights, verdict, score) => {
    expect(run(signals, weights).judgement).toEqual({ verdict, score });
  });
});

describe('judge: no verdict from less evidence', () => {
  // BUG (src/core/verdict.ts, not mine): a lone non-primary *pass* is insufficient-data, but a lone non-primary flag
  // too weak to leave the authentic band is "conclusive", so a slightly worse ratio earns a clean bill:
  // scoreAccount({ followers: 2000, following: 1500 }) → insufficient-data, ({ followers: 2000, following: 1600 })
  // → authentic 89. Worse data must not turn "insufficient data" into "authentic".
  it('a weak non-primary flag alone does not make an account authentic', () => {
    const r = run([skip('engagement-rate', 'x'), flag('follow-ratio', 0.2, 'mass following', {})]);
    expect(r.judgement.verdict).not.toBe('authentic');
  });
});

describe('judge: score and cut-offs (authentic ≥ 70, suspicious ≥ 40)', () => {
  it.each<[number, number, Verdict]>([
    [0, 100, 'authentic'],
    [0.3, 70, 'authentic'],
    [0.31, 69, 'suspicious'],
    [0.6, 40, 'suspicious'],
    [0.61, 39, 'likely-fake'],
    [1, 0, 'likely-fake'],
  ])('engagement severity %d (weight 100) → %d, %s', (severity, score, verdict) => {
    const r = run([flag('engagement-rate', severity, 'x', {})]);
    expect(r.judgement).toEqual({ verdict, score });
  });

  it('deductions add up, the score floors at 0, and each is listed', () => {
    const r = run([flag('engagement-rate', 0.5, 'x', {}), flag('follow-ratio', 1, 'y', {}), flag('growth-spike-drop', 0.5, 'z', {})]);
    expect(r.judgement).toEqual({ verdict: 'likely-fake', score: 0 });
    expect(r.deductions).toEqual([
      { id: 'engagement-rate', weight: 100, severity: 0.5, points: 50 },
      { id: 'follow-ratio', weight: 55, severity: 1, points: 55 },
      { id: 'growth-spike-drop', weight: 60, severity: 0.5, points: 30 },
    ]);
  });

  it.each([[0.154, 85], [0.156, 84]])('rounds to whole points: severity %d → %d', (severity, score) => {
    expect(run([flag('engagement-rate', severity, 'x', {})]).judgement.score).toBe(score);
  });

  it('custom cut-offs decide the verdict', () => {
    const r = judge([flag('engagement-rate', 0.2, 'x', {})], WEIGHTS, { authenticMin: 90, suspiciousMin: 80 }, 5, PRIMARY);
    expect(r.judgement).toEqual({ verdict: 'suspicious', score: 80 });
  });
});
