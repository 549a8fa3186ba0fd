import type { Evidence, EvidenceValue } from '../../../core/signal.js';

/**
 * Evidence is loosely typed data from many signals, some still being wired in: charts read it through these, and a
 * missing or mistyped key means "no chart", never a crash or a NaN drawn on the page.
 */
export function numberAt(ev: Evidence | undefined, key: string): number | undefined {
  const v = ev?.[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

export function stringAt(ev: Evidence | undefined, key: string): string | undefined {
  const v = ev?.[key];
  return typeof v === 'string' ? v : undefined;
}

export function isRecord(v: EvidenceValue | undefined): v is { [key: string]: EvidenceValue } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `[low, high]` as two finite numbers with low ≤ high, else undefined. */
export function rangeAt(ev: Evidence | undefined, key: string): [number, number] | undefined {
  const v = ev?.[key];
  if (!Array.isArray(v) || v.length !== 2) return undefined;
  const [lo, hi] = v;
  return typeof lo === 'number' && typeof hi === 'number' && Number.isFinite(lo) && Number.isFinite(hi) && lo <= hi ? [lo, hi] : undefined;
}
