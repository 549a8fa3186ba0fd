import { Command, Option } from 'commander';
import { PLATFORMS } from '../core/platform.js';
import { FOLLOWER_FORMATS } from '../render/followers/index.js';
import { CSV_DIALECTS } from '../shared/run-meta.js';
import type { CliIo } from './cli-io.js';
import { refuseRepeatedOptions } from './repeated-options.js';
import type { ExitCode } from './exit-code.js';
import type { FollowersFlags } from './followers-action.js';

/** `influaudit followers <file|->`: the audience quality of a follower sample, per influencer. */
export function followersCommand(io: CliIo, version: string, done: (code: ExitCode) => void): Command {
  return refuseRepeatedOptions(new Command('followers')
    .description('audience quality of a follower sample: each follower classified (real, mass-follower, suspicious, likely-fake), then each influencer\'s shares judged')
    .argument('<file>', 'a CSV with one row per follower, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, json otherwise)').choices(FOLLOWER_FORMATS))
    .option('--of <handle>', 'the influencer of a file without an influencer column (default: the file name)')
    .option('-p, --platform <platform>', `platform whose rules classify the followers, when a row names none (${PLATFORMS.join(', ')})`)
    .option('-c, --config <file>', 'config file (default: ./influaudit.config.json when present)')
    .option('-m, --map <field=Header>', 'use column "Header" for field (repeatable)', (v: string, acc: string[]) => [...acc, v], [])
    .option('--as-of <date>', 'the day the sample was collected: follower account ages are counted to it (ISO, e.g. 2026-01-01; default: today)')
    .addOption(new Option('--fail-on <verdict>', 'exit 1 when any influencer\'s audience is this bad or worse').choices(['suspicious', 'likely-fake']))
    .addOption(new Option('--csv-dialect <dialect>', 'with --format csv: rfc4180 (default), excel (a UTF-8 BOM), excel-fr (a BOM, ";" and decimal commas)').choices(CSV_DIALECTS))
    .option('-q, --quiet', 'no diagnostics on stderr (errors and a failed gate still print)')
    .option('--color', 'force colour in the table')
    .option('--no-color', 'never use colour')
    .action(async (file: string, flags: FollowersFlags) => {
      // Loaded on use, like `score`: --help and --version need none of it.
      const { followers } = await import('./followers-action.js');
      done(await followers(file, flags, io, version));
    }));
}
