/** Number formatting for messages: deterministic (no locale of the machine), thousands with commas. */
export function fmtInt(n: number): string {
  const sign = n < 0 ? '-' : '';
  const s = String(Math.round(Math.abs(n)));
  if (s.length <= 3 || s.includes('e')) return sign + s;
  // Hand-rolled grouping: this runs several times per account, and a lookahead regex was a hot spot (bench).
  let out = s.slice(0, s.length % 3 || 3);
  for (let i = out.length; i < s.length; i += 3) out += `,${s.slice(i, i + 3)}`;
  return sign + out;
}

/** A percentage with two decimals, e.g. 0.41 → "0.41 %". */
export function fmtPct(pct: number): string {
  return `${pct.toFixed(2)} %`;
}

/** A ratio with two decimals. */
export function fmtRatio(r: number): string {
  return r.toFixed(2);
}
