import type { Platform } from '../../core/platform.js';
import type { ColumnMap } from '../../io/columns.js';
import { decideConventions, engagementUnit, type EngagementUnit, type FileConventions } from '../../io/conventions.js';
import { isBareEngagementHeader, isRosterRow, postLikeColumns, rosterNumericColumns, rosterRateColumns, rosterRow, rosterUnits, type RosterContext, type RosterField, type RosterRow } from '../../io/kinds/roster.js';
import { parseHumanNumber } from '../../io/numbers.js';
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
    /** Fields `--map` named: a column the user named a rate is read as one, whatever its values. */
    private readonly mapped: ReadonlySet<string> = new Set(),
  ) {
    super();
  }

  protected decide(rows: readonly (readonly string[])[]): void {
    const header = this.head.header;
    let columns = this.columns;
    let unread = this.unread;
    let conventions = this.conventions(rows, columns);
    const rate = columns['engagement-rate'];
    const counts = rate !== undefined && !this.mapped.has('engagement-rate') && isBareEngagementHeader(header[rate] ?? '')
      ? this.unitOf(rows, rate, columns, conventions) : undefined;
    if (rate !== undefined && counts?.unit === 'counts') {
      // "Engagement" of 120 or 25,400 is interactions per post: read as a rate it would be 120 %, or 25,400 %.
      const name = JSON.stringify(header[rate]);
      columns = { ...columns };
      delete columns['engagement-rate'];
      const asEngagements = columns['avg-engagements'] === undefined;
      if (asEngagements) columns['avg-engagements'] = rate;
      else unread = [...unread, header[rate] ?? ''];
      conventions = this.conventions(rows, columns);
      this.note(`${this.head.source}: column ${name} holds counts${examplesText(counts.examples)}, not engagement rates: ${asEngagements ? 'read as average engagements (interactions a post)' : 'not read'}; if it is the rate after all, name it with --map engagement-rate=${name}`);
    }
    ({ columns, unread } = this.engagementCounts(rows, columns, unread, conventions));
    conventions = this.conventions(rows, columns);
    this.unitNotes(rows, columns, conventions);
    const postLikes = postLikeColumns(header, columns);
    this.context = { file: this.head.source, header, columns, conventions, defaultPlatform: this.defaultPlatform, postLikes, unread };
    const largest = conventions.largestBareRate;
    // Under 1 everywhere, bare rates read as fractions; from 0.1 up, that is 10 % or more, and they may be percents.
    if (conventions.rateUnit === 'fraction' && largest !== undefined && largest >= FRACTION_NOTE_FROM) {
      this.note(`${this.head.source}: engagement rates without % and none above 1 (up to ${largest}) are read as fractions (${largest} = ${+(largest * 100).toFixed(2)} %): if they are percents, write "%" in the header or the cells`);
    }
  }

  private conventions(rows: readonly (readonly string[])[], columns: ColumnMap<RosterField>): FileConventions {
    return decideConventions(rows, rosterNumericColumns(columns, postLikeColumns(this.head.header, columns)), rosterRateColumns(columns, this.head.header), this.head.delimiter);
  }

  /** A note for each column whose header states a unit: its numbers are multiplied, and the user should know. */
  private unitNotes(rows: readonly (readonly string[])[], columns: ColumnMap<RosterField>, conventions: FileConventions): void {
    for (const [field, unit] of Object.entries(rosterUnits(columns, this.head.header)) as [RosterField, number][]) {
      const i = columns[field]!;
      const words = unit === 1e3 ? 'thousands' : unit === 1e6 ? 'millions' : `units of ${unit.toLocaleString('en-US')}`;
      const example = rows.map((r) => r[i] ?? '').find((v) => {
        const n = parseHumanNumber(v, 'decimal', conventions.decimalMark, { unit });
        return n.ok && !n.missing;
      });
      const shown = example === undefined ? '' : ` (${example.trim()} → ${(parseHumanNumber(example, 'decimal', conventions.decimalMark, { unit }) as { value: number }).value.toLocaleString('en-US')})`;
      this.note(`${this.head.source}: column ${JSON.stringify(this.head.header[i])} is in ${words}, as its header says: its numbers are multiplied by ${unit.toLocaleString('en-US')}${shown}`);
    }
  }

  /**
   * `Avg. Engagement` is interactions a post in agency tools (1,450) and a rate in others (1.8): a header with `%`,
   * or values that read as rates on the rows' followers, are the engagement rate (1.8 interactions on 50,000
   * followers would convict a genuine account); values that tell neither leave the column unread, with a note. A
   * header naming engagements or interactions in the plural, an impressions column beside it (X's engagements),
   * or `--map`, keep it as counts.
   */
  private engagementCounts(rows: readonly (readonly string[])[], columns: ColumnMap<RosterField>, unread: readonly string[], conv: FileConventions): { columns: ColumnMap<RosterField>; unread: readonly string[] } {
    const index = columns['avg-engagements'];
    const header = index === undefined ? '' : this.head.header[index] ?? '';
    const plural = /engagements|interactions/i.test(header) && !header.includes('%');
    if (index === undefined || this.mapped.has('avg-engagements') || plural || columns['avg-impressions'] !== undefined) return { columns, unread };
    const found = header.includes('%') ? { unit: 'rates' as const, examples: [] } : this.unitOf(rows, index, columns, conv);
    if (found?.unit === 'counts') return { columns, unread };
    const hasValues = rows.some((r) => { const n = parseHumanNumber((r[index] ?? '').trim(), 'decimal', conv.decimalMark); return n.ok && !n.missing; });
    if (found === undefined && !hasValues) return { columns, unread };
    const name = JSON.stringify(header);
    const next = { ...columns };
    delete next['avg-engagements'];
    if (found?.unit === 'rates' && next['engagement-rate'] === undefined) {
      next['engagement-rate'] = index;
      const why = header.includes('%') ? 'a % in its header' : found.examples.some((e) => e.endsWith('%')) ? `a % in its cells${examplesText(found.examples)}` : `its values read as rates on the rows' followers${examplesText(found.examples)}`;
      this.note(`${this.head.source}: column ${name} is read as the engagement rate (${why}), not as interactions a post; if it counts them, name it with --map avg-engagements=${name}`);
      return { columns: next, unread };
    }
    const why = found?.unit === 'rates' ? 'its values read as rates, and the file has an engagement rate column already' : 'its values read as neither rates nor interactions a post on the rows\' followers';
    this.note(`${this.head.source}: column ${name} is not read: ${why}; name it with --map engagement-rate=${name} or --map avg-engagements=${name}`);
    return { columns: next, unread: [...unread, header] };
  }

  /** What an engagement column holds, judged on the rows' followers. */
  private unitOf(rows: readonly (readonly string[])[], index: number, columns: ColumnMap<RosterField>, conv: FileConventions): EngagementUnit | undefined {
    const f = columns.followers;
    const followers = f === undefined ? undefined : { index: f, unit: rosterUnits(columns, this.head.header).followers ?? 1 };
    return engagementUnit(rows, index, followers, conv.decimalMark);
  }

  protected convert(fields: string[], line: number): void {
    const r = rosterRow(fields, line, this.context!);
    if (!isRosterRow(r)) return this.sink.rejected(r);
    if (r.defaultedPlatform) this.defaultedPlatform++;
    this.sink.row(r);
  }
}

function examplesText(examples: readonly string[]): string {
  return examples.length === 0 ? '' : ` (${examples.join(', ')})`;
}
