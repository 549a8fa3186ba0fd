import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, hasStack, runBin } from './run-cli.js';

/**
 * `--workers N` reads a file in chunks on N threads (the main thread and N - 1 worker threads): the output, the
 * diagnostics and the exit code must be byte for byte those of reading it on the main thread alone (`--workers 1`),
 * whatever the file holds.
 */

const tmp = mkdtempSync(join(tmpdir(), 'influaudit-workers-'));

function file(name: string, text: string): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
}

/** A deterministic roster of `n` rows: quoted names with delimiters and line breaks, bad cells, blank lines. */
function roster(n: number, eol = '\n'): string {
  const lines = ['handle,name,followers,following,avg likes,avg comments,verified'];
  for (let i = 0; i < n; i++) {
    const followers = 1_000 + ((i * 7_919) % 900_000);
    const likes = Math.round(followers * ((i % 60) / 1_000));
    if (i % 97 === 13) lines.push(`bad${i},x,${i % 2 ? 'lots' : '-5'},10,1,1,no`);
    else if (i % 89 === 7) lines.push(`q${i},"Name, with ""quotes""${eol}and a second line",${followers},${(i * 31) % 3_000},${likes},${i % 40},yes`);
    else if (i % 211 === 5) lines.push('');
    else lines.push(`acct${i},=HYPERLINK("x"),${followers},${(i * 31) % 3_000},${likes},${i % 40},${i % 3 ? 'no' : 'yes'}`);
  }
  return lines.join(eol) + eol;
}

/** A long history of `accounts` × `days`, with a duplicate day, bad counts and an events column. */
function history(accounts: number, days: number): string {
  const lines = ['handle,date,followers,following,event'];
  for (let a = 0; a < accounts; a++) {
    let f = 5_000 + a * 1_000;
    for (let d = 0; d < days; d++) {
      const date = new Date(Date.UTC(2025, 0, 1 + d)).toISOString().slice(0, 10);
      f += 20 + ((a * 13 + d * 7) % 30) + (a % 5 === 0 && d === 40 ? f * 0.2 : 0) - (a % 5 === 0 && d === 44 ? f * 0.1 : 0);
      const event = a % 7 === 0 && d === 40 ? 'giveaway' : '';
      lines.push(`acct${a},${date},${Math.round(f)},${300 + a},${event}`);
      if (a % 9 === 1 && d === 10) lines.push(`acct${a},${date},${Math.round(f) + 5},${300 + a},`);
      if (a % 11 === 2 && d === 20) lines.push(`acct${a},${date},n/a?,${300 + a},`);
    }
  }
  return lines.join('\n') + '\n';
}

function same(path: string, args: string[]): void {
  const one = runBin(['score', path, ...args, '--workers', '1']);
  for (const workers of ['2', '3']) {
    const many = runBin(['score', path, ...args, '--workers', workers]);
    expect(hasStack(many.stderr)).toBe(false);
    expect({ code: many.code, stderr: many.stderr }).toEqual({ code: one.code, stderr: one.stderr });
    expect(many.stdout === one.stdout).toBe(true);
  }
}

