import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv, type CsvHead } from '../../src/io/read-csv.js';
import { chunked } from './csv-harness.js';

/** A header is a line naming a handle: what a recogniser would accept, kept trivial here. */
const namesHandle = (head: CsvHead) => head.header.some((h) => /^(pseudo|handle)$/i.test(h.trim()));

interface Run {
  head?: CsvHead;
  records: [number, string[]][];
  bad: [number, string][];
  error?: Error;
}

async function read(input: string, sizes?: readonly number[], isHeader: ((h: CsvHead) => boolean) | null = namesHandle): Promise<Run> {
  const run: Run = { records: [], bad: [] };
  try {
    await readCsv({ name: 'r.csv', open: () => Readable.from(chunked(Buffer.from(input), sizes)) }, {
      onHead: (h) => void (run.head = h),
      onRecord: (fields, line) => void run.records.push([line, fields]),
      onBadRecord: (line, reason) => void run.bad.push([line, reason]),
      ...(isHeader ? { isHeader } : {}),
    });
  } catch (e) {
    run.error = e as Error;
  }
  return run;
}

describe('readCsv: a title above the header', () => {
  it('passes over a title and a row of separators; every row keeps its line in the file', async () => {
    const run = await read('Export agence - mars 2025;;\n;;\nPseudo;Abonnés;Taux\nalice;12 300;3,4\n\nbob;1 200;4,1\n');
    expect(run.error).toBeUndefined();
    expect(run.head).toMatchObject({ delimiter: ';', header: ['Pseudo', 'Abonnés', 'Taux'], headerLine: 3 });
    expect(run.head?.skipped).toEqual([{ line: 1, fields: ['Export agence - mars 2025', '', ''] }, { line: 2, fields: ['', '', ''] }]);
    expect(run.records).toEqual([[4, ['alice', '12 300', '3,4']], [6, ['bob', '1 200', '4,1']]]);
  });

  it.each([
    ['rows with a trailing separator', 'Export agence - mars 2025\nPseudo;Abonnés;Taux\nalice;12 300;3,4;\nbob;1 200;4,1;\n'],
    ['a header with a trailing separator', 'Export agence - mars 2025\nPseudo;Abonnés;Taux;\nalice;12 300;3,4\nbob;1 200;4,1\n'],
    ['a first row without its empty last cell', 'Export agence - mars 2025\nPseudo;Abonnés;Taux\nalice;12 300\nbob;1 200;4,1\n'],
  ])('a header of three or more below a title is confirmed by a row one field wider or narrower: %s', async (_name, input) => {
    const run = await read(input);
    expect(run.head).toMatchObject({ headerLine: 2 });
    expect(run.records.map(([line]) => line)).toEqual([3, 4]);
  });

  it('a title with no separator, then a blank line', async () => {
    const run = await read('Export agence - mars 2025\n\nPseudo;Abonnés\nalice;12 300\nbob;1 200\n');
    expect(run.head).toMatchObject({ delimiter: ';', headerLine: 3, skipped: [{ line: 1, fields: ['Export agence - mars 2025'] }] });
    expect(run.records).toEqual([[4, ['alice', '12 300']], [5, ['bob', '1 200']]]);
  });

  it('a header on line 1 has nothing skipped', async () => {
    const run = await read('Pseudo,Abonnés\nalice,1\n');
    expect(run.head?.headerLine).toBe(1);
    expect(run.head).not.toHaveProperty('skipped');
  });

  it('without isHeader the first record is the header, as before', async () => {
    const run = await read('Export agence;;\nPseudo;Abonnés;x\nalice;1;2\n', undefined, null);
    expect(run.head).toMatchObject({ header: ['Export agence', '', ''], headerLine: 1 });
    expect(run.records).toEqual([[2, ['Pseudo', 'Abonnés', 'x']], [3, ['alice', '1', '2']]]);
  });

  it.each<[string, string, [number, string[]][]]>([
    ['five lines refused: the first is the header, the rest are data', 'a,b\n1,2\n3,4\n5,6\n7,8\n9,10\n11,12\n', [[2, ['1', '2']], [3, ['3', '4']], [4, ['5', '6']], [5, ['7', '8']], [6, ['9', '10']], [7, ['11', '12']]]],
    ['the input ends before a header: the first is the header', 'a,b\n1,2\n3,4', [[2, ['1', '2']], [3, ['3', '4']]]],
    ['a header below five refused lines is not looked for', 'a,b\n1,2\n3,4\n5,6\n7,8\nPseudo,x\n', [[2, ['1', '2']], [3, ['3', '4']], [4, ['5', '6']], [5, ['7', '8']], [6, ['Pseudo', 'x']]]],
  ])('%s', async (_name, input, records) => {
    const run = await read(input);
    expect(run.error).toBeUndefined();
    expect(run.head).toMatchObject({ header: ['a', 'b'], headerLine: 1 });
    expect(run.head).not.toHaveProperty('skipped');
    expect(run.records).toEqual(records);
  });

  it('the header on the fifth non-empty line is found; rows of separators do not count', async () => {
    const run = await read('t1\n;\nt2\nt3\n;\nt4\nPseudo;x\na;1\n');
    expect(run.head).toMatchObject({ headerLine: 7 });
    expect(run.head?.skipped?.map((s) => s.line)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(run.records).toEqual([[8, ['a', '1']]]);
  });

  it('a cut-off last line is still reported when the header was looked for', async () => {
    const run = await read('a,b,c\n1,2,3\n4,5,6\n7,8,9\n10,11,12\n13,14');
    expect(run.bad).toEqual([[6, expect.stringContaining('the last line ends early')]]);
  });

  it('whatever the chunks, the same header, lines and records', async () => {
    const input = 'Export agence - "mars" 2025;;\n\r\n;;\nPseudo;"Abon\nnés";Taux\nalice;12 300;3,4\nbob;"1 200";4,1\n';
    const whole = await read(input);
    expect(whole.records).toEqual([[6, ['alice', '12 300', '3,4']], [7, ['bob', '1 200', '4,1']]]);
    await fc.assert(fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 5 }), async (sizes) => {
      const run = await read(input, sizes);
      expect(run.error).toBeUndefined();
      expect(run.head).toEqual(whole.head);
      expect(run.records).toEqual(whole.records);
    }), { numRuns: 60 });
  });

  // regression: "Date;12/03/2025" below a title was taken for a wide history's header, every real row then refused
  describe('a record accepted below a refused line is confirmed by the next one', () => {
    /** A recogniser that, like the real one, reads "Date;12/03/2025" as a header (a date and one account column). */
    const dateOrHandle = (h: CsvHead) => /^(date|handle)$/i.test(h.header[0]?.trim() ?? '');

    it.each<[string, string, number, number[], [number, string[]][]]>([
      ['a key–value line, a blank line, then the table', 'Rapport agence;Instagram\nDate;12/03/2025\n\nhandle;followers;avg likes\nmarie;48200;1150\nnano;3200;265\n', 4, [1, 2], [[5, ['marie', '48200', '1150']], [6, ['nano', '3200', '265']]]],
      ['a title with no separator, a key–value line, the table', 'Instagram report\nDate,2025-03-12\nhandle,followers,avg likes\nmarie,48200,1150\n', 3, [1, 2], [[4, ['marie', '48200', '1150']]]],
      ['a row of separators between the header and its first row', 'Rapport;;\nhandle;followers;x\n;;\nmarie;1;2\n', 2, [1], [[3, ['', '', '']], [4, ['marie', '1', '2']]]],
      ['a header nothing follows', 'Rapport\nhandle,followers\n', 2, [1], []],
    ])('%s', async (_name, input, headerLine, skipped, records) => {
      const run = await read(input, undefined, dateOrHandle);
      expect(run.error).toBeUndefined();
      expect(run.head?.headerLine).toBe(headerLine);
      expect(run.head?.skipped?.map((r) => r.line)).toEqual(skipped);
      expect(run.records).toEqual(records);
    });

    it('a header on line 1 needs no confirmation', async () => {
      const run = await read('Date;x\nhandle;followers;avg likes\n', undefined, dateOrHandle);
      expect(run.head).toMatchObject({ header: ['Date', 'x'], headerLine: 1 });
      expect(run.records).toEqual([[2, ['handle', 'followers', 'avg likes']]]);
    });

    it('a candidate refused counts among the lines above: past the limit the first line is the header', async () => {
      const run = await read('t1\nDate;1\nhandle;a;b\nt3\nt4\nt5\n', undefined, dateOrHandle);
      expect(run.head).toMatchObject({ header: ['t1'], headerLine: 1 });
      expect(run.records.map(([line]) => line)).toEqual([2, 3, 4, 5, 6]);
    });

    it('whatever the chunks, the same header and records', async () => {
      const input = 'Rapport agence;Instagram\r\nDate;"12/03/2025"\r\n\r\nhandle;followers;avg likes\r\nmarie;48200;1150\r\n';
      const whole = await read(input, undefined, dateOrHandle);
      expect(whole.head?.headerLine).toBe(4);
      await fc.assert(fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 5 }), async (sizes) => {
        const run = await read(input, sizes, dateOrHandle);
        expect(run.head).toEqual(whole.head);
        expect(run.records).toEqual(whole.records);
      }), { numRuns: 40 });
    });
  });
});
