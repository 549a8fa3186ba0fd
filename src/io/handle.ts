import { parsePlatform, type Platform } from '../core/platform.js';
import { excelText } from './excel-text.js';
import { readProfileLink } from './profile-link.js';

export interface ParsedHandle {
  /** As displayed: without `@` or URL, case kept. */
  display: string;
  /** Platform read from a profile URL, when the cell was one. */
  platform?: Platform;
}

const SEVERAL_LINES = "several lines, and not exactly one of them an @handle or a profile link: give the account's handle alone";

/**
 * Reads a handle cell: `@cafe.lumiere`, `cafe.lumiere`, `https://www.instagram.com/cafe.lumiere/`,
 * `tiktok.com/@name`, Excel's text escapes (`="cafe.lumiere"`, `'cafe.lumiere`) unwrapped. A cell of several lines
 * (an agency sheet's "Name⏎@handle") is read from its one @handle or profile link line. Returns why the cell names
 * no account when it does not (a link to a post, to another site; several lines with no one handle among them), and
 * undefined for an empty cell.
 */
export function parseHandle(raw: string): ParsedHandle | string | undefined {
  const s = (edgeMayHide(raw) ? raw.replace(INVISIBLE_EDGES, '').replace(/^\s*\uff20/, '@') : raw).trim();
  if (s === '') return undefined;
  const first = s.charCodeAt(0);
  // Most handles are bare words: they skip every regex below.
  const special = first === 0x40 || first === 0x3d || first === 0x27 || ((first | 32) === 0x77 && /^www\./i.test(s)); // @ = ' www.
  if (!special && !s.includes('/') && !s.includes('\n') && !s.includes('\r')) return { display: s };
  if (!s.includes('\n') && !s.includes('\r')) return oneLine(excelText(s));
  const lines = s.split(/\r\n|\r|\n/).map((l) => excelText(l.trim())).filter((l) => l !== '');
  if (lines.length === 1) return oneLine(lines[0]!);
  const named = lines.map((l) => (l.startsWith('@') || typeof readProfileLink(l) === 'object' ? oneLine(l) : undefined)).filter((h) => typeof h === 'object');
  // The same account written twice (`@name` and its link) is still one.
  const platforms = new Set(named.flatMap((h) => (h.platform ? [h.platform] : [])));
  if (named.length === 0 || platforms.size > 1 || new Set(named.map((h) => handleKey(h.display))).size !== 1) return SEVERAL_LINES;
  return named.find((h) => h.platform !== undefined) ?? named[0]!;
}

/**
 * Marks a copy from a web page, a chat or a right-to-left sheet leaves around a handle (zero-width characters,
 * direction marks, embeddings and isolates, word joiner, BOM), and the full-width @ of East Asian keyboards:
 * `\u200f@maya`, `\u202amaya\u202c` and `＠maya` are `maya`, the account the other files name. Only at the edges:
 * inside a name, such characters are the data (kept exact in JSON, escaped for a terminal).
 */
/** Whether either end of the cell is past U+200B, where those marks are: most handles end in ASCII both sides (bench). */
function edgeMayHide(raw: string): boolean {
  return raw.charCodeAt(0) >= 0x200b || raw.charCodeAt(raw.length - 1) >= 0x200b;
}
const INVISIBLE_EDGES = /^[\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\s]+|[\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\s]+$/g;

/** One line of a handle cell: a link, an @handle or a bare handle. */
function oneLine(s: string): ParsedHandle | string | undefined {
  const link = readProfileLink(s);
  if (link !== undefined) return link;
  const display = s.charCodeAt(0) === 0x40 ? s.replace(/^@+/, '').replace(INVISIBLE_EDGES, '') : s;
  return display === '' ? undefined : { display };
}

/**
 * The join key across files: platforms treat handles case-insensitively, so `@Cafe.Lumiere` on instagram and
 * `cafe.lumiere` are one account.
 */
export function accountKey(handle: string, platform: Platform): string {
  return `${platform}\u0000${handleKey(handle)}`;
}

/** A handle as platforms compare them: case does not matter, and one spelling of each accented letter. */
export function handleKey(handle: string): string {
  return handle.normalize('NFC').toLowerCase();
}

export { parsePlatform };

/**
 * Why a handle cell holding whole lines is no handle, or undefined. A quote opened by mistake (`"bob,…`) and closed
 * by a later one (any quoted cell: `"Paris, FR"`) makes the lines between one record, and its handle cell holds them
 * all, separators included. Said with the lines it took, so that what
 * was lost shows and `--strict` fails on it.
 */
export function handleSpansLines(raw: string, fields: readonly string[], line: number, width: number): string | undefined {
  if (!raw.includes('\n') && !raw.includes('\r')) return undefined;
  // A line swallowed whole brings a row's separators along (`width` fields, so width − 1 of them); a quoted handle
  // that only holds a line break or a comma ("Maya C.,\n@maya.cooks") is left to parseHandle, which reads its one
  // @handle or profile link line or says why it cannot.
  if ((raw.match(/[,;\t]/g)?.length ?? 0) < Math.max(1, width - 1)) return undefined;
  const breaks = fields.reduce((n, f) => n + (f.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
  return `a handle cannot span lines: lines ${line}–${line + breaks} were read as one record (a quote opened on line ${line} closed by a later one?): not read`;
}

/**
 * What to say when a row's platform cell and its profile link disagree (an agency row for a creator's TikTok that
 * links their Instagram), or undefined: the cell names the row's figures, so it wins, but not silently.
 */
export function platformConflict(linked: Platform | undefined, cell: Platform): string | undefined {
  return linked !== undefined && linked !== cell ? `the profile link is on ${linked}, the platform cell says ${cell}: the link's platform is not used (read as ${cell}, under the link's name)` : undefined;
}
