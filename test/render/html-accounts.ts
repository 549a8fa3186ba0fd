import type { KnownEvent } from '../../src/core/account.js';
import type { AccountResult } from '../../src/core/score-account.js';
import { scoreAccount } from '../../src/core/score-account.js';
import { DEFAULT_SCORING } from '../../src/core/scoring-config.js';
import { flag, type Evidence } from '../../src/core/signal.js';
import { render } from './build.js';
import { daily, JAN1, spread } from '../core/growth/build.js';

/** +6,000 on 2026-01-31, 2,500 given back over the next five days: flagged by growth-spike-drop. */
export const BOUGHT = { 30: 6000, ...spread(31, 5, -2500) };

export function withCurve(handle: string, opts: { days?: number; events?: KnownEvent[]; extra?: Record<number, number> } = {}): AccountResult {
  const history = daily({ days: opts.days ?? 90, extra: opts.extra ?? BOUGHT });
  return scoreAccount(
    { handle, platform: 'instagram', profile: { followers: 52_000, following: 700, avgLikes: 1_300, avgComments: 40 }, history, events: opts.events ?? [] },
    DEFAULT_SCORING,
  );
}

export const giveaway = (label: string): KnownEvent[] => [{ day: JAN1 + 30, label }];

/** An account carrying an `audience-quality` signal with the given evidence (the signal is wired in elsewhere). */
export function withAudience(handle: string, evidence: Evidence): AccountResult {
  const base = scoreAccount({ handle, platform: 'instagram', profile: { followers: 20_000, avgLikes: 500 } }, DEFAULT_SCORING);
  const signals = base.signals.filter((s) => s.id !== 'audience-quality');
  return { ...base, signals: [...signals, flag('audience-quality', 0.6, 'likely fake share above the problem level', evidence)] };
}

export const html = (results: readonly AccountResult[], over: Parameters<typeof render>[1] = {}, rejected?: Parameters<typeof render>[3]) =>
  render('html', over, results, rejected);
