import { fstatSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { Baseline } from '../pipeline/baseline.js';
import { Diagnostics } from '../pipeline/diagnostics.js';
import { readEvents } from '../pipeline/readers/events.js';
import { runScore } from '../pipeline/score-run.js';
import { loadConfigFile } from '../config/load.js';
import { resolveConfig } from '../config/resolve.js';
import { findTable, mainTableName, withNormsOverride } from '../core/norms/select.js';
import { parsePlatform, PLATFORMS, type Platform } from '../core/platform.js';
import { UserError } from '../shared/user-error.js';
import { listCut } from '../shared/list-text.js';
import { OutputSink } from '../io/output-sink.js';
import { mappableFields } from '../io/recognise.js';
import { fileSource, stdinSource, type InputSource } from '../io/source.js';
import { scoreRendererFor, type Format } from '../render/score/index.js';
import { useColor, type CliIo } from './cli-io.js';
import { asOfFlag, dayFlag } from './day-flags.js';
import { mapFlags } from './map-flags.js';
import { exitCodeFor, type ExitCode } from './exit-code.js';
import type { CsvDialect, RunMeta } from '../shared/run-meta.js';
import type { FailOn } from '../pipeline/summary.js';
import type { DateOrder } from '../io/dates.js';

/** The command's flags as commander parses them. */
export interface ScoreFlags {
  format?: Format;
  platform?: string;
  norms?: string;
  config?: string;
  map: string[];
  failOn?: FailOn;
  minScore?: string;
  explain?: boolean;
  quiet?: boolean;
  color?: boolean;
  handle: string[];
  baseline?: string;
  strict?: boolean;
  csvDialect?: CsvDialect;
  dates?: DateOrder;
  year?: string;
  posts?: string;
  since?: string;
  events?: string;
  workers?: string;
  asOf?: string;
}

/** `influaudit score`: resolves the config and flags, then runs the scoring. */
export async function score(files: string[], flags: ScoreFlags, io: CliIo, version: string): Promise<ExitCode> {
  const { path: configPath, config: file } = await loadConfigFile(flags.config, io.cwd);
  const resolved = resolveConfig(file, configPath ?? 'config');
  let scoring = resolved.scoring;
  const chosenTable = flags.norms === undefined ? undefined : findTable(flags.norms, scoring.norms.tables);
  if (flags.norms !== undefined) {
    const table = chosenTable;
    if (!table) throw new UserError(`--norms ${flags.norms}: no such norm table (known: ${listCut(scoring.norms.tables.map((t) => t.name))})`);
    scoring = { ...scoring, norms: withNormsOverride(scoring.norms, table) };
  }
  const defaultPlatform = flags.platform === undefined ? resolved.defaultPlatform : platformFlag(flags.platform);
  const format: Format = flags.format ?? (io.stdout.isTTY ? 'table' : 'json');
  const sources = await sourcesFor(files, io);
  const out = new OutputSink(io.stdout);
  const diagnostics = new Diagnostics(io.err, { quiet: flags.quiet === true, summaryLine: format === 'ndjson' || format === 'csv' });
  if (flags.workers !== undefined) diagnostics.note('--workers is no longer needed and is ignored: one thread now reads as fast (it will be removed in a later release)');
  const meta: RunMeta = {
    tool: 'influaudit', version, schema: 2,
    norms: mainTableName(scoring.norms, defaultPlatform), normsByPlatform: scoring.norms.byPlatform,
    explain: flags.explain === true, color: useColor(io, flags.color), width: io.stdout.columns ?? 80,
    ...(flags.baseline !== undefined ? { baseline: flags.baseline } : {}),
    ...(flags.csvDialect !== undefined ? { csvDialect: flags.csvDialect } : {}),
  };
  if (flags.explain === true && (format === 'csv' || format === 'markdown')) {
    diagnostics.note(`--explain shows in --format table, json, ndjson and html: ignored with --format ${format}, which has one line per account`);
  }
  if (flags.csvDialect !== undefined && format !== 'csv') diagnostics.note(`--csv-dialect ${flags.csvDialect} applies to --format csv only: ignored with --format ${format}`);
  const handles = handleFlags(flags.handle, files, io.cwd);
  // Read whole before any output: a baseline that cannot be compared stops the run with stdout empty.
  const baseline = flags.baseline === undefined ? undefined : await Baseline.read(await baselineSource(flags.baseline), { schema: meta.schema, normsByPlatform: meta.normsByPlatform });
  const summary = await runScore(
    {
      sources, config: scoring, defaultPlatform, overrides: mapFlags(flags.map, mappableFields()),
      gate: { failOn: flags.failOn ?? null, minScore: minScore(flags.minScore), strict: flags.strict === true, baseline: flags.baseline ?? null },
      renderer: await scoreRendererFor(format, meta),
      listIssues: format === 'json' || format === 'markdown' || format === 'html',
      ...asOfFlag(flags.asOf, io),
      ...handles,
      ...(baseline ? { baseline } : {}),
      ...(flags.dates !== undefined ? { dateOrder: flags.dates } : {}),
      startYear: yearFlag(flags.year),
      yearGiven: flags.year !== undefined,
      ...(flags.platform !== undefined ? { platformFlag: defaultPlatform } : {}),
      ...(chosenTable ? { normsChosen: { name: chosenTable.name, platform: chosenTable.platform, basis: chosenTable.basis } } : {}),
      ...postSelection(flags),
      ...(flags.events !== undefined ? { events: await readEvents(await fileSource(flags.events), flags.dates) } : {}),
    },
    { out, diagnostics },
  ).catch(async (e: unknown) => {
    // What was written (a document closed with the error) must reach stdout before the exit: the sink's timer would not.
    await out.end().catch(() => undefined);
    throw e;
  });
  await out.end();
  // A reader that left (| head -1) saw part of the output: a success unless the gate already failed on what was read
  // (more accounts cannot make it pass), as for every format (docs/formats.md).
  return exitCodeFor(summary.gate.failed);
}


/**
 * `--handle H` names every single-account file; `--handle FILE=H` one file, FILE being the path as given, the same
 * path written otherwise, or a file name that only one input has.
 */
export function handleFlags(values: readonly string[], files: readonly string[], cwd: string): { handle?: string; fileHandles?: Record<string, string> } {
  let handle: string | undefined;
  const fileHandles: Record<string, string> = {};
  for (const v of values) {
    const eq = v.lastIndexOf('=');
    const name = cleanHandle(eq === -1 ? v : v.slice(eq + 1), v);
    if (eq === -1) {
      if (handle !== undefined && handle !== name) throw new UserError(`--handle ${v}: a second plain --handle (${handle} was given): name each file's account with --handle FILE=HANDLE`);
      handle = name;
      continue;
    }
    const file = v.slice(0, eq);
    const exact = files.filter((f) => f === file || (f !== '-' && resolve(cwd, f) === resolve(cwd, file)));
    const matches = exact.length > 0 ? exact : files.filter((f) => f !== '-' && basename(f) === file);
    const unique = [...new Set(matches)];
    if (unique.length === 0) throw new UserError(`--handle ${v}: "${file}" is not one of the input files (${listCut(files.map((f) => JSON.stringify(f)))})`);
    if (unique.length > 1) throw new UserError(`--handle ${v}: ${unique.length} input files are named "${file}" (${listCut(unique.map((f) => JSON.stringify(f)))}): give the path, e.g. --handle '${unique[0]}=${name}'`);
    const f = unique[0]!;
    const key = f === '-' ? '<stdin>' : f;
    if (fileHandles[key] !== undefined && fileHandles[key] !== name) throw new UserError(`--handle ${v}: "${f}" is already named ${fileHandles[key]}`);
    fileHandles[key] = name;
  }
  return { ...(handle !== undefined ? { handle } : {}), ...(Object.keys(fileHandles).length > 0 ? { fileHandles } : {}) };
}

function cleanHandle(raw: string, flag: string): string {
  const h = raw.trim().replace(/^@+/, '').trim();
  if (h === '') throw new UserError(`--handle ${flag}: expected an account handle`);
  return h;
}

async function baselineSource(path: string): Promise<InputSource> {
  let source: InputSource;
  try {
    source = await fileSource(path, 'a JSON file');
  } catch (e) {
    if (e instanceof UserError) throw new UserError(`--baseline ${e.message}`);
    throw e;
  }
  // `--baseline audit.json > audit.json`: the shell emptied the baseline before the run began; with `>>`, the run
  // would append a second document to it.
  if (source.fileId !== undefined && source.fileId === stdoutFileId()) {
    const emptied = statSync(path).size === 0;
    throw new UserError(emptied
      ? `--baseline ${path}: is also where the output is written (> ${path}), so the shell emptied it before the run: write the new run to another file, then replace the baseline`
      : `--baseline ${path}: is also where the output is written (>> ${path}), which would append the new run to it: write the new run to another file, then replace the baseline`);
  }
  return source;
}

/** The device and inode of stdout when it is a regular file (output redirected to a file). */
function stdoutFileId(): string | undefined {
  try {
    const s = fstatSync(1);
    return s.isFile() ? `${s.dev}:${s.ino}` : undefined;
  } catch {
    return undefined;
  }
}

function yearFlag(raw: string | undefined): number {
  if (raw === undefined) return 2000;
  if (!/^\d{4}$/.test(raw.trim())) throw new UserError(`--year ${raw}: expected a four-digit year`);
  return Number(raw);
}

function postSelection(flags: ScoreFlags): { postSelection?: { lastN?: number; sinceDay?: number } } {
  const sel: { lastN?: number; sinceDay?: number } = {};
  if (flags.posts !== undefined) {
    if (!/^\d+$/.test(flags.posts.trim()) || Number(flags.posts) < 1) throw new UserError(`--posts ${flags.posts}: expected a whole number of posts, at least 1`);
    sel.lastN = Number(flags.posts);
  }
  if (flags.since !== undefined) {
    sel.sinceDay = dayFlag('--since', flags.since);
  }
  return Object.keys(sel).length ? { postSelection: sel } : {};
}

function platformFlag(raw: string): Platform {
  const p = parsePlatform(raw);
  if (!p) throw new UserError(`--platform ${raw}: unknown platform (known: ${PLATFORMS.join(', ')})`);
  return p;
}

function minScore(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  const n = Number(raw);
  if (!/^\d+(\.\d+)?$/.test(raw.trim()) || n > 100) throw new UserError(`--min-score ${raw}: expected a number from 0 to 100`);
  return n;
}

async function sourcesFor(files: string[], io: CliIo): Promise<InputSource[]> {
  if (files.filter((f) => f === '-').length > 1) throw new UserError('- (stdin) may be given only once');
  const sources = await Promise.all(files.map((f) => (f === '-' ? stdinSource(io.stdin) : fileSource(f))));
  // Read twice, a file's every row would be rejected as a duplicate of itself.
  const seen = new Map<string, string>();
  for (const s of sources) {
    if (s.fileId === undefined) continue;
    const first = seen.get(s.fileId);
    if (first !== undefined) throw new UserError(first === s.name ? `${s.name}: given twice: give each file once` : `${s.name}: the same file as ${first}: give each file once`);
    seen.set(s.fileId, s.name);
  }
  return sources;
}
