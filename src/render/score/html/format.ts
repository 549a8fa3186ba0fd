import { fmtInt } from '../../../core/format.js';

/** An axis label: 950, 12.4k, 1.25M. Deterministic, no locale. */
export function fmtCompact(n: number): string {
  const a = Math.abs(n);
  if (a >= 1_000_000) return `${trim(n / 1_000_000, a >= 10_000_000 ? 1 : 2)}M`;
  if (a >= 10_000) return `${trim(n / 1_000, a >= 100_000 ? 0 : 1)}k`;
  return fmtInt(n);
}

function trim(x: number, digits: number): string {
  const s = x.toFixed(digits);
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/** A percent value (already in percent) as the messages write it: 2 decimals. */
export function fmtPctValue(pct: number): string {
  return `${pct.toFixed(2)} %`;
}

/** A fraction as a percent with one decimal: 0.1234 → "12.3 %". */
export function fmtShare(share: number): string {
  return `${(share * 100).toFixed(1)} %`;
}

/** A signed count: +12,056 / −4,693 (a real minus sign reads better in prose and charts). */
export function fmtSigned(n: number): string {
  return n > 0 ? `+${fmtInt(n)}` : n < 0 ? `−${fmtInt(-n)}` : '0';
}
