import { Argument, Command } from 'commander';
import type { CliIo } from './cli-io.js';
import { ExitCode } from './exit-code.js';

/** `influaudit schema config|output`: JSON Schemas generated from the zod schemas the code itself uses. */
export function schemaCommand(io: CliIo, done: (code: ExitCode) => void): Command {
  return new Command('schema')
    .description('print the JSON Schema of the config file or of the JSON output (generated from the code\'s own zod schemas)')
    .addArgument(new Argument('<which>', 'config or output').choices(['config', 'output']))
    .action(async (which: 'config' | 'output') => {
      io.stdout.write(`${JSON.stringify(await jsonSchemaOf(which), null, 2)}\n`);
      done(ExitCode.Ok);
    });
}

export async function jsonSchemaOf(which: 'config' | 'output'): Promise<Record<string, unknown>> {
  const [{ z }, { configSchema }, { outputSchema }] = await Promise.all([import('zod'), import('../config/schema.js'), import('../render/output-schema.js')]);
  const schema = which === 'config' ? configSchema : outputSchema;
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...json, title: which === 'config' ? 'influaudit.config.json' : 'influaudit score --format json (schema 2)' };
}
