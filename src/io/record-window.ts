const LF = 0x0a;
const CR = 0x0d;

/**
 * The bytes csv-parse has been given since the start of the record it has open, and the line they start on: an abandoned record (a quote never closed) is read again from the line after the quote, and csv-parse
 * cannot give back what it consumed. Trimmed to the open record after every piece, so it never holds more than a
 * record may (`MAX_RECORD_BYTES`) plus one piece: a longer record is abandoned. Pieces are kept as they came and
 * joined only when the bytes are wanted: a slow stdin giving a long record a few bytes at a time would otherwise copy
 * the whole window for each.
 */
export class RecordWindow {
  private parts: Buffer[] = [];
  private size = 0;
  /** The window ended with a CR taken as a line's end and is empty: an LF coming next is its second half. */
  private crEnded = false;

  constructor(
    /** The line `bytes` starts on. */
    public line: number,
  ) {}

  get bytes(): Buffer {
    if (this.parts.length > 1) this.parts = [Buffer.concat(this.parts, this.size)];
    return this.parts[0] ?? Buffer.alloc(0);
  }

  get length(): number {
    return this.size;
  }

  append(piece: Buffer): void {
    if (this.crEnded && piece[0] === LF) {
      piece = piece.subarray(1);
    }
    this.crEnded = false;
    if (piece.length === 0) return;
    this.parts.push(piece);
    this.size += piece.length;
  }

  /** Drops the lines before `line` (the open record's first): as many line breaks as lie between. */
  trimTo(line: number): void {
    // Scanning parts[k] from `at`; what is dropped ends where the last line break found does: parts[keepK] at keepAt.
    let k = 0;
    let at = 0;
    let keepK = 0;
    let keepAt = 0;
    let part = this.parts[0];
    // Searched once per part, not once per line: a piece of short lines is not scanned once for each.
    let lf = part ? part.indexOf(LF) : -1;
    let cr = part ? part.indexOf(CR) : -1;
    while (this.line < line && part !== undefined) {
      if (lf !== -1 && lf < at) lf = part.indexOf(LF, at);
      if (cr !== -1 && cr < at) cr = part.indexOf(CR, at);
      const i = cr === -1 ? lf : lf === -1 ? cr : Math.min(lf, cr);
      if (i === -1) {
        // No break in the rest of this part: the line goes on in the next, if there is one.
        part = this.parts[++k];
        at = 0;
        lf = part ? part.indexOf(LF) : -1;
        cr = part ? part.indexOf(CR) : -1;
        continue;
      }
      at = part[i] === CR && part[i + 1] === LF ? i + 2 : i + 1;
      if (part[i] === CR && i + 1 === part.length) {
        const next = this.parts[k + 1];
        if (next === undefined) this.crEnded = true;
        else if (next[0] === LF) {
          // A CRLF split between two pieces: the break ends just past the LF.
          part = next;
          k++;
          at = 1;
          lf = part.indexOf(LF, 1);
          cr = part.indexOf(CR, 1);
        }
      }
      keepK = k;
      keepAt = at;
      this.line++;
    }
    if (keepK === 0 && keepAt === 0) return;
    let dropped = keepAt;
    for (const p of this.parts.splice(0, keepK)) dropped += p.length;
    this.parts[0] = this.parts[0]!.subarray(keepAt);
    if (this.parts[0].length === 0) this.parts.shift();
    this.size -= dropped;
    if (this.size > 0) this.crEnded = false;
  }
}
