import type { DisappearedAccount, ScoredAccount } from '../../../shared/account-change.js';
import { gateSet, type RunSummary } from '../../../shared/run-summary.js';
import { changeText } from './account-card.js';
import { fmtInt } from '../../../core/format.js';
import type { AccountResult } from '../../../core/score-account.js';
import type { Verdict } from '../../../core/verdict.js';
import { esc } from './escape.js';
import { fmtCompact, fmtPctValue } from './format.js';
import { typicalRange } from '../../../core/engagement/signal.js';
import type { ShownTable } from './norm-tables.js';
import { verdictBadge } from './verdict-badge.js';
import { RUN_FAILED_NOTE } from '../../run-failed.js';

/** The accounts' one-line overview: its table rows (in pieces), how many it lists, and how many it left out. */
export interface Overview {
  rows: Iterable<string>;
  listed: number;
  more: number;
}

/**
 * The run at a glance: verdict counts, rows, the gate when one was set, one line per account, the norm tables. In
 * pieces: the overview's rows (up to 10,000) are written as they are read back, never joined into one string.
 */
export function* summarySection(overview: Overview, tables: readonly ShownTable[], s: RunSummary, gone: readonly DisappearedAccount[] = []): Generator<string, void, undefined> {
  const counts: [Verdict, number][] = [['authentic', s.authentic], ['suspicious', s.suspicious], ['likely-fake', s.likelyFake], ['insufficient-data', s.insufficientData]];
  const before = [
    '<section class="summary" aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2>',
    `<p class="lead-line"><b>${fmtInt(s.accounts)}</b> account${s.accounts === 1 ? '' : 's'}:</p>`,
    `<ul class="counts">${counts.map(([v, n]) => `<li><b>${fmtInt(n)}</b> ${verdictBadge(v)}</li>`).join('')}</ul>`,
    `<p>Rows: <b>${fmtInt(s.rows.read)}</b> read, <b>${fmtInt(s.rows.used)}</b> used, <b>${fmtInt(s.rows.rejected)}</b> rejected${s.rows.rejected > 0 ? ' (<a href="#rejected">listed below</a>)' : ''}.</p>`,
    gateLine(s),
    baselineLines(s, gone),
  ];
  yield `${before.join('\n')}\n`;
  if (overview.listed > 0) yield* overviewTable(overview, s.baseline !== undefined);
  else yield '<p class="muted">No account could be scored.</p>';
  yield `\n${normSection(tables)}\n</section>`;
}

/** A run that failed after its report began: said before the summary, whose counts stop where it stopped. */
export function failedSection(error: string): string {
  return `<section class="failed" role="alert" aria-labelledby="failed-h"><h2 id="failed-h">Run failed</h2><p>${esc(error)}.</p><p>${esc(RUN_FAILED_NOTE)}</p></section>`;
}

function gateLine(s: RunSummary): string {
  const g = s.gate;
  if (!gateSet(g)) return '';
  const rule = [g.failOn === null ? '' : `--fail-on ${g.failOn}`, g.minScore === null ? '' : `--min-score ${g.minScore}`, g.strict ? '--strict' : '', g.baseline === null ? '' : `--baseline ${g.baseline}`].filter(Boolean).join(', ');
  const on = [g.failedAccounts > 0 ? `${fmtInt(g.failedAccounts)} account${g.failedAccounts === 1 ? '' : 's'}` : '', g.failedRows > 0 ? `${fmtInt(g.failedRows)} rejected row${g.failedRows === 1 ? '' : 's'}` : ''].filter(Boolean).join(' and ');
  const result = g.failed ? `<span class="badge gate-failed"><span aria-hidden="true">✗</span> failed</span> on ${on}` : '<span class="badge gate-passed"><span aria-hidden="true">✓</span> passed</span>';
  return `<p class="gate">Gate (<code>${esc(rule)}</code>): ${result}</p>`;
}

