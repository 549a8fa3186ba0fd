import type { RunMeta } from '../../shared/run-meta.js';
import type { ScoreRenderer } from '../renderer.js';
import { accountCard } from './html/account-card.js';
import { HTML_FOOT, htmlHead } from './html/document.js';
import { SeenNormTables } from './html/norm-tables.js';
import { rejectedSection, warningsSection } from './html/rejected-table.js';
import { overviewRow, summarySection } from './html/summary.js';

/**
 * The overview table lists this many accounts at most: past it the summary says how many more there are, so a
 * report of a million accounts keeps no more than this in memory while its cards stream.
 */
export const OVERVIEW_MAX_ACCOUNTS = 10_000;

/**
 * One self-contained HTML file, streamed card by card: inline CSS and SVG, no script, no fetch, no timestamp (same
 * input, same bytes). The summary, which needs the whole run, comes after the cards; the header links to it.
 */
export function htmlRenderer(meta: RunMeta): ScoreRenderer {
  let n = 0;
  const overview: string[] = [];
  const tables = new SeenNormTables();
  return {
    begin: () => htmlHead(meta),
    item(r) {
      n++;
      if (overview.length < OVERVIEW_MAX_ACCOUNTS) overview.push(overviewRow(r, n));
      tables.add(r);
      const open = n === 1 ? '<section class="accounts" aria-labelledby="accounts-h"><h2 id="accounts-h">Accounts</h2>\n' : '';
      return `${open}${accountCard(r, n, meta.explain)}\n`;
    },
    end({ summary, rejected, warnings }) {
      const parts = [n > 0 ? '</section>' : '', summarySection({ rows: overview, more: n - overview.length }, tables.tables(), summary), rejectedSection(rejected), warningsSection(warnings)];
      return `${parts.filter(Boolean).join('\n')}\n${HTML_FOOT}`;
    },
  };
}
