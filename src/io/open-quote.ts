const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** A quote that opened a field and had not closed where the scan stopped. */
export interface OpenQuote {
  line: number;
  /** Offset of the quote, and of the start of its line, in the bytes scanned. */
  at: number;
  lineStart: number;
  /** The field it opened (0-based). */
  field: number;
}

export interface QuoteScan {
  open: OpenQuote | undefined;
  /** The line the scan stopped on, and where: at `to`, or one past it when `to` split a CRLF or an escaped quote. */
  line: number;
  at: number;
}

/**
 * Follows csv-parse's quoting as Segment configures it (relax_quotes, `"` for quote and escape, CRLF/LF/CR record
 * ends) over `bytes[0, to)`, which begin a record on `firstLine`: csv-parse does not say where a quote it is still
 * inside began, and that line is where reading resumes after it. A quote opens a field only at its start (elsewhere
 * it is a character); inside, `""` is a quote, and a quote followed by anything ends the quoting (followed by a
 * separator, a line break or the end, it closes the field; by anything else, relaxed, the field goes on unquoted).
 * A byte past `bytes` is the input's end.
 */
export function scanQuotes(bytes: Uint8Array, to: number, delimiter: number, firstLine: number): QuoteScan {
  let quoting = false;
  let fieldEmpty = true;
  let field = 0;
  let line = firstLine;
  let lineStart = 0;
  let open: OpenQuote | undefined;
  let i = 0;
  while (i < to) {
    const c = bytes[i]!;
    if (c === LF || c === CR) {
      i += c === CR && bytes[i + 1] === LF ? 2 : 1;
      line++;
      lineStart = i;
      if (!quoting) {
        field = 0;
        fieldEmpty = true;
      }
    } else if (quoting) {
      if (c === QUOTE && bytes[i + 1] === QUOTE) i += 2;
      else {
        if (c === QUOTE) {
          quoting = false;
          open = undefined;
        }
        i++;
      }
    } else {
      if (c === QUOTE && fieldEmpty) {
        quoting = true;
        open = { line, at: i, lineStart, field };
      } else if (c === delimiter) field++;
      fieldEmpty = c === delimiter;
      i++;
    }
  }
  return { open, line, at: i };
}

/** 1-based, in characters: the bytes of the line before `at` that begin a UTF-8 character. */
export function characterColumn(bytes: Uint8Array, lineStart: number, at: number): number {
  let n = 1;
  for (let i = lineStart; i < at; i++) if ((bytes[i]! & 0xc0) !== 0x80) n++;
  return n;
}
