import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from './cli-harness.js';
import { brokenPromises } from './check-run.js';
import { chunks, flagsArb, inputArb } from './csv-arbitraries.js';
import { check, scoredAtLeast, show } from './fuzz-check.js';

/**
 * The CLI against generated CSV-ish bytes: any delimiter, broken quoting, ragged rows, BOMs and UTF-16, NULs,
 * invalid UTF-8, absurd numbers and dates, terminal escapes, formulas, recognisable headers or none. Whatever comes
 * in: exit 0, 1 or 2, no stack, and output that keeps its promises (check-run.ts). Most runs are in-process (a few
 * milliseconds each); a fixed sample goes through the real executable. A failure prints fast-check's seed and the
 * shrunk input.
 */

const tmp = mkdtempSync(join(tmpdir(), 'influaudit-fuzz-'));

describe('score - on hostile bytes (in-process)', () => {
  it('--format json: the document parses and reconciles (rows read = used + rejected; accounts = summary)', async () => {
    await fc.assert(
      fc.asyncProperty(inputArb(), flagsArb, async (input, flags) => check(['score', '-', '--format', 'json', ...flags], input, 'json', 'json')),
      { numRuns: 1_000 },
    );
    scoredAtLeast('json', 0.1);
  }, 120_000);

  it('ndjson, csv and markdown: lines that parse, nothing unsafe on stdout', async () => {
    await fc.assert(
      fc.asyncProperty(inputArb(), flagsArb, fc.constantFrom('ndjson', 'csv', 'markdown'), async (input, flags, format) =>
        check(['score', '-', '--format', format, ...flags], input, format, 'text'),
      ),
      { numRuns: 600 },
    );
    scoredAtLeast('text', 0.1);
  }, 120_000);

  // A few rows per input: each of the 60 runs is a whole CLI run.
  it('table: nothing unsafe on stdout', async () => {
    await fc.assert(
      fc.asyncProperty(inputArb({ maxRows: 3 }), async (input) => check(['score', '-', '--format', 'table', '--explain'], input, 'table', 'table')),
      { numRuns: 60 },
    );
  }, 120_000);

  it('an Excel sep= line naming any character, quoted or not', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.constantFrom('', '"'), fc.constantFrom('\n', '\r\n', '\r'), async (ch, q, nl) => {
        const bytes = Buffer.from(`${q}sep=${ch}${q}${nl}handle${ch}followers${nl}a${ch}100${nl}`);
        const r = await runInProcess(['score', '-', '--format', 'json'], [bytes]);
        expect(brokenPromises(r, 'json'), JSON.stringify(bytes.toString())).toEqual([]);
      }),
      { numRuns: 500 },
    );
  }, 120_000);

  it('fields of 60,000 to 110,000 characters', async () => {
    await fc.assert(
      fc.asyncProperty(inputArb({ longFields: true, maxRows: 6 }), async (input) => check(['score', '-', '--format', 'json'], input, 'json', 'long')),
      { numRuns: 60 },
    );
  }, 120_000);

  // Seed 1191757607 found a pair (a BOM + sep= posts header with a NUL, then a net-change history with a NUL in its
  // header): a UTF-8 BOM let NULs through the binary check (fixed in sniff.ts), and read-history.ts rejected a row
  // once per bad count under a column named '\u0000"net change"' (known-bugs.test.ts; check-run.ts now counts any
  // cell-level double rejection of a line once, whatever the column is called).
  it('two inputs joined: a file and stdin', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(inputArb({ maxRows: 8 }), inputArb({ maxRows: 8 }), async (first, second) => {
        const path = join(tmp, `first-${n++}.csv`);
        writeFileSync(path, first.bytes);
        const r = await runInProcess(['score', path, '-', '--format', 'json'], chunks(second.bytes, second.chunkSizes));
        expect(brokenPromises(r, 'json'), `${show(first)} + ${show(second)}`).toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
