import { Command, CommanderError } from 'commander';
import { UserError } from '../shared/user-error.js';
import { safeLines, safeText } from '../render/safe-text.js';
import type { CliIo } from './cli-io.js';
import { ExitCode } from './exit-code.js';
import { followersCommand } from './followers-command.js';
import { normsCommand } from './norms-command.js';
import { schemaCommand } from './schema-command.js';
import { scoreCommand } from './score-command.js';
import { packageVersion } from './version.js';

/**
 * Runs the CLI against an injectable process and returns the exit code. User errors become one stderr line and
 * exit 2; anything else is a bug and shows its stack with a request to report it. Whatever reaches `io.err` from here
 * is escaped (safeLines): messages quote headers and cells, and a library caller's CliIo has no main.ts to escape
 * them.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const version = packageVersion();
  let code: ExitCode = ExitCode.Ok;
  const done = (c: ExitCode) => {
    code = c;
  };
  const program = new Command('influaudit')
    .description('audit influencer exports for bought followers and engagement, with the evidence behind every reason')
    .version(version, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => {
        io.stdout.write(s);
      },
      writeErr: (s) => io.err(safeLines(s.replace(/\n$/, ''))),
      // An error is one line: commander's suggestion joins it, and a line break inside a value it quotes is escaped.
      outputError: (s, write) => write(safeText(s.replace(/^error: /, 'influaudit: ').replace(/\n$/, '').replace(/\n\(Did you mean /, ' (did you mean '))),
    })
    .showSuggestionAfterError(true);
  for (const cmd of [scoreCommand(io, version, done), followersCommand(io, version, done), normsCommand(io, done), schemaCommand(io, done)]) {
    program.addCommand(cmd.exitOverride().configureOutput(program.configureOutput()));
  }
  // `help help` is the help (commander takes it for an unknown command).
  if (argv[0] === 'help' && argv[1] === 'help') argv = ['help'];
  // `help NAME` for a command that does not exist: one line, as for any other unknown command (not the whole help).
  if (argv[0] === 'help' && argv[1] !== undefined && !program.commands.some((c) => c.name() === argv[1])) {
    io.err(`influaudit: unknown command '${safeText(argv[1])}' (commands: ${program.commands.map((c) => c.name()).join(', ')})`);
    return ExitCode.Error;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // `help` and `help score` print the help as `--help` does: a success.
      const asked = e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || (e.code === 'commander.help' && e.exitCode === 0);
      return asked ? ExitCode.Ok : ExitCode.Error;
    }
    if (e instanceof UserError) {
      // One line, whatever the message quotes (a file name with a line break in it).
      io.err(`influaudit: ${safeText(e.message)}`);
      return ExitCode.Error;
    }
    io.err(`influaudit: internal error, please report it with the command you ran:\n${safeLines((e as Error).stack ?? String(e))}`);
    return ExitCode.Error;
  }
}
