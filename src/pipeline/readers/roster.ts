import type { Platform } from '../../core/platform.js';
import type { ColumnMap } from '../../io/columns.js';
import { decideConventions, type FileConventions } from '../../io/conventions.js';
import { isRosterRow, postLikeColumns, rosterNumericColumns, rosterRateColumns, rosterRow, type RosterContext, type RosterField, type RosterRow } from '../../io/kinds/roster.js';
import type { CsvHead } from '../../io/read-csv.js';
import { LookaheadReader } from './lookahead-reader.js';
import type { RowSink } from './reader.js';

/** The largest bare rate from which reading a file's rates as fractions is said in a note. */
const FRACTION_NOTE_FROM = 0.1;

/**
 * Turns a roster file's records into typed rows. The first rows are held back until the file's number conventions
 * are decided (conventions.ts), then everything streams: memory stays constant whatever the file's size.
 */
export class RosterReader extends LookaheadReader {
  private context: RosterContext | undefined;
  defaultedPlatform = 0;

  constructor(
    private readonly head: CsvHead,
    private readonly columns: ColumnMap<RosterField>,
    private readonly defaultPlatform: Platform,
    private readonly sink: RowSink<RosterRow>,
    private readonly unread: readonly string[] = [],
    private readonly note: (message: string) => void = () => {},
  ) {
    super();
  }

  protected decide(rows: readonly (readonly string[])[]): void {
    const postLikes = postLikeColumns(this.head.header, this.columns);
    const conventions: FileConventions = decideConventions(rows, rosterNumericColumns(this.columns, postLikes), rosterRateColumns(this.columns, this.head.header), this.head.delimiter);
    this.context = { file: this.head.source, header: this.head.header, columns: this.columns, conventions, defaultPlatform: this.defaultPlatform, postLikes, unread: this.unread };
    const largest = conventions.largestBareRate;
    // Under 1 everywhere, bare rates read as fractions; from 0.1 up, that is 10 % or more, and they may be percents.
    if (conventions.rateUnit === 'fraction' && largest !== undefined && largest >= FRACTION_NOTE_FROM) {
      this.note(`${this.head.source}: engagement rates without % and none above 1 (up to ${largest}) are read as fractions (${largest} = ${+(largest * 100).toFixed(2)} %): if they are percents, write "%" in the header or the cells`);
    }
  }

  protected convert(fields: string[], line: number): void {
    const r = rosterRow(fields, line, this.context!);
    if (!isRosterRow(r)) return this.sink.rejected(r);
    if (r.defaultedPlatform) this.defaultedPlatform++;
    this.sink.row(r);
  }
}
