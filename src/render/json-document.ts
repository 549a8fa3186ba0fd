import type { IssueList } from '../shared/row-issues.js';
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
    *end(t) {
      yield first ? ']' : '\n  ]';
      // As JSON.stringify(tail, null, 2) would write the keys, but a list one element at a time.
      for (const [key, value] of Object.entries(tail(t))) {
        if (value === undefined) continue;
        yield `,\n  ${JSON.stringify(key)}: `;
        if (!isList(value) || value.length === 0) {
          yield isList(value) ? '[]' : JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
          continue;
        }
        yield '[';
        let first = true;
        for (const element of value) {
          yield `${first ? '' : ','}\n    ${JSON.stringify([[element]], null, 2).slice(ITEM_START, -ITEM_END)}`;
          first = false;
        }
        yield '\n  ]';
      }
      yield '\n}\n';
    },
  };
}

/** An array, or a list read once in order (the pipeline's IssueLog): written as a JSON array. */
function isList(value: unknown): value is IssueList<unknown> {
  return Array.isArray(value) || (typeof value === 'object' && value !== null && Symbol.iterator in value && typeof (value as { length?: unknown }).length === 'number');
}

/** `{ error }` for a run that failed after its output began, else nothing. */
export function failedKey(error: string | undefined): { error?: string } {
  return error === undefined ? {} : { error };
}

/** One JSON object per line; what ends the run goes to stderr, not here (a failure too: every line is whole). */
export function ndjsonLines<Item, Tail>(item: (x: Item) => unknown): Renderer<Item, Tail> {
  return { begin: () => '', item: (x) => `${JSON.stringify(item(x))}\n`, end: () => [] };
}
