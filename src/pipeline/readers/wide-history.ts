import type { Platform } from '../../core/platform.js';
import { decideConventions, type FileConventions } from '../../io/conventions.js';
import { fileDateOrder, parseDate, YearPlacer, type DateOrder } from '../../io/dates.js';
import { headerLanguage } from '../../io/header-language.js';
import { parseHandle } from '../../io/handle.js';
import { parseHumanNumber } from '../../io/numbers.js';
import type { CsvHead } from '../../io/read-csv.js';
import { isSummaryLabel, isSummaryName, TOTAL_DAY_REASON } from '../../io/total-row.js';
import { LookaheadReader } from './lookahead-reader.js';
import type { CellWarning, RejectedRow } from '../../shared/row-issues.js';
import type { Joiner } from '../joiner.js';
import { SeriesBuilder } from '../series-builder.js';

/**
 * Wide follower history (Social Blade-style copies): a date column, then one column of follower totals per account,
 * the header naming the account. A row with a bad date is rejected; a bad cell rejects the row (reported once).
 */
export class WideHistoryReader extends LookaheadReader {
  private conventions: FileConventions | undefined;
  private order: DateOrder | undefined;
  private years: YearPlacer;
  /** Accounts whose header names no platform (a profile URL would) and so take the run's. */
  readonly defaultedPlatform: number;

  constructor(
    private readonly head: CsvHead,
    private readonly dateColumn: number,
    private readonly accounts: readonly { index: number; handle: string; platform?: Platform }[],
    private readonly platform: Platform,
    platformGiven: boolean,
    private readonly dateOrder: DateOrder | undefined,
    startYear: number,
    private readonly joiner: Joiner,
    private readonly used: () => void,
    private readonly reject: (r: RejectedRow) => void,
    private readonly warn: (w: CellWarning) => void,
    private readonly note: (message: string) => void,
  ) {
    super();
    this.years = new YearPlacer(startYear);
    this.defaultedPlatform = platformGiven ? 0 : accounts.filter((a) => a.platform === undefined).length;
  }

  protected decide(rows: readonly (readonly string[])[]): void {
    this.conventions = decideConventions(rows, this.accounts.map((a) => a.index), undefined, this.head.delimiter);
    // The other columns are named after accounts: only the date column's header is written in the file's language.
    const language = headerLanguage([this.head.header[this.dateColumn] ?? '']);
    this.order = fileDateOrder([rows.map((r) => r[this.dateColumn] ?? '')], { given: this.dateOrder, language }, this.head.source, this.note);
  }

  protected convert(fields: string[], line: number): void {
    const cell = (i: number, reason: string): RejectedRow => ({ file: this.head.source, line, column: this.head.header[i] ?? null, value: fields[i] ?? '', reason });
    if (isSummaryLabel(fields[this.dateColumn] ?? '')) return this.reject({ ...cell(this.dateColumn, TOTAL_DAY_REASON), expected: true });
    const d = parseDate(fields[this.dateColumn] ?? '', this.order);
    if (!d.ok || d.missing) return this.reject(cell(this.dateColumn, d.ok ? 'missing date' : d.reason));
    const day = 'day' in d ? d.day : this.years.place(d.yearless.month, d.yearless.dayOfMonth);
    // One account's bad cell costs that account's point of the day, not the other accounts' (as in a roster).
    const values: (number | undefined)[] = [];
    for (const a of this.accounts) {
      const n = parseHumanNumber(fields[a.index] ?? '', 'count', this.conventions!.decimalMark);
      const bad = !n.ok ? n.reason : !n.missing && n.value < 0 ? 'cannot be negative' : undefined;
      if (bad !== undefined) this.warn({ file: this.head.source, line, column: this.head.header[a.index] ?? '', value: fields[a.index] ?? '', reason: bad });
      values.push(bad !== undefined || !n.ok || n.missing ? undefined : n.value);
    }
    this.accounts.forEach((a, i) => {
      const v = values[i];
      if (v !== undefined) (this.joiner.get(a.handle, a.platform ?? this.platform, a.platform === undefined && this.defaultedPlatform > 0).history ??= new SeriesBuilder()).add(day, v, undefined, this.head.source, line, this.head.header[a.index] ?? '');
    });
    this.used();
  }
}

interface WideAccount {
  index: number;
  handle: string;
  platform?: Platform;
  problem?: string;
}

/**
 * The account columns of a wide file: every column but the date whose header reads as a handle (a profile URL names
 * its platform too), and not a Total column that adds up the others. A header that names no account (a link to a post
 * or another site, lines with no one handle among them) is the account as written, with why (`problem`) to be said:
 * a column cannot be rejected the way a row is.
 */
export function wideAccounts(header: readonly string[], dateColumn: number): WideAccount[] {
  const totals = new Set(totalColumns(header, dateColumn));
  return header.flatMap((h, index): WideAccount[] => {
    const parsed = index === dateColumn || totals.has(h) ? undefined : parseHandle(h);
    if (parsed === undefined) return [];
    if (typeof parsed === 'string') return [{ index, handle: h.trim(), problem: parsed }];
    return [{ index, handle: parsed.display, ...(parsed.platform ? { platform: parsed.platform } : {}) }];
  });
}

/** The headers of a wide file's columns that add up the accounts (`Total`): not accounts. */
export function totalColumns(header: readonly string[], dateColumn: number): string[] {
  return header.filter((h, i) => i !== dateColumn && isSummaryName(h));
}
