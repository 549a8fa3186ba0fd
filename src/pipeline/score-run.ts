import { countOf } from '../core/format.js';
import { scoreAccount, type AccountResult } from '../core/score-account.js';
import type { Recognised } from '../io/recognise.js';
import type { OutputSink } from '../io/output-sink.js';
import { normsText } from '../render/norms-used.js';
import type { Pieces } from '../render/renderer.js';
import type { RunSummary } from '../shared/run-summary.js';
import { UserError } from '../shared/user-error.js';
import { agesCounted } from './account-ages.js';
import { attachEvents } from './attach-events.js';
import type { Diagnostics } from './diagnostics.js';
import { FirstSeen } from './first-seen.js';
import { Joiner } from './joiner.js';
import type { OpenedInput } from './open-inputs.js';
import type { Reader } from './readers/reader.js';
import { readInput } from './read-input.js';
import { RowLedger } from './row-ledger.js';
import { openScoreInputs } from './score-inputs.js';
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
 * before anything is written, and the document begins with its first account: a run that fails before one is scored
 * (a file that cannot be read, dates that need --dates) leaves stdout empty. Rosters alone stream, each row scored as
 * it is read, in memory that grows only with the accounts seen; any other input is joined by account first. Rows
 * read = used + rejected.
 *
 * Once output began, a failure (an input that cannot be read on, a UserError from a reader, a bug) still closes the
 * document, saying the run failed (`closeFailed`), and is then thrown: exit 2, whatever the format.
 */
export async function runScore(plan: ScorePlan, io: RunIo): Promise<RunSummary> {
  const note = (m: string) => io.diagnostics.note(m);
  const { inputs, fileNamed } = await openScoreInputs(plan, note);
  const ledger = new RowLedger(io.diagnostics, plan.listIssues ?? true);
  try {
    const verdicts = new SummaryCounter(plan.gate);
    let begun = false;
    const begin = () => {
      if (!begun) {
        io.diagnostics.outputBegan();
        io.out.write(plan.renderer.begin());
      }
      begun = true;
    };
    const emit = (r: AccountResult) => {
      begin();
      const change = plan.baseline?.compare(r.handle, r.platform, r, plan.gate.minScore);
      io.out.write(plan.renderer.item(verdicts.add(r, change)));
    };
    const joiner = new Joiner();
    const streaming = inputs.every((i) => i.recognised.kind === 'roster');
    const readerFor = scoreReader({ plan, ledger, joiner, rosterRows: new FirstSeen(), fileNamed, note, ...(streaming ? { scored: emit } : {}) });
    let aged = false;
    const asOf = () => (aged ? { asOf: agesCounted(plan.asOfDay, plan.asOfGiven).asOf } : {});
    try {
      const empty: string[] = [];
      for (const [i, input] of inputs.entries()) {
        const reader = readerFor(input);
        const readBefore = ledger.rows.read;
        const usedBefore = ledger.rows.used;
        // A reader that fails closes its own input (read-csv); those not read yet are closed here.
        await readInput(input, reader, ledger, io.out, note).catch((e: unknown) => {
          for (const later of inputs.slice(i + 1)) later.csv.close();
          throw e;
        });
        if (ledger.rows.read === readBefore) empty.push(input.source.name);
        aged ||= (reader.agesCounted ?? 0) > 0;
        if (reader.sawYearless && !plan.yearGiven) note(`${input.source.name}: dates have no year; placed from ${plan.startYear} for ordering only (set the first row's year with --year)`);
        if (reader.defaultedPlatform && plan.platformFlag === undefined) note(platformNote(input, reader, ledger.rows.used - usedBefore, plan.defaultPlatform));
      }
      if (aged) note(agesCounted(plan.asOfDay, plan.asOfGiven).note);
      for (const j of joiner.joinDefaultedPlatforms()) {
        note(j.apart
          ? `${j.handle}: read on ${j.from} by default (nothing in its file names a platform), not joined to its ${j.to} account: ${j.apart[0].toLocaleString('en-US')} followers against ${j.apart[1].toLocaleString('en-US')} are two accounts (name the platform with --platform or a column)`
          : `${j.handle}: read on ${j.from} by default (nothing in its file names a platform), joined to its ${j.to} account: the only account of that name on a named platform`);
      }
      // An export that came out empty beside others would otherwise pass unnoticed (with nothing else, it is the error).
      if (ledger.rows.read > 0 && !io.out.closed) for (const name of empty) note(`${name}: no data rows (a header only): nothing read from it`);
      attachEvents(joiner, plan.events ?? [], note);
      for (const draft of joiner.all()) {
        if (io.out.closed) break;
        const { input, issues } = toAccountInput(draft, plan.postSelection);
        for (const d of issues.duplicates) ledger.unuse(d);
        for (const n of issues.notes) note(n);
        emit(scoreAccount(input, plan.config));
        await io.out.ready();
      }
    } catch (e) {
      if (!begun) throw e;
      // Accounts gone since a baseline are not listed: a run that stopped part-way did not see them all.
      throw await closeFailed(e, verdicts.summary(ledger.rows, ledger.warned, undefined, ledger.expectedRejections), io, (summary, error) => plan.renderer.end({ summary, rejected: ledger.rejected, warnings: ledger.warnings, ...asOf(), notes: io.diagnostics.notes, error }));
    }
    const disappeared = plan.baseline && !io.out.closed ? plan.baseline.disappeared() : [];
    const summary = verdicts.summary(ledger.rows, ledger.warned, disappeared.length, ledger.expectedRejections);
    const chosen = plan.normsChosen;
    if (chosen && ledger.rows.used > 0 && !Object.values(summary.normsUsed).some((tables) => tables.includes(chosen.name))) note(unusedNormsNote(chosen, summary.normsUsed));
    const unusable = ledger.rows.used === 0 && !io.out.closed ? noUsableRow(ledger.rows, inputs.map((i) => i.source.name)) : undefined;
    // No row at all (a header only): nothing to list, so no document, as for a run refused before output.
    if (unusable && ledger.rows.read === 0 && !begun) throw unusable;
    begin();
    await writePieces(io.out, plan.renderer.end({ summary, rejected: ledger.rejected, warnings: ledger.warnings, disappeared, ...asOf(), notes: io.diagnostics.notes, ...(unusable ? { error: unusable.message } : {}) }));
    // A write that failed (a full disk) is known once the output is flushed: before the summary, which would say the
    // run went through.
    await io.out.end();
    // A reader that left (| head -1) saw part of the output: a summary line would present that part as the whole.
    if (!io.out.closed) io.diagnostics.finish({ summary, failures: verdicts.failures(), disappeared });
    else io.diagnostics.stopped({ summary, failures: verdicts.failures() });
    if (unusable) throw unusable;
    return summary;
  } finally {
    // The rejected rows and warnings past the first MiB are in a temporary file.
    ledger.close();
  }
}

