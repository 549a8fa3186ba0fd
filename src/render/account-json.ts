import type { AccountResult } from '../core/score-account.js';
import type { Signal } from '../core/signal.js';
import type { AccountJson, SignalJson } from './output-schema.js';

/** The contract's account object (cli-contract.md); `explain` only when asked, so default output stays lean. */
export function accountJson(r: AccountResult, explain: boolean): AccountJson {
  return {
    handle: r.handle,
    platform: r.platform,
    followers: r.followers,
    tier: r.tier,
    score: r.score,
    verdict: r.verdict,
    signals: r.signals.map((s) => signalJson(s, explain)),
    ...(explain ? { deductions: r.breakdown.deductions, bonus: r.breakdown.bonus } : {}),
  };
}

function signalJson(s: Signal, explain: boolean): SignalJson {
  const base = { id: s.id, status: s.status, severity: s.severity, message: s.message, evidence: s.evidence };
  return explain && s.explain ? { ...base, explain: s.explain() } : base;
}
