import type { ScoredAccount } from '../../shared/account-change.js';
import { scoreArithmetic } from '../../core/score-arithmetic.js';
import type { Signal } from '../../core/signal.js';
import type { AccountJson, SignalJson } from '../output-schema.js';

/** The contract's account object; the score's arithmetic only with --explain, so default output stays lean. */
export function accountJson(r: ScoredAccount, explain: boolean): AccountJson {
  const counted = new Map(r.breakdown.contributions.filter((c) => c.counted).map((c) => [c.id, c.logOdds]));
  return {
    handle: r.handle,
    platform: r.platform,
    followers: r.followers,
    tier: r.tier,
    score: r.score,
    verdict: r.verdict,
    logOdds: r.breakdown.logOdds,
    ...(r.breakdown.insufficient ? { insufficient: r.breakdown.insufficient } : {}),
    signals: r.signals.map((s) => signalJson(s, counted.get(s.id) ?? 0, explain)),
    ...(explain ? { scoring: { contributions: r.breakdown.contributions, bonus: r.breakdown.bonus, arithmetic: scoreArithmetic(r.breakdown, r) } } : {}),
    ...(r.change ? { change: r.change.status, baseline: r.change.before } : {}),
    ...(r.gateFailed !== undefined ? { gateFailed: r.gateFailed } : {}),
  };
}

function signalJson(s: Signal, logOdds: number, explain: boolean): SignalJson {
  const base = { id: s.id, status: s.status, severity: s.severity, logOdds, message: s.message, evidence: s.evidence };
  return explain && s.explain ? { ...base, explain: s.explain() } : base;
}
