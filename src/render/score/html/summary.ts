import type { RunSummary } from '../../../shared/run-summary.js';
import { fmtInt } from '../../../core/format.js';
import type { AccountResult } from '../../../core/score-account.js';
import type { Verdict } from '../../../core/verdict.js';
import { esc } from './escape.js';
import { fmtCompact, fmtPctValue } from './format.js';
import { typicalRange } from '../../../core/engagement/signal.js';
import type { ShownTable } from './norm-tables.js';
import { verdictBadge } from './verdict-badge.js';

/** The accounts' one-line overview, as table rows, and how many accounts it left out. */
export interface Overview {
  rows: readonly string[];
  more: number;
}

/** The run at a glance: verdict counts, rows, the gate when one was set, one line per account, the norm tables. */
export function summarySection(overview: Overview, tables: readonly ShownTable[], s: RunSummary): string {
  const counts: [Verdict, number][] = [['authentic', s.authentic], ['suspicious', s.suspicious], ['likely-fake', s.likelyFake], ['insufficient-data', s.insufficientData]];
  const out = [
    '<section class="summary" aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2>',
    `<p class="lead-line"><b>${fmtInt(s.accounts)}</b> account${s.accounts === 1 ? '' : 's'}:</p>`,
    `<ul class="counts">${counts.map(([v, n]) => `<li><b>${fmtInt(n)}</b> ${verdictBadge(v)}</li>`).join('')}</ul>`,
    `<p>Rows: <b>${fmtInt(s.rows.read)}</b> read, <b>${fmtInt(s.rows.used)}</b> used, <b>${fmtInt(s.rows.rejected)}</b> rejected${s.rows.rejected > 0 ? ' (<a href="#rejected">listed below</a>)' : ''}.</p>`,
    gateLine(s),
    overview.rows.length > 0 ? overviewTable(overview) : '<p class="muted">No account could be scored.</p>',
    normSection(tables),
    '</section>',
  ];
  return out.join('\n');
}

function gateLine(s: RunSummary): string {
  const g = s.gate;
  if (g.failOn === null && g.minScore === null) return '';
  const rule = [g.failOn === null ? '' : `--fail-on ${g.failOn}`, g.minScore === null ? '' : `--min-score ${g.minScore}`].filter(Boolean).join(', ');
  const result = g.failed ? '<span class="badge gate-failed"><span aria-hidden="true">✗</span> failed</span>' : '<span class="badge gate-passed"><span aria-hidden="true">✓</span> passed</span>';
  return `<p class="gate">Gate (<code>${esc(rule)}</code>): ${result}</p>`;
}

/** One account's line in the overview table; `n` numbers its card. */
export function overviewRow(r: AccountResult, n: number): string {
  const flags = r.signals.filter((x) => x.status === 'flag').map((x) => esc(x.id)).join(', ');
  return `<tr><th scope="row"><a href="#account-${n}">${esc(r.handle)}</a></th><td>${esc(r.platform)}</td>` +
    `<td class="num">${r.followers === null ? '–' : fmtInt(r.followers)}</td><td class="num">${r.score ?? '–'}</td>` +
    `<td>${verdictBadge(r.verdict)}</td><td>${flags || '<span class="muted">none</span>'}</td></tr>`;
}

function overviewTable({ rows, more }: Overview): string {
  const tail = more === 0 ? '' : `<p class="muted">…and ${fmtInt(more)} more accounts, each with its card above (<code>--format csv</code> lists them all in one table).</p>`;
  return '<table class="overview"><caption>Accounts</caption><thead><tr><th scope="col">Account</th><th scope="col">Platform</th>' +
    '<th scope="col" class="num">Followers</th><th scope="col" class="num">Score</th><th scope="col">Verdict</th><th scope="col">Flags</th></tr></thead>' +
    `<tbody>${rows.join('')}</tbody></table>${tail}`;
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
