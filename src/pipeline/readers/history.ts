import type { Platform } from '../../core/platform.js';
import { foldHeader, type ColumnMap } from '../../io/columns.js';
import { decideConventions, type FileConventions } from '../../io/conventions.js';
import { headerLanguage } from '../../io/header-language.js';
import { datesByAccount, fileDateOrder, parseDate, YearPlacer, type DateOrder, type ParsedDate } from '../../io/dates.js';
import { handleSpansLines, parseHandle, parsePlatform } from '../../io/handle.js';
import type { HistoryField } from '../../io/kinds/history.js';
import { readsAsNetChanges, type DayValue } from '../../io/net-or-totals.js';
import { isSummaryLabel, isSummaryName, isTotalLabel, TOTAL_ACCOUNT_REASON, TOTAL_DAY_REASON } from '../../io/total-row.js';
import { digitsValue, parseHumanNumber } from '../../io/numbers.js';
import type { CsvHead } from '../../io/read-csv.js';
import type { RejectedRow } from '../../shared/row-issues.js';
import type { AccountDraft, Joiner } from '../joiner.js';
import { LookaheadReader } from './lookahead-reader.js';
import { NetChangeBuilder, SeriesBuilder } from '../series-builder.js';

export interface HistoryOptions {
  /** Handle for a single-account file (no handle column): `--handle`, else the file name. */
  handleFallback: string;
  defaultPlatform: Platform;
  /** Whether `defaultPlatform` is the run's default (no flag, no tool's headers): rows that take it are counted. */
  platformDefaulted: boolean;
  dateOrder: DateOrder | undefined;
  /** Year of the first row for year-less dates (TikTok Studio), `--year`. */
  startYear: number;
  note(message: string): void;
}

/** YouTube Studio's Subscribers export names its column so, in English and French (folded). */
const STUDIO_SUBSCRIBERS = new Set(['subscribers', 'abonnes']);

/** The history layout: totals, or net changes per day to be summed into totals. */
export type HistoryLayout = 'totals' | 'net';

/**
 * Long and single-account follower histories → per-account series in the joiner. The first rows are held until
 * the file's conventions (decimal mark, date order) are decided; a row with a bad date or count is rejected.
 */
export class HistoryReader extends LookaheadReader {
  private conventions!: FileConventions;
  private order: DateOrder | undefined;
  private years: YearPlacer;
  /** Whether some date had no year (placed from `startYear`). */
  sawYearless = false;
  defaultedPlatform = 0;
  /** Runs of rows (an account's, mostly) whose platform a link or a cell named. */
  namedPlatform = 0;
  /** Histories repeat the same few hundred dates and run account by account: both lookups are cached. */
  private dates = new Map<string, ParsedDate>();
  private lastHandle: { raw: string; platform: string; draft: AccountDraft } | undefined;
  /** A single account's column headed as YouTube Studio's Subscribers export, kept as totals by its values. */
  private studioHeaded = false;

  constructor(
    private readonly head: CsvHead,
    private columns: ColumnMap<HistoryField>,
    private layout: HistoryLayout,
    private opts: HistoryOptions,
    private readonly joiner: Joiner,
    private readonly used: () => void,
    private readonly reject: (r: RejectedRow) => void,
  ) {
    super();
    this.years = new YearPlacer(opts.startYear);
  }

  protected decide(rows: readonly (readonly string[])[]): void {
    const c = this.columns;
    const numeric = [c.followers, c.following, c.gained, c.lost, c.net].filter((i): i is number => i !== undefined);
    this.conventions = decideConventions(rows, numeric, undefined, this.head.delimiter);
    const runs = datesByAccount(rows, c.date!, [c.handle, c.platform]);
    this.order = fileDateOrder(runs, { given: this.opts.dateOrder, language: headerLanguage(this.head.header) }, this.head.source, this.opts.note);
    if (this.layout === 'totals' && c.handle === undefined && c.followers !== undefined) this.decideNetOrTotals(rows, c.followers);
  }

  /**
   * A single account's "Subscribers" column (YouTube Studio's header, in English or French) that reads as net changes
   * per day (`readsAsNetChanges`) is summed as such. Other headers are always totals.
   */
  private decideNetOrTotals(rows: readonly (readonly string[])[], column: number): void {
    if (!STUDIO_SUBSCRIBERS.has(foldHeader(this.head.header[column] ?? ''))) return;
    this.studioHeaded = true;
    const points: DayValue[] = [];
    for (const row of rows) {
      const n = parseHumanNumber(row[column] ?? '', 'count', this.conventions.decimalMark);
      const d = parseDate(row[this.columns.date!] ?? '', this.order);
      if (n.ok && !n.missing && d.ok && !d.missing && 'day' in d) points.push({ day: d.day, value: n.value });
    }
    if (!readsAsNetChanges(points)) return;
    const { followers, ...rest } = this.columns;
    this.columns = { ...rest, net: followers };
    this.layout = 'net';
    // Studio's export: a YouTube channel, unless the user or the file said otherwise.
    if (this.opts.platformDefaulted) this.opts = { ...this.opts, defaultPlatform: 'youtube', platformDefaulted: false };
    const why = points.filter((p) => p.value < 0).length >= 2 ? 'it has negative values' : 'its values swing, turn or fall day to day as daily changes do, not as a total';
    this.opts.note(`${this.head.source}: the "${this.head.header[column] ?? ''}" column is read as net changes per day, not totals (${why}), as YouTube Studio's Subscribers export writes it; a roster's follower count, when one is given, anchors them`);
  }

