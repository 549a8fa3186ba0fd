import { Chalk, type ChalkInstance } from 'chalk';
import { countOf, fmtInt } from '../../core/format.js';
import type { AccountResult } from '../../core/score-account.js';
import { scoreArithmetic } from '../../core/score-arithmetic.js';
import type { Signal } from '../../core/signal.js';
import type { Verdict } from '../../core/verdict.js';
import { boxBottom, boxRow, boxRule, boxTop, type BoxColumn, type BoxRow } from '../box-table.js';
import { curveLines } from '../curve-line.js';
import { safeText } from '../safe-text.js';
import type { RunMeta } from '../../shared/run-meta.js';
import type { RunSummary } from '../../shared/run-summary.js';
import type { ScoreRenderer } from '../renderer.js';
import { PRIMARY_SIGNALS } from '../../core/scoring-config.js';
import { VERDICT_LABEL } from '../verdict-label.js';

/**
 * The human format, streamed block by block: one block per account as it is scored, its reasons right under it,
 * wrapped to the terminal (80 columns at least); the box closes and the summary follows at the end.
 */
export function tableRenderer(meta: RunMeta): ScoreRenderer {
  const c = new Chalk({ level: meta.color ? 1 : 0 });
  const width = Math.max(80, Math.min(meta.width, 160));
  const columns: BoxColumn[] = [
    { width: width - FIXED - 5, align: 'left' }, { width: FOLLOWERS_WIDTH, align: 'right' }, { width: 7, align: 'right' }, { width: 19, align: 'left' },
  ];
  let above: BoxRow | undefined;
  return {
    begin: () => '',
    item(r) {
      const account: BoxRow = [
        `${c.bold(shownText(r.handle, HANDLE_SHOWN))}\n${c.dim(`${r.platform}${r.tier ? ` · ${r.tier}` : ''}`)}`,
        r.followers === null ? '–' : fmtInt(r.followers),
        r.score === null ? '–' : String(r.score),
        verdictColour(c, r.verdict)(VERDICT_LABEL[r.verdict]),
      ];
      const reasons: BoxRow = { span: reasonLines(r, c, meta.explain, width - 4) };
      const top = above === undefined ? `${boxTop(columns)}\n${boxRow(columns, HEAD)}\n${boxRule(columns, HEAD, account)}` : boxRule(columns, above, account);
      above = reasons;
      return `${top}\n${boxRow(columns, account)}\n${boxRule(columns, account, reasons)}\n${boxRow(columns, reasons)}\n`;
    },
    end({ summary, rejected, warnings }) {
      const out: string[] = [];
      if (above !== undefined) out.push(boxBottom(columns, above));
      out.push(summaryLine(summary, meta, c));
      if (rejected.length > 0) out.push(c.dim(`${rejected.length} row(s) rejected: see the messages above, or --format json for the list`));
      if (warnings.length > 0) out.push(c.dim(`${countOf(warnings.length, 'unreadable cell')} left out of rows still used: see the messages above, or --format json for the list`));
      return `${out.join('\n')}\n`;
    },
  };
}

/** Follower counts are shown whole: "475,800,000" and two spaces of padding. */
const FOLLOWERS_WIDTH = 15;
const FIXED = FOLLOWERS_WIDTH + 7 + 19;

function verdictColour(c: ChalkInstance, v: Verdict): (s: string) => string {
  if (v === 'authentic') return c.green;
  if (v === 'suspicious') return c.yellow;
  if (v === 'likely-fake') return c.red.bold;
  return c.dim;
}

const MARK: Record<Signal['status'], string> = { flag: '✗', pass: '✓', skip: '·' };

function reasonLines(r: AccountResult, c: ChalkInstance, explain: boolean, width: number): string {
  // Flags and skips say what to look at; a passing primary signal's evidence is what cleared the account.
  const shown = explain ? r.signals : r.signals.filter((s) => s.status !== 'pass' || PRIMARY_SIGNALS.includes(s.id));
  const lines = shown.map((s) => {
    const mark = s.status === 'flag' ? c.red(MARK.flag) : s.status === 'pass' ? c.green(MARK.pass) : c.dim(MARK.skip);
    const text = `${mark} ${c.bold(s.id)} ${safeText(s.message)}`;
    if (!explain || !s.explain) return text;
    const e = s.explain();
    const inputs = Object.entries(e.inputs).map(([k, v]) => `${k}=${safeText(JSON.stringify(v))}`).join(', ');
    return [text, c.dim(`    formula: ${safeText(e.formula)}`), c.dim(`    inputs: ${inputs}`), ...(e.norm ? [c.dim(`    norm: ${safeText(e.norm)}`)] : []), c.dim(`    result: ${safeText(e.result)}`)].join('\n');
  });
  if (r.breakdown.insufficient) lines.push(c.dim(`· insufficient data: ${r.breakdown.insufficient}`));
  if (explain) {
    lines.push(c.dim(`  ${scoreArithmetic(r.breakdown, r)}`));
  }
  return [...curveLines(r, width, c), ...lines].join('\n') || c.dim('no signal could be computed');
}

/** Characters of a handle the table shows; a longer one ends in "…" (json has it whole). */
export const HANDLE_SHOWN = 200;

const HEAD: BoxRow = ['Account', 'Followers', 'Score', 'Verdict'];

/**
 * Untrusted text escaped (safeText) and cut to at most `max` characters, then "…": a cut never splits an escape.
 * Wrapping a cell costs its length, and a handle thousands of characters long says nothing more on a terminal.
 */
export function shownText(raw: string, max: number): string {
  const safe = safeText(raw);
  if (safe.length <= max) return safe;
  let out = '';
  for (const ch of raw) {
    const piece = safeText(ch);
    if (out.length + piece.length > max) break;
    out += piece;
  }
  return `${out}…`;
}

function summaryLine(s: RunSummary, meta: RunMeta, c: ChalkInstance): string {
  const parts = [
    countOf(s.accounts, 'account'), c.green(`${s.authentic} authentic`), c.yellow(`${s.suspicious} suspicious`),
    c.red(`${s.likelyFake} likely fake`), `${s.insufficientData} insufficient data`,
  ];
  const rows = `rows: ${s.rows.read} read, ${s.rows.used} used, ${s.rows.rejected} rejected`;
  const gate = s.gate.failOn === null && s.gate.minScore === null ? '' : ` · gate ${s.gate.failed ? c.red('FAILED') : c.green('passed')}`;
  return `${parts.join(', ')}\n${rows} · norms ${meta.norms}${gate}`;
}
