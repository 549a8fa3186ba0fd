import type { AccountResult } from '../core/score-account.js';
import type { Verdict } from '../core/verdict.js';
import type { AccountChange, ChangeStatus, ScoredAccount } from '../shared/account-change.js';
import type { Gate, RunSummary } from '../shared/run-summary.js';

export type { FailOn, Gate, RunSummary } from '../shared/run-summary.js';

/** Accounts that failed the gate listed on stderr before the rest are only counted (as rejected rows are). */
export const MAX_LISTED_FAILURES = 20;

/** An account that failed the gate, as stderr lists it. */
export interface GateFailure {
  handle: string;
  platform: string;
  /** The rule it failed and, with a baseline, how it changed: "suspicious (--fail-on suspicious), new". */
  reason: string;
  /** The strongest evidence behind it: a flagged signal's id and message, or why the data was insufficient. */
  evidence: string;
}

/**
 * Counts verdicts and decides the gate as accounts stream by. It holds no account: the first failures (for stderr),
 * and the norm tables seen per platform, a few names.
 */
export class SummaryCounter {
  private counts = { authentic: 0, suspicious: 0, likelyFake: 0, insufficientData: 0 };
  private changes: Record<ChangeStatus, number> = { new: 0, unchanged: 0, better: 0, worse: 0 };
  private failedAccounts = 0;
  private readonly listed: GateFailure[] = [];
  private readonly norms = new Map<string, Set<string>>();

  constructor(private readonly gate: Gate) {}

  /** Counts the account; returns it with its change and, when it failed the gate, why. */
  add(r: AccountResult, change?: AccountChange): ScoredAccount {
    if (r.verdict === 'authentic') this.counts.authentic++;
    else if (r.verdict === 'suspicious') this.counts.suspicious++;
    else if (r.verdict === 'likely-fake') this.counts.likelyFake++;
    else this.counts.insufficientData++;
    if (change) this.changes[change.status]++;
    for (const s of r.signals) {
      if (s.id !== 'engagement-rate' || s.status === 'skip') continue;
      // A rate on views judged on followers too used two tables.
      const other = s.evidence['otherBasis'];
      for (const table of [s.evidence['normTable'], other && typeof other === 'object' && !Array.isArray(other) ? other['normTable'] : undefined]) {
        if (typeof table !== 'string') continue;
        let tables = this.norms.get(r.platform);
        if (!tables) this.norms.set(r.platform, (tables = new Set()));
        tables.add(table);
      }
    }
    const reason = gateFailure(this.gate, r.verdict, r.score, change);
    if (reason === undefined) return change ? { ...r, change } : r;
    this.failedAccounts++;
    if (this.listed.length < MAX_LISTED_FAILURES) this.listed.push({ handle: r.handle, platform: r.platform, reason, evidence: evidenceOf(r) });
    return { ...r, ...(change ? { change } : {}), gateFailed: reason };
  }

  /** The first failures, for stderr; `summary().gate.failedAccounts` counts them all. */
  failures(): readonly GateFailure[] {
    return this.listed;
  }

  /** `expectedRejections`: rejected rows every export of their kind has (a Total row), which --strict lets pass. */
  summary(rows: RunSummary['rows'], warnings = 0, disappeared?: number, expectedRejections = 0): RunSummary {
    const c = this.counts;
    const g = this.gate;
    const failedRows = g.strict === true ? rows.rejected - expectedRejections : 0;
    const normsUsed = Object.fromEntries([...this.norms].sort(([a], [b]) => a.localeCompare(b)).map(([p, t]) => [p, [...t].sort()]));
    return {
      accounts: c.authentic + c.suspicious + c.likelyFake + c.insufficientData,
      ...c,
      rows,
      warnings,
      normsUsed,
      gate: {
        failOn: g.failOn, minScore: g.minScore, strict: g.strict === true, baseline: g.baseline ?? null,
        failed: this.failedAccounts > 0 || failedRows > 0, failedAccounts: this.failedAccounts, failedRows,
      },
      ...(g.baseline ? { baseline: { file: g.baseline, ...this.changes, disappeared: disappeared ?? 0 } } : {}),
    };
  }
}

/**
 * Why an account fails the gate, or undefined when it passes. `--fail-on suspicious` fails a suspicious or likely-fake
 * account, `--fail-on likely-fake` a likely-fake one, `--min-score N` a score below N; an account with insufficient
 * data has no score and passes (missing data is not evidence) unless `--strict`. With a baseline, only an account
 * that is new or worse can fail: one already accepted as it is passes.
 */
export function gateFailure(gate: Gate, verdict: Verdict, score: number | null, change?: AccountChange): string | undefined {
  const rules: string[] = [];
  if (gate.failOn === 'likely-fake' && verdict === 'likely-fake') rules.push('likely-fake (--fail-on likely-fake)');
  if (gate.failOn === 'suspicious' && (verdict === 'suspicious' || verdict === 'likely-fake')) rules.push(`${verdict} (--fail-on suspicious)`);
  if (gate.minScore !== null && score !== null && score < gate.minScore) rules.push(`score ${score} under --min-score ${gate.minScore}`);
  if (gate.strict === true && verdict === 'insufficient-data') rules.push('insufficient data (--strict)');
  if (rules.length === 0) return undefined;
  if (change && change.status !== 'new' && change.status !== 'worse') return undefined;
  const was = change?.before ? `, worse than the baseline (${change.before.verdict}${change.before.score === null ? '' : `, ${change.before.score}`})` : change ? ', new since the baseline' : '';
  return `${rules.join(', ')}${was}`;
}

/** A gate's question is "why": the strongest counted flag and its message, or why the data did not suffice. */
function evidenceOf(r: AccountResult): string {
  if (r.breakdown.insufficient) return r.breakdown.insufficient;
  let best: { id: string; logOdds: number } | undefined;
  for (const c of r.breakdown.contributions) if (c.counted && (best === undefined || c.logOdds > best.logOdds)) best = c;
  const signal = r.signals.find((s) => s.id === best?.id) ?? r.signals.find((s) => s.status === 'flag');
  return signal ? `${signal.id}: ${signal.message}` : 'no flagged signal';
}
