import { describe, expect, it } from 'vitest';
import { flag, pass, skip, type Signal } from '../../../src/core/signal.js';
import { DEFAULT_CUTOFFS, judge, SCORE_SCALE, type JudgeConfig, type Verdict } from '../../../src/core/verdict.js';

const CONFIG: JudgeConfig = {
  maxLogOdds: { 'engagement-rate': 8, 'follow-ratio': 2.5, 'growth-spike-drop': 2.5, 'growth-spike': 0.3, 'comment-like-ratio': 2, 'growth-engagement-mismatch': 1.5 },
  verdict: DEFAULT_CUTOFFS,
  verifiedBonus: 5,
  primarySignals: ['engagement-rate', 'growth-spike-drop'],
  engagement: { highAloneMaxLogOdds: 0.5 },
};
const NO_COUNT = 'the follower count was not in the data, so bought followers were not assessed';
const run = (signals: Signal[], config: Partial<JudgeConfig> = {}, followersSeen = true) => judge(signals, { ...CONFIG, ...config }, followersSeen ? undefined : NO_COUNT);
/** An engagement flag carrying its own rarity-graded evidence. */
const er = (logOdds: number, direction: 'low' | 'high' = 'low') => flag('engagement-rate', Math.min(1, logOdds / 8), 'x', { logOdds, direction });
const scoreOf = (logOdds: number) => Math.round(100 * Math.exp(-logOdds / SCORE_SCALE));

describe('judge: when is there enough to decide', () => {
  it.each<[string, Signal[], Partial<JudgeConfig>, boolean, Verdict, number | null]>([
    ['nothing computed', [skip('engagement-rate', 'x'), skip('follow-ratio', 'x')], {}, true, 'insufficient-data', null],
    ['only a non-primary signal passes', [skip('engagement-rate', 'x'), pass('follow-ratio', 'ok', {})], {}, true, 'insufficient-data', null],
    ['a primary signal passes', [pass('engagement-rate', 'ok', {}), skip('follow-ratio', 'x')], {}, true, 'authentic', 100],
    ['another primary signal passes', [pass('growth-spike-drop', 'ok', {})], {}, true, 'authentic', 100],
    ['a primary signal passes, but the follower count was never seen', [pass('engagement-rate', 'ok', {})], {}, false, 'insufficient-data', null],
    ['a conclusive flag without the follower count still convicts', [er(4)], {}, false, 'likely-fake', scoreOf(4)],
    ['a non-primary flag alone is conclusive', [skip('engagement-rate', 'x'), flag('follow-ratio', 1, 'f4f', {})], {}, true, 'suspicious', scoreOf(2.5)],
    ['a weak non-primary flag alone is not', [skip('engagement-rate', 'x'), flag('follow-ratio', 0.2, 'x', {})], {}, true, 'insufficient-data', null],
    ['an unweighted flag is not', [flag('like-burst', 1, 'x', {}), pass('follow-ratio', 'ok', {})], {}, true, 'insufficient-data', null],
    ['a primary signal weighing nothing is not', [pass('engagement-rate', 'ok', {})], { maxLogOdds: { 'follow-ratio': 2.5 } }, true, 'insufficient-data', null],
  ])('%s', (_name, signals, config, followersSeen, verdict, score) => {
    expect(run(signals, config, followersSeen).judgement).toEqual({ verdict, score });
  });

  describe('a signal set to maxLogOdds 0 is informational: shown, never counted, and it clears nothing', () => {
    const zeroed = { maxLogOdds: { ...CONFIG.maxLogOdds, 'engagement-rate': 0 } };
    it.each<[string, Signal[], Verdict, number | null]>([
      ['its pass alone clears nothing', [pass('engagement-rate', 'ok', {}), pass('follow-ratio', 'ok', {})], 'insufficient-data', null],
      ['its flag adds nothing', [er(6), pass('follow-ratio', 'ok', {})], 'insufficient-data', null],
      ['another primary signal that weighs still clears', [pass('engagement-rate', 'ok', {}), pass('growth-spike-drop', 'ok', {})], 'authentic', 100],
      ['a secondary flag still convicts', [er(6), flag('follow-ratio', 1, 'f4f', {})], 'suspicious', scoreOf(2.5)],
    ])('%s', (_name, signals, verdict, score) => {
      const r = run(signals, zeroed);
      expect(r.judgement).toEqual({ verdict, score });
      expect(r.contributions.map((c) => c.id)).not.toContain('engagement-rate');
    });

    it('the reason names the signal that weighs nothing, not a missing one', () => {
      expect(run([pass('engagement-rate', 'ok', {})], zeroed).insufficient).toBe(
        'engagement-rate was computed but weighs nothing (maxLogOdds 0), so it cannot clear the account, and no other engagement, growth or audience signal could judge it (each skip says what was missing)',
      );
      const both = run([pass('engagement-rate', 'ok', {}), pass('growth-spike-drop', 'ok', {})], { maxLogOdds: { ...zeroed.maxLogOdds, 'growth-spike-drop': 0 } });
      expect(both.insufficient).toMatch(/^engagement-rate and growth-spike-drop were computed but weigh nothing \(maxLogOdds 0\), so they cannot clear/);
      // Absent from maxLogOdds (a library caller's config): the same as 0.
      expect(run([pass('engagement-rate', 'ok', {})], { maxLogOdds: { 'follow-ratio': 2.5 } }).insufficient).toMatch(/^engagement-rate was computed but weighs nothing/);
      // Skipped, it was not computed: the usual reason.
      expect(run([skip('engagement-rate', 'x'), pass('follow-ratio', 'ok', {})], zeroed).insufficient).toMatch(/^no engagement, growth or audience signal could judge/);
    });
  });

  it('says why the data were insufficient', () => {
    expect(run([pass('engagement-rate', 'ok', {})], {}, false).insufficient).toMatch(/follower count was not in the data/);
    expect(run([pass('follow-ratio', 'ok', {})]).insufficient).toMatch(/no engagement, growth or audience signal/);
  });
});

