/**
 * Source line numbers without csv-parse's `info` option, which builds an object per record and cost a third of
 * the parse time (bench). Empty lines come through as `['']` records and are counted here; a record spans one line
 * plus the line breaks inside its quoted fields (CRLF counted once). After a record csv-parse skipped, counting
 * resumes from the line it reported.
 */
export class LineTracker {
  private next: number;

  constructor(linesBefore: number) {
    this.next = linesBefore + 1;
  }

  /** Records whose fields may hold a line break in what csv-parse is parsing now: see `piece`. */
  private toSearch = Infinity;

  /**
   * csv-parse is about to parse `bytes` (undefined: the end of the input). Only a quoted field holds a line break,
   * so in a piece without a quote only the first record it ends, which may have begun in an earlier piece, needs
   * its fields searched: every later one lies wholly in the piece. Searching each field of each record was a tenth
   * of what a roster row costs beside csv-parse (bench).
   */
  piece(bytes: Uint8Array | undefined): void {
    this.toSearch = bytes !== undefined && bytes.indexOf(QUOTE) === -1 ? 1 : Infinity;
  }

  /** The line the record starts on, or undefined for an empty line (not a record). */
  record(fields: readonly string[]): number | undefined {
    const start = this.next;
    if (fields.length === 1 && fields[0] === '') {
      this.next++;
      return undefined;
    }
    let breaks = 0;
    if (this.toSearch > 0) {
      this.toSearch--;
      for (let i = 0; i < fields.length; i++) {
        const f = fields[i]!;
        if (f.includes('\n') || f.includes('\r')) breaks += countBreaks(f);
      }
    }
    this.next = start + 1 + breaks;
    return start;
  }

  /** The line the next record starts on. */
  get upcoming(): number {
    return this.next;
  }

  /** The start line of a record csv-parse skipped; `parserLines` is where it says the error was found. */
  skipped(parserLines: number | undefined): number {
    const start = this.next;
    if (parserLines !== undefined) this.next = Math.max(start + 1, parserLines + 1 + this.offset);
    return start;
  }

  /** Lines before csv-parse's input (a `sep=` line), which its own count does not include. */
  offset = 0;
}

const QUOTE = 0x22;

function countBreaks(f: string): number {
  let n = 0;
  for (let i = 0; i < f.length; i++) {
    const c = f.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13) {
      n++;
      if (f.charCodeAt(i + 1) === 10) i++;
    }
  }
  return n;
}

/**
 * Where the first line ends: the offset just past its break (CRLF taken whole), or -1 if the piece has none.
 * `crAtEnd` says the break is a CR closing the piece, so an LF starting the next piece still belongs to it.
 */
export function firstLineEnd(piece: Uint8Array): { end: number; crAtEnd: boolean } | undefined {
  const lf = piece.indexOf(0x0a);
  const cr = piece.indexOf(0x0d);
  const at = cr === -1 ? lf : lf === -1 ? cr : Math.min(lf, cr);
  if (at === -1) return undefined;
  if (piece[at] === 0x0d && piece[at + 1] === 0x0a) return { end: at + 2, crAtEnd: false };
  return { end: at + 1, crAtEnd: piece[at] === 0x0d && at === piece.length - 1 };
}
