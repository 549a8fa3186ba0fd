import { MAX_RECORD_BYTES } from './csv-segment.js';

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;

export interface LineHandlers {
  /** A record (a line that is not empty) and its line number; `unterminated` for a last line with no line break. */
  record(fields: string[], line: number, unterminated: boolean): void;
  /** A line too long to be a record: reported once, skipped to its end. */
  tooLong(line: number): void;
}

/**
 * The fast path for the common case: input without a quote character or a lone CR is plain lines of fields split by
 * the delimiter (`splitFields`), several times faster than csv-parse's state machine (bench).
 * `write` refuses a piece that is not plain, having read none of it; `rest` then hands the unfinished line to the
 * CSV parser that takes over. Lines are bounded by bytes, delimiters included: a longer one is reported and skipped.
 */
export class PlainLines {
  private carry: Buffer = Buffer.alloc(0);
  /** Inside a line already reported too long: bytes are dropped until its line break. */
  private skipping = false;

  constructor(
    private readonly delimiter: string,
    /** The line number of the next line. */
    public nextLine: number,
    private readonly handlers: LineHandlers,
  ) {}

  /**
   * Reads `piece`; false when what is left holds a quote or a lone CR: a CSV parser must read it, from `rest()`,
   * which then holds everything not read yet, the piece included.
   */
  write(piece: Buffer): boolean {
    let data = this.carry.length === 0 ? piece : Buffer.concat([this.carry, piece]);
    if (this.skipping) {
      const end = data.indexOf(LF);
      if (end === -1) {
        this.carry = Buffer.alloc(0);
        return true;
      }
      this.skipping = false;
      this.nextLine++;
      data = data.subarray(end + 1);
    }
    if (data.indexOf(QUOTE) !== -1 || hasLoneCr(data)) {
      this.carry = data;
      return false;
    }
    return this.writeLines(data, data.lastIndexOf(LF));
  }

  private writeLines(data: Buffer, lastLf: number): true {
    if (lastLf >= 0) {
      // Line by line with indexOf, as splitFields does fields (bench).
      const text = data.toString('utf8', 0, lastLf);
      let from = 0;
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', from)) {
        this.line(text.slice(from, at), false);
        from = at + 1;
      }
      this.line(text.slice(from), false);
    }
    this.carry = data.subarray(lastLf + 1);
    if (this.carry.length > MAX_RECORD_BYTES) {
      this.handlers.tooLong(this.nextLine);
      this.carry = Buffer.alloc(0);
      this.skipping = true;
    }
    return true;
  }

  private line(raw: string, unterminated: boolean): void {
    const line = raw.charCodeAt(raw.length - 1) === CR ? raw.slice(0, -1) : raw;
    const at = this.nextLine++;
    if (line.length === 0) return;
    // A UTF-16 unit is at most 3 UTF-8 bytes: only a long line needs its bytes counted.
    if (line.length * 3 > MAX_RECORD_BYTES && Buffer.byteLength(line) > MAX_RECORD_BYTES) return this.handlers.tooLong(at);
    this.handlers.record(splitFields(line, this.delimiter), at, unterminated);
  }

  /** What is not read yet, for the parser that takes over (nothing while a long line is being skipped). */
  rest(): Buffer {
    const rest = this.skipping ? Buffer.alloc(0) : this.carry;
    this.carry = Buffer.alloc(0);
    return rest;
  }

  /** The input has ended: a last line without a line break is a record too. */
  end(): void {
    if (this.skipping || this.carry.length === 0) return;
    const last = this.carry.toString('utf8');
    this.carry = Buffer.alloc(0);
    this.line(last, true);
  }
}

/** A CR that is not the first half of a CRLF (one at the very end may still be: its LF comes in the next piece). */
function hasLoneCr(data: Buffer): boolean {
  for (let i = data.indexOf(CR); i !== -1; i = data.indexOf(CR, i + 1)) if (i < data.length - 1 && data[i + 1] !== LF) return true;
  return false;
}

/**
 * `line.split(delimiter)`, every field kept (empty ones too): indexOf and slice are compiled inline where split is a
 * call into the runtime, twice as fast on an export's short lines (docs/performance.md).
 */
export function splitFields(line: string, delimiter: string): string[] {
  const fields: string[] = [];
  let from = 0;
  for (let at = line.indexOf(delimiter); at !== -1; at = line.indexOf(delimiter, from)) {
    fields.push(line.slice(from, at));
    from = at + delimiter.length;
  }
  fields.push(line.slice(from));
  return fields;
}
