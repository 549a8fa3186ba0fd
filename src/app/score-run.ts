import type { AccountInput } from '../core/account.js';
import type { Platform } from '../core/platform.js';
import { scoreAccount, type AccountResult } from '../core/score-account.js';
import type { ScoringConfig } from '../core/scoring-config.js';
import type { ColumnOverrides } from '../io/columns.js';
import type { DateOrder } from '../io/dates.js';
import { UserError } from '../io/errors.js';
import type { OutputSink } from '../io/output-sink.js';
import { readCsv, type CsvHead } from '../io/read-csv.js';
import { recognise } from '../io/recognise.js';
import type { CellWarning, RejectedRow } from '../io/rejected.js';
import type { InputSource } from '../io/source.js';
import type { Renderer, RunMeta } from '../render/types.js';
import type { Diagnostics } from './diagnostics.js';
import { Joiner } from './joiner.js';
import { HistoryReader } from './read-history.js';
import { PostsReader, SeenPosts } from './read-posts.js';
import { RosterReader } from './read-roster.js';
import { WideHistoryReader, wideAccounts } from './read-wide-history.js';
import { SummaryCounter, type Gate, type RunSummary } from './summary.js';
import { toAccountInput } from './to-account-input.js';
import { handleFromFileName } from './file-handle.js';
import type { AccountEvent } from './read-events.js';
import { PLATFORMS } from '../core/platform.js';
import { classifyFollower } from '../core/audience/classify-follower.js';
import { audienceRulesFor } from '../core/audience/thresholds.js';
import { FollowersReader } from './read-followers.js';
import { VERDICTS } from '../core/verdict.js';
import { ChunkedHandOff } from './parallel/hand-off.js';
import { planSplit, type WorkersFlag } from './parallel/plan.js';
import { WorkerPool } from './parallel/pool.js';
import type { ChunkResult, StreamedFormat, WorkerInit } from './parallel/protocol.js';
import { NetChangeBuilder, SeriesBuilder } from './series-builder.js';

export interface ScoreRun {
  sources: readonly InputSource[];
  config: ScoringConfig;
  defaultPlatform: Platform;
  overrides: ColumnOverrides;
  gate: Gate;
  renderer: Renderer;
  meta: RunMeta;
  /** `--handle`: the account of single-account files. */
  handle?: string;
  dateOrder?: DateOrder;
  startYear: number;
  /** Whether --year was given (else year-less dates get a note). */
  yearGiven?: boolean;
  /** --platform as given: it beats a platform guessed from a tool's headers. */
  platformFlag?: Platform;
  postSelection?: AccountInput['postSelection'];
  /** From `--events`: attached to the accounts they name. */
  events?: readonly AccountEvent[];
  /** Today (days since 1970-01-01 UTC), for follower account ages from creation dates; default: the clock. */
  asOfDay?: number;
  /** `--workers`: threads that read a large roster or history file; default auto. */
  workers?: WorkersFlag;
  /** The renderer's format when worker threads may render it themselves (they render one account at a time). */
  streamedFormat?: StreamedFormat;
}

export interface RunIo {
  out: OutputSink;
  diagnostics: Diagnostics;
}

interface FileReader {
  record(fields: string[], line: number): void;
  end(): void;
  sawYearless?: boolean;
}

