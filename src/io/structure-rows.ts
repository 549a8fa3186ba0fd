import { parsePlatform } from '../core/platform.js';
import { digitsValue, parseHumanNumber } from './numbers.js';

/**
 * Rows of a file that are no data: its header again (two exports joined with `cat`), the header of a second table
 * (two tables pasted one under the other), and the lines people and tools write around a table (a section's title,
 * "Notes:", "Exported with … on …"). A data row is none of them; a row holding a figure is never a note.
 */
export type StructureRole = 'header-again' | 'other-header' | 'note';

export const HEADER_AGAIN_REASON = 'the header repeated (files joined?), not a row of data (--strict does not count it)';
export const NOTE_REASON = 'a title, note or footer line, not an account or a row of data (--strict does not count it)';

/** Why the rows of a second table are not read: one reason for its header and every row after it. */
export function secondTableReason(headerLine: number): string {
  return `in a second table, with its own header on line ${headerLine}: not read (its columns are not the first header's); split the file and score each table on its own`;
}

/** A row's cells as a reason or a note shows them: the non-empty ones, at most 80 characters. */
export function preview(fields: readonly string[]): string {
  const text = fields.map((f) => f.trim()).filter((f) => f !== '').join(', ');
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
}

/**
 * Decides the role of each data row of one file (`role`). `isHeader`: whether a record would be recognised as a
 * header of some kind (recognise.ts); `namesAColumn`: whether a cell is a column name some kind knows, a cheap test
 * run first so that data rows never reach `isHeader`.
 */
export class RowStructure {
  private readonly key: readonly string[];
  /** Cells may go on with a sentence an unquoted comma cut only in a file whose own cells do not start with a space. */
  private readonly sentences: boolean;

  constructor(
    header: readonly string[],
    private readonly isHeader: (fields: readonly string[]) => boolean,
    private readonly namesAColumn: (cell: string) => boolean,
  ) {
    this.key = headerKey(header);
    this.sentences = !header.slice(1).some((h) => isSpace(h.charCodeAt(0)));
    this.platformColumn = this.key.findIndex((h) => PLATFORM_HEADERS.has(h));
  }

  /** The header's platform column, or -1: a file with one fills it on every account's row. */
  private readonly platformColumn: number;

  /**
   * A few words alone on a row of a file with a platform column ("TikTok creators", "Prepared by Julie"): an account
   * there names its platform, so this is a section's title. Without the column, "Mark Rober,," stays an account.
   */
  private isTitleBesidePlatform(fields: readonly string[]): boolean {
    if (this.platformColumn < 0) return false;
    for (let i = 1; i < fields.length; i++) if (fields[i]!.trim() !== '') return false;
    const first = fields[0]?.trim() ?? '';
    // With the platform column first, its cell holds the title, which names no platform.
    if (this.platformColumn === 0 && parsePlatform(first) !== undefined) return false;
    return /\s/.test(first) && (first.match(WORD)?.length ?? 0) >= 2 && !isFigure(first);
  }

  role(fields: readonly string[]): StructureRole | undefined {
    // A cell of plain digits makes a data row: no header, title or note holds one. Most rows stop here, at their
    // last cells, where the counts are (bench).
    for (let i = fields.length - 1; i >= 0; i--) if (digitsValue(fields[i]!) !== -1) return undefined;
    if (sameCells(fields, this.key)) return 'header-again';
    if (isNoteLine(fields, this.sentences && filledCells(fields) < this.key.length) || this.isTitleBesidePlatform(fields)) return 'note';
    if (mayBeHeader(fields, this.namesAColumn) && this.isHeader(fields)) return 'other-header';
    return undefined;
  }
}

function filledCells(fields: readonly string[]): number {
  let n = 0;
  for (const f of fields) if (f.trim() !== '') n++;
  return n;
}

/** A header as compared: each cell trimmed (a byte order mark too: `cat` keeps the second file's) and in lower case, trailing empty cells dropped. */
export function headerKey(cells: readonly string[]): string[] {
  const key = cells.map((c) => c.trim().toLowerCase());
  while (key.length > 0 && key[key.length - 1] === '') key.pop();
  return key;
}

/** Whether a row's cells are the header's, but for spaces, case and trailing empty cells. */
function sameCells(fields: readonly string[], key: readonly string[]): boolean {
  // Most rows are settled by their first cell's length, without a string made (bench).
  const first = fields[0];
  if (first === undefined || key.length === 0 || (first.length === key[0]!.length ? first : first.trim()).length !== key[0]!.length) return false;
  let n = fields.length;
  while (n > 0 && fields[n - 1]!.trim() === '') n--;
  if (n !== key.length) return false;
  for (let i = 0; i < n; i++) if (fields[i]!.trim().toLowerCase() !== key[i]) return false;
  return true;
}

