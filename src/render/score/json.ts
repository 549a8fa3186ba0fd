import type { ScoredAccount } from '../../shared/account-change.js';
import type { RunMeta } from '../../shared/run-meta.js';
import { failedKey, jsonDocument, ndjsonLines } from '../json-document.js';
import type { ScoreRenderer, ScoreTail } from '../renderer.js';
import { accountJson } from './account-json.js';

/**
 * The JSON contract, streamed: accounts as they are scored, then (with --baseline) the accounts gone since the baseline,
 * the rejected rows, the unreadable cells and the summary. A run that failed after the output began says so first:
 * `error`, and `summary.failed`.
 */
export function jsonRenderer(meta: RunMeta): ScoreRenderer {
  const head = { tool: meta.tool, version: meta.version, schema: meta.schema, norms: meta.norms, normsByPlatform: meta.normsByPlatform };
  return jsonDocument(head, 'accounts', (r: ScoredAccount) => accountJson(r, meta.explain), ({ rejected, warnings, summary, disappeared = [], asOf, notes = [], error }: ScoreTail) => ({
    ...failedKey(error), ...(meta.baseline !== undefined ? { disappeared } : {}), ...(asOf !== undefined ? { asOf } : {}), notes, rejected, warnings, summary: error === undefined ? summary : { ...summary, failed: true },
  }));
}

/** One account object per line (the JSON `accounts[]` shape); the summary goes to stderr. */
export function ndjsonRenderer(meta: RunMeta): ScoreRenderer {
  return ndjsonLines((r: ScoredAccount) => accountJson(r, meta.explain));
}
