import { sortAndMergeSeries, type DuplicateDay, type SeriesPoint } from '../core/growth/index.js';
import type { FollowerSeries } from '../core/account.js';

export interface SeriesParts {
  days: Int32Array;
  followers: Float64Array;
  following?: Float64Array;
  lines: Int32Array;
}

/**
 * Follower points of one account as they stream in, kept in growable typed arrays: 20 bytes a point, so memory is
 * proportional to accounts × days, not to raw rows or row objects.
 */
export class SeriesBuilder {
  private days = new Int32Array(64);
  private followers = new Float64Array(64);
  private following: Float64Array | undefined;
  private lines = new Int32Array(64);
  length = 0;

  add(day: number, followers: number, following: number | undefined, line: number): void {
    if (this.length === this.days.length) this.grow();
    const i = this.length++;
    this.days[i] = day;
    this.followers[i] = followers;
    this.lines[i] = line;
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
    this.followers = grow64(this.followers);
    if (this.following) this.following = grow64(this.following);
  }

  constructor(private readonly file: string) {}

  /** The points as they came, in compact arrays: a worker's share of a file, posted to the main thread. */
  parts(): SeriesParts {
    const n = this.length;
    return {
      days: this.days.slice(0, n), followers: this.followers.slice(0, n), lines: this.lines.slice(0, n),
      ...(this.following ? { following: this.following.slice(0, n) } : {}),
    };
  }

  /** Appends the points another reader (a worker) read from a later part of the same file. */
  append(p: SeriesParts): void {
    const n = p.days.length;
    while (this.days.length < this.length + n) this.grow();
    const at = this.length;
    this.days.set(p.days, at);
    this.followers.set(p.followers, at);
    this.lines.set(p.lines, at);
    if (p.following || this.following) {
      this.following ??= new Float64Array(this.days.length).fill(NaN);
      if (p.following) this.following.set(p.following, at);
      else this.following.fill(NaN, at, at + n);
    }
    this.length += n;
  }

  private strictlyAscending(): boolean {
    for (let i = 1; i < this.length; i++) if (this.days[i]! <= this.days[i - 1]!) return false;
    return true;
  }

  /** Sorted, one point a day; conflicting duplicates keep the last row and are returned with their source lines. */
  finish(): { series: FollowerSeries; duplicates: { file: string; keptLine: number; droppedLine: number; kept: number; dropped: number }[] } {
    if (this.strictlyAscending()) {
      // The usual export: one row a day in order. No objects, no sort: copy the typed arrays.
      const n = this.length;
      const series: FollowerSeries = { days: this.days.slice(0, n), followers: this.followers.slice(0, n) };
      if (this.following) series.following = this.following.slice(0, n);
      return { series, duplicates: [] };
    }
    const points: (SeriesPoint & { line: number })[] = [];
    for (let i = 0; i < this.length; i++) {
      const f = this.following?.[i];
      points.push({ day: this.days[i]!, followers: this.followers[i]!, line: this.lines[i]!, ...(f !== undefined && !Number.isNaN(f) ? { following: f } : {}) });
    }
    const { series, duplicates } = sortAndMergeSeries(points);
    return {
      series,
      duplicates: duplicates.map((d: DuplicateDay<SeriesPoint & { line: number }>) => ({
        file: this.file, keptLine: d.kept.line, droppedLine: d.dropped.line, kept: d.kept.followers, dropped: d.dropped.followers,
      })),
    };
  }
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
