import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/shared/user-error.js';
import { readAll } from './csv-harness.js';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const UTF16LE_BOM = Buffer.from([0xff, 0xfe]);

describe('readCsv: records and the line each starts on', () => {
  it.each<[string, string, number, [number, string[]][]]>([
    ['blank lines (LF)', 'h,f\n\na,1\n\n\nb,2\n', 1, [[3, ['a', '1']], [6, ['b', '2']]]],
    ['blank lines (CRLF)', 'h,f\r\n\r\na,1\r\n\r\n\r\nb,2\r\n', 1, [[3, ['a', '1']], [6, ['b', '2']]]],
    ['blank lines before the header', '\n\nh,f\na,1\n', 3, [[4, ['a', '1']]]],
    ['CR-only line ends (old Mac Excel)', 'h,f\ra,1\rb,2\r', 1, [[2, ['a', '1']], [3, ['b', '2']]]],
    ['no final newline', 'h,f\na,1', 1, [[2, ['a', '1']]]],
    ['LF inside quotes', 'h,f\n"a\nb",1\nc,2\n', 1, [[2, ['a\nb', '1']], [4, ['c', '2']]]],
    ['CRLF inside quotes', 'h,f\r\n"a\r\nb\r\nc",1\r\nd,2\r\n', 1, [[2, ['a\r\nb\r\nc', '1']], [5, ['d', '2']]]],
    ['CRLF inside quotes of an LF file', 'h,f\n"a\r\nb",1\nd,2\n', 1, [[2, ['a\r\nb', '1']], [4, ['d', '2']]]],
    ['a lone CR inside quotes', 'h,f\n"a\rb",1\nc,2\n', 1, [[2, ['a\rb', '1']], [4, ['c', '2']]]],
    ['blank lines inside and after a multi-line field', 'h,f\n"a\n\nb",1\n\n\nc,2\n', 1, [[2, ['a\n\nb', '1']], [7, ['c', '2']]]],
    ['a multi-line header', '"h\nx",f\na,1\n', 1, [[3, ['a', '1']]]],
    ['sep= line', 'sep=;\nh;f\na;1\nb;2\n', 2, [[3, ['a', '1']], [4, ['b', '2']]]],
    ['sep= line, CRLF', 'sep=;\r\nh;f\r\na;1\r\n', 2, [[3, ['a', '1']]]],
    ['sep= line then a blank line', 'sep=,\n\nh,f\na,1\n', 3, [[4, ['a', '1']]]],
    ['ragged rows are kept', 'h,f,g\na,1\nb,2,3,4\n', 1, [[2, ['a', '1']], [3, ['b', '2', '3', '4']]]],
  ])('%s', async (_name, input, headerLine, records) => {
    const run = await readAll('r.csv', input);
    expect(run.error).toBeUndefined();
    expect(run.head?.headerLine).toBe(headerLine);
    expect(run.records).toEqual(records);
    expect(run.bad).toEqual([]);
  });
});

describe('readCsv: encodings', () => {
  it('drops a UTF-8 BOM from the first header', async () => {
    const run = await readAll('r.csv', Buffer.concat([BOM, Buffer.from('handle,followers\ncafé,1\n')]));
    expect(run.head).toMatchObject({ encoding: 'utf-8', header: ['handle', 'followers'], headerLine: 1 });
    expect(run.records).toEqual([[2, ['café', '1']]]);
  });

  it('reads a BOM and a sep= line together', async () => {
    const run = await readAll('r.csv', Buffer.concat([BOM, Buffer.from('sep=;\nh;f\na;1\n')]));
    expect(run.head).toMatchObject({ delimiter: ';', header: ['h', 'f'], headerLine: 2 });
    expect(run.records).toEqual([[3, ['a', '1']]]);
  });

  const excelUnicodeText = Buffer.concat([
    UTF16LE_BOM,
    Buffer.from('Compte\tAbonnés\r\ncafé.lumière\t12 345\r\n"deux\r\nlignes"\t😀\r\n', 'utf16le'),
  ]);

  it.each([[undefined], [[1]], [[2]], [[3]], [[1, 2, 3]]])('reads Excel "Unicode text" (UTF-16 LE, BOM, tabs) in chunks of %j', async (sizes) => {
    const run = await readAll('export.txt', excelUnicodeText, sizes);
    expect(run.error).toBeUndefined();
    expect(run.head).toMatchObject({ encoding: 'utf-16le', delimiter: '\t', header: ['Compte', 'Abonnés'], headerLine: 1 });
    expect(run.records).toEqual([[2, ['café.lumière', '12 345']], [3, ['deux\r\nlignes', '😀']]]);
  });

  it('reads UTF-8 split inside a multi-byte character', async () => {
    const run = await readAll('r.csv', 'h,f\n😀é,1\nb,2\n', [1]);
    expect(run.records).toEqual([[2, ['😀é', '1']], [3, ['b', '2']]]);
  });
});