/**
 * Said once per file whose rows took the default platform: nothing named it (a platform column, a profile URL, a
 * header only one platform's tool writes), and a YouTube or X export judged on Instagram's norms is judged wrong.
 */
export function defaultPlatformNote(file: string, platform: string): string {
  return `${file}: nothing in the file names the platform (a platform column, a profile URL, a tool's own headers): read as ${platform}, the default (set it with --platform)`;
}

/** The note for a file some of whose rows (of the `used`) took the default platform. */
function platformNote(input: OpenedInput<Recognised>, reader: Reader, used: number, platform: string): string {
  const r = input.recognised;
  const defaulted = reader.defaultedPlatform ?? 0;
  const column = 'columns' in r && 'platform' in r.columns && r.columns.platform !== undefined;
  if (column) return emptyPlatformNote(input.source.name, platform);
  // A roster counts its rows; a history counts accounts (runs of rows), beside those whose link named a platform.
  if (r.kind === 'roster' && defaulted < used) return someDefaultedNote(input.source.name, `${defaulted === 1 ? '1 row names' : `${defaulted} rows name`}`, platform);
  // A history counts runs of rows, which interleaved accounts repeat: no number, then.
  if ((reader.namedPlatform ?? 0) > 0) return someDefaultedNote(input.source.name, 'some accounts name', platform);
  return defaultPlatformNote(input.source.name, platform);
}

/** `--norms NAME` that judged no account: its platform or basis matched no rate measured. */
function unusedNormsNote(chosen: NonNullable<ScorePlan['normsChosen']>, used: RunSummary['normsUsed']): string {
  const judges = chosen.platform === 'any' ? `rates on ${chosen.basis}` : `${chosen.platform} on ${chosen.basis}`;
  return `--norms ${chosen.name} judged no account: it judges ${judges}, and no account's rate was measured that way (${normsText(used)})`;
}

/** Said once per file where profile links named the platform of some rows and not of others. */
function someDefaultedNote(file: string, count: string, platform: string): string {
  return `${file}: ${count} no platform (no profile link where others have one): read as ${platform}, the default (set it with --platform)`;
}

/** Said once per file whose platform column left some rows empty. */
function emptyPlatformNote(file: string, platform: string): string {
  return `${file}: rows with an empty platform cell: read as ${platform}, the default (set it with --platform)`;
}

/** A document's end, piece by piece as it is made, waiting whenever stdout is behind: memory stays bounded. */
export async function writePieces(out: OutputSink, pieces: Pieces): Promise<void> {
  for (const piece of pieces) {
    if (out.closed) return;
    out.write(piece);
    const wait = out.ready();
    if (wait) await wait;
  }
}

/** Every row rejected, or none to read: the run could not score anything. */
export function noUsableRow(rows: { read: number }, names: readonly string[]): UserError {
  if (rows.read === 0) return new UserError(`${names.join(', ')}: no data rows (a header only?)`);
  return new UserError(rows.read === 1 ? 'no usable row: the one row was rejected' : `no usable row: all ${rows.read} rows were rejected`);
}

/**
 * A failure after the output began: the document is closed with what was read and the error (`end`), stderr gets the
 * rejected-row counts but no summary line (its counts are not the input's), and the error to throw is returned: a
 * user error keeps its one line, saying the output is incomplete; a bug keeps its stack.
 */
export async function closeFailed<S extends { rows: { read: number } }>(e: unknown, summary: S, io: RunIo, end: (summary: S, error: string) => Pieces): Promise<unknown> {
  const message = e instanceof UserError ? e.message : `internal error (${e instanceof Error ? e.message : String(e)}): see stderr`;
  await writePieces(io.out, end(summary, message));
  io.diagnostics.finish();
  if (io.out.closed) return e;
  const stopped = `stopped after ${countOf(summary.rows.read, 'row')} read: the output so far is closed with this error`;
  if (e instanceof UserError) return new UserError(`${e.message}; ${stopped}`);
  io.diagnostics.error(stopped);
  return e;
}
