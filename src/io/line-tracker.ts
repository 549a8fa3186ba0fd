/**
 * Source line numbers for csv-parse records. csv-parse reports the line count when a record ends, but counts a
 * CRLF inside a quoted field as two lines; we only trust it for where the previous record ended, and recount the
 * rare multi-line records ourselves.
 */
export class LineTracker {
  private lastEnd: number;
  /** csv-parse's count minus the real one: lines before its input (a `sep=` line), less CRLFs it counted twice. */
  private offset: number;
  private empties = 0;

  constructor(linesBefore: number) {
    this.lastEnd = linesBefore;
    this.offset = -linesBefore;
  }

  /** Returns the line the record starts on. */
  record(fields: readonly string[], parserLines: number, emptyLines: number): number {
    const start = this.lastEnd + 1 + (emptyLines - this.empties);
    this.empties = emptyLines;
    const reportedEnd = parserLines - this.offset;
    let end = start;
    if (reportedEnd > start) {
      end = start + countBreaks(fields);
      this.offset += reportedEnd - end;
    }
    this.lastEnd = end;
    return start;
  }

  /**
   * The start line of a record csv-parse skipped, from the line it reported for the error. Pass the error's
   * `empty_lines` too: blank lines between the last record and the skipped one are otherwise not counted.
   */
  skipped(parserLines: number | undefined, emptyLines?: number): number {
    let start = this.lastEnd + 1;
    if (emptyLines !== undefined) {
      start += Math.max(0, emptyLines - this.empties);
      this.empties = Math.max(this.empties, emptyLines);
    }
    if (parserLines !== undefined) this.lastEnd = Math.max(start, parserLines - this.offset);
    return start;
  }
}

function countBreaks(fields: readonly string[]): number {
  let n = 0;
  for (const f of fields) {
    for (let i = 0; i < f.length; i++) {
      const c = f.charCodeAt(i);
      if (c === 10) n++;
      else if (c === 13) {
        n++;
        if (f.charCodeAt(i + 1) === 10) i++;
      }
    }
  }
  return n;
}