describe('judge: evidence accumulates as log-odds', () => {
  it.each<[number, number, Verdict]>([
    [0, 100, 'authentic'],
    [1.14, 71, 'authentic'],
    [1.18, 70, 'authentic'],
    [1.25, 68, 'suspicious'],
    [3.02, 40, 'suspicious'],
    [3.05, 40, 'suspicious'],
    [3.1, 39, 'likely-fake'],
    [8, 9, 'likely-fake'],
  ])('%d log-odds → score %d, %s', (logOdds, score, verdict) => {
    expect(run([er(logOdds)]).judgement).toEqual({ verdict, score });
  });

  it('independent signals add up: two suspicious signs make a likely fake', () => {
    const r = run([er(1.5), flag('follow-ratio', 1, 'f4f', {}), flag('growth-spike-drop', 0.8, 'spike', {})]);
    expect(r.logOdds).toBe(1.5 + 2.5 + 2);
    expect(r.judgement).toEqual({ verdict: 'likely-fake', score: scoreOf(6) });
    expect(r.contributions.map((c) => [c.id, c.logOdds, c.counted])).toEqual([
      ['engagement-rate', 1.5, true], ['follow-ratio', 2.5, true], ['growth-spike-drop', 2, true],
    ]);
  });

  it('signals that read the same numbers count once: the strongest of a group', () => {
    const r = run([er(1.5), flag('growth-engagement-mismatch', 0.6, 'x', {}), flag('growth-spike-drop', 1, 'x', {}), flag('growth-spike', 1, 'x', {})]);
    expect(r.contributions.map((c) => [c.id, c.counted])).toEqual([
      ['engagement-rate', true], ['growth-engagement-mismatch', false], ['growth-spike-drop', true], ['growth-spike', false],
    ]);
    expect(r.logOdds).toBe(1.5 + 2.5);
  });

  it('a weight caps what a flag may add', () => {
    const r = run([er(20)]);
    expect(r.logOdds).toBe(8);
    expect(r.contributions[0]!.note).toMatch(/capped at its maxLogOdds 8/);
  });

  it('very high engagement alone is weak; beside a corroborating flag it counts in full', () => {
    expect(run([er(3, 'high')]).judgement).toEqual({ verdict: 'authentic', score: scoreOf(0.5) });
    expect(run([er(3, 'high')]).contributions[0]!.note).toMatch(/high engagement alone/);
    const corroborated = run([er(3, 'high'), flag('comment-like-ratio', 0.5, 'no comments', {})]);
    expect(corroborated.logOdds).toBe(4);
    expect(corroborated.judgement.verdict).toBe('likely-fake');
  });

  it('a verified badge wins back a few points, never more than were lost', () => {
    const verified = pass('verified', 'v', { verified: true });
    expect(run([er(1.5), verified]).judgement).toEqual({ verdict: 'suspicious', score: scoreOf(1.5) + 5 });
    expect(run([pass('engagement-rate', 'ok', {}), verified]).judgement.score).toBe(100);
  });

  it('custom cut-offs decide the verdict', () => {
    expect(run([er(0.5)], { verdict: { authenticMin: 90, suspiciousMin: 80 } }).judgement).toEqual({ verdict: 'suspicious', score: scoreOf(0.5) });
  });
});
