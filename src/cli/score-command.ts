import { Command, Option } from 'commander';
import { PLATFORMS } from '../core/platform.js';
import { FORMATS } from '../render/score/index.js';
import { CSV_DIALECTS } from '../shared/run-meta.js';
import type { CliIo } from './cli-io.js';
import { refuseRepeatedOptions } from './repeated-options.js';
import type { ExitCode } from './exit-code.js';
import type { ScoreFlags } from './score-action.js';

export function scoreCommand(io: CliIo, version: string, done: (code: ExitCode) => void): Command {
  return refuseRepeatedOptions(new Command('score')
    .description('score accounts from CSV exports: rosters, follower histories, posts exports and follower samples (use - for stdin); several files are joined by handle + platform')
    .argument('<files...>', 'CSV files, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, json otherwise; html is one self-contained report: > report.html)').choices(FORMATS))
    .option('-p, --platform <platform>', `platform for rows that name none (${PLATFORMS.join(', ')})`)
    .option('--norms <name>', 'norm table to judge engagement by (see `influaudit norms`)')
    .option('-c, --config <file>', 'config file (default: ./influaudit.config.json when present)')
    .option('-m, --map <field=Header>', 'use column "Header" for field (repeatable)', (v: string, acc: string[]) => [...acc, v], [])
    .addOption(new Option('--fail-on <verdict>', 'exit 1 when any account is this bad or worse').choices(['suspicious', 'likely-fake']))
    .option('--min-score <n>', 'exit 1 when any account scores below n (0–100)')
    .option('--strict', 'the gate also fails on a rejected row or an account with insufficient data')
    .option('--baseline <file>', 'the JSON of an earlier accepted run: mark each account new, unchanged, better or worse, and fail the gate only on new or worse ones')
    .option('--explain', 'show how each signal was computed: inputs, formula, norm, result')
    .option('--handle <[file=]handle>', 'the account of single-account files that have no handle column: one for every such file, or file=handle per file (repeatable; default: the posts\' permalinks, else the file name)', (v: string, acc: string[]) => [...acc, v], [])
    .addOption(new Option('--dates <order>', 'order of numeric dates like 03/04/2026 when a file does not show it').choices(['dmy', 'mdy']))
    .option('--year <yyyy>', 'year of the first row of dates written without a year (TikTok Studio "August 31")')
    .option('--events <file>', 'known events that excuse a spike: a CSV with handle, date, label (giveaway, shoutout, ad, TV)')
    .option('--posts <n>', 'measure engagement on the newest n posts (default 30)')
    .option('--since <date>', 'measure engagement on posts published since this date (ISO, e.g. 2026-01-01)')
    .option('--as-of <date>', 'the day the follower sample was collected: follower account ages are counted to it (ISO; default: today)')
    .addOption(new Option('--csv-dialect <dialect>', 'with --format csv: rfc4180 (default), excel (a UTF-8 BOM), excel-fr (a BOM, ";" and decimal commas)').choices(CSV_DIALECTS))
    .option('-q, --quiet', 'no diagnostics on stderr (errors and a failed gate still print)')
    .option('--color', 'force colour in the table')
    .option('--no-color', 'never use colour')
    .addOption(new Option('--workers <n>', 'ignored: one thread now reads as fast (kept for a release so scripts do not break)').hideHelp())
    .action(async (files: string[], flags: ScoreFlags) => {
      // Loaded on use: `influaudit --version` and `--help` need none of the reading, scoring or rendering code.
      const { score } = await import('./score-action.js');
      done(await score(files, flags, io, version));
    }));
}

