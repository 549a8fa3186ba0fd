import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IssueLog } from '../../src/pipeline/issue-log.js';
import type { RejectedRow } from '../../src/shared/row-issues.js';

describe('IssueLog: rejected rows kept off the heap, read back as they were', () => {
  it('line breaks, lone surrogates, a value larger than a chunk, in order, as often as asked', () => {
    const rows: RejectedRow[] = [
      { file: 'a.csv', line: 2, column: null, value: null, reason: 'record longer than 1048576 bytes' },
      { file: 'a.csv', line: 3, column: 'handle', value: 'two\nlines\r\nand a \u2028', reason: 'empty handle' },
      { file: 'ü.csv', line: 4, column: 'f\u202e', value: '\ud800 lone', reason: 'x' },
      { file: 'a.csv', line: 5, column: 'bio', value: 'z'.repeat(3 << 20), reason: 'long' },
      { file: 'a.csv', line: 2 ** 40, column: '', value: '', reason: '' },
    ];
    const log = new IssueLog<RejectedRow>();
    for (const r of rows) log.add(r);
    expect(log.length).toBe(5);
    expect([...log]).toEqual(rows);
    expect([...log]).toEqual(rows);
  });

  it('property: any rows, through many chunks', () => {
    const row = fc.record({ file: fc.string(), line: fc.nat(), column: fc.option(fc.string({ unit: 'binary' }), { nil: null }), value: fc.option(fc.string({ unit: 'binary', maxLength: 200 }), { nil: null }), reason: fc.string() });
    fc.assert(fc.property(fc.array(row, { maxLength: 300 }), fc.nat(5_000), (rows, filler) => {
      const log = new IssueLog<RejectedRow>();
      for (let i = 0; i < filler; i++) log.add({ file: 'f', line: i, column: null, value: 'v'.repeat(200), reason: 'r' });
      for (const r of rows) log.add(r);
      expect([...log].slice(filler)).toEqual(rows);
    }), { numRuns: 40 });
  });
});
