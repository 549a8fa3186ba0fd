import { decimalMarkEvidence, parseHumanNumber, type DecimalMark } from './numbers.js';
import type { Delimiter } from './sniff.js';

/**
 * How one file writes its numbers, decided once per file from its first rows (never guessed row by row):
 * - decimal mark: the one its unambiguous decimals use (`3,5`, `0.41`), by majority; with none, a `;`-separated
 *   file (French Excel) uses a comma and any other a dot.
 * - rate unit for bare rates (no `%`), shared by the file's rate columns: percent if a header says so (`%`, "pct",
 *   "percent") or any bare rate in the first rows is above 1; otherwise fractions (`0.0139` = 1.39 %).
 */
export interface FileConventions {
  decimalMark: DecimalMark;
  decimalMarkFrom: 'values' | 'delimiter';
  rateUnit: 'percent' | 'fraction';
  rateUnitFrom: 'header' | 'values' | 'default';
  /** The largest bare rate in the first rows, as written: a file of fractions up to 0.8 may be percents under 1. */
  largestBareRate?: number;
}

/** Rows looked at to decide a file's conventions. */
export const LOOKAHEAD_ROWS = 500;

/** A rate column: its index and header (a header with `%` or "pct" says the unit). */
export interface RateColumn {
  index: number;
  header: string;
}

export function decideConventions(
  rows: readonly (readonly string[])[],
  numericColumns: readonly number[],
  rateColumn: RateColumn | readonly RateColumn[] | undefined,
  delimiter: Delimiter,
): FileConventions {
  const rateColumns = rateColumn === undefined ? [] : 'index' in rateColumn ? [rateColumn] : rateColumn;
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
  let largest: number | undefined;
  if (rateColumns.length > 0) {
    if (rateColumns.some((c) => /%|pct|percent|pourcent/i.test(c.header))) {
      rateUnit = 'percent';
      rateUnitFrom = 'header';
    } else {
      const bare = rows.flatMap((r) => rateColumns.map((c) => (r[c.index] ?? '').trim())).filter((v) => v !== '' && !v.endsWith('%'));
      const values = bare.map((v) => Number(v.replace(',', '.'))).filter(Number.isFinite);
      largest = values.length > 0 ? Math.max(...values) : undefined;
      if (largest !== undefined && largest > 1) { rateUnit = 'percent'; rateUnitFrom = 'values'; }
      else if (bare.length > 0) rateUnitFrom = 'values';
    }
  }
  const conventions: FileConventions = { decimalMark, decimalMarkFrom: byValues ? 'values' : 'delimiter', rateUnit, rateUnitFrom };
  if (largest !== undefined) conventions.largestBareRate = largest;
  return conventions;
}

/** From how many interactions a bare "Engagement" cell reads as a count: no engagement rate reaches 100 %. */
export const COUNT_FROM = 100;

/**
 * Whether a column named only "Engagement" holds counts (interactions per post) rather than rates, from the file's
 * first rows: no cell has a `%` and some cell is 100 or more (`120`, `25,400`). Its cells as written, up to three,
 * when it does (for the note that says so); undefined when it reads as rates.
 */
export function rateColumnHoldsCounts(rows: readonly (readonly string[])[], index: number, decimalMark: DecimalMark): string[] | undefined {
  const cells = rows.map((r) => (r[index] ?? '').trim()).filter((v) => v !== '');
  if (cells.some((v) => v.endsWith('%'))) return undefined;
  const values = cells.flatMap((v) => {
    const n = parseHumanNumber(v, 'decimal', decimalMark);
    return n.ok && !n.missing ? [{ v, value: n.value }] : [];
  });
  // Half of the cells at least: a typo among rates (450 for 4.50) costs its own cell, not the column.
  const counts = values.filter((x) => x.value >= COUNT_FROM);
  return counts.length > 0 && counts.length * 2 >= values.length ? [...new Set(counts.map((x) => x.v))].slice(0, 3) : undefined;
}
