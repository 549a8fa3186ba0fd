import type { CellWarning, RejectedRow } from '../../../shared/row-issues.js';
import { esc } from './escape.js';

/** Rejected rows as data, with everything needed to find and fix each in its file; empty when none was rejected. */
export function rejectedSection(rejected: readonly RejectedRow[]): string {
  return issueSection('rejected', `Rejected rows (${rejected.length})`, rejected);
}

/** Cells left out of rows that were still used, each with its file, line, column, value and reason. */
export function warningsSection(warnings: readonly CellWarning[]): string {
  return issueSection('warnings', `Unreadable cells in rows still used (${warnings.length})`, warnings);
}

function issueSection(id: string, title: string, issues: readonly (RejectedRow | CellWarning)[]): string {
  if (issues.length === 0) return '';
  const rows = issues.map((x) => `<tr><td>${esc(x.file)}</td><td class="num">${x.line}</td><td>${x.column === null ? '–' : esc(x.column)}</td>` +
    `<td>${x.value === null ? '–' : `<code>${esc(x.value)}</code>`}</td><td>${esc(x.reason)}</td></tr>`);
  return `<section class="rejected" id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${esc(title)}</h2>` +
    '<table><thead><tr><th scope="col">File</th><th scope="col" class="num">Line</th><th scope="col">Column</th><th scope="col">Value</th><th scope="col">Reason</th></tr></thead>' +
    `<tbody>${rows.join('')}</tbody></table></section>`;
}
