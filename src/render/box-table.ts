import { colorizeLines, fitCell, wrapWords } from './terminal-text.js';

/**
 * A box-drawn table in cli-table3's default look (borders ┌─┬─┐ │ ├─┼─┤ └─┴─┘, one space of padding, text wrapped
 * on words, a word wider than its cell broken across lines, a line still too wide cut with "…"), drawn a row at a
 * time so a table of any length costs the sum of its rows: cli-table3 lays out the whole table at once
 * (`array.push.apply`, past ~100,000 rows a stack overflow) and redraws a cell's whole content for each of its lines.
 */
export interface BoxColumn {
  /** Columns including the padding, as cli-table3's colWidths. */
  readonly width: number;
  readonly align: 'left' | 'right';
}

/** One text per column, or one text spanning every column (`span`). */
export type BoxRow = readonly string[] | { readonly span: string };

const isSpan = (row: BoxRow): row is { readonly span: string } => !Array.isArray(row);

export function boxTop(columns: readonly BoxColumn[]): string {
  return `┌${columns.map((c) => '─'.repeat(c.width)).join('┬')}┐`;
}

/** The rule between two rows: ┼ where both have a column border, ┬ or ┴ where only the one below or above has. */
export function boxRule(columns: readonly BoxColumn[], above: BoxRow, below: BoxRow): string {
  const joint = isSpan(above) ? (isSpan(below) ? '─' : '┬') : isSpan(below) ? '┴' : '┼';
  return `├${columns.map((c) => '─'.repeat(c.width)).join(joint)}┤`;
}

export function boxBottom(columns: readonly BoxColumn[], last: BoxRow): string {
  return `└${columns.map((c) => '─'.repeat(c.width)).join(isSpan(last) ? '─' : '┴')}┘`;
}

/** A row's lines: each cell wrapped to its column, the row as tall as its tallest cell (at least one line). */
export function boxRow(columns: readonly BoxColumn[], row: BoxRow): string {
  // A spanning cell is drawn over the borders it covers but, as in cli-table3, wrapped without them.
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  const cells = isSpan(row)
    ? [{ text: row.span, width: total + columns.length - 1, wrapAt: total - 2, align: 'left' as const }]
    : columns.map((c, i) => ({ text: row[i] ?? '', width: c.width, wrapAt: c.width - 2, align: c.align }));
  // A word is broken where the cell would cut it (its width less the padding), not where words wrap: a span wraps
  // two columns short of its width, and a word that fitted there was shown whole.
  const wrapped = cells.map((c) => colorizeLines(wrapWords(c.text, c.wrapAt, c.width - 2)));
  const height = Math.max(1, ...wrapped.map((lines) => lines.length));
  const out: string[] = [];
  for (let line = 0; line < height; line++) {
    out.push(`│${cells.map((c, i) => ` ${fitCell(wrapped[i]![line] ?? '', c.width - 2, c.align)} `).join('│')}│`);
  }
  return out.join('\n');
}
