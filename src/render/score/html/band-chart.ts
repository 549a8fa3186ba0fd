import type { Signal } from '../../../core/signal.js';
import { coord, esc } from './escape.js';
import { fmtPctValue } from './format.js';
import { numberAt, rangeAt, stringAt } from './read-evidence.js';

const W = 900;
const H = 74;
const PAD = { left: 12, right: 12 };
const BAR = { y: 30, h: 16 };

/**
 * The engagement rate against its tier's genuine accounts, as a small horizontal chart: where nine in ten of them lie
 * shaded, the median ticked, the account's rate marked and written. Empty unless the evidence has a rate and a range.
 */
export function bandChart(s: Signal, idBase: string): string {
  const ev = s.evidence;
  const rate = numberAt(ev, 'ratePct');
  const band = rangeAt(ev, 'typicalRange');
  if (rate === undefined || band === undefined) return '';
  const norm = numberAt(ev, 'medianPct');
  const [low, high] = band;
  const max = Math.max(high * 1.6, rate * 1.12, (norm ?? 0) * 1.2, 0.01);
  const x = (v: number) => PAD.left + (Math.max(0, Math.min(v, max)) / max) * (W - PAD.left - PAD.right);
  const where = s.status === 'flag' ? (rate < low ? 'below most genuine accounts' : 'above most genuine accounts') : s.status === 'pass' ? 'ordinary' : 'not judged';
  const table = stringAt(ev, 'normTable');
  const tier = stringAt(ev, 'tier');
  // Figures between two tiers' (interpolated for the account's size) belong to neither tier alone.
  const between = Array.isArray(ev['between']) ? ev['between'].filter((t): t is string => typeof t === 'string') : [];
  const size = between.length === 2 ? `its size (between tiers ${between[0]} and ${between[1]})` : tier ? `tier ${tier}` : '';
  const of = [size, table ? `on ${table}` : ''].filter(Boolean).join(' ');
  const desc = `Engagement rate ${fmtPctValue(rate)}, ${where}: 90 % of genuine accounts lie between ${fmtPctValue(low)} and ${fmtPctValue(high)}` +
    `${of ? ` for ${of}` : ''}${norm === undefined ? '' : `, median ${fmtPctValue(norm)}`}.`;
  const rx = x(rate);
  const anchor = rx > W - 80 ? 'end' : rx < 80 ? 'start' : 'middle';
  const cls = s.status === 'flag' ? 'flagged' : 'ok';
  const parts = [
    `<rect class="track" x="${PAD.left}" y="${BAR.y}" width="${W - PAD.left - PAD.right}" height="${BAR.h}"/>`,
    `<rect class="band" x="${coord(x(low))}" y="${BAR.y}" width="${coord(Math.max(1, x(high) - x(low)))}" height="${BAR.h}"/>`,
    `<text class="axis" x="${coord(x(low))}" y="${BAR.y + BAR.h + 14}" text-anchor="middle">${esc(fmtPctValue(low))}</text>`,
    `<text class="axis" x="${coord(x(high))}" y="${BAR.y + BAR.h + 14}" text-anchor="middle">${esc(fmtPctValue(high))}</text>`,
    `<text class="axis" x="${PAD.left}" y="${BAR.y + BAR.h + 14}" text-anchor="start">0</text>`,
    ...(norm === undefined ? [] : [
      `<line class="norm" x1="${coord(x(norm))}" x2="${coord(x(norm))}" y1="${BAR.y - 3}" y2="${BAR.y + BAR.h + 3}"/>`,
    ]),
    `<path class="rate ${cls}" d="M${coord(rx)} ${BAR.y + BAR.h}l-6 -${BAR.h + 6}h12z"/>`,
    `<text class="label ${cls}" x="${coord(rx)}" y="${BAR.y - 10}" text-anchor="${anchor}">${esc(`ER ${fmtPctValue(rate)}`)}</text>`,
  ];
  const title = `Engagement rate among genuine accounts of ${between.length === 2 ? 'its size' : tier ?? 'its tier'}`;
  return `<svg class="chart band-chart" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${idBase}-t ${idBase}-d">` +
    `<title id="${idBase}-t">${esc(title)}</title><desc id="${idBase}-d">${esc(desc)}</desc>${parts.join('')}</svg>`;
}
