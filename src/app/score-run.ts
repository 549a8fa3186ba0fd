import type { Platform } from '../core/platform.js';
import { scoreAccount } from '../core/score-account.js';
import type { ScoringConfig } from '../core/scoring-config.js';
import type { ColumnOverrides } from '../io/columns.js';
import { UserError } from '../io/errors.js';
import type { OutputSink } from '../io/output-sink.js';
import { readCsv } from '../io/read-csv.js';
import { recognise } from '../io/recognise.js';
import type { RejectedRow } from '../io/rejected.js';
import type { InputSource } from '../io/source.js';
import type { Renderer, RunMeta } from '../render/types.js';
import { Diagnostics } from './diagnostics.js';
import { RosterReader } from './read-roster.js';
import { SummaryCounter, type Gate, type RunSummary } from './summary.js';

export interface ScoreRun {
  sources: readonly InputSource[];
  config: ScoringConfig;
  defaultPlatform: Platform;
  overrides: ColumnOverrides;
  gate: Gate;
  renderer: Renderer;
  meta: RunMeta;
}

export interface RunIo {
  out: OutputSink;
  diagnostics: Diagnostics;
}

/**
 * `influaudit score`: reads each file, scores each account as soon as its data is complete, streams the rendered
 * output, and returns the summary (rows read = used + rejected) for the exit code.
 */
export async function runScore(run: ScoreRun, io: RunIo): Promise<RunSummary> {
  const counter = new SummaryCounter(run.gate);
  const rejected: RejectedRow[] = [];
  const rows = { read: 0, used: 0, rejected: 0 };
  const reject = (r: RejectedRow) => {
    rows.rejected++;
    rejected.push(r);
    io.diagnostics.rejected(r);
  };
  io.out.write(run.renderer.begin(run.meta));
  for (const source of run.sources) {
    if (io.out.closed) break;
    let reader: RosterReader | undefined;
    await readCsv(source, {
      onHead: (head) => {
        const recognised = recognise(head.header, run.overrides, source.name);
        reader = new RosterReader(head, recognised.columns, run.defaultPlatform, {
          row: (r) => {
            rows.used++;
            const result = scoreAccount({ handle: r.handle, platform: r.platform, profile: r.profile }, run.config);
            counter.add(result.verdict, result.score);
            io.out.write(run.renderer.account(result));
          },
          rejected: reject,
        });
      },
      onRecord: (fields, line) => {
        rows.read++;
        reader!.record(fields, line);
      },
      onBadRecord: (line, reason) => {
        rows.read++;
        reject({ file: source.name, line, column: null, value: null, reason });
      },
      pause: () => io.out.ready(),
      stopped: () => io.out.closed,
    });
    reader?.end();
  }
  const summary = counter.summary(rows);
  io.out.write(run.renderer.end(summary, rejected));
  io.diagnostics.finish(summary);
  if (rows.used === 0 && !io.out.closed) {
    throw new UserError(rows.read === 0 ? 'no data rows in the input (header only?)' : `no usable row: all ${rows.read} rows were rejected`);
  }
  return summary;
}
