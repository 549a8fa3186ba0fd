import { UserError } from '../shared/user-error.js';

/** `--map field=Header` options as field → header, each field one of `fields`; one line for any other. */
export function mapFlags(entries: readonly string[], fields: readonly string[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const e of entries) {
    const eq = e.indexOf('=');
    const field = eq === -1 ? '' : e.slice(0, eq).trim();
    if (eq === -1 || !fields.includes(field)) throw new UserError(`--map ${e}: expected field=Header with field one of ${fields.join(', ')}`);
    map[field] = e.slice(eq + 1);
  }
  return map;
}