  private cellReject(field: HistoryField, fields: string[], line: number, reason: string): void {
    const idx = this.columns[field];
    this.reject({ file: this.head.source, line, column: idx === undefined ? null : this.head.header[idx] ?? null, value: idx === undefined ? null : fields[idx] ?? '', reason });
  }

  private count(field: HistoryField, fields: string[], line: number, allowNegative: boolean): number | undefined | false {
    const idx = this.columns[field];
    if (idx === undefined) return undefined;
    const cell = fields[idx] ?? '';
    const digits = digitsValue(cell);
    if (digits !== -1) return digits; // the hot path: no result object per cell
    const n = parseHumanNumber(cell, 'count', this.conventions.decimalMark);
    if (!n.ok) return this.cellReject(field, fields, line, n.reason), false;
    if (n.missing) return undefined;
    if (!allowNegative && n.value < 0) return this.cellReject(field, fields, line, 'cannot be negative'), false;
    return n.value;
  }

  protected convert(fields: string[], line: number): void {
    const c = this.columns;
    const rawHandle = c.handle === undefined ? '' : fields[c.handle] ?? '';
    const rawPlatform = c.platform === undefined ? '' : fields[c.platform] ?? '';
    const last = this.lastHandle;
    const cached = last && last.raw === rawHandle && last.platform === rawPlatform ? last.draft : undefined;
    let handle = this.opts.handleFallback;
    let platform: Platform | undefined;
    // A Total row: an account named so (checked when the handle changes), or a date cell saying so (any row).
    const namesPlatform = rawPlatform.trim() !== '';
    const totalAccount = !cached && (namesPlatform ? isTotalLabel(rawHandle) : isSummaryName(rawHandle));
    if (totalAccount || isSummaryLabel(fields[c.date!] ?? '')) {
      const idx = totalAccount ? c.handle! : c.date!;
      return this.reject({ file: this.head.source, line, column: this.head.header[idx] ?? null, value: fields[idx] ?? '', reason: totalAccount ? TOTAL_ACCOUNT_REASON : TOTAL_DAY_REASON, expected: true });
    }
    if (c.handle !== undefined && !cached) {
      const spans = handleSpansLines(rawHandle, fields, line, this.head.header.length);
      if (spans) return this.cellReject('handle', fields, line, spans);
      const h = parseHandle(fields[c.handle] ?? '');
      if (!h) return this.cellReject('handle', fields, line, 'empty handle');
      if (typeof h === 'string') return this.cellReject('handle', fields, line, h);
      handle = h.display;
      platform = h.platform;
    }
    if (!cached && namesPlatform) {
      platform = parsePlatform(rawPlatform);
      if (!platform) return this.cellReject('platform', fields, line, 'unknown platform (known: instagram, tiktok, youtube, x, facebook)');
    }
    const rawDate = fields[c.date!] ?? '';
    let d = this.dates.get(rawDate);
    if (d === undefined) {
      d = parseDate(rawDate, this.order);
      if (this.dates.size > 100_000) this.dates.clear();
      this.dates.set(rawDate, d);
    }
    if (!d.ok) return this.cellReject('date', fields, line, d.reason);
    if (d.missing) return this.cellReject('date', fields, line, 'missing date');
    if ('yearless' in d) this.sawYearless = true;
    const day = 'day' in d ? d.day : this.years.place(d.yearless.month, d.yearless.dayOfMonth);
    const defaulted = !cached && platform === undefined && this.opts.platformDefaulted;
    if (defaulted) this.defaultedPlatform++;
    else if (!cached && platform !== undefined) this.namedPlatform++;
    const draft = cached ?? this.joiner.get(handle, platform ?? this.opts.defaultPlatform, defaulted);
    if (!cached) this.lastHandle = { raw: rawHandle, platform: rawPlatform, draft };
    const label = c.event === undefined ? '' : (fields[c.event] ?? '').trim();
    if (this.layout === 'totals') {
      const followers = this.count('followers', fields, line, false);
      if (followers === false) return;
      const following = this.count('following', fields, line, false);
      if (following === false) return;
      if (followers === undefined) return this.cellReject('followers', fields, line, 'missing follower count');
      const column = this.head.header[this.columns.followers!] ?? '';
      if (this.studioHeaded && !draft.history) draft.subscribersRead = { file: this.head.source, column };
      (draft.history ??= new SeriesBuilder()).add(day, followers, following, this.head.source, line, column);
    } else {
      // One rejection a row: stop at the first bad count, as the totals layout does.
      const gained = this.count('gained', fields, line, false);
      if (gained === false) return;
      const lost = this.count('lost', fields, line, true);
      if (lost === false) return;
      const net = this.count('net', fields, line, true);
      if (net === false) return;
      if (gained === undefined && lost === undefined && net === undefined) return this.cellReject(c.net !== undefined ? 'net' : 'gained', fields, line, 'missing change');
      const up = net !== undefined ? Math.max(net, 0) : gained ?? 0;
      const down = net !== undefined ? Math.max(-net, 0) : Math.abs(lost ?? 0);
      (draft.net ??= new NetChangeBuilder()).add(day, up, down);
    }
    if (label !== '') draft.events.push({ day, label });
    this.used();
  }
}
