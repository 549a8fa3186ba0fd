import { Argument, Command } from 'commander';
import type { CliIo } from './cli-io.js';
import { ExitCode } from './exit-code.js';

/** What `influaudit schema` prints: the config file, or the JSON output of `score`, of `followers`, or of either. */
export const SCHEMAS = ['config', 'output', 'output-score', 'output-followers'] as const;
export type SchemaName = (typeof SCHEMAS)[number];

/** `influaudit schema config|output|output-score|output-followers`: JSON Schemas generated from the zod schemas the code itself uses. */
export function schemaCommand(io: CliIo, done: (code: ExitCode) => void): Command {
  return new Command('schema')
    .description('print the JSON Schema of the config file, or of the JSON output (output: of every command; output-score, output-followers: of one), generated from the code\'s own zod schemas')
    .addArgument(new Argument('<which>', SCHEMAS.join(', ')).choices(SCHEMAS))
    .action(async (which: SchemaName) => {
      io.stdout.write(`${JSON.stringify(await jsonSchemaOf(which), null, 2)}\n`);
      done(ExitCode.Ok);
    });
}

const TITLES: Record<SchemaName, string> = {
  config: 'influaudit.config.json',
  output: 'influaudit score or followers --format json (score: schema 2, followers: schema 1)',
  'output-score': 'influaudit score --format json (schema 2)',
  'output-followers': 'influaudit followers --format json (schema 1)',
};

export async function jsonSchemaOf(which: SchemaName): Promise<Record<string, unknown>> {
  const [{ z }, { configSchema }, { outputSchema }, { followersOutputSchema }] = await Promise.all([
    import('zod'), import('../config/schema.js'), import('../render/output-schema.js'), import('../render/followers/output-schema.js'),
  ]);
  const schema = {
    config: configSchema,
    output: z.union([outputSchema, followersOutputSchema]),
    'output-score': outputSchema,
    'output-followers': followersOutputSchema,
  }[which];
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...json, title: TITLES[which] };
}