/**
 * `influaudit score`: reads every file, recognises its kind, joins rows by account, scores, and streams the
 * rendered output. A single roster streams row by row in constant memory; several files (or any history) are
 * joined first. Returns the summary, in which rows read = used + rejected.
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
  const used = () => void rows.used++;
  const warnings: CellWarning[] = [];
  const warn = (w: CellWarning) => {
    warnings.push(w);
    io.diagnostics.warning(w);
  };
  let emitted = 0;
  const emit = (result: AccountResult) => {
    counter.add(result.verdict, result.score);
    emitted++;
    io.out.write(run.renderer.account(result));
  };
  const joiner = new Joiner();
  // What a worker's chunk gave, in file order: as if the main thread had read those rows itself.
  const merge = (r: ChunkResult) => {
    rows.read += r.read;
    rows.used += r.used;
    for (const x of r.rejected) reject(x);
    for (const w of r.warnings) warn(w);
    if (r.text.length > 0) {
      // Only the document's first accounts need their start fixed (a JSON array's first has no comma before it).
      io.out.write(emitted === 0 && run.renderer.leading ? run.renderer.leading(Buffer.from(r.text.buffer, r.text.byteOffset, r.text.length).toString('utf8')) : r.text);
    }
    for (let i = 0; i < r.verdicts.length; i++) {
      const score = r.scores[i]!;
      counter.add(VERDICTS[r.verdicts[i]!]!, Number.isNaN(score) ? null : score);
    }
    emitted += r.verdicts.length;
    for (const d of r.drafts) {
      const draft = joiner.get(d.handle, d.platform);
      if (d.series) (draft.history ??= new SeriesBuilder(run.sources[0]!.name)).append(d.series);
      if (d.net) {
        const net = (draft.net ??= new NetChangeBuilder());
        for (let i = 0; i < d.net.days.length; i++) net.add(d.net.days[i]!, d.net.gained[i]!, d.net.lost[i]!);
      }
      draft.events.push(...d.events);
    }
  };
  const split = run.sources.length === 1 ? planSplit(run.workers ?? 'auto', run.sources[0]!.size) : undefined;
  const pool = split && new WorkerPool(split.threads, merge);
  try {
    await readSources();
    pool?.check();
  } finally {
    await pool?.close();
  }
  // One file after another; a single large one may be split between worker threads (parallel/).
  async function readSources(): Promise<void> {
    const seenPosts = new SeenPosts();
    const streamRoster = run.sources.length === 1;
    io.out.write(run.renderer.begin(run.meta));
    for (const source of run.sources) {
      if (io.out.closed) break;
      let reader: FileReader | undefined;
      /** What worker threads need to read the rest of this file as its reader reads the start; undefined: they cannot. */
      let workerInit: () => WorkerInit | undefined = () => undefined;
      const open = (head: CsvHead): FileReader => {
        const r = recognise(head.header, run.overrides, source.name);
        if (r.kind === 'roster') {
          const roster = new RosterReader(head, r.columns, run.defaultPlatform, {
            row: (row) => {
              used();
              for (const w of row.warnings) warn(w);
              if (streamRoster) return emit(scoreAccount({ handle: row.handle, platform: row.platform, profile: row.profile }, run.config));
              const draft = joiner.get(row.handle, row.platform);
              if (draft.profileAt) {
                rows.used--;
                return reject({ file: head.source, line: row.line, column: null, value: null, reason: `duplicate roster row for ${row.handle} (${row.platform}); first at ${draft.profileAt.file}:${draft.profileAt.line}` });
              }
              draft.profile = row.profile;
              draft.profileAt = { file: head.source, line: row.line };
            },
            rejected: reject,
          });
          const format = run.streamedFormat;
          workerInit = () => {
            const decisions = roster.decisions();
            if (!streamRoster || format === undefined || decisions === undefined) return undefined;
            return { kind: 'roster', head, columns: r.columns, defaultPlatform: run.defaultPlatform, decisions, config: run.config, format, meta: run.meta };
          };
          return roster;
        }
        if (r.kind === 'posts') {
          const opts = { handle: run.handle, fileHandle: handleFromFileName(source.name), platformFlag: run.platformFlag, platformHint: r.platformHint, defaultPlatform: run.defaultPlatform, dateOrder: run.dateOrder, startYear: run.startYear, note: (m: string) => io.diagnostics.note(m) };
          return new PostsReader(head, r.columns, opts, joiner, seenPosts, used, reject);
        }
        const handleFallback = run.handle ?? handleFromFileName(source.name);
        if (r.kind === 'followers') {
          if (r.columns.of === undefined) {
            const from = run.handle === undefined ? 'from the file name; set it with --handle' : 'from --handle';
            io.diagnostics.note(`${source.name}: read as a follower sample (it has ${r.markers.map((m) => JSON.stringify(m)).join(', ')}): the followers are of "${handleFallback}" (${from})`);
          }
          return new FollowersReader(head, r.columns, {
            fallbackOf: handleFallback, ofFlag: '--handle', ofGiven: true,
            platformFlag: run.platformFlag, platformHint: r.platformHint, defaultPlatform: run.defaultPlatform,
            dateOrder: run.dateOrder, asOfDay: run.asOfDay ?? Math.floor(Date.now() / 86_400_000), note: (m) => io.diagnostics.note(m),
          }, {
            row: (row) => {
              used();
              const draft = joiner.get(row.of, row.platform);
              (draft.followerClasses ??= []).push(classifyFollower(row.facts, audienceRulesFor(row.platform, run.config.audience)).class);
            },
            rejected: reject,
          });
        }
        if (r.kind === 'history') {
          if (r.columns.handle === undefined && run.handle === undefined) io.diagnostics.note(`${source.name}: no handle column: the account is "${handleFallback}" (from the file name; set it with --handle)`);
          const opts = { handleFallback, defaultPlatform: run.platformFlag ?? r.platformHint ?? run.defaultPlatform, dateOrder: run.dateOrder, startYear: run.startYear };
          const history = new HistoryReader(head, r.columns, r.layout, opts, joiner, used, reject);
          workerInit = () => {
            const decisions = history.decisions();
            return decisions && { kind: 'history', head, columns: r.columns, layout: r.layout, opts, decisions };
          };
          return history;
        }
        const accounts = wideAccounts(head.header, r.dateColumn);
        return new WideHistoryReader(head, r.dateColumn, accounts, run.defaultPlatform, run.dateOrder, run.startYear, joiner, used, reject);
      };
      await readCsv(source, {
        onHead: (head) => {
          reader = open(head);
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
        ...(pool && split ? {
          splitter: (delimiter) => new ChunkedHandOff(pool, delimiter, {
            ...split, ready: () => workerInit(), pause: () => io.out.ready(), stopped: () => io.out.closed,
          }),
        } : {}),
      });
      reader?.end();
      if (reader?.sawYearless && !run.yearGiven) {
        io.diagnostics.note(`${source.name}: dates have no year; placed from ${run.startYear} for ordering only (set the first row's year with --year)`);
      }
    }
  }
  for (const e of run.events ?? []) {
    for (const p of e.platform ? [e.platform] : PLATFORMS) joiner.find(e.handle, p)?.events.push({ day: e.day, label: e.label });
  }
  for (const draft of joiner.all()) {
    if (io.out.closed) break;
    const { input, issues } = toAccountInput(draft, run.postSelection);
    for (const d of issues.duplicates) {
      rows.used--;
      reject(d);
    }
    emit(scoreAccount(input, run.config));
    const wait = io.out.ready();
    if (wait) await wait;
  }
  const summary = counter.summary(rows, warnings.length);
  io.out.write(run.renderer.end(summary, { rejected, warnings }));
  io.diagnostics.finish(summary);
  if (rows.used === 0 && !io.out.closed) {
    throw new UserError(rows.read === 0 ? 'no data rows in the input (header only?)' : `no usable row: all ${rows.read} rows were rejected`);
  }
  return summary;
}
