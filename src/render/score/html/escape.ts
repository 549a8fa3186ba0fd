import { safeText } from '../../safe-text.js';

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text from an export, ready for HTML or SVG text and for a quoted attribute: controls (ANSI, bidi overrides) become
 * visible escapes first, as in every other format, then `& < > " '` become entities, so no data can open a tag, close
 * an attribute or flip the direction of the text around it.
 */
export function esc(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  return safeText(String(value)).replace(/[&<>"']/g, (ch) => ENTITY[ch]!);
}

/** A number for SVG coordinates: one decimal, no exponent, no "-0", so the same chart is the same bytes. */
export function coord(n: number): string {
  const r = Math.round(n * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}
