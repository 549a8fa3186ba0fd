import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/io/read-csv.js';
import { chunked, type CsvRun } from './csv-harness.js';

/** readCsv over bytes fed in chunks of `sizes`, with the notes it says on stderr. */
async function read(name: string, bytes: Buffer, sizes?: readonly number[]): Promise<CsvRun & { notes: string[] }> {
  const run: CsvRun & { notes: string[] } = { records: [], bad: [], notes: [] };
  try {
    await readCsv(
      { name, open: () => Readable.from(chunked(bytes, sizes)) },
      { onHead: (h) => void (run.head = h), onRecord: (f, line) => void run.records.push([line, f]), onBadRecord: (line, reason) => void run.bad.push([line, reason]) },
      { note: (m) => void run.notes.push(m) },
    );
  } catch (e) {
    run.error = e as Error;
  }
  return run;
}

const ascii = (rows: number) => Array.from({ length: rows }, (_, i) => `acct${i};${1000 + i}\r\n`).join('');

describe('encodings as exported', () => {
  it('French Excel\'s "CSV (séparateur : point-virgule)" is Windows-1252: decoded as such, said once with the first byte', async () => {
    const bytes = readFileSync('fixtures/roster-windows-1252.csv');
    for (const sizes of [undefined, [1], [5, 2]]) {
      const run = await read('fr.csv', bytes, sizes);
      expect(run.head?.header).toEqual(['Compte', 'Abonnés', 'Abonnements', 'Publications', "Moyenne J'aime", 'Moyenne commentaires', 'Vérifié']);
      expect(run.records.map(([, f]) => f[0])).toEqual(['café.lumière', 'chloé.randonnée', 'léa.pâtisserie', 'théo.vélo']);
      expect(run.notes).toEqual(['fr.csv: byte 12 is not UTF-8: read as Windows-1252 (the encoding of French Excel\'s CSV); save as "CSV UTF-8" to avoid this']);
    }
  });

  it('French Excel\'s typography in Windows-1252 (’ œ € … “ ” « » –) reads as written, whole or in chunks', async () => {
    const bytes = readFileSync('fixtures/roster-windows-1252-typographic.csv');
    for (const sizes of [undefined, [1], [7, 3], [bytes.length]]) {
      const run = await read('fr.csv', bytes, sizes);
      expect(run.records.map(([, f]) => [f[0], f[7]])).toEqual([
        ['L’Atelier', 'Tarif : 4 500 € la vidéo…'],
        ['Cœur de Lyon', 'Œuvre « made in Lyon » – à relancer'],
        ['café.lumière', 'Budget 800 € (“stories” comprises)…'],
      ]);
      expect(run.records.flatMap(([, f]) => f).join('')).not.toMatch(/[\u0080-\u009f]/);
      expect(run.notes).toEqual(['fr.csv: byte 23 is not UTF-8: read as Windows-1252 (the encoding of French Excel\'s CSV); save as "CSV UTF-8" to avoid this']);
    }
  });

  it('the first accent past the 64 KiB head, in small chunks: the rest read as Windows-1252, the offset exact', async () => {
    const head = `Compte;Abonnes\r\n${ascii(5000)}`;
    const bytes = Buffer.concat([Buffer.from(head), Buffer.from('caf\xe9;12\r\n\x80uro;13\r\n', 'latin1')]);
    const run = await read('late.csv', bytes, [4096, 7]);
    expect(run.records.slice(-2).map(([, f]) => f[0])).toEqual(['café', '€uro']);
    expect(run.notes).toEqual([`late.csv: byte ${head.length + 3} is not UTF-8: read as Windows-1252 (the encoding of French Excel's CSV); save as "CSV UTF-8" to avoid this`]);
  });

  it.each<[string, Buffer, number]>([
    ['after real UTF-8', Buffer.concat([Buffer.from('h;f\r\ncafé;1\r\nx'), Buffer.from([0xe9, 0x3b, 0x32, 0x0d, 0x0a, 0xff, 0x0d, 0x0a])]), 15],
    ['a byte Windows-1252 leaves undefined (0x81)', Buffer.concat([Buffer.from('h;f\r\nab'), Buffer.from([0x81, 0x3b, 0x31, 0x0d, 0x0a])]), 7],
  ])('neither UTF-8 nor Windows-1252 (%s): one diagnostic naming the file and the first bad byte', async (_name, bytes, offset) => {
    const run = await read('bad.csv', bytes);
    // real UTF-8 stays itself: no mojibake from reading the chunk as Windows-1252
    expect(run.records.map(([, f]) => f[0])).not.toContain('cafÃ©');
    expect(run.notes).toEqual([`bad.csv: byte ${offset} is neither UTF-8 nor Windows-1252: such bytes read as "\uFFFD"; export the file again as "CSV UTF-8"`]);
    expect(run.error).toBeUndefined();
  });

  it.each<[string, Buffer]>([
    ['with its BOM (LE)', readFileSync('fixtures/hostile-utf32.csv')],
    ['LE without a BOM', Buffer.from([...Buffer.from('handle,followers\r\na,1\r\n')].flatMap((b) => [b, 0, 0, 0]))],
    ['BE without a BOM', Buffer.from([...Buffer.from('handle,followers\r\na,1\r\n')].flatMap((b) => [0, 0, 0, b]))],
  ])('UTF-32 %s is refused clearly', async (_name, bytes) => {
    const run = await read('wide.csv', bytes);
    expect(run.error?.message).toBe('wide.csv: is UTF-32 text, which no spreadsheet exports by default: save it as "CSV UTF-8" and audit that');
    expect(run.records).toEqual([]);
  });

  it('UTF-16 cut after an odd number of bytes: the half character is dropped and said, not read as a "\\ufffd" record', async () => {
    const bytes = readFileSync('fixtures/roster-utf16-odd-byte.csv');
    for (const sizes of [undefined, [3]]) {
      const run = await read('odd.csv', bytes, sizes);
      expect(run.records).toEqual([[2, ['café.lumière', '95400']], [3, ['nano.jardin', '3200']]]);
      expect(run.notes).toEqual(['odd.csv: ends with half a UTF-16 character (an odd number of bytes): the last byte is dropped']);
    }
  });
});

