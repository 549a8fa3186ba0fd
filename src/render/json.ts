import { accountJson } from './account-json.js';
import type { Renderer, RunMeta } from './types.js';

/** `[\n  [\n    ` before an account stringified inside two arrays, `\n  ]\n]` after it. */
const ACCOUNT_START = 10;
const ACCOUNT_END = 6;

/**
 * One JSON document, streamed: accounts are written as they are scored and the summary closes the document, so
 * a million-account roster never sits in memory. Key order differs from the contract's example; the keys do not.
 */
export function jsonRenderer(): Renderer {
  let first = true;
  let explain = false;
  return {
    begin(meta: RunMeta) {
      explain = meta.explain;
      first = meta.continuation !== true;
      const head = { tool: meta.tool, version: meta.version, schema: meta.schema, norms: meta.norms, normsByPlatform: meta.normsByPlatform };
      return `${JSON.stringify(head, null, 2).slice(0, -2)},\n  "accounts": [`;
    },
    account(r) {
      // Stringified two arrays deep, the account comes out indented as it sits in `accounts`: cutting the two
      // wrappers off is cheaper than a pass over the text to indent it (bench).
      const text = JSON.stringify([[accountJson(r, explain)]], null, 2).slice(ACCOUNT_START, -ACCOUNT_END);
      const sep = first ? '\n    ' : ',\n    ';
      first = false;
      return sep + text;
    },
    leading: (text) => (text.startsWith(',') ? text.slice(1) : text),
    end(summary, { rejected, warnings }) {
      // From the summary, not `first`: accounts rendered by worker threads never passed through this renderer.
      const close = summary.accounts === 0 ? ']' : '\n  ]';
      const tail = JSON.stringify({ rejected, warnings, summary }, null, 2).slice(1);
      return `${close},${tail.replace(/^\n/, '\n')}\n`;
    },
  };
}
