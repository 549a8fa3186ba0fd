/** Day (whole days since 1970-01-01 UTC) → `YYYY-MM-DD`, the form every date in evidence takes. */
export function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** A count as messages write it: rounded, with thousands separators (11,800), whatever the host locale. */
export function formatCount(value: number): string {
  const rounded = Math.round(value);
  const digits = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return rounded < 0 ? `-${digits}` : digits;
}

/** A fraction as a percent for messages: 0.124 → "12.4 %". */
export function formatShare(share: number): string {
  const pct = share * 100;
  const digits = Math.abs(pct) >= 10 ? 0 : 1;
  return `${pct.toFixed(digits)} %`;
}
