import { SummaryCounter, type RunSummary } from '../../src/pipeline/summary.js';
import type { ProfileFacts } from '../../src/core/account.js';
import type { Platform } from '../../src/core/platform.js';
import { scoreAccount, type AccountResult } from '../../src/core/score-account.js';
import { DEFAULT_SCORING } from '../../src/core/scoring-config.js';
import type { RejectedRow } from '../../src/shared/row-issues.js';
import { scoreRendererFor, type Format } from '../../src/render/score/index.js';
import type { RunMeta } from '../../src/shared/run-meta.js';

const account = (handle: string, platform: Platform, profile: ProfileFacts): AccountResult =>
  scoreAccount({ handle, platform, profile }, DEFAULT_SCORING);

/** Four accounts, one per verdict, two with hostile handles. */
export const RESULTS: readonly AccountResult[] = [
  // follow-for-follow on X: suspicious
  account('cafe.lumiere', 'x', { followers: 95_400, following: 93_100, avgLikes: 2_000, avgComments: 40 }),
  // ER 0.01 % on 500k, parked at the following cap: likely fake; a formula for a handle
  account('=HYPERLINK("http://evil","x")', 'instagram', { followers: 500_000, following: 7_450, avgLikes: 50 }),
  // a TikTok nano within its band: authentic; an ANSI escape and a pipe in the handle
  account('nano\u001b[31m|chef', 'tiktok', { followers: 8_000, avgLikes: 900, avgComments: 30, avgShares: 20, avgViews: 9_000, verified: true }),
  // nothing to judge
  account('empty', 'x', {}),
];

export const REJECTED: readonly RejectedRow[] = [
  { file: 'roster.csv', line: 7, column: 'followers', value: 'n/a', reason: 'not a number' },
  { file: 'roster.csv', line: 9, column: null, value: null, reason: 'a quote opened on this line is never closed' },
];

export function metaFor(over: Partial<RunMeta> = {}): RunMeta {
  return {
    tool: 'influaudit', version: '9.9.9', schema: 2, norms: 'instagram-2026',
    normsByPlatform: { instagram: { followers: 'instagram-2026' }, tiktok: { views: 'tiktok-views-2025' } },
    explain: false, color: false, width: 80, ...over,
  };
}

export function summaryOf(results: readonly AccountResult[], rejected: number): RunSummary {
  const counter = new SummaryCounter({ failOn: 'suspicious', minScore: null });
  for (const r of results) counter.add(r);
  return counter.summary({ read: results.length + rejected, used: results.length, rejected }, 0);
}

/** Runs a format over the results, as score-run streams it: begin, each account, end. */
export async function render(format: Format, over: Partial<RunMeta> = {}, results = RESULTS, rejected = REJECTED): Promise<string> {
  const r = await scoreRendererFor(format, metaFor(over));
  let out = r.begin();
  for (const a of results) out += r.item(a);
  return out + [...r.end({ summary: summaryOf(results, rejected.length), rejected, warnings: [] })].join('');
}
