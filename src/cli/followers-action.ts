import { Diagnostics } from '../pipeline/diagnostics.js';
import { audienceGateFails, runFollowers } from '../pipeline/followers-run.js';
import { countOf } from '../core/format.js';
import { loadConfigFile } from '../config/load.js';
import { resolveConfig } from '../config/resolve.js';
import { parsePlatform, PLATFORMS, type Platform } from '../core/platform.js';
import { UserError } from '../shared/user-error.js';
import { followerFieldNames } from '../io/kinds/followers.js';
import { OutputSink } from '../io/output-sink.js';
import { fileSource, stdinSource } from '../io/source.js';
import { followersRendererFor, type FollowerFormat } from '../render/followers/index.js';
import { followersSummaryText } from '../render/followers/summary-text.js';
import { useColor, type CliIo } from './cli-io.js';
import { asOfFlag } from './day-flags.js';
import { mapFlags } from './map-flags.js';
import { exitCodeFor, type ExitCode } from './exit-code.js';
import type { FailOn } from '../pipeline/summary.js';
import type { CsvDialect } from '../shared/run-meta.js';

/** The command's flags as commander parses them. */
export interface FollowersFlags {
  format?: FollowerFormat;
  of?: string;
  platform?: string;
  config?: string;
  map: string[];
  failOn?: FailOn;
  csvDialect?: CsvDialect;
  quiet?: boolean;
  color?: boolean;
  asOf?: string;
}

/** `influaudit followers`: resolves the config and flags, runs the classification, and decides the exit code. */
export async function followers(file: string, flags: FollowersFlags, io: CliIo, version: string): Promise<ExitCode> {
  const { path: configPath, config } = await loadConfigFile(flags.config, io.cwd);
  const resolved = resolveConfig(config, configPath ?? 'config');
  const platformFlag = flags.platform === undefined ? undefined : platform(flags.platform);
  const format: FollowerFormat = flags.format ?? (io.stdout.isTTY ? 'table' : 'json');
  const of = flags.of?.trim().replace(/^@+/, '');
  if (flags.of !== undefined && !of) throw new UserError('--of: expected an influencer handle');
  const source = file === '-' ? stdinSource(io.stdin) : await fileSource(file);
  const out = new OutputSink(io.stdout);
  const quiet = flags.quiet === true;
  const diagnostics = new Diagnostics(io.err, { quiet, summaryLine: false });
  const { summary, influencers } = await runFollowers({
    source, thresholds: resolved.scoring.audience, overrides: mapFlags(flags.map, followerFieldNames()),
    ...(of ? { of } : {}), ...(platformFlag ? { platformFlag } : {}), defaultPlatform: platformFlag ?? resolved.defaultPlatform,
    ...asOfFlag(flags.asOf, io), failOn: flags.failOn ?? null, listIssues: format === 'json',
    renderer: await followersRendererFor(format, { tool: 'influaudit', version, schema: 1, confidence: resolved.scoring.audience.confidence, color: useColor(io, flags.color), width: io.stdout.columns ?? 80, ...(flags.csvDialect ? { csvDialect: flags.csvDialect } : {}) }),
  }, { out, diagnostics }).catch(async (e: unknown) => {
    await out.end().catch(() => undefined);
    throw e;
  });
  // A write that failed (a full disk) is known once the output is flushed: before the summary, which would say the
  // run went through.
  await out.end();
  // Only its "…and N more rejected rows" line: the summary line is the followers' own.
  diagnostics.finish();
  // Not once the reader left (| head -1): it would present the part read as the whole.
  if (!quiet && !out.closed && (format === 'ndjson' || format === 'csv')) {
    for (const line of followersSummaryText(summary).split('\n')) io.err(`influaudit: ${line}`);
  }
  if (summary.gate.failed) {
    // As score does: which influencers failed the gate and why, whatever the format and even with --quiet.
    const failed = influencers.filter((a) => audienceGateFails(summary.gate.failOn, a.verdict));
    // Every influencer is judged on its whole sample, the input being read to its end even when the reader left.
    diagnostics.gateFailures(
      `${countOf(failed.length, 'influencer')} (--fail-on ${summary.gate.failOn})`,
      failed.map((a) => ({ handle: a.of, platform: a.platform, reason: `audience ${a.verdict}`, evidence: a.message })), failed.length, 'influencers',
    );
  }
  await out.end();
  // A reader that left (| head -1) changes nothing: the gate judged the whole sample (docs/formats.md).
  return exitCodeFor(summary.gate.failed);
}

function platform(raw: string): Platform {
  const p = parsePlatform(raw);
  if (!p) throw new UserError(`--platform ${raw}: unknown platform (known: ${PLATFORMS.join(', ')})`);
  return p;
}
