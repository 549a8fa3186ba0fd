import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { describe, expect, it, vi } from 'vitest';
import type { CliIo } from '../../src/cli/cli-io.js';
import { runCli } from '../../src/cli/program.js';
import { outputSchema } from '../../src/render/output-schema.js';
import { hasStack } from '../e2e/run-cli.js';

/**
 * Exit 2 never leaves half a document on stdout. A run refused before its output began leaves stdout empty; one that
 * fails after (an input that cannot be read on) closes its document saying so, in every format and command.
 */

const tmp = mkdtempSync(join(tmpdir(), 'influaudit-run-failed-'));
function file(name: string, content: string): string {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
}

/** An input that fails as a disk or a pipe does: an errno error from `read`. */
function ioError(): NodeJS.ErrnoException {
  return Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO', errno: -5, syscall: 'read' });
}

/** A stdin that gives `text`, then fails instead of ending. */
function failingStdin(text: string): Readable {
  return Readable.from((async function* () {
    yield Buffer.from(text);
    throw ioError();
  })());
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI in process, then fires whatever its timers still hold (the sink's idle flush): output still pending
 * when runCli returned shows up, as it would have if the process lived on a moment (it sometimes did: the bug this
 * guards against). The timers are fake, so this does not depend on how loaded the machine is; they run on with real
 * time meanwhile (`shouldAdvanceTime`), as the run's own waits need. One run at a time: each settles its own timers.
 */
async function run(args: string[], stdin: Readable = Readable.from([])): Promise<Run> {
  const chunks: Buffer[] = [];
  const stdout = new Writable({
    write(chunk: Buffer, _enc, cb) {
      chunks.push(chunk);
      cb();
    },
  });
  const err: string[] = [];
  const io: CliIo = { stdout, stdin, err: (line) => void err.push(`${line}\n`), env: { NO_COLOR: '1' }, cwd: process.cwd() };
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
  try {
    const code = await runCli(args, io);
    await vi.runOnlyPendingTimersAsync();
    return { code, stdout: Buffer.concat(chunks).toString('utf8'), stderr: err.join('') };
  } finally {
    vi.useRealTimers();
  }
}

const FORMATS = ['table', 'json', 'ndjson', 'csv', 'markdown', 'html'] as const;

describe('refused before any output: exit 2, stdout empty, one line', () => {
  const cases: [string, string[], RegExp][] = [
    ['a file without a header line', [file('no-header.csv', 'marie.voyage,48200,310\nnano.jardin,3200,150\n')], /no-header\.csv: columns not recognised\. Saw "marie\.voyage", "48200", "310"/],
    ['a YouTube Studio "Chart data" export', ['fixtures/posts-youtube-chart-data-per-day.csv'], /posts-youtube-chart-data-per-day\.csv: .*Chart data/i],
    ["X Analytics' daily summary (a row per day, not per tweet)", ['fixtures/posts-x-analytics-daily-en.csv'], /posts-x-analytics-daily-en\.csv: is X Analytics' daily summary .*export the tweet activity/],
    ['two files, the second refused', ['fixtures/roster-demo.csv', 'fixtures/roster-unrecognised.csv'], /roster-unrecognised\.csv: columns not recognised/],
    ['dates that need --dates (found while reading, before the first account)', [file('mixed-dates.csv', 'handle,date,followers\na,13/01/2026,100\na,01/14/2026,110\n')], /mixed-dates\.csv: dates mix day-first .* --dates dmy or --dates mdy$/],
  ];
  it.each(cases)('%s', async (_name, files, message) => {
    const runs: Run[] = [];
    for (const format of FORMATS) runs.push(await run(['score', ...files, '--format', format]));
    for (const [i, r] of runs.entries()) {
      expect(r.code, FORMATS[i]).toBe(2);
      expect(r.stdout, FORMATS[i]).toBe('');
      expect(r.stderr.trim().split('\n'), FORMATS[i]).toHaveLength(1);
      expect(r.stderr.trim(), FORMATS[i]).toMatch(message);
    }
  });
});

/** A roster long enough that accounts were written (past the 500 rows held to decide the file's conventions). */
function roster(rows: number): string {
  const lines = ['handle,followers,following,avg likes,avg comments'];
  for (let i = 0; i < rows; i++) lines.push(`acct${i},${10_000 + i},${300 + (i % 500)},${200 + (i % 90)},${5 + (i % 7)}`);
  return `${lines.join('\n')}\n`;
}

const FAILURE = '<stdin>: cannot read (EIO: i/o error, read)';

/** The last stderr line: the error, one line, saying the output is closed with it. */
function expectErrorLine(r: Run): void {
  expect(r.code).toBe(2);
  expect(hasStack(r.stderr)).toBe(false);
  const last = r.stderr.trim().split('\n').pop();
  expect(last).toMatch(/^influaudit: <stdin>: cannot read \(EIO: i\/o error, read\); stopped after \d+ rows read: the output so far is closed with this error$/);
  // no summary line: its counts would not be the input's
  expect(r.stderr).not.toMatch(/accounts \(.*\); rows/);
}

describe('an input that fails after output began: the document is closed and says the run failed, exit 2', () => {
  // 3,000 rows (74 KB): past the 64 KiB read before the header is known, so the failure comes once accounts were written.
  const text = roster(3000);
  it('score, every format', async () => {
    const runs: Partial<Record<(typeof FORMATS)[number], Run>> = {};
    for (const f of FORMATS) runs[f] = await run(['score', '-', '--format', f], failingStdin(text));
    for (const r of Object.values(runs)) expectErrorLine(r);

    const doc = JSON.parse(runs['json']!.stdout) as { accounts: unknown[]; error: string; summary: { failed: boolean; accounts: number; rows: { read: number } } };
    expect(doc.error).toBe(FAILURE);
    expect(doc.summary.failed).toBe(true);
    expect(outputSchema.strict().safeParse(doc).success).toBe(true);
    expect(doc.accounts.length).toBeGreaterThan(0);
    expect(doc.summary.accounts).toBe(doc.accounts.length);

    const lines = runs['ndjson']!.stdout.trim().split('\n').map((l) => JSON.parse(l) as { handle: string });
    expect(lines.length).toBe(doc.accounts.length);
    expect(lines.every((l) => typeof l.handle === 'string')).toBe(true);

    const rows = parse(runs['csv']!.stdout, { relax_quotes: false }) as string[][];
    expect(rows.length).toBe(1 + doc.accounts.length);

    expect(runs['markdown']!.stdout).toContain('**Run failed:** \\<stdin\\>: cannot read (EIO: i/o error, read). Exit code 2');
    expect(runs['table']!.stdout).toMatch(/└─+┘\n[^]*\nrows: [^]*\nrun failed: <stdin>: cannot read \(EIO: i\/o error, read\)\. Exit code 2/);
    const html = runs['html']!.stdout;
    expect(html).toContain('<h2 id="failed-h">Run failed</h2><p>&lt;stdin&gt;: cannot read (EIO: i/o error, read).</p>');
    expect(html.endsWith('</main>\n</body>\n</html>\n')).toBe(true);
    expect(html.match(/<article /g)).toHaveLength(doc.accounts.length);
  });

  it('score, the second input failing after the first streamed its accounts', async () => {
    const r = await run(['score', 'fixtures/roster-demo.csv', '-', '--format', 'json'], failingStdin(text));
    expectErrorLine(r);
    const doc = JSON.parse(r.stdout) as { accounts: { handle: string }[]; error: string; summary: { failed: boolean } };
    expect(doc).toMatchObject({ error: FAILURE, summary: { failed: true } });
    expect(doc.accounts.map((a) => a.handle)).toContain('marie.voyage');
    expect(doc.accounts.map((a) => a.handle)).toContain('acct0');
  });

  it('followers, every format', async () => {
    const sample = ['username,followers,following,posts,has_profile_pic'];
    for (let i = 0; i < 5000; i++) sample.push(`user${i},${i % 900},${200 + (i % 3000)},${i % 120},${i % 7 ? 1 : 0}`);
    const input = `${sample.join('\n')}\n`;
    const runs: Partial<Record<'table' | 'json' | 'ndjson' | 'csv', Run>> = {};
    for (const f of ['table', 'json', 'ndjson', 'csv'] as const) runs[f] = await run(['followers', '-', '--of', 'x', '--format', f], failingStdin(input));
    for (const r of Object.values(runs)) expectErrorLine(r);
    const doc = JSON.parse(runs['json']!.stdout) as { followers: unknown[]; influencers: unknown[]; error: string; summary: { failed: boolean } };
    expect(doc).toMatchObject({ error: FAILURE, summary: { failed: true } });
    expect(doc.followers.length).toBeGreaterThan(0);
    expect(runs['ndjson']!.stdout.trim().split('\n').map((l) => JSON.parse(l) as unknown)).toHaveLength(doc.followers.length);
    expect(parse(runs['csv']!.stdout, { relax_quotes: false })).toHaveLength(1 + doc.followers.length);
    expect(runs['table']!.stdout).toContain(`run failed: ${FAILURE}. Exit code 2`);
  });

  it('--quiet keeps the error line', async () => {
    const r = await run(['score', '-', '--format', 'csv', '-q'], failingStdin(roster(3000)));
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expectErrorLine(r);
  });
});
