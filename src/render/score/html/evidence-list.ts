import { fmtInt } from '../../../core/format.js';
import type { Evidence, EvidenceValue } from '../../../core/signal.js';
import { esc } from './escape.js';

/** A long list (every post, every jump) is cut here: the JSON format has all of it. */
const MAX_ITEMS = 12;

/** A signal's evidence as a compact key/value list; nested objects inline, lists of objects as numbered lines. */
export function evidenceList(ev: Evidence): string {
  const entries = Object.entries(ev);
  if (entries.length === 0) return '';
  return `<dl class="evidence">${entries.map(([k, v]) => `<div><dt>${esc(k)}</dt><dd>${value(v, 0)}</dd></div>`).join('')}</dl>`;
}

function value(v: EvidenceValue, depth: number): string {
  if (v === null) return '<span class="muted">null</span>';
  if (typeof v === 'number') return esc(Number.isInteger(v) && Math.abs(v) >= 10_000 ? fmtInt(v) : String(v));
  if (typeof v === 'string' || typeof v === 'boolean') return esc(v);
  if (depth >= 3) return '…';
  if (Array.isArray(v)) {
    if (v.length === 0) return '<span class="muted">none</span>';
    const shown = v.slice(0, MAX_ITEMS);
    const more = v.length > MAX_ITEMS ? ` …and ${v.length - MAX_ITEMS} more` : '';
    if (shown.every((x) => x === null || typeof x !== 'object')) return `${shown.map((x) => value(x, depth + 1)).join(', ')}${esc(more)}`;
    return `<ol class="ev-items">${shown.map((x) => `<li>${value(x, depth + 1)}</li>`).join('')}</ol>${more ? `<span class="muted">${esc(more)}</span>` : ''}`;
  }
  return Object.entries(v).map(([k, x]) => `<span class="kv"><span class="k">${esc(k)}</span> ${value(x, depth + 1)}</span>`).join(' ');
}
