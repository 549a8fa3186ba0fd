import type { ChalkInstance } from 'chalk';
import { isoDay } from '../core/growth/index.js';
import type { AccountResult } from '../core/score-account.js';
import { sparkline } from './sparkline.js';

/** ISO dates of the spikes the growth signals flagged (not excused ones), read from their evidence. */
export function flaggedSpikeDates(r: AccountResult): string[] {
  const dates = new Set<string>();
  for (const s of r.signals) {
    if (s.status !== 'flag') continue;
    const spikes = s.evidence['spikes'];
    if (Array.isArray(spikes)) {
      for (const sp of spikes) {
        if (sp && typeof sp === 'object' && !Array.isArray(sp) && typeof sp['spikeDate'] === 'string' && !sp['excused']) dates.add(sp['spikeDate']);
      }
    } else if (typeof s.evidence['spikeDate'] === 'string') dates.add(s.evidence['spikeDate']);
  }
  return [...dates];
}

/**
 * Two lines for the table: the follower curve as a sparkline with its date range, and a caret under each flagged
 * spike. Empty when the account has no history.
 */
export function curveLines(r: AccountResult, width: number, c: ChalkInstance): string[] {
  const h = r.curve;
  if (!h || h.days.length < 2) return [];
  const flagged = new Set(flaggedSpikeDates(r));
  const marks: number[] = [];
  h.days.forEach((d, i) => {
    if (flagged.has(isoDay(d))) marks.push(i);
  });
  const label = `${isoDay(h.days[0]!)} → ${isoDay(h.days[h.days.length - 1]!)}`;
  const spark = sparkline(h.followers, Math.max(10, width - label.length - 14), marks);
  const chars = [...spark.line];
  const painted = chars.map((ch, i) => (spark.marks.includes(i) ? c.red.bold(ch) : c.cyan(ch))).join('');
  const lines = [`followers ${painted} ${c.dim(label)}`];
  if (spark.marks.length > 0) {
    const under = chars.map((_, i) => (spark.marks.includes(i) ? '^' : ' ')).join('').trimEnd();
    lines.push(`          ${c.red(under)} ${c.dim(`spike ${[...flagged].join(', ')}`)}`);
  }
  return lines;
}
