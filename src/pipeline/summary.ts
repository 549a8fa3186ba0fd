import type { Verdict } from '../core/verdict.js';
import type { Gate, RunSummary } from '../shared/run-summary.js';

export type { FailOn, Gate, RunSummary } from '../shared/run-summary.js';

/** Counts verdicts and decides the gate as accounts stream by; holds no account. */
export class SummaryCounter {
  private counts = { authentic: 0, suspicious: 0, likelyFake: 0, insufficientData: 0 };
  private failed = false;

  constructor(private readonly gate: Gate) {}

  add(verdict: Verdict, score: number | null): void {
    if (verdict === 'authentic') this.counts.authentic++;
    else if (verdict === 'suspicious') this.counts.suspicious++;
    else if (verdict === 'likely-fake') this.counts.likelyFake++;
    else this.counts.insufficientData++;
    if (gateFails(this.gate, verdict, score)) this.failed = true;
  }

  summary(rows: RunSummary['rows'], warnings = 0): RunSummary {
    const c = this.counts;
    return {
      accounts: c.authentic + c.suspicious + c.likelyFake + c.insufficientData,
      ...c,
      rows,
      warnings,
      gate: { ...this.gate, failed: this.failed },
    };
  }
}

/**
 * The gate: `--fail-on suspicious` fails on any suspicious or likely-fake account, `--fail-on likely-fake` on a
 * likely-fake one, `--min-score N` on any score below N. An account with insufficient data has no score and does not
 * fail the gate (missing data is not evidence); its count is in the summary for a job that wants to be stricter.
 */
export function gateFails(gate: Gate, verdict: Verdict, score: number | null): boolean {
  if (gate.failOn === 'likely-fake' && verdict === 'likely-fake') return true;
  if (gate.failOn === 'suspicious' && (verdict === 'suspicious' || verdict === 'likely-fake')) return true;
  return gate.minScore !== null && score !== null && score < gate.minScore;
}
