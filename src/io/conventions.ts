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

/** From how many interactions a cell reads as a count where no follower count can tell: no rate reaches 100 %. */
export const COUNT_FROM = 100;

/** A typical engagement rate, in percent: each row votes for the reading whose rate lies nearer it (in ratio). */
const TYPICAL_RATE_PCT = 2;

/** What an engagement column holds, and up to three of its cells as written (for the note that says so). */
export interface EngagementUnit {
  unit: 'rates' | 'counts';
  examples: string[];
}

/**
 * Whether a column of engagement ("Engagement", "Avg. Engagement") holds rates or interactions a post, from the
 * file's first rows: a `%` in a cell says rates; else each row votes for the reading that puts its rate nearer a
 * typical one, the cell itself as a percent or the cell over the row's followers (`followers`: its column and the
 * unit its header states), and the majority decides. 2.1, 3.4, 1.8 and a stray 450 on tens of thousands of
 * followers are rates; 45, 80, 60 and 1,450 on 3,000 to 80,000 followers are counts. Without follower counts, cells
 * of 100 or more for half the rows are counts. Undefined when the rows do not tell (no value, or a tie).
 */
export function engagementUnit(rows: readonly (readonly string[])[], index: number, followers: { index: number; unit: number } | undefined, decimalMark: DecimalMark): EngagementUnit | undefined {
  const cells = rows.map((r) => (r[index] ?? '').trim()).filter((v) => v !== '');
  const percent = cells.filter((v) => v.endsWith('%'));
  if (percent.length > 0) return { unit: 'rates', examples: percent.slice(0, 3) };
  let rates = 0;
  let counts = 0;
  let large = 0;
  let values = 0;
  const examples = { rates: [] as string[], counts: [] as string[] };
  for (const r of rows) {
    const cell = (r[index] ?? '').trim();
    const n = parseHumanNumber(cell, 'decimal', decimalMark);
    if (!n.ok || n.missing || n.value < 0) continue;
    values++;
    if (n.value >= COUNT_FROM) large++;
    const f = followers === undefined ? undefined : parseHumanNumber((r[followers.index] ?? '').trim(), 'count', decimalMark, { unit: followers.unit });
    if (f === undefined || !f.ok || f.missing || f.value <= 0) continue;
    if (n.value === 0) continue;
    // How many times away from a typical rate each reading puts the row: a rate above 100 % is no rate at all.
    const asRate = n.value > 100 ? Infinity : Math.abs(Math.log(n.value / TYPICAL_RATE_PCT));
    const asCount = Math.abs(Math.log((n.value / f.value) * 100 / TYPICAL_RATE_PCT));
    if (asRate < asCount) (rates++, examples.rates.push(cell));
    else if (asCount < asRate) (counts++, examples.counts.push(cell));
  }
  if (rates + counts > 0) {
    if (counts > rates) return { unit: 'counts', examples: [...new Set(examples.counts)].slice(0, 3) };
    if (rates > counts) return { unit: 'rates', examples: [...new Set(examples.rates)].slice(0, 3) };
    return undefined;
  }
  if (values > 0 && large * 2 >= values) return { unit: 'counts', examples: [] };
  return undefined;
}
