import { countOf } from '../core/format.js';
import type { AccountResult } from '../core/score-account.js';
import type { RunSummary } from '../app/summary.js';
import { bufferedRenderer } from './buffered.js';
import { markdownText } from './safe-text.js';
import type { Renderer, RunMeta, RowIssues } from './types.js';
import { VERDICT_LABEL } from './verdict-label.js';

/** A PR-comment report: a summary line, one table row per account, and the reasons under it as a list. */
export function markdownRenderer(): Renderer {
  return bufferedRenderer(renderMarkdown);
}

function renderMarkdown(rows: readonly AccountResult[], summary: RunSummary, { rejected, warnings }: RowIssues, meta: RunMeta): string {
  const out: string[] = ['## influaudit', ''];
  out.push(`${countOf(summary.accounts, 'account')}: ${summary.authentic} authentic, ${summary.suspicious} suspicious, ${summary.likelyFake} likely fake, ${summary.insufficientData} insufficient data. ` +
    `Rows: ${summary.rows.read} read, ${summary.rows.used} used, ${summary.rows.rejected} rejected. Norms: \`${meta.norms}\`.`);
  if (summary.gate.failOn !== null || summary.gate.minScore !== null) out.push('', `**Gate: ${summary.gate.failed ? 'failed' : 'passed'}**`);
  out.push('', '| Account | Platform | Followers | Score | Verdict | Flags |', '|---|---|---:|---:|---|---|');
  for (const r of rows) {
    const flags = r.signals.filter((s) => s.status === 'flag').map((s) => s.id).join(', ');
    out.push(`| ${markdownText(r.handle)} | ${r.platform} | ${r.followers ?? '–'} | ${r.score ?? '–'} | ${VERDICT_LABEL[r.verdict]} | ${flags || '–'} |`);
  }
  const flagged = rows.filter((r) => r.signals.some((s) => s.status === 'flag'));
  if (flagged.length > 0) out.push('', '### Reasons');
  for (const r of flagged) {
    out.push('', `**${markdownText(r.handle)}** (${r.platform}, ${VERDICT_LABEL[r.verdict]})`, '');
    for (const s of r.signals.filter((x) => x.status === 'flag')) out.push(`- \`${s.id}\` ${markdownText(s.message)}`);
  }
  if (rejected.length > 0) {
    out.push('', `### Rejected rows (${rejected.length})`, '', '| File | Line | Column | Value | Reason |', '|---|---:|---|---|---|');
    for (const x of rejected) out.push(`| ${markdownText(x.file)} | ${x.line} | ${markdownText(x.column ?? '–')} | ${markdownText(x.value ?? '–')} | ${markdownText(x.reason)} |`);
  }
  if (warnings.length > 0) {
    out.push('', `### Unreadable cells in rows still used (${warnings.length})`, '', '| File | Line | Column | Value | Reason |', '|---|---:|---|---|---|');
    for (const x of warnings) out.push(`| ${markdownText(x.file)} | ${x.line} | ${markdownText(x.column)} | ${markdownText(x.value)} | ${markdownText(x.reason)} |`);
  }
  return `${out.join('\n')}\n`;
}
