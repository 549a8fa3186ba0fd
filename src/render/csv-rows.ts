import type { CsvDialect } from '../shared/run-meta.js';
import type { Renderer } from './renderer.js';
import { csvCell } from './safe-text.js';

/** How a dialect writes a CSV: its separator, its decimal mark, and whether a UTF-8 BOM starts the file. */
export interface CsvStyle {
  sep: ',' | ';';
  decimalComma: boolean;
  bom: boolean;
  /** A text cell, neutralised against formulas and quoted for this separator. */
  cell(value: string | null | undefined): string;
  /** A number as this dialect writes it: `0,5` in `excel-fr`; empty for null. */
  num(value: number | null | undefined): string;
}

export function csvStyle(dialect: CsvDialect = 'rfc4180'): CsvStyle {
  const sep = dialect === 'excel-fr' ? ';' : ',';
  const decimalComma = dialect === 'excel-fr';
  return {
    sep, decimalComma, bom: dialect !== 'rfc4180',
    cell: (v) => csvCell(v, sep),
    num: (v) => (v === null || v === undefined ? '' : decimalComma ? String(v).replace('.', ',') : String(v)),
  };
}

/** A CSV document (RFC 4180, CRLF): the header, then one row per item; `row` neutralises what it quotes (csvCell). */
export function csvRows<Item, Tail>(columns: readonly string[], row: (x: Item) => string, style: CsvStyle = csvStyle()): Renderer<Item, Tail> {
  return { begin: () => `${style.bom ? '\uFEFF' : ''}${columns.join(style.sep)}\r\n`, item: (x) => `${row(x)}\r\n`, end: () => [] };
}
