import { Chalk, type ChalkInstance } from 'chalk';
import { countOf, fmtInt } from '../../core/format.js';
import type { AccountResult } from '../../core/score-account.js';
import type { DisappearedAccount, ScoredAccount } from '../../shared/account-change.js';
import { gateSet } from '../../shared/run-summary.js';
import { scoreArithmetic } from '../../core/score-arithmetic.js';
import type { EvidenceValue, Signal } from '../../core/signal.js';
import type { Verdict } from '../../core/verdict.js';
import { boxBottom, boxRow, boxRule, boxTop, type BoxColumn, type BoxRow } from '../box-table.js';
import { curveLines } from '../curve-line.js';
import { colorizeLines, wrapWords } from '../terminal-text.js';
import { safeText } from '../safe-text.js';
import type { RunMeta } from '../../shared/run-meta.js';
import { normsText } from '../norms-used.js';
import type { RunSummary } from '../../shared/run-summary.js';
import type { ScoreRenderer } from '../renderer.js';
import { PRIMARY_SIGNALS } from '../../core/scoring-config.js';
import { RUN_FAILED_NOTE } from '../run-failed.js';
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
      const reasons: BoxRow = { span: [...changeLines(r, c), reasonLines(r, c, meta.explain, width - 4)].join('\n') };
      const top = above === undefined ? `${boxTop(columns)}\n${boxRow(columns, HEAD)}\n${boxRule(columns, HEAD, account)}` : boxRule(columns, above, account);
      above = reasons;
      return `${top}\n${boxRow(columns, account)}\n${boxRule(columns, account, reasons)}\n${boxRow(columns, reasons)}\n`;
    },
    end({ summary, disappeared = [], error }) {
      const out: string[] = [];
      if (above !== undefined) out.push(boxBottom(columns, above));
      out.push(summaryLine(summary, c));
      if (summary.baseline) out.push(baselineLines(summary.baseline, disappeared, c));
      if (error !== undefined) out.push(c.red.bold(`run failed: ${safeText(error)}. ${RUN_FAILED_NOTE}`));
      // Counted, not listed: the pipeline keeps no list for this format.
      if (summary.rows.rejected > 0) out.push(c.dim(`${summary.rows.rejected} row(s) rejected: see the messages above, or --format json for the list`));
      if (summary.warnings > 0) out.push(c.dim(`${countOf(summary.warnings, 'cell')} left out of rows still used (unreadable or impossible): see the messages above, or --format json for the list`));
      // Under the box, as wide as it: a run over five platforms names five norm tables.
      return [`${colorizeLines(wrapWords(out.join('\n'), width)).join('\n')}\n`];
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
  // A verified bonus that moved the score is shown, so that the score can be reconciled with the flags above it.
  const shown = explain ? r.signals : r.signals.filter((s) => s.status !== 'pass' || PRIMARY_SIGNALS.includes(s.id) || (s.id === 'verified' && r.breakdown.bonus > 0));
  const lines = shown.map((s) => {
    const mark = s.status === 'flag' ? c.red(MARK.flag) : s.status === 'pass' ? c.green(MARK.pass) : c.dim(MARK.skip);
    const text = `${mark} ${c.bold(s.id)} ${safeText(s.message)}`;
    if (!explain || !s.explain) return text;
    const e = s.explain();
    const inputs = Object.entries(e.inputs).map(([k, v]) => `${k}=${inputText(v)}`).join(', ');
    const parts: [string, string][] = [['formula', e.formula], ['inputs', inputs], ...(e.norm ? [['norm', e.norm] as [string, string]] : []), ['result', e.result]];
    return [text, ...parts.flatMap(([label, value]) => indented(`${label}: ${safeText(value)}`, width, c))].join('\n');
  });
  if (r.breakdown.insufficient) lines.push(c.dim(`· insufficient data: ${r.breakdown.insufficient}`));
  if (explain) {
    lines.push(c.dim(`  ${scoreArithmetic(r.breakdown, r)}`));
  }
  return [...curveLines(r, width, c), ...lines].join('\n') || c.dim('no signal could be computed');
}

