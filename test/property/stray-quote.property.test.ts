import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_RECORD_BYTES } from '../../src/io/read-csv.js';
import { runInProcess } from '../fuzz/cli-harness.js';
import { brokenPromises } from '../fuzz/check-run.js';
import { chunks } from '../fuzz/csv-arbitraries.js';
import { readAll } from '../io/csv-harness.js';

/**
 * A roster with one stray quote: a quote opening a field on one line that nothing after it closes. Rows before it may
 * hold quoted fields (line breaks, separators, doubled quotes) that do close; rows after it are plain, since the
 * first quote after a stray one closes it (CSV cannot tell the two apart).
 */
interface Roster {
  eol: string;
  rows: { handle: string; fields: string[]; line: number }[];
  stray: number;
  text: string;
}

const word = fc.stringMatching(/^[a-z0-9.]{1,8}$/);
const quoted = fc
  .array(fc.constantFrom('a', 'é', ' ', ',', '""', '\n', '\r\n'), { minLength: 0, maxLength: 8 })
  .map((parts) => ({ raw: `"${parts.join('')}"`, value: parts.join('').replaceAll('""', '"') }));
const cell = fc.oneof(word.map((w) => ({ raw: w, value: w })), quoted);

/** `after` plain rows follow the stray one, then plain rows until what follows it is `padTo` characters long. */
function rosterArb(after: { minLength: number; maxLength: number }, padTo = 0): fc.Arbitrary<Roster> {
  return fc
    .record({
      eol: fc.constantFrom('\n', '\r\n', '\r'),
      before: fc.array(fc.tuple(fc.nat(1_000_000), cell), { maxLength: 15 }),
      strayRow: fc.tuple(fc.nat(1_000_000), word),
      strayField: fc.integer({ min: 0, max: 2 }),
      after: fc.array(fc.tuple(fc.nat(1_000_000), word), after),
    })
    .map(({ eol, before, strayRow, strayField, after: plain }) => {
      const rows: Roster['rows'] = [];
      let text = `handle,followers,category${eol}`;
      let line = 2;
      const add = (handle: string, raw: string[], fields: string[]) => {
        rows.push({ handle, fields, line });
        const t = raw.join(',') + eol;
        text += t;
        line += t.split(/\r\n|\n|\r/).length - 1;
      };
      before.forEach(([f, c], i) => add(`b${i}`, [`b${i}`, String(f), c.raw], [`b${i}`, String(f), c.value]));
      const stray = ['stray', String(strayRow[0]), strayRow[1]];
      stray[strayField] = `"${stray[strayField]!}`;
      add('stray', stray, []);
      const strayIndex = rows.length - 1;
      const start = text.length;
      for (let i = 0; i < plain.length || text.length - start < padTo; i++) {
        const [f, c]: [number, string] = plain[i] ?? [i, 'pad'];
        add(`a${i}`, [`a${i}`, String(f), c], [`a${i}`, String(f), c]);
      }
      return { eol, rows, stray: strayIndex, text };
    });
}

const chunkSizes = fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 10 });

/** What the reader must give: every row but the stray one, each on its line; the stray one rejected on its own. */
async function checkReader(r: Roster, sizes?: readonly number[]): Promise<void> {
  const run = await readAll('r.csv', r.text, sizes);
  expect(run.error).toBeUndefined();
  const strayLine = r.rows[r.stray]!.line;
  expect(run.bad).toHaveLength(1);
  expect(run.bad[0]![0]).toBe(strayLine);
  expect(run.bad[0]![1]).toMatch(new RegExp(`^a quote opened on this line \\(character \\d+, "\\w+" field\\) is never closed .*: only this line is rejected`));
  const want = r.rows.filter((_, i) => i !== r.stray).map((row): [number, string[]] => [row.line, row.fields]);
  // Compared as text: a deep diff of thousands of records is slow, and the first difference says enough.
  const i = run.records.findIndex((rec, k) => JSON.stringify(rec) !== JSON.stringify(want[k]));
  expect(i === -1 ? undefined : { at: i, got: run.records[i], want: want[i] }).toBeUndefined();
  expect(run.records.length).toBe(want.length);
}

describe('a roster with a stray quote on a random line', () => {
  it('the quote running to the end of the input: only its line is rejected, every other row read on its line, however chunked', async () => {
    await fc.assert(
      fc.asyncProperty(rosterArb({ minLength: 0, maxLength: 30 }), chunkSizes, async (r, sizes) => checkReader(r, sizes)),
      { numRuns: 300 },
    );
  });

  it('the quote running past the record limit: the same', async () => {
    await fc.assert(
      fc.asyncProperty(rosterArb({ minLength: 0, maxLength: 30 }, MAX_RECORD_BYTES + 4_096), fc.constantFrom(undefined, [65_536], [9_999, 70_001]), async (r, sizes) => checkReader(r, sizes)),
      { numRuns: 6 },
    );
  }, 60_000);

  it('score --format json: rows read = used + rejected, the stray line the one rejected, every account after it scored', async () => {
    await fc.assert(
      fc.asyncProperty(rosterArb({ minLength: 1, maxLength: 40 }), chunkSizes, async (r, sizes) => {
        const run = await runInProcess(['score', '-', '--format', 'json', '--platform', 'instagram'], chunks(Buffer.from(r.text), sizes));
        expect(brokenPromises(run, 'json')).toEqual([]);
        const doc = JSON.parse(run.stdout) as { accounts: { handle: string }[]; rejected: { line: number }[]; summary: { rows: { read: number; used: number; rejected: number } } };
        expect(doc.summary.rows).toEqual({ read: r.rows.length, used: r.rows.length - 1, rejected: 1 });
        expect(doc.rejected.map((x) => x.line)).toEqual([r.rows[r.stray]!.line]);
        const scored = new Set(doc.accounts.map((a) => a.handle));
        expect(r.rows.filter((row, i) => i > r.stray && !scored.has(row.handle))).toEqual([]);
      }),
      { numRuns: 80 },
    );
  }, 60_000);
});
