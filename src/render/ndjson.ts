import { accountJson } from './account-json.js';
import type { Renderer } from './types.js';

/** One account object per line (same shape as the JSON `accounts[]`); the summary goes to stderr, not here. */
export function ndjsonRenderer(): Renderer {
  let explain = false;
  return {
    begin(meta) {
      explain = meta.explain;
      return '';
    },
    account: (r) => `${JSON.stringify(accountJson(r, explain))}\n`,
    end: () => '',
  };
}
