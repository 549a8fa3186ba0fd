/** Number formatting for messages: deterministic (no locale of the machine), thousands with commas. */

/** ".00" to ".99". */
const CENTS: readonly string[] = Array.from({ length: 100 }, (_, c) => `.${String(c).padStart(2, '0')}`);

/** ",000" to ",999". */
const GROUPS: readonly string[] = Array.from({ length: 1000 }, (_, g) => `,${String(g).padStart(3, '0')}`);

export function fmtInt(n: number): string {
  const sign = n < 0 ? '-' : '';
  const whole = Math.round(Math.abs(n));
  if (whole < 1000) return sign + String(whole);
  // Hand-rolled grouping: this runs several times per account, and a lookahead regex, then slicing the digits, were
  // hot spots (bench). Three digits at a time by arithmetic, exact while the value is a safe integer, each group's
  // text (",042") taken from a table rather than padded and joined.
  if (whole <= Number.MAX_SAFE_INTEGER) {
    let rest = whole;
    let out = '';
    while (rest >= 1000) {
      const group = rest % 1000;
      rest = (rest - group) / 1000;
      out = GROUPS[group]! + out;
    }
    return sign + String(rest) + out;
  }
  const s = String(whole);
  if (s.includes('e') || !Number.isFinite(whole)) return sign + s;
  let out = s.slice(0, s.length % 3 || 3);
  for (let i = out.length; i < s.length; i += 3) out += `,${s.slice(i, i + 3)}`;
  return sign + out;
}

/**
 * Exactly `x.toFixed(2)`, which several messages of every account call and which was a hot spot (bench). For an
 * ordinary value the two decimals come from rounding x × 100 once: the product is correctly rounded, so it lands on
 * the same side of every half-way point as the exact x × 100, except when it lands on a half exactly (1.005 × 100
 * is 100.5, while 1.005 is really 1.00499…); those ties, negatives, NaN and huge values are left to `toFixed`, which
 * decides from the exact decimal value of x.
 */
export function fixed2(x: number): string {
  const scaled = x * 100;
  const q = Math.round(scaled);
  if (!(x >= 0 && scaled < 1e15) || q - scaled === 0.5) return x.toFixed(2);
  const cents = q % 100;
  return String((q - cents) / 100) + CENTS[cents]!;
}

/** `a`, `a and b`, `a, b and c`: a short list in a sentence. */
export function andList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`;
}

/** `1 account`, `2 accounts`: a count with its noun, as summaries print it. */
export function countOf(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** A value already in percent, with two decimals: 0.41 → "0.41 %"; under 0.01, two significant digits (0.0028 %), never "0.00 %". */
export function fmtPercent(pct: number): string {
  if (pct > 0 && pct < 0.005) return `${pct.toFixed(Math.min(20, 1 - Math.floor(Math.log10(pct))))} %`;
  return `${fixed2(pct)} %`;
}

/** A fraction (0–1) as a percent with fixed decimals: 0.0123 → "1.23 %", 0.15 with 0 decimals → "15 %". */
export function fmtFractionAsPercent(fraction: number, digits = 2): string {
  return `${(fraction * 100).toFixed(digits)} %`;
}

/** A ratio with two decimals. */
export function fmtRatio(r: number): string {
  return fixed2(r);
}

/**
 * A share of a population (0–1) as a percentage with as few decimals as keep it honest: never "100 %" for 99.97 %,
 * never "0 %" for 0.03 %. 0.5 → "50 %", 0.995 → "99.5 %", 0.99997 → "99.997 %"; beyond four decimals, "more than
 * 99.9999 %" or "less than 0.0001 %".
 */
export function fmtShareOfAll(share: number): string {
  const pct = share * 100;
  for (let digits = 0; digits <= 4; digits++) {
    const shown = pct.toFixed(digits);
    if ((shown !== '100' && !/^100\.0+$/.test(shown) && Number(shown) !== 0) || pct === 0 || pct === 100) return `${shown} %`;
  }
  return pct > 50 ? 'more than 99.9999 %' : 'less than 0.0001 %';
}
