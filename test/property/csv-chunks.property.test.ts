import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAll } from '../io/csv-harness.js';

/** A fixed CSV with every line-counting hazard: BOM, blank lines, LF and CRLF inside quotes, quotes, multi-byte text. */
const FIXED = Buffer.concat([
  Buffer.from([0xef, 0xbb, 0xbf]),
  Buffer.from(
    'handle,followers,bio\r\n' +
      '\r\n' +
      'café.lumière,"12,345","deux\r\nlignes"\r\n' +
      'nano,800,"a ""quoted"" word"\r\n' +
      '\r\n\r\n' +
      '😀emoji,1.2K,"three\nlines\nhere"\r\n' +
      'last,5,\r\n',
  ),
]);
const FIXED_RECORDS: [number, string[]][] = [
  [3, ['café.lumière', '12,345', 'deux\r\nlignes']],
  [5, ['nano', '800', 'a "quoted" word']],
  [8, ['😀emoji', '1.2K', 'three\nlines\nhere']],
  [11, ['last', '5', '']],
];

const chunkSizes = fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 20 });

describe('readCsv in tiny chunks', () => {
  it('the fixed CSV in one chunk gives the expected records and lines', async () => {
    const run = await readAll('r.csv', FIXED);
    expect(run.head?.header).toEqual(['handle', 'followers', 'bio']);
    expect(run.records).toEqual(FIXED_RECORDS);
  });

  it('any chunking of 1–3 bytes gives the same records and lines as one chunk', async () => {
    await fc.assert(
      fc.asyncProperty(chunkSizes, async (sizes) => {
        const run = await readAll('r.csv', FIXED, sizes);
        expect(run.error).toBeUndefined();
        expect(run.head?.headerLine).toBe(1);
        expect(run.records).toEqual(FIXED_RECORDS);
      }),
      { numRuns: 150 },
    );
  });

  it('the same holds in UTF-16 LE (Excel "Unicode text")', async () => {
    const text = FIXED.subarray(3).toString('utf8').replaceAll(',', '\t').replace('"12\t345"', '"12,345"');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const whole = await readAll('r.txt', utf16);
    expect(whole.records.map(([line]) => line)).toEqual([3, 5, 8, 11]);
    await fc.assert(
      fc.asyncProperty(chunkSizes, async (sizes) => {
        expect((await readAll('r.txt', utf16, sizes)).records).toEqual(whole.records);
      }),
      { numRuns: 60 },
    );
  });
});

/** A generated CSV whose record start lines are known by construction. */
const plainField = fc.stringMatching(/^[a-z0-9.]{1,6}$/);
const quotedField = fc
  .array(fc.constantFrom('a', 'b', ',', '""', '\n', '\r\n', ' ', 'é'), { minLength: 0, maxLength: 6 })
  .map((parts) => `"${parts.join('')}"`);
const row = fc.tuple(plainField, fc.array(fc.oneof(plainField, quotedField), { maxLength: 3 }));
const csv = fc.record({
  eol: fc.constantFrom('\n', '\r\n'),
  rows: fc.array(fc.tuple(row, fc.integer({ min: 0, max: 2 })), { minLength: 1, maxLength: 8 }),
});

function build({ eol, rows }: { eol: string; rows: [[string, string[]], number][] }): { text: string; lines: number[] } {
  let text = `h,f${eol}`;
  const lines: number[] = [];
  for (const [[first, rest], blanks] of rows) {
    text += eol.repeat(blanks);
    lines.push(text.split(/\r\n|\n/).length);
    text += [first, ...rest].join(',') + eol;
  }
  return { text, lines };
}

describe('readCsv line numbers on generated CSV', () => {
  it('each record starts on the line an editor shows, however the input is chunked', async () => {
    await fc.assert(
      fc.asyncProperty(csv, chunkSizes, async (spec, sizes) => {
        const { text, lines } = build(spec);
        const run = await readAll('r.csv', text, sizes);
        expect(run.bad).toEqual([]);
        expect(run.records.map(([line]) => line)).toEqual(lines);
      }),
      { numRuns: 200 },
    );
  });
});
