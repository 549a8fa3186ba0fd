import type { RunMeta } from '../../shared/run-meta.js';
import type { ScoreRenderer } from '../renderer.js';
import { accountCard } from './html/account-card.js';
import { HTML_FOOT, htmlHead } from './html/document.js';
import { SeenNormTables } from './html/norm-tables.js';
import { rejectedSection, warningsSection } from './html/rejected-table.js';
import { failedSection, overviewRow, summarySection } from './html/summary.js';

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
  const overview = new TextBuffer();
  let listed = 0;
  const tables = new SeenNormTables();
  return {
    begin: () => htmlHead(meta),
    item(r) {
      n++;
      if (listed < OVERVIEW_MAX_ACCOUNTS) {
        overview.add(overviewRow(r, n));
        listed++;
      }
      tables.add(r);
      const open = n === 1 ? '<section class="accounts" aria-labelledby="accounts-h"><h2 id="accounts-h">Accounts</h2>\n' : '';
      return `${open}${accountCard(r, n, meta.explain)}\n`;
    },
    *end({ summary, rejected, warnings, disappeared = [], error }) {
      for (const part of [n > 0 ? '</section>' : '', error === undefined ? '' : failedSection(error)]) if (part) yield `${part}\n`;
      yield* summarySection({ rows: overview.pieces(), listed, more: n - listed }, tables.tables(), summary, disappeared);
      // Row by row: the rejected rows of a large file are written as they are made, never held as one string.
      if (rejected.length > 0) {
        yield '\n';
        yield* rejectedSection(rejected);
      }
      if (warnings.length > 0) {
        yield '\n';
        yield* warningsSection(warnings);
      }
      yield `\n${HTML_FOOT}`;
    },
  };
}

/** Text kept as UTF-8 in one buffer: as strings (each a tree of the pieces it was built from) it cost far more memory. */
class TextBuffer {
  private buf = Buffer.allocUnsafe(64 * 1024);
  private at = 0;

  add(text: string): void {
    const most = text.length * 3;
    if (this.at + most > this.buf.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.at + most));
      this.buf.copy(bigger, 0, 0, this.at);
      this.buf = bigger;
    }
    this.at += this.buf.write(text, this.at, 'utf8');
  }

  /** The text back, ~64 KiB at a time, each piece ending after a whole `</tr>` (ASCII, so never inside a character). */
  *pieces(): Generator<string, void, undefined> {
    for (let from = 0; from < this.at; ) {
      let to = this.at;
      if (to - from > 64 * 1024) {
        const cut = this.buf.lastIndexOf('</tr>', from + 64 * 1024);
        to = cut > from ? cut + 5 : this.at;
      }
      yield this.buf.toString('utf8', from, to);
      from = to;
    }
  }
}
