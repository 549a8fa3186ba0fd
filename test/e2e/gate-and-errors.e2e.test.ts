import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { hasStack, ROOT, runBin } from './run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'influaudit-e2e-'));
function file(name: string, content: string | Buffer): string {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
}

describe('exit codes: the gate', () => {
  it.each([
    [['--fail-on', 'suspicious'], 1],
    [['--fail-on', 'likely-fake'], 1],
    [['--min-score', '50'], 1],
    [['--min-score', '0'], 0],
    [[], 0],
  ])('roster-demo %j exits %i', (flags, code) => {
    const r = runBin(['score', 'fixtures/roster-demo.csv', '--format', 'json', ...flags]);
    expect(r.code).toBe(code);
    expect(JSON.parse(r.stdout).summary.gate.failed).toBe(code === 1);
  });

  it('passes the gate on a clean shortlist', () => {
    const clean = file('clean.csv', 'handle,followers,following,avg likes,avg comments\nmarie.voyage,48200,612,1150,38\nnano.jardin,3200,410,265,19\n');
    expect(runBin(['score', clean, '--fail-on', 'suspicious']).code).toBe(0);
  });
});

describe('exit code 2: one clear line on stderr, no stack', () => {
  const gz = file('roster.csv.gz', gzipSync('handle,followers\na,1\n'));
  const xlsx = file('roster.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
  const empty = file('empty.csv', '');
  const headerOnly = file('header-only.csv', 'handle,followers,following\n');
  const allBad = file('all-bad.csv', 'handle,followers\n,10\n@,20\n');
  it.each([
    ['missing file', ['score', 'nope.csv'], /nope\.csv: no such file/],
    ['a directory', ['score', 'fixtures'], /fixtures: is a directory/],
    ['unrecognised columns', ['score', 'fixtures/roster-unrecognised.csv'], /columns not recognised\. Saw "id", "title", "price", "currency"/],
    ['gzip', ['score', gz], /gzip-compressed: decompress it first/],
    ['xlsx', ['score', xlsx], /Excel \.xlsx workbook: save it as "CSV UTF-8"/],
    ['empty file', ['score', empty], /is empty/],
    ['header only', ['score', headerOnly], /no data rows/],
    ['no usable row', ['score', allBad, '--format', 'ndjson'], /no usable row: all 2 rows were rejected/],
    ['unknown format', ['score', 'fixtures/roster-demo.csv', '--format', 'xml'], /argument 'xml' is invalid/],
    ['unknown option', ['score', 'fixtures/roster-demo.csv', '--frobnicate'], /unknown option '--frobnicate'/],
    ['no file', ['score'], /missing required argument 'files'/],
    ['bad --min-score', ['score', 'fixtures/roster-demo.csv', '--min-score', 'high'], /--min-score high: expected a number from 0 to 100/],
    ['bad --platform', ['score', 'fixtures/roster-demo.csv', '--platform', 'myspace'], /--platform myspace: unknown platform/],
    ['bad --norms', ['score', 'fixtures/roster-demo.csv', '--norms', 'nope'], /--norms nope: no such norm table/],
    ['bad --map', ['score', 'fixtures/roster-demo.csv', '--map', 'followers'], /--map followers: expected field=Header/],
    ['--map to a missing column', ['score', 'fixtures/roster-demo.csv', '--map', 'followers=Nb abonnés'], /--map followers="Nb abonnés": no such column/],
    ['no command', [], /Usage: influaudit/],
  ])('%s', (_name, args, message) => {
    const r = runBin(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(hasStack(r.stderr)).toBe(false);
    if (_name !== 'no command' && _name !== 'no usable row') expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('--map names a column the aliases do not know', () => {
    const odd = file('odd.csv', 'Réf. compte;Nb abonnés;Suit\n@x.y;12 000;300\n');
    expect(runBin(['score', odd]).code).toBe(2);
    const r = runBin(['score', odd, '--map', 'handle=Réf. compte', '--map', 'followers=Nb abonnés', '--map', 'following=Suit', '--format', 'ndjson', '-q']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ handle: 'x.y', followers: 12000 });
  });
});

describe('pipes', () => {
  it('survives | head -1 on a large file (EPIPE is a quiet success)', () => {
    const rows = ['handle,followers,following,avg likes,avg comments'];
    for (let i = 0; i < 60_000; i++) rows.push(`acct${i},${10_000 + i},${300 + (i % 500)},${200 + (i % 90)},${5 + (i % 7)}`);
    const big = file('big.csv', rows.join('\n'));
    const sh = spawnSync('bash', ['-c', `"${process.execPath}" bin/influaudit.js score "${big}" --format ndjson | head -1; echo "status=\${PIPESTATUS[0]}" >&2`], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' } });
    expect(sh.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(sh.stdout)).toHaveProperty('handle', 'acct0');
    expect(sh.stderr).toMatch(/status=0/);
    expect(hasStack(sh.stderr)).toBe(false);
    expect(sh.stderr).not.toMatch(/EPIPE/);
  });

  it('a gate that failed on what was scored before the reader left has failed: exit 1, said without a summary line', () => {
    const rows = ['handle,followers,following,avg likes,avg comments', 'bought.one,310000,100,52,3'];
    for (let i = 0; i < 60_000; i++) rows.push(`acct${i},${10_000 + i},${300 + (i % 500)},${200 + (i % 90)},${5 + (i % 7)}`);
    const big = file('big-gate.csv', rows.join('\n'));
    const sh = spawnSync('bash', ['-c', `"${process.execPath}" bin/influaudit.js score "${big}" --format csv --fail-on suspicious | head -1; echo "status=\${PIPESTATUS[0]}" >&2`], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' } });
    expect(sh.stdout.trim()).toBe('handle,platform,followers,tier,score,verdict,flags,reasons');
    expect(sh.stderr).toMatch(/status=1/);
    expect(sh.stderr).toMatch(/gate failed on 1 account read before the output's reader left \(--fail-on suspicious\):\n.*bought\.one/);
    expect(sh.stderr).not.toMatch(/accounts? \(\d+ authentic/);
  });

  it('a gate that had not failed when the reader left is a quiet success', () => {
    const rows = ['handle,followers,following,avg likes,avg comments'];
    for (let i = 0; i < 60_000; i++) rows.push(`acct${i},${10_000 + i},${300 + (i % 500)},${200 + (i % 90)},${5 + (i % 7)}`);
    rows.push('bought.last,310000,100,52,3');
    const big = file('big-gate-last.csv', rows.join('\n'));
    const sh = spawnSync('bash', ['-c', `"${process.execPath}" bin/influaudit.js score "${big}" --format csv --fail-on suspicious | head -1; echo "status=\${PIPESTATUS[0]}" >&2`], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' } });
    expect(sh.stderr).toMatch(/status=0/);
    expect(sh.stderr).not.toMatch(/gate failed/);
  });
});

describe('other commands', () => {
  it('--version prints the version', () => {
    const r = runBin(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('norms lists every built-in table with source and year', () => {
    const r = runBin(['norms', '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { tables: { name: string; year: number; source: string }[] };
    expect(out.tables.map((t) => t.name)).toEqual(expect.arrayContaining(['instagram-2026', 'instagram-fr-2019', 'generic-1-5', 'tiktok-views-2025', 'x-impressions-2025']));
    for (const t of out.tables) expect(t.source.length).toBeGreaterThan(10);
    expect(runBin(['norms', 'instagram-fr-2019']).stdout).toContain('100k–1M    median 2.19 %, spread 1.05 (at 316,228 followers): 90 % of genuine accounts 0.39–12.32 %');
  });
});
