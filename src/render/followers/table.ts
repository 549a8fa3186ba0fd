import { Chalk, type ChalkInstance } from 'chalk';
import type { AudienceVerdict } from '../../core/audience/summarise-audience.js';
import type { ModelAudienceShare } from '../../core/audience/model/index.js';
import type { ShareEstimate } from '../../core/audience/wilson.js';
import type { FollowersMeta, FollowersSummary, InfluencerAudience } from '../../shared/followers-output.js';
import { boxBottom, boxRow, boxRule, boxTop, type BoxColumn, type BoxRow } from '../box-table.js';
import type { FollowersRenderer } from '../renderer.js';
import { RUN_FAILED_NOTE } from '../run-failed.js';
import { safeText } from '../safe-text.js';
import { HANDLE_SHOWN, shownText } from '../score/table.js';
import { followersSummaryText } from './summary-text.js';

export const AUDIENCE_LABEL: Record<AudienceVerdict, string> = {
  ok: 'ok',
  suspicious: 'suspicious',
  'likely-fake': 'likely fake',
  'insufficient-sample': 'insufficient sample',
};

/** The human format: one block per influencer with each class share and its interval, the verdict and why. */
export function followersTableRenderer(meta: FollowersMeta): FollowersRenderer {
  return { begin: () => '', item: () => '', end: ({ influencers, summary, error }) => [renderTable(influencers, summary, meta, error)] };
}

function colourOf(c: ChalkInstance, v: AudienceVerdict): (s: string) => string {
  if (v === 'ok') return c.green;
  if (v === 'suspicious') return c.yellow;
  if (v === 'likely-fake') return c.red.bold;
  return c.dim;
}

const pct = (x: number) => `${Math.round(x * 100)} %`;

function shareLine(label: string, e: ShareEstimate, ci: string): string {
  return `${label.padEnd(14)}${pct(e.share).padStart(6)}  ${e.count.toString().padStart(5)}  ${ci} ${Math.round(e.low * 100)}–${pct(e.high)}`;
}

/** The learned model's share: corrected for its errors (what the verdict reads), from the raw count of likely fakes. */
function modelLine(m: ModelAudienceShare, ci: string): string {
  const c = m.corrected;
  return `${'fake (model)'.padEnd(14)}${pct(c.share).padStart(6)}  ${m.raw.count.toString().padStart(5)}  ${ci} ${Math.round(c.low * 100)}–${pct(c.high)}, ` +
    `raw ${pct(m.raw.share)} of ${m.n} scored, corrected for sensitivity ${pct(m.sensitivity)} and specificity ${pct(m.specificity)}`;
}

function detail(a: InfluencerAudience, meta: FollowersMeta, c: ChalkInstance): string {
  const ci = `${+(meta.confidence * 100).toFixed(1)} % CI`;
  const s = a.shares;
  const mark = a.verdict === 'ok' ? c.green('✓') : a.verdict === 'insufficient-sample' ? c.dim('·') : c.red('✗');
  const fired = Object.entries(a.rulesFired).map(([id, n]) => `${id} ${n}`).join(', ');
  return [
    shareLine('real', s.real, ci), shareLine('mass follower', s.massFollower, ci),
    shareLine('suspicious', s.suspicious, ci), shareLine('likely fake', s.likelyFake, ci),
    ...(a.model ? [modelLine(a.model, ci)] : []),
    `${mark} ${safeText(a.message)}`,
    ...(fired ? [c.dim(`rules fired: ${fired}`)] : []),
    ...(a.unchecked.length ? [c.dim(`no data for: ${a.unchecked.join(', ')} (they decided nothing)`)] : []),
  ].join('\n');
}

function renderTable(influencers: readonly InfluencerAudience[], s: FollowersSummary, meta: FollowersMeta, error: string | undefined): string {
  const c = new Chalk({ level: meta.color ? 1 : 0 });
  const width = Math.max(80, Math.min(meta.width, 160));
  const columns: BoxColumn[] = [{ width: width - 8 - 21 - 4, align: 'left' }, { width: 8, align: 'right' }, { width: 21, align: 'left' }];
  const out: string[] = [];
  let above: BoxRow = HEAD;
  for (const a of influencers) {
    if (above === HEAD) out.push(boxTop(columns), boxRow(columns, HEAD));
    // As long as the score table's handle: a long name is broken across lines now, no longer cut at the column.
    const row: BoxRow = [`${c.bold(shownText(a.of, HANDLE_SHOWN))}\n${c.dim(a.platform)}`, String(a.sampleSize), colourOf(c, a.verdict)(AUDIENCE_LABEL[a.verdict])];
    const reasons: BoxRow = { span: detail(a, meta, c) };
    out.push(boxRule(columns, above, row), boxRow(columns, row), boxRule(columns, row, reasons), boxRow(columns, reasons));
    above = reasons;
  }
  if (above !== HEAD) out.push(boxBottom(columns, above));
  out.push(followersSummaryText(s, { green: c.green, yellow: c.yellow, red: c.red }));
  if (error !== undefined) out.push(c.red.bold(`run failed: ${safeText(error)}. ${RUN_FAILED_NOTE}`));
  // Counted, not listed: the pipeline keeps no list for this format.
  if (s.rows.rejected > 0) out.push(c.dim(`${s.rows.rejected} row(s) rejected: see the messages above, or --format json for the list`));
  if (s.warnings > 0) out.push(c.dim(`${s.warnings} ignored cell(s) left out of followers still classified: see the messages above, or --format json for the list`));
  return `${out.join('\n')}\n`;
}

const HEAD: BoxRow = ['Influencer', 'Sample', 'Audience'];
