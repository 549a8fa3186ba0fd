import { safeText } from '../../safe-text.js';

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text from an export, ready for HTML or SVG text and for a quoted attribute: controls (ANSI, bidi overrides) become
 * visible escapes first, as in every other format, then `& < > " '` become entities, so no data can open a tag, close
 * an attribute or flip the direction of the text around it.
 */
export function esc(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const s = safeText(String(value));
  // Most texts hold nothing to escape: testing first skips a replace with a callback, a large share of the report's time.
  return HTML_SPECIAL.test(s) ? s.replace(HTML_SPECIALS, (ch) => ENTITY[ch]!) : s;
}

const HTML_SPECIAL = /[&<>"']/;
const HTML_SPECIALS = /[&<>"']/g;

/** A number for SVG coordinates: one decimal, no exponent, no "-0", so the same chart is the same bytes. */
export function coord(n: number): string {
  const r = Math.round(n * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}