describe('readCsv: broken input', () => {
  // regression: the quote swallowed the rest of the file as one field, and the rows after it were neither read nor
  // counted (a 3-row file read as 2 rows)
  it.each<[string, string, [number, string[]][], number]>([
    ['at the start of a field', 'h,f\na,1\n"b,2\nc,3\n', [[2, ['a', '1']], [4, ['c', '3']]], 3],
    ['mid-record', 'h,f\na,1\nb,"2\nc,3\n', [[2, ['a', '1']], [4, ['c', '3']]], 3],
    ['after a multi-line record', 'h,f\n"x\ny",1\nb,"2\nc,3\n', [[2, ['x\ny', '1']], [5, ['c', '3']]], 4],
  ])('an unclosed quote %s costs its line alone: reported on it, the records before and after it kept', async (_name, input, records, line) => {
    const run = await readAll('r.csv', input);
    expect(run.records).toEqual(records);
    expect(run.bad).toHaveLength(1);
    expect(run.bad[0]![0]).toBe(line);
    expect(run.bad[0]![1]).toMatch(/^a quote opened on this line \(character \d+, "\w" field\) is never closed before the end of the input: only this line is rejected; reading resumes on line \d+$/);
  });

  // regression: blank lines before the broken record were not counted (reported on line 3)
  it('an unclosed quote after blank lines is reported on its own line', async () => {
    const run = await readAll('r.csv', 'h,f\na,1\n\n\n"b,2\nc,3\n');
    expect(run.bad.map(([line]) => line)).toEqual([5]);
  });

  // regression: after a `sep=` line the head was cut at the first LF, so a file with CR-only line ends (Excel
  // "CSV (Macintosh)") lost every line: "has no header line" instead of 1 record.
  it('a sep= line with CR-only line ends keeps the rest of the file', async () => {
    const run = await readAll('r.csv', 'sep=;\rh;f\ra;1\r');
    expect(run.error).toBeUndefined();
    expect(run.head?.header).toEqual(['h', 'f']);
    expect(run.records).toEqual([[3, ['a', '1']]]);
  });

  it.each<[string, string | Buffer, RegExp]>([
    ['empty input', '', /^r\.csv: is empty$/],
    ['only blank lines', '\n\n\r\n', /^r\.csv: has no header line$/],
    ['a gzip file', Buffer.from([0x1f, 0x8b, 8, 0, 0, 0]), /^r\.csv: is gzip-compressed/],
  ])('%s is a UserError naming the file', async (_name, input, message) => {
    const run = await readAll('r.csv', input);
    expect(run.error).toBeInstanceOf(UserError);
    expect(run.error?.message).toMatch(message);
    expect(run.records).toEqual([]);
  });

  it('a quoted header alone, on one line, is the header and no record (csv-parse gives it only at the end)', async () => {
    for (const input of ['"handle","followers","following"\n', '"handle","followers","following"']) {
      const run = await readAll('r.csv', input);
      expect(run.error).toBeUndefined();
      expect(run.head?.header).toEqual(['handle', 'followers', 'following']);
      expect(run.records).toEqual([]);
      expect(run.bad).toEqual([]);
    }
  });

  it('header-only input gives the header and no record, without error', async () => {
    const run = await readAll('r.csv', 'handle,followers\r\n\r\n');
    expect(run.error).toBeUndefined();
    expect(run.head?.header).toEqual(['handle', 'followers']);
    expect(run.records).toEqual([]);
    expect(run.bad).toEqual([]);
  });
});
