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

  /** The line the record starts on, or undefined for an empty line (not a record). */
  record(fields: readonly string[]): number | undefined {
    const start = this.next;
    if (fields.length === 1 && fields[0] === '') {
      this.next++;
      return undefined;
    }
    let breaks = 0;
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i]!;
      if (f.includes('\n') || f.includes('\r')) breaks += countBreaks(f);
    }
    this.next = start + 1 + breaks;
    return start;
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
