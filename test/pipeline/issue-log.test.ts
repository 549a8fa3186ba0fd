import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IssueLog } from '../../src/pipeline/issue-log.js';
import type { RejectedRow } from '../../src/shared/row-issues.js';

const filler = (i: number): RejectedRow => ({ file: 'f', line: i, column: null, value: 'v'.repeat(200), reason: 'r' });

describe('IssueLog: rejected rows kept off the heap, read back as they were', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

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
    log.close();
  });

  it('property: any rows, through many chunks, most of them in the temporary file (chunks of 4 KiB)', () => {
    const row = fc.record({ file: fc.string(), line: fc.nat(), column: fc.option(fc.string({ unit: 'binary' }), { nil: null }), value: fc.option(fc.string({ unit: 'binary', maxLength: 9000 }), { nil: null }), reason: fc.string() });
    fc.assert(fc.property(fc.array(row, { maxLength: 100 }), fc.nat(300), (rows, fillers) => {
      const log = new IssueLog<RejectedRow>(4096);
      for (let i = 0; i < fillers; i++) log.add(filler(i));
      for (const r of rows) log.add(r);
      const back = [...log];
      expect(back.length).toBe(fillers + rows.length);
      expect(back.slice(0, fillers)).toEqual(Array.from({ length: fillers }, (_, i) => filler(i)));
      expect(back.slice(fillers)).toEqual(rows);
      log.close();
    }), { numRuns: 40 });
  });

  it('where no temporary file can be made, keeps everything in memory, in order', () => {
    vi.stubEnv('TMPDIR', '/nonexistent/influaudit-test');
    vi.stubEnv('TMP', '/nonexistent/influaudit-test');
    vi.stubEnv('TEMP', '/nonexistent/influaudit-test');
    const log = new IssueLog<RejectedRow>(1024);
    const rows = Array.from({ length: 50 }, (_, i) => filler(i));
    for (const r of rows) log.add(r);
    expect([...log]).toEqual(rows);
    log.close();
    expect([...log]).toEqual([]);
  });
});
