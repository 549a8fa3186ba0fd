import { accountCard } from './html/account-card.js';
import { htmlDocument } from './html/document.js';
import { rejectedSection } from './html/rejected-table.js';
import { summarySection } from './html/summary.js';
import { bufferedRenderer } from './buffered.js';
import type { Renderer } from './types.js';

/**
 * One self-contained HTML file: inline CSS and SVG, no script, no fetch, no timestamp (same input, same bytes).
 * Accounts are buffered like the table's, since the summary comes first on the page.
 */
export function htmlRenderer(): Renderer {
  return bufferedRenderer((rows, summary, { rejected }, meta) => {
    const cards = rows.map((r, i) => accountCard(r, i + 1, meta.explain));
    const accounts = rows.length > 0 ? `<section class="accounts" aria-labelledby="accounts-h"><h2 id="accounts-h">Accounts</h2>\n${cards.join('\n')}\n</section>` : '';
    return htmlDocument(meta, [summarySection(rows, summary, meta), accounts, rejectedSection(rejected)].filter(Boolean).join('\n'));
  });
}