/** A platform column's headers, as `headerKey` writes them. */
const PLATFORM_HEADERS = new Set(['platform', 'network', 'social network', 'plateforme', 'réseau', 'réseau social', 'reseau', 'reseau social', 'platform name', 'site', 'channel type']);

const LETTER = /\p{L}/u;
/** A printed report's page footer: "Page 2 of 3", "Page 2 sur 3", "Page 2/3". */
const PAGE = /^page \d+ ?(?:of|sur|\/) ?\d+$/i;
/** Words of two letters or more: a sentence has two of them ("Exported with…"); a date has one ("12 mars 2025"). */
const WORD = /\p{L}{2,}/gu;

/**
 * Whether a row is a title, note or footer line: its first cell holds text, every other cell is empty (or, when
 * `sentences`, goes on with the sentence an unquoted comma cut: a space, then words), and that text cannot be an
 * account: it ends with ":" or holds one ("Notes:", "Source: HypeAuditor"), is a sentence of four words or more
 * ("Exported with Modash on 03/04/2025", "Engagement rate = average likes / followers"), or names a platform alone
 * (a section's title: "TikTok"). A YouTube channel of two or three words with its figures left empty ("Mark
 * Rober,,") stays an account with insufficient data. A figure anywhere but in the sentence itself makes a data row.
 */
export function isNoteLine(fields: readonly string[], sentences = true): boolean {
  // The other cells first: a data row's second cell is no sentence going on after a space.
  let continued = false;
  for (let i = 1; i < fields.length; i++) {
    const f = fields[i]!;
    if (f === '' || (isSpace(f.charCodeAt(0)) && f.trim() === '')) continue;
    if (!sentences || !continuesSentence(f)) return false;
    continued = true;
  }
  const first = fields[0]?.trim() ?? '';
  if (first === '' || !LETTER.test(first) || isFigure(first)) return false;
  if (continued || first.endsWith(':') || /\p{L}: /u.test(first) || PAGE.test(first)) return true;
  if ((first.match(WORD)?.length ?? 0) >= 4 && /\s/.test(first)) return true;
  return isPlatformTitle(first);
}

/** A cell an unquoted comma cut from a sentence: it starts with a space and holds a word, and is no figure (" 12k"). */
function continuesSentence(cell: string): boolean {
  return isSpace(cell.charCodeAt(0)) && /\p{L}{3,}/u.test(cell) && !isFigure(cell);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x202f;
}

/** A platform's name alone, written out ("TikTok", "YouTube", "X (Twitter)", "Meta"): "ig" or "x" may be a handle. */
function isPlatformTitle(text: string): boolean {
  return parsePlatform(text) !== undefined && (text.match(/\p{L}/gu)?.length ?? 0) >= 4;
}

/** Longer than any figure a cell holds ("1 234 567,89 €"): not parsed, so a long cell costs no more than a short one. */
const LONGEST_FIGURE = 40;

/** A cell that reads as a number with either decimal mark ("22000", "12,5 k", "3.4%"). */
export function isFigure(cell: string): boolean {
  if (cell.length > LONGEST_FIGURE || !/\d/.test(cell)) return false;
  for (const mark of ['.', ','] as const) {
    const n = parseHumanNumber(cell, 'decimal', mark);
    if (n.ok && !n.missing) return true;
  }
  return false;
}

/**
 * Whether a row may be a header: two cells or more, none a figure, and two cells or more naming a column some kind
 * knows, half of its cells at least: a follower called `login` or a display
 * name `Bio` is one such cell in a row of data. Most data rows are settled by their first figure, found without
 * parsing: a cell starting like a figure with no letter in it ("12 400", "2025-01-01") names no column.
 */
function mayBeHeader(fields: readonly string[], namesAColumn: (cell: string) => boolean): boolean {
  let filled = 0;
  for (const f of fields) {
    if (f === '') continue;
    const t = isSpace(f.charCodeAt(0)) ? f.trim() : f;
    if (t === '') continue;
    if (startsLikeFigure(t.charCodeAt(0)) && (!LETTER.test(t) || isFigure(t))) return false;
    filled++;
  }
  if (filled < 2) return false;
  let names = 0;
  for (const f of fields) if (f.trim() !== '' && namesAColumn(f)) names++;
  return names >= 2 && names * 2 >= filled;
}

/** A digit, a sign, a parenthesis or a currency symbol: how a figure starts. */
function startsLikeFigure(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 43 || code === 45 || code === 40 || code === 36 || code === 0x20ac || code === 0xa3 || code === 0x2212;
}
