import { countOf } from '../../core/format.js';
import type { AccountResult } from '../../core/score-account.js';
import { isImpossibleData } from '../../core/signal.js';
import type { ScoredAccount } from '../../shared/account-change.js';
import type { RunMeta } from '../../shared/run-meta.js';
import { gateSet } from '../../shared/run-summary.js';
import { normsText } from '../norms-used.js';
import type { ScoreRenderer } from '../renderer.js';
import { markdownText } from '../safe-text.js';
import { RUN_FAILED_NOTE } from '../run-failed.js';
import { VERDICT_LABEL } from '../verdict-label.js';

/**
 * A PR-comment report, streamed: one table row per account as it is scored, the reasons of a flagged account in its
 * row (with --baseline, its change, and why it failed the gate), then the summary, the norm tables used, the gate,
 * the accounts gone since the baseline, and the rows that could not be used.
 */
export function markdownRenderer(meta: RunMeta): ScoreRenderer {
  const changes = meta.baseline !== undefined;
  return {
    begin: () => `## influaudit\n\n| Account | Platform | Followers | Score | Verdict |${changes ? ' Change |' : ''} Reasons |\n|---|---|---:|---:|---|${changes ? '---|' : ''}---|\n`,
    item: (r) => `| ${markdownText(r.handle)} | ${r.platform} | ${r.followers ?? '–'} | ${r.score ?? '–'} | ${VERDICT_LABEL[r.verdict]} |${changes ? ` ${change(r)} |` : ''} ${gateCell(r)}${reasons(r)} |\n`,
    *end({ summary, rejected, warnings, disappeared = [], error }) {
      // Line by line: the rejected rows of a large file are written as they are made, never held as one string.
      const out = ['', `${countOf(summary.accounts, 'account')}: ${summary.authentic} authentic, ${summary.suspicious} suspicious, ${summary.likelyFake} likely fake, ${summary.insufficientData} insufficient data. ` +
        `Rows: ${summary.rows.read} read, ${summary.rows.used} used, ${summary.rows.rejected} rejected. ${upper(normsText(summary.normsUsed))}.`];
      const b = summary.baseline;
      if (b) out.push('', `Against the baseline \`${markdownText(b.file)}\`: ${b.new} new, ${b.worse} worse, ${b.better} better, ${b.unchanged} unchanged, ${b.disappeared} gone.`);
      if (gateSet(summary.gate)) {
        const g = summary.gate;
        const on = [g.failedAccounts > 0 ? countOf(g.failedAccounts, 'account') : '', g.failedRows > 0 ? countOf(g.failedRows, 'rejected row') + ' (--strict)' : ''].filter(Boolean).join(' and ');
        out.push('', `**Gate: ${g.failed ? `failed** on ${on}` : 'passed**'}`);
      }
      if (error !== undefined) out.push('', `**Run failed:** ${markdownText(error)}. ${RUN_FAILED_NOTE}`);
      if (disappeared.length > 0) {
        out.push('', `### Gone since the baseline (${disappeared.length}, listed, not failed)`, '', '| Account | Platform | Verdict | Score |', '|---|---|---|---:|');
        for (const d of disappeared) out.push(`| ${markdownText(d.handle)} | ${d.platform} | ${VERDICT_LABEL[d.verdict]} | ${d.score ?? '–'} |`);
      }
      yield `${out.join('\n')}\n`;
      if (rejected.length > 0) {
        yield `\n### Rejected rows (${rejected.length})\n\n| File | Line | Column | Value | Reason |\n|---|---:|---|---|---|\n`;
        for (const x of rejected) yield `| ${markdownText(x.file)} | ${x.line} | ${markdownText(x.column ?? '–')} | ${markdownText(x.value ?? '–')} | ${markdownText(x.reason)} |\n`;
      }
      if (warnings.length > 0) {
        yield `\n### Unreadable cells in rows still used (${warnings.length})\n\n| File | Line | Column | Value | Reason |\n|---|---:|---|---|---|\n`;
        for (const x of warnings) yield `| ${markdownText(x.file)} | ${x.line} | ${markdownText(x.column)} | ${markdownText(x.value)} | ${markdownText(x.reason)} |\n`;
      }
    },
  };
}

const upper = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function change(r: ScoredAccount): string {
  if (!r.change) return '–';
  const b = r.change.before;
  return b === null ? r.change.status : `${r.change.status} (was ${VERDICT_LABEL[b.verdict]}${b.score === null ? '' : `, ${b.score}`})`;
}

function gateCell(r: ScoredAccount): string {
  return r.gateFailed === undefined ? '' : `**gate failed**: ${markdownText(r.gateFailed)}<br>`;
}

/** The flagged signals of an account and any impossible data, each with its message, in one table cell; "–" when none. */
function reasons(r: AccountResult): string {
  const shown = r.signals.filter((s) => s.status === 'flag' || isImpossibleData(s)).map((s) => `\`${s.id}\` ${markdownText(s.message)}`);
  if (r.breakdown.insufficient) shown.push(`insufficient data: ${markdownText(r.breakdown.insufficient)}`);
  // The bonus is in the score: said, so that the score can be reconciled with the flags beside it.
  if (r.breakdown.bonus > 0 && shown.length > 0) shown.push(`\`verified\` +${r.breakdown.bonus} points (a weak positive)`);
  return shown.length === 0 ? '–' : shown.join('<br>');
}
