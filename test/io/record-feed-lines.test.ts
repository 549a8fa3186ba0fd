import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecordFeed } from '../../src/io/record-feed.js';

/** A CSV text of records with quoted fields holding line breaks and quotes, and the line each record starts on. */
const csvText = fc
  .record({
    rows: fc.array(fc.array(fc.string({ unit: fc.constantFrom('a', '1', ' ', ',', '"', '\n', '\r\n', '\r', 'é') }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 40 }),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    blank: fc.array(fc.boolean(), { maxLength: 40 }),
  })
  .map(({ rows, eol, blank }) => {
    let text = `h1,h2${eol}`;
    let line = 2;
    const starts: number[] = [];
    rows.forEach((row, i) => {
      let fields = row;
      if (blank[i]) {
        text += eol;
        line++;
      }
      // A record of one empty field reads as a blank line, quoted or not: not a record.
      if (fields.length === 1 && fields[0] === '') fields = ['a'];
      const cells = fields.map((f) => (/[",\r\n]/.test(f) || f === '' || f.trim() !== f ? `"${f.replace(/"/g, '""')}"` : f));
      const record = cells.join(',') + eol;
      starts.push(line);
      text += record;
      line += (record.match(/\r\n|\r|\n/g) ?? []).length;
    });
    return { text, starts };
  });

async function linesOf(bytes: Buffer, cuts: number[]): Promise<number[]> {
  const seen: number[] = [];
  const feed = new RecordFeed('t.csv', 'utf-8', ',', {
    onHead: () => undefined,
    onRecord: (_fields, line) => void seen.push(line),
    onBadRecord: (line, reason) => {
      throw new Error(`line ${line}: ${reason}`);
    },
  }, 0, false);
  let at = 0;
  for (const cut of [...cuts.map((c) => c % (bytes.length + 1))].sort((a, b) => a - b).concat(bytes.length)) {
    await feed.write(bytes.subarray(at, Math.max(at, cut)));
    at = Math.max(at, cut);
  }
  await feed.end();
  return seen;
}

describe('RecordFeed line numbers', () => {
  it('every record gets the line it starts on, however the input is cut into pieces (quoted line breaks across cuts)', async () => {
    await fc.assert(fc.asyncProperty(csvText, fc.array(fc.nat(), { maxLength: 12 }), async ({ text, starts }, cuts) => {
      expect(await linesOf(Buffer.from(text), cuts)).toEqual(starts);
    }), { numRuns: 400 });
  });

  it('a record that began in an earlier piece keeps its line breaks counted when the piece that ends it has no quote', async () => {
    const text = 'h1,h2\n"a\nb\nc,d",e\nf,g\nh,i\n';
    // The second piece starts inside the quoted field, after its closing quote: no quote in it.
    const cut = text.indexOf('",e') + 1;
    expect(await linesOf(Buffer.from(text), [cut])).toEqual([2, 5, 6]);
  });
});
