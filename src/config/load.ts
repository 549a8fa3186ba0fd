import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { UserError } from '../shared/user-error.js';
import { retiredKeyProblems } from './retired-keys.js';
import type { ConfigFile } from './schema.js';

export const CONFIG_FILE_NAME = 'influaudit.config.json';

/** zod issues flattened to one line each: `maxLogOdds.engagement-rate: Invalid input: expected number, received string`. */
export function formatIssues(error: z.ZodError): string {
  return error.issues
    .map((i) => `${i.path.length ? i.path.join('.') : '(top level)'}: ${i.message}`)
    .join('; ');
}

/**
 * Reads the config: `--config FILE` when given (it must exist), else `influaudit.config.json` in the working
 * directory when present, else none. Returns the file's path too, for the run's notes.
 */
export async function loadConfigFile(explicit: string | undefined, cwd: string): Promise<{ path: string | null; config: ConfigFile }> {
  const path = explicit ?? join(cwd, CONFIG_FILE_NAME);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (explicit === undefined && code === 'ENOENT') return { path: null, config: {} };
    throw new UserError(`${path}: cannot read config (${code === 'ENOENT' ? 'no such file' : code ?? 'error'})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new UserError(`${path}: not valid JSON (${(e as Error).message})`);
  }
  const retired = retiredKeyProblems(json);
  if (retired.length > 0) throw new UserError(`${path}: written for an older influaudit: ${retired.join('; ')}`);
  // zod is loaded only when there is a config to check: it is a third of a small run's start-up (bench).
  const { configSchema } = await import('./schema.js');
  const parsed = configSchema.safeParse(json);
  if (!parsed.success) throw new UserError(`${path}: invalid config: ${formatIssues(parsed.error)}`);
  return { path, config: parsed.data };
}
