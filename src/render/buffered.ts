import type { AccountResult } from '../core/score-account.js';
import type { RunSummary } from '../app/summary.js';
import type { Renderer, RowIssues, RunMeta } from './types.js';

/** Renders a whole document at once, from every account, the summary, the rejected rows and the run's meta. */
export type RenderAll = (rows: readonly AccountResult[], summary: RunSummary, issues: RowIssues, meta: RunMeta) => string;

/**
 * A format that needs every account before it can write anything (the table, Markdown and HTML put the summary or
 * column layout first): keeps the accounts as they come and renders everything at `end`.
 */
export function bufferedRenderer(render: RenderAll): Renderer {
  const rows: AccountResult[] = [];
  let meta: RunMeta | undefined;
  return {
    begin(m) {
      meta = m;
      return '';
    },
    account(r) {
      rows.push(r);
      return '';
    },
    end(summary, issues) {
      if (meta === undefined) throw new Error('Renderer.end() called before begin()');
      return render(rows, summary, issues, meta);
    },
  };
}
