import { Command, Option } from 'commander';
import type { NormTable } from '../core/norms/types.js';
import type { CliIo } from './cli-io.js';
import { ExitCode } from './exit-code.js';
import { refuseRepeatedOptions } from './repeated-options.js';

/** `influaudit norms [NAME]`: the norm tables and thresholds in force, with their sources and years. */
export function normsCommand(io: CliIo, done: (code: ExitCode) => void): Command {
  return refuseRepeatedOptions(new Command('norms')
    .description('print the norm tables and thresholds in force, each with its source and year')
    .argument('[name]', 'one table only')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('-c, --config <file>', 'config file (default: ./influaudit.config.json when present)')
    .action(async (name: string | undefined, flags: { format: 'table' | 'json'; config?: string }) => {
      const [{ loadConfigFile }, { resolveConfig }, { findTable }, { UserError }, { renderNormsText }, { renderAudienceText }, { listCut }] = await Promise.all([
        import('../config/load.js'), import('../config/resolve.js'), import('../core/norms/select.js'), import('../shared/user-error.js'), import('../render/score/norms-text.js'),
        import('../render/followers/norms-text.js'), import('../shared/list-text.js'),
      ]);
      const { path, config } = await loadConfigFile(flags.config, io.cwd);
      const { scoring, defaultPlatform } = resolveConfig(config, path ?? 'config');
      let tables: readonly NormTable[] = scoring.norms.tables;
      if (name !== undefined) {
        const t = findTable(name, tables);
        if (!t) throw new UserError(`norms ${name}: no such norm table (known: ${listCut(tables.map((x) => x.name))})`);
        tables = [t];
      }
      const { norms: _selection, ...thresholds } = scoring;
      if (flags.format === 'json') {
        io.stdout.write(`${JSON.stringify({ defaultPlatform, byPlatform: scoring.norms.byPlatform, tables, thresholds }, null, 2)}\n`);
      } else {
        // The audience thresholds read better as text than as their nested JSON.
        const { audience, ...rest } = thresholds;
        io.stdout.write(renderNormsText(tables, scoring.norms.byPlatform, name === undefined ? rest : undefined));
        if (name === undefined) io.stdout.write(renderAudienceText(audience));
      }
      done(ExitCode.Ok);
    }));
}
