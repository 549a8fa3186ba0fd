import { LOOKAHEAD_ROWS } from './conventions.js';

/**
 * Holds a file's first rows back until its conventions (decimal mark, date order, rate unit) are decided from
 * them, then streams: every reader decides once per file, never row by row, in constant memory.
 */
export class Lookahead {
  private pending: { fields: string[]; line: number }[] | undefined = [];

  constructor(
    /** Called once with the held rows' fields, before any row is converted. */
    private readonly decide: (rows: readonly (readonly string[])[]) => void,
    private readonly convert: (fields: string[], line: number) => void,
    private readonly size = LOOKAHEAD_ROWS,
  ) {}

  record(fields: string[], line: number): void {
    if (this.pending === undefined) return this.convert(fields, line);
    this.pending.push({ fields, line });
    if (this.pending.length >= this.size) this.flush();
  }

  /** At the end of the file: decides on what was seen if the file was shorter than the lookahead. */
  end(): void {
    if (this.pending !== undefined) this.flush();
  }

  private flush(): void {
    const held = this.pending!;
    this.pending = undefined;
    this.decide(held.map((p) => p.fields));
    for (const p of held) this.convert(p.fields, p.line);
  }
}
