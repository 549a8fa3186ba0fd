import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonDocument } from '../../src/render/json-document.js';
import { RowLedger } from '../../src/pipeline/row-ledger.js';
import { Diagnostics } from '../../src/pipeline/diagnostics.js';

/** The tail is written a list element at a time; the document must still be exactly what JSON.stringify writes. */
describe('jsonDocument: streamed, byte for byte JSON.stringify(document, null, 2)', () => {
  const value = fc.jsonValue({ maxDepth: 3 });
  // Not integer-like: those come first in any object, which would reorder the oracle's keys.
  const key = fc.stringMatching(/^[a-z][a-z0-9 "\\-]{0,5}$/);
  it('property: any head, items and tail', () => {
    fc.assert(fc.property(
      fc.dictionary(key, value, { minKeys: 1, maxKeys: 4 }),
      fc.array(value, { maxLength: 5 }),
      fc.dictionary(key, fc.oneof(value, fc.array(value, { maxLength: 6 })), { minKeys: 1, maxKeys: 4 }),
      (head, items, tail) => {
        // (a document always has a head and a tail: the tool's name, the summary)
        fc.pre(!('list' in head) && !('list' in tail) && Object.keys(tail).every((k) => !(k in head)));
        const doc = jsonDocument(head, 'list', (x: unknown) => x, (t: Record<string, unknown>) => t);
        const text = doc.begin() + items.map((x) => doc.item(x)).join('') + [...doc.end(tail)].join('');
        expect(text).toBe(`${JSON.stringify({ ...head, list: items, ...tail }, null, 2)}\n`);
      },
    ), { numRuns: 300 });
  });

  it('a list of 50,000 rejected rows comes in one piece per row, not as one string', () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => ({ file: 'r.csv', line: i + 2, column: null, value: null, reason: 'x' }));
    const doc = jsonDocument({ tool: 'influaudit' }, 'accounts', (x: unknown) => x, (t: { rejected: unknown[] }) => t);
    doc.begin();
    let pieces = 0;
    let longest = 0;
    for (const piece of doc.end({ rejected: rows })) {
      pieces++;
      longest = Math.max(longest, piece.length);
    }
    expect(pieces).toBeGreaterThan(50_000);
    expect(longest).toBeLessThan(200);
  });
});

describe('RowLedger: lists kept only for a format that lists them', () => {
  it('counts the same either way', () => {
    const quiet = new Diagnostics(() => undefined, { quiet: true, summaryLine: false });
    const [listed, counted] = [new RowLedger(quiet, true), new RowLedger(quiet, false)];
    for (const l of [listed, counted]) {
      l.read();
      l.reject({ file: 'f', line: 2, column: null, value: null, reason: 'r' });
      l.read();
      l.used();
      l.warn({ file: 'f', line: 3, column: 'c', value: 'v', reason: 'r' });
    }
    expect(counted.rows).toEqual(listed.rows);
    expect(counted.warned).toBe(1);
    expect([listed.rejected.length, listed.warnings.length]).toEqual([1, 1]);
    expect([counted.rejected.length, counted.warnings.length]).toEqual([0, 0]);
  });
});
