import type { AccountResult } from '../../core/score-account.js';
import type { RunMeta } from '../../shared/run-meta.js';
import { jsonDocument, ndjsonLines } from '../json-document.js';
import type { ScoreRenderer, ScoreTail } from '../renderer.js';
import { accountJson } from './account-json.js';

/** The JSON contract, streamed: accounts as they are scored, then the rejected rows, the unreadable cells and the summary. */
export function jsonRenderer(meta: RunMeta): ScoreRenderer {
  const head = { tool: meta.tool, version: meta.version, schema: meta.schema, norms: meta.norms, normsByPlatform: meta.normsByPlatform };
  return jsonDocument(head, 'accounts', (r: AccountResult) => accountJson(r, meta.explain), ({ rejected, warnings, summary }: ScoreTail) => ({ rejected, warnings, summary }));
}

/** One account object per line (the JSON `accounts[]` shape); the summary goes to stderr. */
export function ndjsonRenderer(meta: RunMeta): ScoreRenderer {
  return ndjsonLines((r: AccountResult) => accountJson(r, meta.explain));
}
