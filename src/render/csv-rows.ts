import type { Renderer } from './renderer.js';

/** A CSV document (RFC 4180, CRLF): the header, then one row per item; `row` neutralises what it quotes (csvCell). */
export function csvRows<Item, Tail>(columns: readonly string[], row: (x: Item) => string): Renderer<Item, Tail> {
  return { begin: () => `${columns.join(',')}\r\n`, item: (x) => `${row(x)}\r\n`, end: () => '' };
}
