/**
 * Looks at the first bytes of an input and says what it is: the text encoding, or why it is not a CSV at all.
 * Pure: bytes in, a verdict out.
 */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';
export type Sniffed = { ok: true; encoding: Encoding; bomLength: number } | { ok: false; reason: string };

const SIGNATURES: { bytes: number[]; reason: string }[] = [
  { bytes: [0x1f, 0x8b], reason: 'is gzip-compressed: decompress it first (gunzip -k FILE), or pipe it: gunzip -c FILE | influaudit score -' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], reason: 'is a zip archive, probably an Excel .xlsx workbook: save it as "CSV UTF-8" (File › Save As) and audit that' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], reason: 'is a legacy Excel .xls workbook: save it as "CSV UTF-8" (File › Save As) and audit that' },
  { bytes: [0x25, 0x50, 0x44, 0x46], reason: 'is a PDF document, not a CSV export' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], reason: 'is a PNG image, not a CSV export' },
  { bytes: [0xff, 0xd8, 0xff], reason: 'is a JPEG image, not a CSV export' },
  { bytes: [0x42, 0x5a, 0x68], reason: 'is bzip2-compressed: decompress it first' },
  { bytes: [0x28, 0xb5, 0x2f, 0xfd], reason: 'is zstd-compressed: decompress it first' },
];

function startsWith(buf: Uint8Array, bytes: number[]): boolean {
  return bytes.every((b, i) => buf[i] === b);
}

const UTF32 = 'is UTF-32 text, which no spreadsheet exports by default: save it as "CSV UTF-8" and audit that';

/** ASCII in UTF-32 is a character byte then three NULs (LE), or three NULs then the byte (BE), character after character. */
function looksUtf32(head: Uint8Array): boolean {
  const n = Math.min(head.length - (head.length % 4), 4096);
  if (n < 8) return false;
  const fits = (at: number) => {
    let ok = 0;
    for (let i = 0; i < n; i += 4) if (head[i + at] !== 0 && [0, 1, 2, 3].every((k) => k === at || head[i + k] === 0)) ok++;
    return ok >= (n / 4) * 0.9;
  };
  return fits(0) || fits(3);
}

export function sniffEncoding(head: Uint8Array): Sniffed {
  // A UTF-8 BOM says the encoding, not that the rest is text: NULs after it still mean a corrupt or binary file.
  const utf8Bom = startsWith(head, [0xef, 0xbb, 0xbf]);
  if (!utf8Bom) {
    if (startsWith(head, [0xff, 0xfe, 0, 0]) || startsWith(head, [0, 0, 0xfe, 0xff]) || looksUtf32(head)) return { ok: false, reason: UTF32 };
    if (startsWith(head, [0xff, 0xfe])) return { ok: true, encoding: 'utf-16le', bomLength: 2 };
    if (startsWith(head, [0xfe, 0xff])) return { ok: true, encoding: 'utf-16be', bomLength: 2 };
    for (const s of SIGNATURES) if (startsWith(head, s.bytes)) return { ok: false, reason: s.reason };
  }
  const start = utf8Bom ? 3 : 0;
  const n = Math.min(head.length, start + 4096);
  let evenNul = 0, oddNul = 0, control = 0;
  for (let i = start; i < n; i++) {
    const b = head[i]!;
    if (b === 0) (i % 2 === 0 ? evenNul++ : oddNul++);
    else if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  const scanned = n - start;
  // UTF-16 without a BOM: ASCII text puts a NUL in every other byte.
  if (!utf8Bom && scanned >= 4 && oddNul > scanned / 4 && evenNul < scanned / 40) return { ok: true, encoding: 'utf-16le', bomLength: 0 };
  if (!utf8Bom && scanned >= 4 && evenNul > scanned / 4 && oddNul < scanned / 40) return { ok: true, encoding: 'utf-16be', bomLength: 0 };
  if (evenNul + oddNul > 0 || control > scanned / 10) {
    return { ok: false, reason: 'looks binary (NUL or control bytes), not a text CSV export: export it again as CSV' };
  }
  return { ok: true, encoding: 'utf-8', bomLength: start };
}

export type Delimiter = ',' | ';' | '\t' | '|';
const CANDIDATES: Delimiter[] = [',', ';', '\t', '|'];

/** Counts each candidate delimiter outside quotes on one line. */
function countOutsideQuotes(line: string): Map<Delimiter, number> {
  const counts = new Map<Delimiter, number>(CANDIDATES.map((c) => [c, 0]));
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch as Delimiter)) counts.set(ch as Delimiter, counts.get(ch as Delimiter)! + 1);
  }
  return counts;
}

/** How many non-empty lines may come before the header: an export's title, a date, a blank row of separators. */
export const MAX_LINES_BEFORE_HEADER = 4;

/**
 * Picks the delimiter from the first lines: an Excel `sep=X` line wins; otherwise the candidate present in the
 * header that splits the following lines most consistently into the header's number of fields. A one-column file
 * gets ','. The header is the first non-empty line, unless that line looks like a title above it: no candidate at
 * all ("Export agence – mars 2025"), or one no following line agrees with ("Export, mars 2025" above a
 * ;-separated table); then the next lines, up to `MAX_LINES_BEFORE_HEADER` down, are tried in turn.
 */
export function sniffDelimiter(headText: string, fileName: string): { delimiter: Delimiter; sepLine: boolean } {
  const lines = headText.split(/\r\n|\n|\r/).slice(0, 30);
  const sep = /^"?sep=(.)"?$/i.exec(lines[0] ?? '');
  if (sep) return { delimiter: sep[1] === '\\' ? '\t' : (sep[1] as Delimiter), sepLine: true };
  if (/\.tsv$/i.test(fileName) || /\.tab$/i.test(fileName)) return { delimiter: '\t', sepLine: false };
  const nonEmpty = lines.filter((l) => l.trim() !== '');
  const first = bestDelimiter(nonEmpty, 0, false);
  if (first.agree > 0) return { delimiter: first.delimiter, sepLine: false };
  // The last line counts here: a title above a header and one row leaves no other line to agree with.
  for (let at = 1; at <= MAX_LINES_BEFORE_HEADER && at < nonEmpty.length - 1; at++) {
    const later = bestDelimiter(nonEmpty, at, true);
    if (later.agree > 0) return { delimiter: later.delimiter, sepLine: false };
  }
  return { delimiter: first.delimiter, sepLine: false };
}

/** The best candidate with `nonEmpty[at]` as the header, and how many body lines agree with it (-1: none present). */
function bestDelimiter(nonEmpty: readonly string[], at: number, withLast: boolean): { delimiter: Delimiter; agree: number } {
  const headerCounts = countOutsideQuotes(nonEmpty[at] ?? '');
  // The last line of the head may be cut mid-record: it agreeing or not says little.
  const body = withLast ? nonEmpty.slice(at + 1) : nonEmpty.slice(at + 1, -1);
  let best: Delimiter = ',', bestScore = -1, bestAgree = -1;
  for (const c of CANDIDATES) {
    const h = headerCounts.get(c)!;
    if (h === 0) continue;
    const agree = body.filter((l) => countOutsideQuotes(l).get(c) === h).length;
    const score = agree * 1000 + h;
    if (score > bestScore) { best = c; bestScore = score; bestAgree = agree; }
  }
  return { delimiter: best, agree: bestAgree };
}
