/** Number formatting for messages: deterministic (no locale of the machine), thousands with commas. */
export function fmtInt(n: number): string {
  const sign = n < 0 ? '-' : '';
  const s = String(Math.round(Math.abs(n)));
  return sign + s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A percentage with two decimals, e.g. 0.41 → "0.41 %". */
export function fmtPct(pct: number): string {
  return `${pct.toFixed(2)} %`;
}

/** A ratio with two decimals. */
export function fmtRatio(r: number): string {
  return r.toFixed(2);
}