const INDENT = '    ';

/**
 * An explanation line wrapped here, its indent on every line: the cell's own wrapping (cli-table3's) does not count
 * leading spaces, so an indented line it packed came out wider than the cell and was cut with "…".
 */
function indented(text: string, width: number, c: ChalkInstance): string[] {
  // A word too long for the line is broken here too, so that its pieces keep the indent.
  return wrapWords(text, width - INDENT.length, width - INDENT.length).map((line) => c.dim(INDENT + line));
}

/**
 * An explanation's input as a reader wants it on a terminal: numbers and texts as they are, a short list of them
 * joined, anything longer or nested counted (--format json has it whole).
 */
function inputText(v: EvidenceValue): string {
  if (v === null || typeof v !== 'object') return safeText(String(v));
  if (Array.isArray(v) && v.length <= 5 && v.every((x) => x === null || typeof x !== 'object')) return `[${v.map((x) => safeText(String(x))).join(', ')}]`;
  return Array.isArray(v) ? `(${countOf(v.length, 'value')}: see --format json)` : '(see --format json)';
}

/**
 * Characters of a handle the table shows, broken across lines when wider than its column; a longer one ends in "…"
 * (json has it whole).
 */
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

/** Against a baseline: how the account changed, and why it failed the gate when it did. */
function changeLines(r: ScoredAccount, c: ChalkInstance): string[] {
  const lines: string[] = [];
  if (r.change) {
    const before = r.change.before === null ? '' : ` (baseline: ${VERDICT_LABEL[r.change.before.verdict]}${r.change.before.score === null ? '' : `, ${r.change.before.score}`})`;
    const paint = r.change.status === 'worse' ? c.red : r.change.status === 'new' ? c.yellow : r.change.status === 'better' ? c.green : c.dim;
    lines.push(paint(`${CHANGE_MARK[r.change.status]} ${r.change.status}${before}`));
  }
  if (r.gateFailed !== undefined) lines.push(c.red(`✗ gate failed: ${safeText(r.gateFailed)}`));
  return lines;
}

const CHANGE_MARK = { new: '+', unchanged: '=', better: '▲', worse: '▼' } as const;

/** Accounts of the baseline this run did not see, at most this many by name (json lists them all). */
const DISAPPEARED_SHOWN = 20;

function baselineLines(b: NonNullable<RunSummary['baseline']>, gone: readonly DisappearedAccount[], c: ChalkInstance): string {
  const out = [`against the baseline ${safeText(b.file)}: ${b.new} new, ${b.worse} worse, ${b.better} better, ${b.unchanged} unchanged, ${b.disappeared} gone`];
  if (gone.length > 0) {
    const names = gone.slice(0, DISAPPEARED_SHOWN).map((d) => `${shownText(d.handle, 60)} (${d.platform}, was ${VERDICT_LABEL[d.verdict]})`).join(', ');
    out.push(c.dim(`gone since the baseline (listed, not failed): ${names}${gone.length > DISAPPEARED_SHOWN ? ` …and ${gone.length - DISAPPEARED_SHOWN} more (see --format json)` : ''}`));
  }
  return out.join('\n');
}

function summaryLine(s: RunSummary, c: ChalkInstance): string {
  const parts = [
    countOf(s.accounts, 'account'), c.green(`${s.authentic} authentic`), c.yellow(`${s.suspicious} suspicious`),
    c.red(`${s.likelyFake} likely fake`), `${s.insufficientData} insufficient data`,
  ];
  const rows = `rows: ${s.rows.read} read, ${s.rows.used} used, ${s.rows.rejected} rejected`;
  const gate = gateSet(s.gate) ? ` · gate ${s.gate.failed ? c.red('FAILED') : c.green('passed')}` : '';
  return `${parts.join(', ')}\n${rows}${gate}\n${normsText(s.normsUsed)}`;
}