function baselineLines(s: RunSummary, gone: readonly DisappearedAccount[]): string {
  const b = s.baseline;
  if (!b) return '';
  const list = gone.length === 0 ? '' : `<p>Gone since the baseline (listed, not failed): ${gone.map((d) => `${esc(d.handle)} <span class="muted">(${esc(d.platform)}, was ${esc(d.verdict)}${d.score === null ? '' : `, ${d.score}`})</span>`).join(', ')}</p>`;
  return `<p>Against the baseline <code>${esc(b.file)}</code>: <b>${b.new}</b> new, <b>${b.worse}</b> worse, <b>${b.better}</b> better, <b>${b.unchanged}</b> unchanged, <b>${b.disappeared}</b> gone.</p>${list}`;
}

/** One account's line in the overview table; `n` numbers its card. */
export function overviewRow(r: ScoredAccount, n: number): string {
  const flags = r.signals.filter((x) => x.status === 'flag').map((x) => esc(x.id)).join(', ');
  return `<tr><th scope="row"><a href="#account-${n}">${esc(r.handle)}</a></th><td>${esc(r.platform)}</td>` +
    `<td class="num">${r.followers === null ? '–' : fmtInt(r.followers)}</td><td class="num">${r.score ?? '–'}</td>` +
    `<td>${verdictBadge(r.verdict)}</td>${r.change ? `<td>${esc(changeText(r))}</td>` : ''}<td>${flags || '<span class="muted">none</span>'}</td></tr>`;
}

function* overviewTable({ rows, more }: Overview, changes: boolean): Generator<string, void, undefined> {
  const tail = more === 0 ? '' : `<p class="muted">…and ${fmtInt(more)} more accounts, each with its card above (<code>--format csv</code> lists them all in one table).</p>`;
  yield '<table class="overview"><caption>Accounts</caption><thead><tr><th scope="col">Account</th><th scope="col">Platform</th>' +
    '<th scope="col" class="num">Followers</th><th scope="col" class="num">Score</th><th scope="col">Verdict</th>' +
    `${changes ? '<th scope="col">Change</th>' : ''}<th scope="col">Flags</th></tr></thead><tbody>`;
  yield* rows;
  yield `</tbody></table>${tail}`;
}

function normSection(tables: readonly ShownTable[]): string {
  if (tables.length === 0) return '';
  const parts = tables.map((t) => {
    const users = t.platforms.length > 0 ? ` for ${esc(t.platforms.join(', '))}` : '';
    const origin = t.from === 'builtin'
      ? `<p class="muted">${esc(t.source ?? '')}${t.year === undefined ? '' : ` (${t.year})`}</p>`
      : '<p class="muted">From a config file: the tiers this report\'s accounts were judged on.</p>';
    const tiers = t.tiers.map((x) => {
      const [low, high] = typicalRange(x);
      return `<tr><th scope="row">${esc(x.label)}</th><td>${x.min === undefined ? '–' : esc(followersRange(x.min, x.max ?? null))}</td>` +
        `<td class="num">${esc(fmtPctValue(x.medianPct))}</td><td class="num">${esc(`${fmtPctValue(low!)} – ${fmtPctValue(high!)}`)}</td></tr>`;
    }).join('');
    const table = t.tiers.length === 0 ? '<p class="muted">No account was judged on it.</p>'
      : `<table class="norms"><thead><tr><th scope="col">Tier</th><th scope="col">Followers</th><th scope="col" class="num">Median</th><th scope="col" class="num">90 % of genuine accounts</th></tr></thead><tbody>${tiers}</tbody></table>`;
    return `<h4><code>${esc(t.name)}</code>${users}</h4>${origin}${table}`;
  });
  return `<h3>Engagement norms</h3>${parts.join('')}`;
}

function followersRange(min: number, max: number | null): string {
  return max === null ? `${fmtCompact(min)} and more` : `${fmtCompact(min)} – ${fmtCompact(max)}`;
}
