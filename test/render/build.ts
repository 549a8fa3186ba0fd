import { SummaryCounter, type RunSummary } from '../../src/app/summary.js';
import type { ProfileFacts } from '../../src/core/account.js';
import type { Platform } from '../../src/core/platform.js';
import { scoreAccount, type AccountResult } from '../../src/core/score-account.js';
import { DEFAULT_SCORING } from '../../src/core/scoring-config.js';
import type { RejectedRow } from '../../src/io/rejected.js';
import { rendererFor, type Format } from '../../src/render/index.js';
import type { RunMeta } from '../../src/render/types.js';

const account = (handle: string, platform: Platform, profile: ProfileFacts): AccountResult =>
  scoreAccount({ handle, platform, profile }, DEFAULT_SCORING);

/** Four accounts, one per verdict, two with hostile handles. */
export const RESULTS: readonly AccountResult[] = [
  // follow-for-follow: suspicious
  account('cafe.lumiere', 'instagram', { followers: 95_400, following: 93_100, avgLikes: 2_000, avgComments: 40 }),
  // ER 0.10 % on 500k and mass following: likely fake; a formula for a handle
  account('=HYPERLINK("http://evil","x")', 'instagram', { followers: 500_000, following: 400_000, avgLikes: 500 }),
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
    tool: 'influaudit', version: '9.9.9', schema: 1, norms: 'instagram-fr-2019',
    normsByPlatform: { instagram: 'instagram-fr-2019', tiktok: 'tiktok-views-2022' },
    explain: false, color: false, width: 80, ...over,
  };
}

export function summaryOf(results: readonly AccountResult[], rejected: number): RunSummary {
  const counter = new SummaryCounter({ failOn: 'suspicious', minScore: null });
  for (const r of results) counter.add(r.verdict, r.score);
  return counter.summary({ read: results.length + rejected, used: results.length, rejected });
}

/** Runs a format over the results, as score-run streams it: begin, each account, end. */
export async function render(format: Format, over: Partial<RunMeta> = {}, results = RESULTS, rejected = REJECTED): Promise<string> {
  const r = await rendererFor(format);
  let out = r.begin(metaFor(over));
  for (const a of results) out += r.account(a);
  return out + r.end(summaryOf(results, rejected.length), rejected);
}
