import { decimalMarkEvidence, type DecimalMark } from './numbers.js';
import type { Delimiter } from './sniff.js';

/**
 * How one file writes its numbers, decided once per file from its first rows (never guessed row by row):
 * - decimal mark: the one its unambiguous decimals use (`3,5`, `0.41`), by majority; with none, a `;`-separated
 *   file (French Excel) uses a comma and any other a dot.
 * - rate unit for bare rates (no `%`): percent if the header says so (`%`, "pct", "percent") or any bare rate in
 *   the first rows is above 1; otherwise fractions (`0.0139` = 1.39 %).
 */
export interface FileConventions {
  decimalMark: DecimalMark;
  decimalMarkFrom: 'values' | 'delimiter';
  rateUnit: 'percent' | 'fraction';
  rateUnitFrom: 'header' | 'values' | 'default';
}

/** Rows looked at to decide a file's conventions. */
export const LOOKAHEAD_ROWS = 500;

export function decideConventions(
  rows: readonly (readonly string[])[],
  numericColumns: readonly number[],
  rateColumn: { index: number; header: string } | undefined,
  delimiter: Delimiter,
): FileConventions {
  let comma = 0, dot = 0;
  for (const row of rows) {
    for (const i of numericColumns) {
      const e = decimalMarkEvidence(row[i] ?? '');
      if (e === ',') comma++;
      else if (e === '.') dot++;
    }
  }
  const byValues = comma + dot > 0;
  const decimalMark: DecimalMark = byValues ? (comma > dot ? ',' : '.') : delimiter === ';' ? ',' : '.';
  let rateUnit: FileConventions['rateUnit'] = 'fraction';
  let rateUnitFrom: FileConventions['rateUnitFrom'] = 'default';
  if (rateColumn) {
    if (/%|pct|percent|pourcent/i.test(rateColumn.header)) {
      rateUnit = 'percent';
      rateUnitFrom = 'header';
    } else {
      const bare = rows.map((r) => (r[rateColumn.index] ?? '').trim()).filter((v) => v !== '' && !v.endsWith('%'));
      const above1 = bare.some((v) => {
        const n = Number(v.replace(',', '.'));
        return Number.isFinite(n) && n > 1;
      });
      if (above1) { rateUnit = 'percent'; rateUnitFrom = 'values'; }
      else if (bare.length > 0) rateUnitFrom = 'values';
    }
  }
  return { decimalMark, decimalMarkFrom: byValues ? 'values' : 'delimiter', rateUnit, rateUnitFrom };
}
