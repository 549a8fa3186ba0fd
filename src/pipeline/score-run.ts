import { PLATFORMS } from '../core/platform.js';
import { scoreAccount, type AccountResult } from '../core/score-account.js';
import { recognise } from '../io/recognise.js';
import type { OutputSink } from '../io/output-sink.js';
import type { RunSummary } from '../shared/run-summary.js';
import { UserError } from '../shared/user-error.js';
import type { Diagnostics } from './diagnostics.js';
import { FirstSeen } from './first-seen.js';
import { Joiner } from './joiner.js';
import { openInputs } from './open-inputs.js';
import { readInput } from './read-input.js';
import { RowLedger } from './row-ledger.js';
import type { ScorePlan } from './score-plan.js';
import { scoreReader } from './score-readers.js';
import { SummaryCounter } from './summary.js';
import { toAccountInput } from './to-account-input.js';

export interface RunIo {
  out: OutputSink;
  diagnostics: Diagnostics;
}

/**
 * `influaudit score`: read → recognise → rows → group → score → render → sink. Every input is opened and recognised
 * before anything is written; rosters alone stream, each row scored as it is read, in memory that grows only with
 * the accounts seen; any other input is joined by account first. Rows read = used + rejected.
 */
export async function runScore(plan: ScorePlan, io: RunIo): Promise<RunSummary> {
  const note = (m: string) => io.diagnostics.note(m);
  const inputs = await openInputs(plan.sources, (head) => recognise(head.header, plan.overrides, head.source), note);
  const ledger = new RowLedger(io.diagnostics);
  const verdicts = new SummaryCounter(plan.gate);
  const emit = (r: AccountResult) => {
    verdicts.add(r.verdict, r.score);
    io.out.write(plan.renderer.item(r));
  };
  const joiner = new Joiner();
  const streaming = inputs.every((i) => i.recognised.kind === 'roster');
  const readerFor = scoreReader({ plan, ledger, joiner, rosterRows: new FirstSeen(), note, ...(streaming ? { scored: emit } : {}) });
  io.out.write(plan.renderer.begin());
  for (const input of inputs) {
    const reader = readerFor(input);
    await readInput(input, reader, ledger, io.out);
    if (reader.sawYearless && !plan.yearGiven) note(`${input.source.name}: dates have no year; placed from ${plan.startYear} for ordering only (set the first row's year with --year)`);
  }
  for (const e of plan.events ?? []) {
    for (const p of e.platform ? [e.platform] : PLATFORMS) joiner.find(e.handle, p)?.events.push({ day: e.day, label: e.label });
  }
  for (const draft of joiner.all()) {
    if (io.out.closed) break;
    const { input, issues } = toAccountInput(draft, plan.postSelection);
    for (const d of issues.duplicates) ledger.unuse(d);
    emit(scoreAccount(input, plan.config));
    await io.out.ready();
  }
  const summary = verdicts.summary(ledger.rows, ledger.warnings.length);
  io.out.write(plan.renderer.end({ summary, rejected: ledger.rejected, warnings: ledger.warnings }));
  // A reader that left (| head -1) saw part of the output: a summary line would present that part as the whole.
  if (!io.out.closed) io.diagnostics.finish(summary);
  if (ledger.rows.used === 0 && !io.out.closed) {
    throw new UserError(ledger.rows.read === 0 ? 'no data rows in the input (header only?)' : `no usable row: all ${ledger.rows.read} rows were rejected`);
  }
  return summary;
}
