import type { FollowerSeries } from '../../../core/account.js';
import { fmtInt } from '../../../core/format.js';
import { isoDay } from '../../../core/growth/index.js';
import type { CurveEvent } from './curve-events.js';
import { downsampleIndexes } from './downsample.js';
import { coord, esc } from './escape.js';
import { fmtCompact, fmtSigned } from './format.js';

const W = 900;
const H = 250;
const PAD = { left: 52, right: 14, top: 40, bottom: 26 };
const LABEL_MAX = 28;

/**
 * The follower curve as an inline SVG line chart: flagged spikes marked in red with their drop window shaded,
 * excused spikes ringed and labelled with their event. `<title>`/`<desc>` say the same in words. Long histories are
 * thinned to at most 400 points, always keeping the spike days. Empty when there are fewer than two points.
 */
export function curveChart(series: FollowerSeries, allEvents: readonly CurveEvent[], idBase: string, who: string): string {
  const { days, followers } = series;
  if (days.length < 2) return '';
  const events = allEvents.filter((e) => e.day >= days[0]! && e.day <= days[days.length - 1]!);
  const eventIndexes = events.map((e) => nearestIndex(days, e.day)).concat(events.flatMap((e) => (e.fromDay === undefined ? [] : [nearestIndex(days, e.fromDay)])));
  const idx = downsampleIndexes(followers, eventIndexes);
  const finite = idx.filter((i) => Number.isFinite(followers[i]!));
  if (finite.length < 2) return '';
  let lo = Infinity;
  let hi = -Infinity;
  for (const i of finite) {
    lo = Math.min(lo, followers[i]!);
    hi = Math.max(hi, followers[i]!);
  }
  const span = hi - lo || Math.max(1, hi * 0.05);
  const yMin = lo - span * 0.08;
  const yMax = hi + span * 0.08;
  const d0 = days[0]!;
  const d1 = days[days.length - 1]!;
  const x = (d: number) => PAD.left + ((d - d0) / (d1 - d0)) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - (v - yMin) / (yMax - yMin)) * (H - PAD.top - PAD.bottom);
  const out: string[] = [];
  for (const v of [lo, (lo + hi) / 2, hi]) {
    const yy = coord(y(v));
    out.push(`<line class="grid" x1="${PAD.left}" x2="${W - PAD.right}" y1="${yy}" y2="${yy}"/>`, `<text class="axis" x="${PAD.left - 6}" y="${yy}" dy="4" text-anchor="end">${esc(fmtCompact(v))}</text>`);
  }
  const mid = days[Math.floor(days.length / 2)]!;
  for (const [d, anchor] of [[d0, 'start'], [mid, 'middle'], [d1, 'end']] as const) {
    out.push(`<text class="axis" x="${coord(x(d))}" y="${H - 8}" text-anchor="${anchor}">${isoDay(d)}</text>`);
  }
  for (const e of events) {
    if (e.kind !== 'flagged' || e.dropDays === undefined) continue;
    const x0 = x(e.day);
    const x1 = Math.min(W - PAD.right, x(e.day + e.dropDays));
    out.push(`<rect class="drop" x="${coord(x0)}" y="${PAD.top}" width="${coord(Math.max(2, x1 - x0))}" height="${H - PAD.top - PAD.bottom}"/>`);
  }
  out.push(`<path class="line" d="${linePath(idx, days, followers, x, y)}"/>`);
  events.forEach((e, k) => out.push(eventMark(e, k, days, followers, x, y)));
  const thinned = idx.length < days.length ? ` Drawn with ${idx.length} of ${days.length} points, keeping every spike day.` : '';
  const title = `Followers of ${who}, ${isoDay(d0)} to ${isoDay(d1)}`;
  const desc = `${describeSeries(days, followers)}${events.map((e) => ` ${describeEvent(e)}`).join('')}${thinned}`;
  return `<svg class="chart curve" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${idBase}-t ${idBase}-d">` +
    `<title id="${idBase}-t">${esc(title)}</title><desc id="${idBase}-d">${esc(desc)}</desc>${out.join('')}</svg>`;
}

function linePath(idx: readonly number[], days: Int32Array, followers: Float64Array, x: (d: number) => number, y: (v: number) => number): string {
  const parts: string[] = [];
  let pen = false;
  for (const i of idx) {
    const v = followers[i]!;
    if (!Number.isFinite(v)) {
      pen = false;
      continue;
    }
    parts.push(`${pen ? 'L' : 'M'}${coord(x(days[i]!))} ${coord(y(v))}`);
    pen = true;
  }
  return parts.join('');
}

function eventMark(e: CurveEvent, k: number, days: Int32Array, followers: Float64Array, x: (d: number) => number, y: (v: number) => number): string {
  const i = nearestIndex(days, e.day);
  const v = followers[i]!;
  if (!Number.isFinite(v)) return '';
  const cx = x(e.day);
  const cy = y(v);
  const labelY = k % 2 === 0 ? 14 : 28;
  const anchor = cx > W - 140 ? 'end' : cx < PAD.left + 60 ? 'start' : 'middle';
  const text = e.kind === 'flagged' ? `spike ${isoDay(e.day)}` : `excused: ${truncate(e.label ?? 'known event')}`;
  const cls = e.kind === 'flagged' ? 'flagged' : 'excused';
  const dot = e.kind === 'flagged' ? `<circle class="flagged" cx="${coord(cx)}" cy="${coord(cy)}" r="5"/>` : `<circle class="excused" cx="${coord(cx)}" cy="${coord(cy)}" r="6"/>`;
  return `<line class="lead ${cls}" x1="${coord(cx)}" x2="${coord(cx)}" y1="${labelY + 4}" y2="${coord(cy)}"/>${dot}` +
    `<text class="label ${cls}" x="${coord(cx)}" y="${labelY}" text-anchor="${anchor}">${esc(text)}</text>`;
}

function truncate(s: string): string {
  const chars = [...s];
  return chars.length > LABEL_MAX ? `${chars.slice(0, LABEL_MAX - 1).join('')}…` : s;
}

/** The index of `day`, or of the last point before it (the first point when it is before the series). */
export function nearestIndex(days: Int32Array, day: number): number {
  let lo = 0;
  let hi = days.length - 1;
  while (lo < hi) {
    const m = Math.ceil((lo + hi) / 2);
    if (days[m]! <= day) lo = m;
    else hi = m - 1;
  }
  return lo;
}

function describeSeries(days: Int32Array, followers: Float64Array): string {
  const pts: number[] = [];
  for (let i = 0; i < days.length; i++) if (Number.isFinite(followers[i]!)) pts.push(i);
  const first = pts[0]!;
  const last = pts[pts.length - 1]!;
  let min = first;
  let max = first;
  for (const i of pts) {
    if (followers[i]! < followers[min]!) min = i;
    if (followers[i]! > followers[max]!) max = i;
  }
  const at = (i: number) => `${fmtInt(followers[i]!)} on ${isoDay(days[i]!)}`;
  return `${pts.length} data points, from ${at(first)} to ${at(last)}; lowest ${at(min)}, highest ${at(max)}.`;
}

function describeEvent(e: CurveEvent): string {
  const gain = e.gain === undefined ? '' : `: ${fmtSigned(e.gain)} followers`;
  if (e.kind === 'excused') return `Excused spike on ${isoDay(e.day)}${gain} (${e.label ?? 'known event'}).`;
  const drop = e.drop === undefined || e.dropDays === undefined ? '' : `, then ${fmtSigned(-e.drop)} within ${e.dropDays} days (shaded)`;
  return `Flagged spike on ${isoDay(e.day)}${gain}${drop}.`;
}
