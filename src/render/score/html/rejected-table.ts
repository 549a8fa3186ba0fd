import type { RejectedRow } from '../../../shared/row-issues.js';
import { esc } from './escape.js';

/** Rejected rows as data, with everything needed to find and fix each in its file; empty when none was rejected. */
export function rejectedSection(rejected: readonly RejectedRow[]): string {
  if (rejected.length === 0) return '';
  const rows = rejected.map((x) => `<tr><td>${esc(x.file)}</td><td class="num">${x.line}</td><td>${x.column === null ? '–' : esc(x.column)}</td>` +
    `<td>${x.value === null ? '–' : `<code>${esc(x.value)}</code>`}</td><td>${esc(x.reason)}</td></tr>`);
  return `<section class="rejected" id="rejected" aria-labelledby="rejected-h"><h2 id="rejected-h">Rejected rows (${rejected.length})</h2>` +
    '<table><thead><tr><th scope="col">File</th><th scope="col" class="num">Line</th><th scope="col">Column</th><th scope="col">Value</th><th scope="col">Reason</th></tr></thead>' +
    `<tbody>${rows.join('')}</tbody></table></section>`;
}