describe('a cut last record is reported, not read; a missing final newline is normal', () => {
  const CUT = 'the last line ends early, 1 of 3 fields and no line break: a cut-off export? (not read)';
  it.each<[string, string, [number, string[]][], [number, string][]]>([
    ['plain lines, cut mid-line', 'h,f,g\na,1,2\nb,3,4\nlea.cu', [[2, ['a', '1', '2']], [3, ['b', '3', '4']]], [[4, CUT]]],
    ['quoted fields (csv-parse), cut mid-line', 'h,f,g\n"a",1,2\n"b",3,4\nlea.cu', [[2, ['a', '1', '2']], [3, ['b', '3', '4']]], [[4, CUT]]],
    ['plain lines, no final newline', 'h,f,g\na,1,2\nb,3,4', [[2, ['a', '1', '2']], [3, ['b', '3', '4']]], []],
    ['quoted fields, no final newline', 'h,f,g\n"a",1,2\n"b",3,4', [[2, ['a', '1', '2']], [3, ['b', '3', '4']]], []],
    ['a ragged file whose last line is as short as the one before', 'h,f,g\na,1\nb,3', [[2, ['a', '1']], [3, ['b', '3']]], []],
  ])('%s', async (_name, text, records, bad) => {
    for (const sizes of [undefined, [2]]) {
      const run = await read('r.csv', Buffer.from(text), sizes);
      expect(run.records).toEqual(records);
      expect(run.bad).toEqual(bad);
    }
  });

  it('a quote opened on the last line and never closed is reported on its line', async () => {
    const run = await read('r.csv', Buffer.from('h,f\na,1\n"lea.cu'));
    expect(run.records).toEqual([[2, ['a', '1']]]);
    expect(run.bad).toHaveLength(1);
    expect(run.bad[0]![0]).toBe(3);
    expect(run.bad[0]![1]).toMatch(/quote .* never closed/);
  });
});

describe('reading stopped before the input ends (the reader of the output left)', () => {
  it('the line under way is dropped: it is not a last line cut short', async () => {
    const text = `h,f,g\n${Array.from({ length: 40_000 }, (_, i) => `acct${i},${i},${i}`).join('\n')}\n`;
    for (const quoted of [false, true]) {
      const bytes = Buffer.from(quoted ? text.replace('acct5,', '"acct5",') : text);
      const records: number[] = [];
      const bad: [number, string][] = [];
      await readCsv({ name: 'r.csv', open: () => Readable.from(chunked(bytes, [70_001])) }, {
        onHead: () => undefined,
        onRecord: (_f, line) => void records.push(line),
        onBadRecord: (line, reason) => void bad.push([line, reason]),
        stopped: () => records.length > 0,
      });
      expect(records.length).toBeGreaterThan(0);
      expect(records.length).toBeLessThan(40_000);
      expect(bad).toEqual([]);
    }
  });
});
