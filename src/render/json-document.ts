import type { Renderer } from './renderer.js';

/** `[\n  [\n    ` before an item stringified inside two arrays, `\n  ]\n]` after it. */
const ITEM_START = 10;
const ITEM_END = 6;

/**
 * One JSON document, streamed: `head`'s keys, then the items in `list` as they come, then `tail`'s keys. Each item is
 * stringified two arrays deep, so it comes out indented as it sits in the list (cheaper than indenting it after).
 */
export function jsonDocument<Item, Tail>(head: object, list: string, item: (x: Item) => unknown, tail: (t: Tail) => object): Renderer<Item, Tail> {
  let first = true;
  return {
    begin: () => `${JSON.stringify(head, null, 2).slice(0, -2)},\n  ${JSON.stringify(list)}: [`,
    item(x) {
      const text = JSON.stringify([[item(x)]], null, 2).slice(ITEM_START, -ITEM_END);
      const sep = first ? '\n    ' : ',\n    ';
      first = false;
      return sep + text;
    },
    end(t) {
      const close = first ? ']' : '\n  ]';
      return `${close},${JSON.stringify(tail(t), null, 2).slice(1)}\n`;
    },
  };
}

/** One JSON object per line; what ends the run goes to stderr, not here. */
export function ndjsonLines<Item, Tail>(item: (x: Item) => unknown): Renderer<Item, Tail> {
  return { begin: () => '', item: (x) => `${JSON.stringify(item(x))}\n`, end: () => '' };
}
