import { fmtInt } from '../../../core/format.js';
import type { AccountResult } from '../../../core/score-account.js';
import type { Signal } from '../../../core/signal.js';
import type { ScoredAccount } from '../../../shared/account-change.js';
import { VERDICT_LABEL } from '../../verdict-label.js';
import { audienceBar } from './audience-bar.js';
import { bandChart } from './band-chart.js';
import { curveChart } from './curve-chart.js';
import { curveEvents } from './curve-events.js';
import { esc } from './escape.js';
import { evidenceList } from './evidence-list.js';
import { verdictBadge } from './verdict-badge.js';

const STATUS: Record<Signal['status'], string> = { flag: '✗ flag', pass: '✓ pass', skip: '· skip' };
const ORDER: Record<Signal['status'], number> = { flag: 0, pass: 1, skip: 2 };

/** One account: its facts and verdict, the charts its data allows, then every signal with its evidence. */
export function accountCard(r: ScoredAccount, n: number, explain: boolean): string {
  const id = `account-${n}`;
  const facts: [string, string][] = [
    ['platform', esc(r.platform)],
    ['tier', r.tier === null ? '–' : esc(r.tier)],
    ['followers', r.followers === null ? '–' : fmtInt(r.followers)],
    ['score', r.score === null ? '–' : `<b>${r.score}</b> / 100`],
  ];
  if (r.change) facts.push(['change', esc(changeText(r))]);
  const signals = [...r.signals].sort((a, b) => ORDER[a.status] - ORDER[b.status]);
  return [
    `<article class="card v-${r.verdict}" id="${id}" aria-labelledby="${id}-h">`,
    `<header><h3 id="${id}-h" class="handle">${esc(r.handle)}</h3>${verdictBadge(r.verdict)}</header>`,
    `<dl class="facts">${facts.map(([k, v]) => `<div><dt>${k}</dt><dd>${v}</dd></div>`).join('')}</dl>`,
    r.gateFailed === undefined ? '' : `<p class="card-gate"><span class="badge gate-failed"><span aria-hidden="true">✗</span> gate failed</span> ${esc(r.gateFailed)}</p>`,
    r.breakdown.insufficient ? `<p class="muted">Insufficient data: ${esc(r.breakdown.insufficient)}.</p>` : '',
    charts(r, id),
    `<h4>Signals</h4><ul class="signals">${signals.map((s) => signalItem(s, explain)).join('')}</ul>`,
    '</article>',
  ].join('\n');
}

/** "worse (was authentic, 82)", "new". */
export function changeText(r: ScoredAccount): string {
  if (!r.change) return '';
  const b = r.change.before;
  return b === null ? r.change.status : `${r.change.status} (was ${VERDICT_LABEL[b.verdict]}${b.score === null ? '' : `, ${b.score}`})`;
}

function charts(r: AccountResult, id: string): string {
  const figures: string[] = [];
  if (r.curve) {
    const events = curveEvents(r);
    const svg = curveChart(r.curve, events, `${id}-curve`, r.handle);
    if (svg) figures.push(`<figure class="fig-curve">${svg}<figcaption>Followers over time${curveLegend(events.map((e) => e.kind))}</figcaption></figure>`);
  }
  const er = r.signals.find((s) => s.id === 'engagement-rate');
  const band = er ? bandChart(er, `${id}-er`) : '';
  if (band) figures.push(`<figure class="fig-band">${band}<figcaption>Engagement rate among genuine accounts of its size ${legend([['band', '90 % of genuine accounts'], ['norm', 'median'], ['rate', 'this account']])}</figcaption></figure>`);
  const aq = r.signals.find((s) => s.id === 'audience-quality');
  const bar = aq ? audienceBar(aq, `${id}-aq`) : '';
  if (bar) figures.push(`<figure class="fig-audience">${bar}<figcaption>Audience quality of a follower sample</figcaption></figure>`);
  return figures.length > 0 ? `<div class="charts">${figures.join('')}</div>` : '';
}

function curveLegend(kinds: readonly string[]): string {
  const items: [string, string][] = [['line', 'followers']];
  if (kinds.includes('flagged')) items.push(['flagged', 'flagged spike'], ['drop', 'drop window']);
  if (kinds.includes('excused')) items.push(['excused', 'excused by a known event']);
  return ` ${legend(items)}`;
}

function legend(items: readonly [string, string][]): string {
  return `<span class="key">${items.map(([cls, text]) => `<span><span class="swatch k-${cls}" aria-hidden="true"></span>${text}</span>`).join('')}</span>`;
}

function signalItem(s: Signal, explain: boolean): string {
  const severity = s.status === 'flag' ? ` <span class="muted">severity ${s.severity}</span>` : '';
  const how = explain && s.explain ? explanation(s.explain()) : '';
  return `<li class="sig s-${s.status}"><p><span class="status">${STATUS[s.status]}</span> <code>${esc(s.id)}</code>${severity}<br>${esc(s.message)}</p>` +
    `${evidenceList(s.evidence)}${how}</li>`;
}

function explanation(e: ReturnType<NonNullable<Signal['explain']>>): string {
  const rows: [string, string][] = [['formula', e.formula], ['inputs', JSON.stringify(e.inputs)], ...(e.norm ? [['norm', e.norm] as [string, string]] : []), ['result', e.result]];
  return `<dl class="explain">${rows.map(([k, v]) => `<div><dt>${k}</dt><dd>${esc(v)}</dd></div>`).join('')}</dl>`;
}
