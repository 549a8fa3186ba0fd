import { sortAndMergeSeries, type DuplicateDay, type SeriesPoint } from '../core/growth/index.js';
import type { FollowerSeries } from '../core/account.js';

/**
 * Follower points of one account as they stream in, kept in growable typed arrays: 20 bytes a point, so memory is
 * proportional to accounts × days, not to raw rows or row objects. The file of each point is remembered only once
 * a second file adds to the account (histories of one account split over files).
 */
export class SeriesBuilder {
  private days = new Int32Array(64);
  private followers = new Float64Array(64);
  private following: Float64Array | undefined;
  private lines = new Int32Array(64);
  private readonly files: string[] = [];
  /** The followers column of each file, as its header writes it: what a conflicting day's rejection names. */
  private readonly columns: string[] = [];
  /** Index in `files` of each point's file; undefined while every point is from the first file. */
  private fileOf: Uint16Array | undefined;
  length = 0;

  /** How many files gave points. */
  get fileCount(): number {
    return this.files.length;
  }

  /** The follower count on the latest day given (undefined before any point): the account's size, for a check. */
  latestFollowers(): number | undefined {
    let at = -1;
    for (let i = 0; i < this.length; i++) if (at === -1 || this.days[i]! > this.days[at]!) at = i;
    return at === -1 ? undefined : this.followers[at];
  }

  add(day: number, followers: number, following: number | undefined, file: string, line: number, column: string): void {
    if (this.length === this.days.length) this.grow();
    const i = this.length++;
    this.days[i] = day;
    this.followers[i] = followers;
    this.lines[i] = line;
    if (this.files.length === 0) {
      this.files.push(file);
      this.columns.push(column);
    }
    if (file !== this.files[this.files.length - 1] || this.fileOf) {
      let f = this.files.indexOf(file);
      if (f === -1) {
        f = this.files.push(file) - 1;
        this.columns.push(column);
      }
      this.fileOf ??= new Uint16Array(this.days.length);
      this.fileOf[i] = f;
    }
    if (following !== undefined) {
      this.following ??= new Float64Array(this.days.length).fill(NaN);
      this.following[i] = following;
    } else if (this.following) this.following[i] = NaN;
  }

  private grow(): void {
    const n = this.days.length * 2;
    const grow32 = (a: Int32Array) => { const b = new Int32Array(n); b.set(a); return b; };
    const grow64 = (a: Float64Array) => { const b = new Float64Array(n).fill(NaN); b.set(a); return b; };
    this.days = grow32(this.days);
    this.lines = grow32(this.lines);
    if (this.fileOf) { const b = new Uint16Array(n); b.set(this.fileOf); this.fileOf = b; }
    this.followers = grow64(this.followers);
    if (this.following) this.following = grow64(this.following);
  }

  private strictlyAscending(): boolean {
    for (let i = 1; i < this.length; i++) if (this.days[i]! <= this.days[i - 1]!) return false;
    return true;
  }

  /** Sorted, one point a day; conflicting duplicates keep the last row and are returned with their source lines. */
  finish(): { series: FollowerSeries; duplicates: SeriesDuplicate[] } {
    if (this.strictlyAscending()) {
      // The usual export: one row a day in order. No objects, no sort: copy the typed arrays.
      const n = this.length;
      const series: FollowerSeries = { days: this.days.slice(0, n), followers: this.followers.slice(0, n) };
      if (this.following) series.following = this.following.slice(0, n);
      return { series, duplicates: [] };
    }
    const points: (SeriesPoint & { line: number; file: string; column: string })[] = [];
    for (let i = 0; i < this.length; i++) {
      const f = this.following?.[i];
      const at = this.fileOf?.[i] ?? 0;
      points.push({ day: this.days[i]!, followers: this.followers[i]!, line: this.lines[i]!, file: this.files[at]!, column: this.columns[at]!, ...(f !== undefined && !Number.isNaN(f) ? { following: f } : {}) });
    }
    const { series, duplicates } = sortAndMergeSeries(points);
    return {
      series,
      duplicates: duplicates.map((d: DuplicateDay<SeriesPoint & { line: number; file: string; column: string }>) => ({
        file: d.dropped.file, line: d.dropped.line, column: d.dropped.column, keptAt: `${d.kept.file}:${d.kept.line}`, kept: d.kept.followers, dropped: d.dropped.followers,
        ...(d.kept.followers === d.dropped.followers ? { following: { kept: d.keptFollowing, dropped: d.dropped.following } } : {}),
      })),
    };
  }
}

/** A row dropped for a date given again; `following` when only the following counts differ. */
export interface SeriesDuplicate {
  file: string;
  line: number;
  column: string;
  keptAt: string;
  kept: number;
  dropped: number;
  following?: { kept: number | undefined; dropped: number | undefined };
}

/** Net changes per day (YouTube Studio gained/lost, X new follows/unfollows), turned into totals at the end. */
export class NetChangeBuilder {
  days: number[] = [];
  gained: number[] = [];
  lost: number[] = [];

  add(day: number, gained: number, lost: number): void {
    this.days.push(day);
    this.gained.push(gained);
    this.lost.push(lost);
  }
}
