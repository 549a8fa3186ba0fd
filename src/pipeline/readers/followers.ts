import type { Platform } from '../../core/platform.js';
import type { ColumnMap } from '../../io/columns.js';
import { decideConventions } from '../../io/conventions.js';
import { decideFileDateOrder, isAmbiguousDate, orderNote, type DateOrder } from '../../io/dates.js';
import { headerLanguage } from '../../io/header-language.js';
import { accountKey } from '../../io/handle.js';
import { cellMode, followerNumericColumns, followerRow, isFollowerRow, type FollowerContext, type FollowerRow } from '../../io/kinds/follower-row.js';
import type { FollowerField } from '../../io/kinds/followers.js';
import type { CsvHead } from '../../io/read-csv.js';
import type { RejectedRow } from '../../shared/row-issues.js';
import { LookaheadReader } from './lookahead-reader.js';
import type { RowSink } from './reader.js';

export interface FollowersOptions {
  /** The influencer of a file without an influencer column: `--of` (`--handle` in score), else the file name. */
  fallbackOf: string;
  /** The flag that sets it, named in the note when the file name was used. */
  ofFlag: string;
  /** How the command lets a user settle ambiguous creation dates (`score` has --dates; `followers` has not). */
  datesAdvice: string;
  /** Whether `fallbackOf` came from a flag (no note then). */
  ofGiven: boolean;
  /** `--platform`: beats the headers' hint, not a platform a row names. */
  platformFlag: Platform | undefined;
  platformHint: Platform | undefined;
  defaultPlatform: Platform;
  dateOrder: DateOrder | undefined;
  /** `--as-of`, else today, days since 1970-01-01 UTC: account ages from creation dates are counted to it. */
  asOfDay: number;
  /** Whether it came from --as-of (a creation date after it is then said to be after that day, not after today). */
  asOfGiven?: boolean;
  note(message: string): void;
}

/**
 * Turns a follower sample's records into followers. The first rows are held until the file's conventions are
 * decided (decimal mark, whether the URL column is yes/no or links, creation-date order), then rows stream. A
 * follower listed twice for one influencer (same id or username) is rejected: it must count once in the shares.
 */
export class FollowersReader extends LookaheadReader {
  private ctx: FollowerContext | undefined;
  private seen = new Map<string, Map<string, number>>();
  defaultedPlatform = 0;
  /** Followers whose account age was counted from a creation date to `asOfDay`: the output then says which day. */
  agesCounted = 0;

  constructor(
    private readonly head: CsvHead,
    private readonly columns: ColumnMap<FollowerField>,
    private readonly opts: FollowersOptions,
    private readonly sink: RowSink<FollowerRow>,
  ) {
    super();
  }

  protected decide(rows: readonly (readonly string[])[]): void {
    const c = this.columns;
    const conventions = decideConventions(rows, followerNumericColumns(c), undefined, this.head.delimiter);
    let dateOrder = this.opts.dateOrder;
    if (dateOrder === undefined && c.created !== undefined) dateOrder = this.creationDateOrder(rows.map((f) => f[c.created!] ?? ''));
    if (c.of === undefined && !this.opts.ofGiven) {
      this.opts.note(`${this.head.source}: no influencer column: the followers are of "${this.opts.fallbackOf}" (from the file name; set it with ${this.opts.ofFlag})`);
    }
    // `followers --of` beside an influencer column would otherwise go unused without a word.
    if (c.of !== undefined && this.opts.ofGiven && this.opts.ofFlag === '--of') {
      this.opts.note(`${this.head.source}: the file names each follower's influencer in its "${this.head.header[c.of] ?? ''}" column: --of is not used`);
    }
    this.ctx = {
      file: this.head.source, header: this.head.header, columns: c,
      decimalMark: conventions.decimalMark, urlMode: cellMode(rows, c.url), dateOrder, asOfDay: this.opts.asOfDay, asOfGiven: this.opts.asOfGiven === true,
      fallbackOf: this.opts.fallbackOf, platform: this.opts.platformFlag ?? this.opts.platformHint ?? this.opts.defaultPlatform,
    };
  }

  /**
   * The creation dates' order, as other files' dates are decided (`decideFileDateOrder`), with a note when taken from
   * other evidence than the dates. Account age is one feature among many: dates that no order settles (or a file
   * mixing orders) leave those followers' ages out rather than failing the run, and a note says so.
   */
  private creationDateOrder(created: readonly string[]): DateOrder | undefined {
    const source = this.head.source;
    const decided = decideFileDateOrder([created], { language: headerLanguage(this.head.header) });
    if ('order' in decided && decided.order !== undefined) {
      if (decided.why !== undefined) this.opts.note(orderNote(source, decided.order, decided.why, decided.example!));
      return decided.order;
    }
    const example = created.find(isAmbiguousDate);
    if (example !== undefined) {
      const why = 'error' in decided ? decided.error : 'nothing in the file says whether they are day-first or month-first';
      this.opts.note(`${source}: creation dates like ${JSON.stringify(example.trim())} are left out of account ages (${why}): ${this.opts.datesAdvice}`);
    }
    return undefined;
  }

  protected convert(fields: string[], line: number): void {
    const r = followerRow(fields, line, this.ctx!);
    if (!isFollowerRow(r)) return this.sink.rejected(r);
    if (r.ageCounted) this.agesCounted++;
    if (r.defaultedPlatform && this.opts.platformFlag === undefined && this.opts.platformHint === undefined) this.defaultedPlatform++;
    if (r.id !== undefined) {
      const key = accountKey(r.of, r.platform);
      let ids = this.seen.get(key);
      if (!ids) this.seen.set(key, (ids = new Map()));
      const id = r.id.normalize('NFC').toLowerCase();
      const first = ids.get(id);
      if (first !== undefined) {
        const column = this.columns.id ?? this.columns.username;
        return this.sink.rejected({
          file: this.head.source, line, column: column === undefined ? null : this.head.header[column] ?? null, value: r.id,
          reason: `duplicate follower of ${r.of} (${r.platform}); first at line ${first}`,
        });
      }
      ids.set(id, line);
    }
    this.sink.row(r);
  }
}
