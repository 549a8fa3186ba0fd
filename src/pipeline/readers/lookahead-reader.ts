import { Lookahead } from '../../io/lookahead.js';
import type { Reader } from './reader.js';

/**
 * A reader whose first records wait until its file's conventions are decided from them (decimal mark, date order:
 * io/lookahead), then go to `convert` with every later one, in file order: memory stays constant after the first rows.
 */
export abstract class LookaheadReader implements Reader {
  private readonly lookahead = new Lookahead((rows) => this.decide(rows), (fields, line) => this.convert(fields, line));

  record(fields: string[], line: number): void {
    this.lookahead.record(fields, line);
  }

  end(): void {
    this.lookahead.end();
  }

  /** The file's conventions, from its first rows (all of them in a short file). */
  protected abstract decide(rows: readonly (readonly string[])[]): void;

  /** One record, once the conventions are known. */
  protected abstract convert(fields: string[], line: number): void;
}
