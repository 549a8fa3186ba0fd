import { UserError } from '../shared/user-error.js';

/**
 * `--map field=Header` options as field → header, each field one of `fields`; one line for any other. A field
 * mapped twice to two headers, or one header given to two fields, is refused: the last would win, or one column be
 * read as two figures, without a word.
 */
export function mapFlags(entries: readonly string[], fields: readonly string[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const e of entries) {
    const eq = e.indexOf('=');
    const field = eq === -1 ? '' : e.slice(0, eq).trim();
    if (eq === -1 || !fields.includes(field)) throw new UserError(`--map ${e}: expected field=Header with field one of ${fields.join(', ')}`);
    const header = e.slice(eq + 1);
    const before = map[field];
    if (before !== undefined && sameHeader(before) !== sameHeader(header)) throw new UserError(`--map ${field} given twice, "${before}" and "${header}": give it once`);
    const other = Object.keys(map).find((f) => f !== field && sameHeader(map[f]!) === sameHeader(header));
    if (other !== undefined) throw new UserError(`--map ${other}="${map[other]}" and ${field}="${header}" name the same column: one column is one field`);
    map[field] = header;
  }
  return map;
}

/** A header as two `--map` options are compared: case, accents and spacing aside, signs (`%`) kept. */
function sameHeader(header: string): string {
  return header.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