describe('--workers', () => {
  const rosterFile = file('roster.csv', roster(3_000));
  const crlfFile = file('roster-crlf.csv', roster(2_000, '\r\n'));
  const historyFile = file('history.csv', history(60, 90));

  it.each(['json', 'ndjson', 'csv'])('a roster in %s: same bytes as the main thread alone', (format) => {
    same(rosterFile, ['--format', format]);
  });

  it('a CRLF roster with quoted line breaks, gated: same bytes and exit code', () => {
    same(crlfFile, ['--format', 'json', '--fail-on', 'suspicious']);
  });

  it('rejected rows and unreadable cells keep their file line numbers, from every chunk', () => {
    const r = runBin(['score', rosterFile, '--format', 'json', '--workers', '2']);
    const out = JSON.parse(r.stdout) as { rejected: { line: number; value: string }[]; warnings: { line: number; value: string }[]; summary: { rows: { read: number; used: number; rejected: number } } };
    const text = roster(3_000).split('\n');
    const issues = [...out.rejected, ...out.warnings];
    expect(issues.length).toBeGreaterThan(20);
    // Lines count the physical lines: quoted line breaks push later rows down.
    for (const x of issues) expect(text[x.line - 1]!.includes(x.value)).toBe(true);
    const { read, used, rejected } = out.summary.rows;
    expect(read).toBe(used + rejected);
  });

  it.each(['json', 'csv'])('a long history in %s: same bytes (series joined across chunks)', (format) => {
    same(historyFile, ['--format', format]);
  });

  it('a file whose quoting cannot be split safely is still read right (one worker takes the rest)', () => {
    const text = roster(1_500).replace('acct700,', 'acct700,"odd"quote,') + roster(1_500).split('\n').slice(1).join('\n');
    same(file('broken-quotes.csv', text), ['--format', 'ndjson']);
  });

  it.each([0.9, 0.99])('a file whose quoting goes wrong at %s of it, after many chunks: same bytes (the rest goes in pieces while whole chunks wait)', (at) => {
    const rows = roster(4_000).split('\n');
    const odd = Math.floor(rows.length * at);
    rows.splice(odd, 0, 'odd1,"abc"def,5000,100,50,5,no');
    same(file(`odd-at-${at}.csv`, rows.join('\n')), ['--format', 'csv']);
  });

  it('a closed pipe (| head -1) stops the workers quietly', () => {
    const r = spawnSync('bash', ['-c', `"$NODE" "$BIN" score "${rosterFile}" --format ndjson --workers 2 | head -1; echo "status=\${PIPESTATUS[0]}" >&2`], {
      encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', NODE: process.execPath, BIN }, timeout: 30_000,
    });
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('status=0');
    expect(r.stderr).not.toMatch(/EPIPE|internal error/);
  });

  it('the files above really are read in chunks, by the worker threads and the main thread (a number asked for uses them from the first chunk)', () => {
    for (const [path, format] of [[rosterFile, 'json'], [crlfFile, 'json'], [historyFile, 'csv']] as const) {
      for (const [threads, workers] of [['2', '1 worker thread'], ['3', '2 worker threads']] as const) {
        const r = runBin(['score', path, '--format', format, '--workers', threads], { env: { INFLUAUDIT_TRACE_WORKERS: '1' } });
        const m = new RegExp(`trace: (\\d+) chunks read: (\\d+) on ${workers}, (\\d+) on the main thread`).exec(r.stderr);
        expect(m, r.stderr).not.toBeNull();
        const [, all, onWorkers, onMain] = m!.map(Number);
        expect(all, r.stderr).toBe(onWorkers! + onMain!);
        expect(onWorkers, r.stderr).toBeGreaterThanOrEqual(1);
        expect(onMain, r.stderr).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('no thread detaches an ArrayBuffer: messages are copied, so V8 keeps typed-array reads unchecked (protocol.ts)', () => {
    // V8 prints to stdout when a protector is invalidated, in any thread of the process.
    for (const [path, format] of [[rosterFile, 'csv'], [historyFile, 'csv']] as const) {
      const r = spawnSync(process.execPath, ['--trace-protector-invalidation', BIN, 'score', path, '--format', format, '--workers', '2'], {
        encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1', INFLUAUDIT_TRACE_WORKERS: '1' }, maxBuffer: 1 << 26,
      });
      expect(r.stderr).toMatch(/chunks read: [1-9]\d* on 1 worker thread, [1-9]\d* on the main thread/);
      expect(r.stdout).not.toContain('ArrayBufferDetaching');
      expect(r.stdout).toContain('handle,platform');
    }
  });

  it('a JSON document closes the same when the worker threads rendered every account', () => {
    // Every data row after the first 64 KiB, with the first rows all rejected: only workers render accounts.
    const lines = ['handle,followers,following,avg likes'];
    for (let i = 0; lines.join('\n').length < 70_000; i++) lines.push(`bad${i},lots,1,1`);
    for (let i = 0; i < 3_000; i++) lines.push(`acct${i},${10_000 + i},${i},${300 + (i % 50)}`);
    same(file('rejected-first.csv', lines.join('\n') + '\n'), ['--format', 'json']);
  });

  it('--workers must be auto or a number', () => {
    const r = runBin(['score', rosterFile, '--workers', 'many']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--workers many: expected auto or a number');
  });
});
