import { countOf } from '../../core/format.js';
import type { AccountResult } from '../../core/score-account.js';
import type { RunMeta } from '../../shared/run-meta.js';
import type { ScoreRenderer } from '../renderer.js';
import { markdownText } from '../safe-text.js';
import { VERDICT_LABEL } from '../verdict-label.js';

/**
 * A PR-comment report, streamed: one table row per account as it is scored, the reasons of a flagged account in its
 * row, then the summary, the gate, and the rows that could not be used.
 */
export function markdownRenderer(meta: RunMeta): ScoreRenderer {
  return {
    begin: () => `## influaudit\n\nNorms: \`${meta.norms}\`.\n\n| Account | Platform | Followers | Score | Verdict | Reasons |\n|---|---|---:|---:|---|---|\n`,
    item: (r) => `| ${markdownText(r.handle)} | ${r.platform} | ${r.followers ?? '–'} | ${r.score ?? '–'} | ${VERDICT_LABEL[r.verdict]} | ${reasons(r)} |\n`,
    end({ summary, rejected, warnings }) {
      const out = ['', `${countOf(summary.accounts, 'account')}: ${summary.authentic} authentic, ${summary.suspicious} suspicious, ${summary.likelyFake} likely fake, ${summary.insufficientData} insufficient data. ` +
        `Rows: ${summary.rows.read} read, ${summary.rows.used} used, ${summary.rows.rejected} rejected.`];
      if (summary.gate.failOn !== null || summary.gate.minScore !== null) out.push('', `**Gate: ${summary.gate.failed ? 'failed' : 'passed'}**`);
      if (rejected.length > 0) {
        out.push('', `### Rejected rows (${rejected.length})`, '', '| File | Line | Column | Value | Reason |', '|---|---:|---|---|---|');
        for (const x of rejected) out.push(`| ${markdownText(x.file)} | ${x.line} | ${markdownText(x.column ?? '–')} | ${markdownText(x.value ?? '–')} | ${markdownText(x.reason)} |`);
      }
      if (warnings.length > 0) {
        out.push('', `### Unreadable cells in rows still used (${warnings.length})`, '', '| File | Line | Column | Value | Reason |', '|---|---:|---|---|---|');
        for (const x of warnings) out.push(`| ${markdownText(x.file)} | ${x.line} | ${markdownText(x.column)} | ${markdownText(x.value)} | ${markdownText(x.reason)} |`);
      }
      return `${out.join('\n')}\n`;
    },
  };
}

/** The flagged signals of an account, each with its message, in one table cell; "–" when nothing flagged. */
function reasons(r: AccountResult): string {
  const flagged = r.signals.filter((s) => s.status === 'flag');
  if (flagged.length === 0) return r.breakdown.insufficient ? `insufficient data: ${markdownText(r.breakdown.insufficient)}` : '–';
  return flagged.map((s) => `\`${s.id}\` ${markdownText(s.message)}`).join('<br>');
}
