import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { hasStack } from '../e2e/run-cli.js';
import { runInProcess } from '../fuzz/cli-harness.js';
import { tempFiles } from '../temp-files.js';

const file = tempFiles('stray-quote');

interface Doc {
  accounts: { handle: string }[];
  rejected: { file: string; line: number; column: string | null; value: string | null; reason: string }[];
  summary: { rows: { read: number; used: number; rejected: number }; gate: { failed: boolean; failedRows: number } };
}

/**
 * Shaped like a roster where one handle lost its closing quote: a header, alice, `"bob,…` on line 3, then `n` good
 * rows, each with a long note so that a few thousand rows pass the 1 MiB record limit.
 */
function roster(n: number): string {
  const note = 'agency note '.repeat(25);
  const lines = ['handle,followers,following,avg likes,avg comments,notes', `alice,1000,10,50,3,${note}`, `"bob,2000,10,50,3,${note}`];
  for (let i = 0; i < n; i++) lines.push(`user${i},${1000 + i},10,50,3,${note}`);
  return `${lines.join('\n')}\n`;
}

describe('score: a quote never closed costs its own line, and the rows after it are scored', () => {
  // regression: "lines 3–44528 skipped" on stderr, but "rows 55477 read, 55476 used, 1 rejected" and one entry in
  // rejected[]: the rows the quote swallowed were neither scored nor counted, and the run passed without --strict.
  it('past the record limit: every row after it scored, rows read = used + rejected, --strict fails on it', async () => {
    const p = file('stray.csv', roster(4_000));
    expect(Buffer.byteLength(roster(4_000))).toBeGreaterThan(1.1 * (1 << 20));
    const reason = 'a quote opened on this line (character 1, "handle" field) is never closed within the 1048576-byte record limit: only this line is rejected; reading resumes on line 4';

    const json = await runInProcess(['score', p, '--format', 'json', '--platform', 'instagram']);
    expect(json.code).toBe(0);
    const doc = JSON.parse(json.stdout) as Doc;
    expect(doc.summary.rows).toEqual({ read: 4_002, used: 4_001, rejected: 1 });
    expect(doc.rejected).toEqual([{ file: p, line: 3, column: 'handle', value: null, reason }]);
    expect(doc.accounts.map((a) => a.handle)).toEqual(['alice', ...Array.from({ length: 4_000 }, (_, i) => `user${i}`)]);
    expect(json.stderr).toContain(`influaudit: ${p}:3: handle: ${reason}\n`);
    expect(hasStack(json.stderr)).toBe(false);

    const csv = await runInProcess(['score', p, '--format', 'csv', '--platform', 'instagram', '--strict']);
    expect(csv.code).toBe(1);
    expect((parse(csv.stdout, { columns: true }) as unknown[]).length).toBe(4_001);
    expect(csv.stderr).toMatch(/; rows 4002 read, 4001 used, 1 rejected;/);
    expect(csv.stderr).toContain('1 row rejected (--strict');
  }, 30_000);

  it('to the end of the input (a small file): the last row is read too', async () => {
    const p = file('unterminated.csv', 'handle,followers\nalice,1000\n"bob,2000\ncarol,3000\n');
    const run = await runInProcess(['score', p, '--format', 'json', '--platform', 'instagram']);
    const doc = JSON.parse(run.stdout) as Doc;
    expect(doc.summary.rows).toEqual({ read: 3, used: 2, rejected: 1 });
    expect(doc.accounts.map((a) => a.handle)).toEqual(['alice', 'carol']);
    expect(doc.rejected).toEqual([{ file: p, line: 3, column: 'handle', value: null, reason: 'a quote opened on this line (character 1, "handle" field) is never closed before the end of the input: only this line is rejected; reading resumes on line 4' }]);

    const strict = await runInProcess(['score', p, '--format', 'json', '--platform', 'instagram', '--strict']);
    expect(strict.code).toBe(1);
    expect((JSON.parse(strict.stdout) as Doc).summary.gate).toMatchObject({ failed: true, failedRows: 1 });
  });

  it('the same bytes out however stdin comes in chunks', async () => {
    const bytes = Buffer.from(roster(4_000));
    const args = ['score', '-', '--format', 'json', '--platform', 'instagram'];
    const whole = await runInProcess(args, [bytes]);
    const cut: Buffer[] = [];
    for (let at = 0, k = 0; at < bytes.length; k++) cut.push(bytes.subarray(at, (at += [1_021, 65_536, 7][k % 3]!)));
    const pieces = await runInProcess(args, cut);
    expect(pieces.stdout).toBe(whole.stdout);
    expect(pieces.stderr).toBe(whole.stderr);
  }, 30_000);
});

describe('score: a title above the header, and a quote never closed in the first row', () => {
  // regression: the header, still waiting for the next row to confirm it, was not yet the header when that row was
  // abandoned: the whole file was lost ("no usable row", or "the first record is longer than 1048576 bytes").
  it.each([['to the end of the input', 10], ['past the record limit', 4_000]])('costs that row only (%s)', async (_name, n) => {
    // The stray quote opens the first data row: alice's row is left out.
    const p = file(`title-${n}.csv`, `Influencer roster Q1\n${roster(n).replace(/^alice,[^\n]*\n/m, '')}`);
    const r = await runInProcess(['score', p, '--format', 'json', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.summary.rows).toEqual({ read: n + 1, used: n, rejected: 1 });
    expect(doc.rejected).toMatchObject([{ line: 3 }]);
  });
});

describe('score: a stray quote that a later quote closes', () => {
  // The lines between are one record, valid CSV to any parser: its handle cell holds them all. It was scored as an
  // account named after 20,000 lines, with nothing said and --strict passing.
  it.each([
    ['a roster', 'handle,platform,followers,avg likes,city\nalice,instagram,1000,50,Lyon\n"bob,instagram,2000,60,Lyon\ncarl,instagram,3000,70,Lyon\ndana,instagram,4000,80,"Paris, FR"\neve,instagram,5000,90,Nice\n', 3, 5],
    ['a history', 'handle,date,followers\nlea,2026-01-01,1000\n"lea,2026-01-02,1010\nlea,2026-01-03,1020\n"lea",2026-01-04,1030\nlea,2026-01-05,1040\n', 3, 5],
  ])('in %s: the record is rejected with the lines it took, and --strict fails', async (_name, text, first, last) => {
    const p = file('paired.csv', text);
    const r = await runInProcess(['score', p, '--format', 'json', '--strict', '--platform', 'instagram']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.rejected).toMatchObject([{ line: first, column: 'handle', reason: expect.stringContaining(`lines ${first}–${last} were read as one record`) }]);
    expect(doc.summary.rows.read).toBe(doc.summary.rows.used + doc.summary.rows.rejected);
  });
});
