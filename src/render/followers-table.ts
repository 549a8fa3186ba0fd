import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { AudienceVerdict } from '../core/audience/summarise-audience.js';
import type { ShareEstimate } from '../core/audience/wilson.js';
import type { RejectedRow } from '../io/rejected.js';
import type { FollowersMeta, FollowersRenderer, FollowersSummary, InfluencerAudience } from './followers-types.js';
import { safeText } from './safe-text.js';
import { followersSummaryText } from './followers-summary.js';

export const AUDIENCE_LABEL: Record<AudienceVerdict, string> = {
  ok: 'ok',
  suspicious: 'suspicious',
  'likely-fake': 'likely fake',
  'insufficient-sample': 'insufficient sample',
};

/** The human format: one block per influencer with each class share and its interval, the verdict and why. */
export function followersTableRenderer(): FollowersRenderer {
  let meta: FollowersMeta;
  return {
    begin(m) {
      meta = m;
      return '';
    },
    follower: () => '',
    end: (influencers, summary, rejected) => renderTable(influencers, summary, rejected, meta),
  };
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

function detail(a: InfluencerAudience, meta: FollowersMeta, c: ChalkInstance): string {
  const ci = `${+(meta.confidence * 100).toFixed(1)} % CI`;
  const s = a.shares;
  const mark = a.verdict === 'ok' ? c.green('✓') : a.verdict === 'insufficient-sample' ? c.dim('·') : c.red('✗');
  const fired = Object.entries(a.rulesFired).map(([id, n]) => `${id} ${n}`).join(', ');
  return [
    shareLine('real', s.real, ci), shareLine('mass follower', s.massFollower, ci),
    shareLine('suspicious', s.suspicious, ci), shareLine('likely fake', s.likelyFake, ci),
    `${mark} ${safeText(a.message)}`,
    ...(fired ? [c.dim(`rules fired: ${fired}`)] : []),
    ...(a.unchecked.length ? [c.dim(`no data for: ${a.unchecked.join(', ')} (they decided nothing)`)] : []),
  ].join('\n');
}

function renderTable(influencers: readonly InfluencerAudience[], s: FollowersSummary, rejected: readonly RejectedRow[], meta: FollowersMeta): string {
  const c = new Chalk({ level: meta.color ? 1 : 0 });
  const width = Math.max(80, Math.min(meta.width, 160));
  const table = new Table({
    head: ['Influencer', 'Sample', 'Audience'],
    colWidths: [width - 8 - 21 - 4, 8, 21],
    colAligns: ['left', 'right', 'left'],
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [], compact: false, 'padding-left': 1, 'padding-right': 1 },
  });
  for (const a of influencers) {
    table.push([`${c.bold(safeText(a.of))}\n${c.dim(a.platform)}`, String(a.sampleSize), colourOf(c, a.verdict)(AUDIENCE_LABEL[a.verdict])]);
    table.push([{ colSpan: 3, content: detail(a, meta, c) }]);
  }
  const out: string[] = [];
  if (influencers.length > 0) out.push(table.toString());
  out.push(followersSummaryText(s, { green: c.green, yellow: c.yellow, red: c.red }));
  if (rejected.length > 0) out.push(c.dim(`${rejected.length} row(s) rejected: see the messages above, or --format json for the list`));
  return `${out.join('\n')}\n`;
}
