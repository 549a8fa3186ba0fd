import type { AccountResult } from '../../../core/score-account.js';
import type { Evidence, Signal } from '../../../core/signal.js';
import { isRecord, numberAt, stringAt } from './read-evidence.js';

/** A spike to draw on the follower curve: flagged (marked, with its drop window) or excused by a known event (labelled). */
export interface CurveEvent {
  kind: 'flagged' | 'excused';
  /** Days since 1970-01-01 UTC, like `FollowerSeries.days`. */
  day: number;
  /** The day before the spike's gain began, when known. */
  fromDay?: number;
  gain?: number;
  /** Followers lost against the trend after the spike, and within how many days. */
  drop?: number;
  dropDays?: number;
  /** The known event's label (giveaway, TV…) for an excused spike. */
  label?: string;
}

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` → days since epoch; undefined for anything else. */
export function dayOf(iso: string | undefined): number | undefined {
  if (iso === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  const ms = Date.parse(`${iso}T00:00:00Z`);
  return Number.isFinite(ms) ? Math.round(ms / DAY_MS) : undefined;
}

/**
 * The spikes the growth signals reported, read from their evidence (`spikes[]` when listed, else the top-level
 * `spikeDate`): a spike counts as flagged only when its signal says so, and an excused one is never flagged.
 */
export function curveEvents(r: AccountResult): CurveEvent[] {
  const byKey = new Map<string, CurveEvent>();
  for (const s of r.signals) {
    const spikes = s.evidence['spikes'];
    const listed = Array.isArray(spikes) ? spikes.filter(isRecord) : [s.evidence];
    for (const sp of listed) {
      const e = eventOf(sp, s, Array.isArray(spikes));
      if (!e) continue;
      const key = `${e.kind}:${e.day}`;
      const seen = byKey.get(key);
      if (!seen || (seen.drop === undefined && e.drop !== undefined)) byKey.set(key, e);
    }
  }
  return [...byKey.values()].sort((a, b) => a.day - b.day || a.kind.localeCompare(b.kind));
}

function eventOf(sp: Evidence, s: Signal, listed: boolean): CurveEvent | undefined {
  const day = dayOf(stringAt(sp, 'spikeDate'));
  if (day === undefined) return undefined;
  const excusedRaw = sp['excused'];
  const excused = typeof excusedRaw === 'string' ? excusedRaw : excusedRaw === true ? 'known event' : undefined;
  const flagged = excused === undefined && (listed && typeof sp['flagged'] === 'boolean' ? sp['flagged'] : s.status === 'flag');
  if (excused === undefined && !flagged) return undefined;
  const fromDay = dayOf(stringAt(sp, 'fromDate'));
  const gain = numberAt(sp, 'gain');
  const drop = numberAt(sp, 'drop');
  const dropDays = numberAt(sp, 'days');
  return {
    kind: excused === undefined ? 'flagged' : 'excused',
    day,
    ...(fromDay !== undefined && fromDay < day ? { fromDay } : {}),
    ...(gain !== undefined ? { gain } : {}),
    ...(drop !== undefined && drop > 0 && dropDays !== undefined && dropDays > 0 ? { drop, dropDays } : {}),
    ...(excused !== undefined ? { label: excused } : {}),
  };
}
