import { describe, expect, it } from 'vitest';
import { MAX_RECORD_BYTES } from '../../src/io/read-csv.js';
import { readAll } from './csv-harness.js';

const AT_END = 'before the end of the input';
const AT_LIMIT = `within the ${MAX_RECORD_BYTES}-byte record limit`;

/** `n` plain rows `r{i},{i}`, and the lines they start on from `line`. */
function rows(n: number, line: number, nl = '\n'): { text: string; records: [number, string[]][] } {
  const records: [number, string[]][] = Array.from({ length: n }, (_, i) => [line + i, [`r${i}`, String(i)]]);
  return { text: records.map(([, f]) => f.join(',')).join(nl) + nl, records };
}

/** Deep equality of many records, without a deep diff of each (slow on 100,000); a mismatch shows the first. */
function expectRecords(got: [number, string[]][], want: [number, string[]][]): void {
  const i = got.findIndex((r, k) => JSON.stringify(r) !== JSON.stringify(want[k]));
  expect(i === -1 ? undefined : { at: i, got: got[i], want: want[i] }).toBeUndefined();
  expect(got.length).toBe(want.length);
}

describe('readCsv: a quote never closed costs the line it opened on, not the rows after it', () => {
  it.each<[string, string]>([['LF', '\n'], ['CRLF', '\r\n'], ['CR only', '\r']])('running to the end of the input (%s)', async (_name, nl) => {
    const after = rows(50, 4, nl);
    const input = ['handle,followers', 'a,1', '"b,2'].join(nl) + nl + after.text;
    for (const sizes of [undefined, [1], [2, 3], [64]]) {
      const run = await readAll('r.csv', input, sizes);
      expect(run.error).toBeUndefined();
      expect(run.bad).toEqual([[3, `a quote opened on this line (character 1, "handle" field) is never closed ${AT_END}: only this line is rejected; reading resumes on line 4`]]);
      expect(run.records).toEqual([[2, ['a', '1']], ...after.records]);
    }
  });

  it.each<[string, string]>([['LF', '\n'], ['CRLF', '\r\n'], ['CR only', '\r']])('running past the record limit (%s)', async (_name, nl) => {
    const after = rows(100_000, 4, nl); // about 1.2 MiB
    const input = ['handle,followers', 'a,1', 'b,"2'].join(nl) + nl + after.text;
    for (const sizes of [undefined, [7_777, 100_003]]) {
      const run = await readAll('r.csv', input, sizes);
      expect(run.error).toBeUndefined();
      expect(run.bad).toEqual([[3, `a quote opened on this line (character 3, "followers" field) is never closed ${AT_LIMIT}: only this line is rejected; reading resumes on line 4`]]);
      expectRecords(run.records, [[2, ['a', '1']], ...after.records]);
    }
  });

  it('multi-line quoted fields that close keep their lines, before the stray quote and past the limit after it', async () => {
    const tweet = (i: number) => `${i},"line one of ${i}\nline ""two""\r\nline three",7`;
    // Lines 9–100008, past the limit of the quote on line 8: nearer, the first quote after it would close it.
    const pad = rows(100_000, 9);
    const input = `id,text,likes\n${tweet(1)}\n${tweet(2)}\n"3,never closed\n${pad.text}${tweet(4)}\n5,plain,9\n`;
    for (const sizes of [undefined, [1_000, 33_333]]) {
      const run = await readAll('x.csv', input, sizes);
      expect(run.error).toBeUndefined();
      expect(run.bad).toEqual([[8, `a quote opened on this line (character 1, "id" field) is never closed ${AT_LIMIT}: only this line is rejected; reading resumes on line 9`]]);
      const text = (i: number) => `line one of ${i}\nline "two"\r\nline three`;
      expect(run.records.slice(0, 2)).toEqual([[2, ['1', text(1), '7']], [5, ['2', text(2), '7']]]);
      expectRecords(run.records.slice(2, -2), pad.records);
      expect(run.records.slice(-2)).toEqual([[100_009, ['4', text(4), '7']], [100_012, ['5', 'plain', '9']]]);
    }
  });

  it('a quote opened after a closed multi-line field: the record up to the quote\'s line is one rejected row', async () => {
    const run = await readAll('r.csv', 'h,f\n"x\ny",1,"2\nc,3\nd,4');
    expect(run.bad).toEqual([[2, `a quote opened on line 3 (character 6, field 3) is never closed ${AT_END}: lines 2–3 are rejected, as one record; reading resumes on line 4`]]);
    expect(run.records).toEqual([[4, ['c', '3']], [5, ['d', '4']]]);
  });

  it('on the last line: said, nothing to resume', async () => {
    const run = await readAll('r.csv', 'h,f\na,1\nb,"lea.cu');
    expect(run.bad).toEqual([[3, `a quote opened on this line (character 3, "f" field) is never closed ${AT_END}: only this line is rejected (the input ends on it)`]]);
    expect(run.records).toEqual([[2, ['a', '1']]]);
  });

  it('the line it opened on longer than the limit: passed over to its end, the rows after it read', async () => {
    const after = rows(3, 4);
    const run = await readAll('r.csv', `h,f\na,1\nb,"${'x'.repeat(3 * MAX_RECORD_BYTES)}\n${after.text}`, [65_536]);
    expect(run.bad).toEqual([[3, `a quote opened on this line (character 3, "f" field) is never closed ${AT_LIMIT}: only this line is rejected; reading resumes on line 4`]]);
    expect(run.records).toEqual([[2, ['a', '1']], ...after.records]);
  });

  it('several, each more than the limit apart: each costs its line alone', async () => {
    const block = rows(90_000, 0).text; // about 1.1 MiB
    const lines = block.split('\n').length - 1;
    const input = `h,f\n"s1,1\n${block}"s2,2\n${block}"s3,3\n${block}`;
    const run = await readAll('r.csv', input, [65_536]);
    expect(run.bad.map(([line]) => line)).toEqual([2, 3 + lines, 4 + 2 * lines]);
    expect(run.records).toHaveLength(3 * lines);
  });

  it('after a sep= line and in UTF-16, lines are still the file\'s', async () => {
    const text = 'sep=;\r\nh;f\r\na;1\r\n"b;2\r\nc;3\r\n';
    for (const input of [Buffer.from(text), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])]) {
      const run = await readAll('r.csv', input, [3]);
      expect(run.bad.map(([line]) => line)).toEqual([4]);
      expect(run.records).toEqual([[3, ['a', '1']], [5, ['c', '3']]]);
    }
  });

  it('before the header is known, it is no row to resume at: the file has no header', async () => {
    const run = await readAll('r.csv', '"handle,followers\na,1\n');
    expect(run.error?.message).toBe('r.csv: has no header line');
    expect(run.records).toEqual([]);
  });

  it('a row of separators over the limit after a quoted field is still one rejected row, to the line break after it', async () => {
    const after = rows(2, 4);
    const run = await readAll('r.csv', `h,f\n"a",1\n"q"${','.repeat(2 * MAX_RECORD_BYTES)}\n${after.text}`, [65_536]);
    expect(run.bad).toEqual([[3, `record longer than ${MAX_RECORD_BYTES} bytes (a field that never ends, or a quote never closed?): skipped`]]);
    expect(run.records).toEqual([[2, ['a', '1']], ...after.records]);
  });
});
