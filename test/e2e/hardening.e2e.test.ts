import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { BIN, hasStack, ROOT, runBin } from './run-cli.js';

/**
 * Hostile input end to end, through the built executable: files that are not CSV, limits, numbers and dates that
 * are not what they seem, text that attacks a terminal or a spreadsheet, closed pipes, signals, endless stdin.
 */

const tmp = mkdtempSync(join(tmpdir(), 'influaudit-hardening-'));
function file(name: string, content: string | Buffer): string {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
}
const ENV = { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' };
const FORMATS = ['table', 'json', 'ndjson', 'csv', 'markdown'] as const;
/** What must never reach a terminal raw (the same class as safeText's). */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\u115f\u1160\u3164\uffa0]/u;
const unsafeIn = (s: string, allowed: string) => [...s].filter((ch) => UNSAFE.test(ch) && !allowed.includes(ch));

/** Runs a bash script; stdin is /dev/null, not a socket, which bash would take for sshd and read ~/.bashrc. */
function bash(script: string): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8', env: { ...ENV, NODE: process.execPath, BIN }, maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

interface JsonOut {
  summary: { accounts: number; rows: { read: number; used: number; rejected: number } };
  accounts: { handle: string; followers: number | null; verdict: string }[];
  rejected: { file: string; line: number; column: string | null; value: string | null; reason: string }[];
  warnings: { file: string; line: number; column: string; value: string; reason: string }[];
}

function reconciled(out: JsonOut): void {
  expect(out.summary.rows.read).toBe(out.summary.rows.used + out.summary.rows.rejected);
  expect(out.accounts).toHaveLength(out.summary.accounts);
  expect(out.rejected).toHaveLength(out.summary.rows.rejected);
}

function roster(rows: number): string {
  const lines = ['handle,followers,following,avg likes,avg comments'];
  for (let i = 0; i < rows; i++) lines.push(`acct${i},${10_000 + i},${300 + (i % 500)},${200 + (i % 90)},${5 + (i % 7)}`);
  return `${lines.join('\n')}\n`;
}

describe('not a CSV, or nothing in it: exit 2, one line naming the input, no stack', () => {
  const xlsx = file('roster.xlsx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), Buffer.from('[Content_Types].xml')]));
  let seed = 2463534242;
  const soup = Buffer.alloc(4096);
  for (let i = 0; i < soup.length; i++) {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    soup[i] = seed & 0xff;
  }
  soup[0] = 0x7f;
  it.each<[string, string[], RegExp, (string | Buffer)?]>([
    ['gzip', ['score', file('roster.csv.gz', gzipSync(roster(3)))], /roster\.csv\.gz: is gzip-compressed: decompress it first/],
    ['gzip on stdin', ['score', '-'], /<stdin>: is gzip-compressed/, gzipSync(roster(3))],
    ['xlsx', ['score', xlsx], /roster\.xlsx: is a zip archive, probably an Excel \.xlsx workbook/],
    ['legacy xls', ['score', file('roster.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))], /is a legacy Excel \.xls workbook/],
    ['PDF', ['score', file('roster.pdf', '%PDF-1.7\n%\xe2\xe3\n')], /is a PDF document/],
    ['binary bytes', ['score', file('soup.csv', soup)], /soup\.csv: looks binary \(NUL or control bytes\)/],
    ['NULs in a text file', ['score', file('nul.csv', 'handle,followers\na\u0000b,1\n')], /nul\.csv: looks binary/],
    ['NULs after a UTF-8 BOM', ['score', file('bom-nul.csv', '\ufeffhandle,followers\na\u0000b,1\n')], /bom-nul\.csv: looks binary/],
    ['an empty file', ['score', file('empty.csv', '')], /empty\.csv: is empty$/],
    ['empty stdin', ['score', '-'], /<stdin>: is empty$/, ''],
    ['only blank lines', ['score', file('blank.csv', '\n\r\n\n')], /blank\.csv: has no header line$/],
    ['a header and nothing else', ['score', 'fixtures/hostile-header-only.csv', '--format', 'json'], /hostile-header-only.csv: no data rows \(a header only\?\)$/],
    ['a directory', ['score', 'fixtures'], /fixtures: is a directory, not a CSV file$/],
    ['a header over 1 MiB', ['score', file('long-header.csv', `${'h'.repeat(2 << 20)},followers\na,1\n`)], /long-header\.csv:1: the first record is longer than 1048576 bytes .*is this a CSV export\?$/],
  ])('%s', (_name, args, message, input) => {
    const r = runBin(args, input === undefined ? {} : { input });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr.trim()).toMatch(message);
    expect(r.stderr).toMatch(/^influaudit: /);
    expect(hasStack(r.stderr)).toBe(false);
  });

  it('a header alone, quoted or not: nothing on stdout in any format, one line on stderr', () => {
    const quoted = file('quoted-header-only.csv', '"handle","followers","following"\n');
    for (const input of [quoted, 'fixtures/hostile-header-only.csv']) {
      for (const format of [...FORMATS, 'html']) {
        const r = runBin(['score', input, '--format', format]);
        expect(r.code, `${input} ${format}`).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toBe(`influaudit: ${input}: no data rows (a header only?)\n`);
      }
    }
  });

  it('stdin redirected from a directory', () => {
    const r = bash('"$NODE" "$BIN" score - < fixtures; echo "status=$?" >&2');
    expect(r.stderr).toBe('influaudit: <stdin>: is a directory, not a CSV file\nstatus=2\n');
  });

  it('a FIFO: read as a stream; closed without a byte, it is empty', async () => {
    const fifo = join(tmp, 'fifo.csv');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const run = (content: string) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [BIN, 'score', fifo, '--format', 'ndjson', '-q'], { cwd: ROOT, env: ENV });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('close', (code) => resolve({ code, stdout, stderr }));
        // opening the write end blocks until the reader opens it: do it off the main thread's way, in a child
        spawn('bash', ['-c', `printf '%s' "$0" > "$1"`, content, fifo]);
      });
    const full = await run('handle,followers\nfifo.account,1200\n');
    expect(full.code).toBe(0);
    expect(JSON.parse(full.stdout)).toMatchObject({ handle: 'fifo.account', followers: 1200 });
    const empty = await run('');
    expect(empty.code).toBe(2);
    expect(empty.stderr.trim()).toBe(`influaudit: ${fifo}: is empty`);
  });
});

describe('limits: a runaway field is a rejected row, never a crash or a memory blow-up', () => {
  it('a 2 MiB field is one rejected row on its line; the rows around it are scored', () => {
    const big = file('big-field.csv', `handle,followers,following\nbefore,1000,10\n${'x'.repeat(2 << 20)},2000,20\nafter,3000,30\n`);
    const r = runBin(['score', big, '--format', 'json', '--platform', 'instagram']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as JsonOut;
    reconciled(out);
    expect(out.summary.rows).toEqual({ read: 3, used: 2, rejected: 1 });
    expect(out.accounts.map((a) => a.handle)).toEqual(['before', 'after']);
    expect(out.rejected).toEqual([{ file: big, line: 3, column: null, value: null, reason: 'record longer than 1048576 bytes (a field that never ends, or a quote never closed?): skipped' }]);
    expect(r.stderr).toBe(`influaudit: ${big}:3: record longer than 1048576 bytes (a field that never ends, or a quote never closed?): skipped\n`);
  });

  it('30,000 rejected rows (2 MiB of them, mostly in a temporary file) are all listed, in order, with their lines', () => {
    const lines = ['handle,followers,following', 'first,1000,10'];
    for (let i = 0; i < 30_000; i++) lines.push(`,${i},1`);
    lines.push('last,2000,20');
    const many = file('many-rejected.csv', `${lines.join('\n')}\n`);
    const r = runBin(['score', many, '--format', 'json', '--platform', 'instagram', '--quiet']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as JsonOut;
    reconciled(out);
    expect(out.summary.rows).toEqual({ read: 30_002, used: 2, rejected: 30_000 });
    expect(out.rejected.map((x) => x.line)).toEqual(Array.from({ length: 30_000 }, (_, i) => i + 3));
    expect(out.rejected[29_999]).toEqual({ file: many, line: 30_002, column: 'handle', value: '', reason: 'empty handle' });
  });

  it('a 40 MiB field runs in a 32 MiB heap', () => {
    const p = join(tmp, 'giant.csv');
    const fd = openSync(p, 'w');
    writeSync(fd, 'handle,followers\na,1\n"');
    const block = Buffer.alloc(1 << 20, 0x78);
    for (let i = 0; i < 40; i++) writeSync(fd, block);
    writeSync(fd, '\nb,2\n');
    closeSync(fd);
    const r = runBin(['score', p, '--format', 'ndjson'], { env: { NODE_OPTIONS: '--max-old-space-size=32' } });
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { handle: string }).handle)).toEqual(['a', 'b']);
    expect(r.stderr).toContain(`${p}:3: handle: a quote opened on this line (character 1, "handle" field) is never closed within the 1048576-byte record limit: only this line is rejected; reading resumes on line 4\n`);
    expect(hasStack(r.stderr)).toBe(false);
  });
});

describe('numbers, dates and layouts that are not what they seem', () => {
  it('1e309, NaN, Infinity, -0, negatives: left out with a warning or read exactly, rows reconciled', () => {
    const r = runBin(['score', 'fixtures/hostile-numbers.csv', '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as JsonOut;
    reconciled(out);
    expect(out.rejected).toEqual([]);
    // NaN is how pandas writes a missing value: missing, not a warning
    expect(out.warnings.map((x) => [x.line, x.column, x.value])).toEqual([
      [2, 'followers', '1e309'], [5, 'followers', 'Infinity'], [6, 'followers', '-Infinity'], [7, 'followers', '-5'], [9, 'avg likes', '1e309'],
    ]);
    expect(out.accounts.map((a) => [a.handle, a.followers])).toEqual([
      ['big', null], ['negative.zero', 0], ['not.a.number', null], ['infinite', null], ['minus.infinite', null], ['negative', null],
      ['thousand', 1000], ['likes.overflow', 5000], ['ok', 5000],
    ]);
    expect(Object.is(out.accounts[1]!.followers, 0)).toBe(true);
  });

  it('a count a double cannot hold exactly (2^53 + 1, 1e24 in digits) is left out with a warning, not rounded', () => {
    const r = runBin(['score', file('huge-counts.csv', 'handle,followers\na,9007199254740993\nb,999999999999999999999999\nc,5000\n'), '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as JsonOut;
    reconciled(out);
    expect(out.accounts.map((a) => [a.handle, a.followers])).toEqual([['a', null], ['b', null], ['c', 5000]]);
    expect(out.warnings.map((x) => [x.line, x.column, x.value])).toEqual([[2, 'followers', '9007199254740993'], [3, 'followers', '999999999999999999999999']]);
    expect(r.stderr).toContain('huge-counts.csv:2: followers: number too large for an exact count (above 9,007,199,254,740,991), got "9007199254740993"');
  });

  it('0000-00-00, February 30th, month 13, year 9999: rejected with their lines', () => {
    const r = runBin(['score', 'fixtures/hostile-dates.csv', '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as JsonOut;
    reconciled(out);
    expect(out.rejected.map((x) => [x.line, x.value])).toEqual([
      [2, '0000-00-00'], [3, '2026-02-30'], [4, '2026-13-01'], [5, '9999-12-31'], [6, '-001-01-01'], [7, '2026-01-03T25:61:61Z'],
    ]);
    expect(out.summary.rows).toEqual({ read: 8, used: 2, rejected: 6 });
  });

  it('a sep= line with CR-only line ends (Excel "CSV (Macintosh)") is read whole', () => {
    const out = JSON.parse(runBin(['score', 'fixtures/hostile-mac-sep.csv', '--format', 'json']).stdout) as JsonOut;
    expect(out.accounts.map((a) => [a.handle, a.followers])).toEqual([['marie.voyage', 48200], ['nano.jardin', 3200]]);
    expect(out.summary.rows).toEqual({ read: 2, used: 2, rejected: 0 });
  });

  it('UTF-16 big-endian with a BOM', () => {
    const out = JSON.parse(runBin(['score', 'fixtures/hostile-utf16be.csv', '--format', 'json']).stdout) as JsonOut;
    expect(out.accounts.map((a) => [a.handle, a.followers])).toEqual([['café.lumière', 95400]]);
  });
});

/** The handles of fixtures/hostile-text.csv as the roster reader displays them (trimmed, no leading @). */
const HOSTILE_HANDLES = [
  'ansi\x1b[31mred\x1b[0m', 'osc\x1b]0;pwned\x07title', 'clear\x1b[2J\x1b[Hscreen', 'c1\u009b31mcsi\u0085nel',
  // Isolates at a handle's edges are what a copy leaves and are dropped when the cell is read; inside, they stay.
  'gnp.\u202ecod.exe', 'iso\u2069\u2067rli\u2069\u2068fsi',
  'zero\u200bwidth\u200cnon\u200djoin\u2060wj\u00adshy\u180emvs', 'tag\u{E0041}\u{E0042}chars\u3164filler',
  '=HYPERLINK("http://evil.example","click")', "+cmd|' /C calc'!A0", '-2+3', '<script>alert(1)</script>|**b**&#x202e;',
  'line\u2028sep\u2029para',
  // its followers cell is unreadable: the cell is left out with a warning, the account kept
  'rejected.followers',
];
/** A quoted handle cell of several lines, none an @handle or a profile link: rejected, its value shown escaped. */
const HOSTILE_LINES = 'bell\x07del\x7fbs\x08cr\rlf\nend';

describe('untrusted text: escaped for a terminal or a spreadsheet, exact in JSON', () => {
  const runs = Object.fromEntries(FORMATS.map((f) => [f, runBin(['score', 'fixtures/hostile-text.csv', '--format', f, ...(f === 'table' ? ['--explain'] : [])])]));

  it.each(FORMATS)('%s: exit 0, and stderr lists the rejected values escaped', (format) => {
    const r = runs[format]!;
    expect(r.code).toBe(0);
    expect(hasStack(r.stderr)).toBe(false);
    expect(unsafeIn(r.stderr, '\n')).toEqual([]);
    expect(r.stderr).toContain('influaudit: fixtures/hostile-text.csv:18: followers: not a number, got "\\u001b[2J12"');
    expect(r.stderr).toContain('fixtures/hostile-text.csv:19: platform: unknown platform (known: instagram, tiktok, youtube, x, facebook), got "\\u202eevil\\u001b[31m"');
    expect(r.stderr).toContain('fixtures/hostile-text.csv:6: handle: several lines, and not exactly one of them an @handle or a profile link: give the account\'s handle alone, got "bell\\u0007del\\x7fbs\\bcr\\rlf\\nend"');
  });

  it.each(['json', 'ndjson'] as const)('%s keeps every handle and rejected value exact', (format) => {
    const r = runs[format]!;
    const accounts = format === 'json' ? (JSON.parse(r.stdout) as JsonOut).accounts : r.stdout.trim().split('\n').map((l) => JSON.parse(l) as JsonOut['accounts'][number]);
    expect(accounts.map((a) => a.handle)).toEqual(HOSTILE_HANDLES);
    if (format === 'json') {
      expect((JSON.parse(r.stdout) as JsonOut).rejected.map((x) => x.value)).toEqual([HOSTILE_LINES, '\u202eevil\x1b[31m']);
      expect((JSON.parse(r.stdout) as JsonOut).warnings.map((x) => x.value)).toEqual(['\x1b[2J12']);
    }
    // JSON.stringify escapes C0 controls; the rest is exact text, for a program to read, never a terminal
    expect(unsafeIn(r.stdout, '\n\u0085\u009b\u007f\u202e\u2066\u2067\u2068\u2069\u200b\u200c\u200d\u2060\u00ad\u180e\u{E0041}\u{E0042}\u3164\u2028\u2029')).toEqual([]);
  });

  it.each(['table', 'markdown', 'csv'] as const)('%s: no control, bidi or invisible character reaches stdout', (format) => {
    const r = runs[format]!;
    expect(unsafeIn(r.stdout, format === 'csv' ? '\r\n' : '\n')).toEqual([]);
    for (const escaped of ['\\x1b[31m', '\\x1b]0;pwned\\x07', '\\x9b31m', '\\u202ecod.exe', 'iso\\u2069\\u2067rli', 'zero\\u200bwidth', 'tag\\u{e0041}']) {
      expect(r.stdout, escaped).toContain(format === 'markdown' ? escaped.replace(/[\\[\]]/g, (c) => `\\${c}`) : escaped);
    }
  });

  it('csv: parsed back, one row per account, no cell a spreadsheet would run', () => {
    const rows = parse(runs['csv']!.stdout, { relax_quotes: false }) as string[][];
    expect(rows[0]).toEqual(['handle', 'platform', 'followers', 'tier', 'score', 'verdict', 'flags', 'reasons']);
    expect(rows).toHaveLength(1 + HOSTILE_HANDLES.length);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows.slice(1).map((r) => r[0]).filter((h) => h!.startsWith("'"))).toEqual([`'=HYPERLINK("http://evil.example","click")`, "'+cmd|' /C calc'!A0", "'-2+3"]);
    expect(runs['csv']!.stdout.split('\r\n').filter(Boolean)).toHaveLength(1 + HOSTILE_HANDLES.length);
    expect(runs['csv']!.stdout).not.toMatch(/[^\r]\n/);
  });

  it('markdown: one table row per account, no live markup or entity', () => {
    const md = runs['markdown']!.stdout;
    const accountsTable = md.split('\n### ')[0]!;
    expect(accountsTable.match(/^\| (?!Account|---)/gm)).toHaveLength(HOSTILE_HANDLES.length);
    expect(md).toContain('\\<script\\>alert(1)\\</script\\>\\|\\*\\*b\\*\\*\\&\\#x202e;');
    expect(md).not.toMatch(/(?<!\\)<script/);
    // a raw LF in a rejected value is escaped like CR: one rejected row, one table line
    expect(md).toContain('| fixtures/hostile-text.csv | 6 | handle | bell\\\\x07del\\\\x7fbs\\\\x08cr\\\\x0dlf\\\\x0aend |');
  });

  it('error messages quoting headers and duplicate handles are escaped too', () => {
    const header = runBin(['score', '-'], { input: 'id\u202e,ti\u009btle\u200b\n1,2\n' });
    expect(header.code).toBe(2);
    expect(header.stderr).toContain('Saw "id\\u202e", "ti\\x9btle\\u200b"');
    expect(unsafeIn(header.stderr, '\n')).toEqual([]);
    const a = file('dup-a.csv', 'handle,followers\nab\u202ecd\x1b[1m,1\nok,2\n');
    const b = file('dup-b.csv', 'handle,followers\nab\u202ecd\x1b[1m,3\n');
    const dup = runBin(['score', a, b, '--format', 'json']);
    expect(dup.code).toBe(0);
    expect(dup.stderr).toContain('duplicate roster row (instagram); first at');
    expect(dup.stderr).toMatch(/duplicate roster row \(instagram\); first at .*, got "ab\\u202ecd\\u001b\[1m"/);
    expect(unsafeIn(dup.stderr, '\n')).toEqual([]);
  });
});

describe('pipes: a reader that leaves is a quiet success', () => {
  // An endless roster on stdin: the run can only end because it noticed its reader left, so a format that kept
  // reading (or held every account until the end, as table, markdown and html once did) would never return. And a
  // summary line could only present the part read as the whole.
  const endless = `awk 'BEGIN { print "handle,followers,following"; for (i = 0; ; i++) printf "acct%d,%d,%d\\n", i, 10000 + i, 300 + i % 500 }'`;
  it.each([...FORMATS, 'html'])('score --format %s | head -1, on an endless input: stops, exit 0, no summary line', (format) => {
    const r = bash(`${endless} | "$NODE" "$BIN" score - --platform instagram --format ${format} | head -1; echo "status=\${PIPESTATUS[1]}" >&2`);
    expect(r.stdout.split('\n')).toHaveLength(2);
    expect(r.stderr).toBe('status=0\n');
  });

  it.each([['norms'], ['norms --format json'], ['--help'], ['schema output']])('%s | head -c 1', (args) => {
    const r = bash(`"$NODE" "$BIN" ${args} | head -c 1 >/dev/null; echo "status=\${PIPESTATUS[0]}" >&2`);
    expect(r.stderr).toBe('status=0\n');
  });

  it('stderr closed early (2>&1 >/dev/null | head -c 1): still exit 0', () => {
    const r = bash(`"$NODE" "$BIN" score fixtures/roster-bad-rows.csv 2>&1 >/dev/null | head -c 1 >/dev/null; echo "status=\${PIPESTATUS[0]}"`);
    expect(r.stdout).toBe('status=0\n');
  });

  it.each([
    ['score', 'fixtures/roster-demo.csv', '--format', 'json'],
    // The formats whose summary goes to stderr: no summary of a run that failed.
    ['score', 'fixtures/roster-demo.csv', '--format', 'ndjson'],
    ['followers', 'fixtures/followers-multi-influencer.csv', '--format', 'csv', '--quiet'],
    ['norms'],
  ])('a full disk (> /dev/full): exit 2, one line', (...args) => {
    const r = bash(`"$NODE" "$BIN" ${args.join(' ')} > /dev/full; echo "status=$?" >&2`);
    expect(r.stderr).toMatch(/^influaudit: cannot write the output \(ENOSPC[^\n]*\)\nstatus=2\n$/);
  });
});

/** Spawns the CLI with a pipe for stdin; collects output; resolves on exit with the time it took after `since`. */
function start(args: string[]): { child: ChildProcessWithoutNullStreams; out: () => string; err: () => string; exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }> } {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: ENV });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdin.on('error', () => undefined);
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, at: performance.now() })));
  return { child, out: () => stdout, err: () => stderr, exit };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/**
 * Waits for something that takes milliseconds; the deadline is a backstop for a hang (well inside the test's own
 * timeout), never a speed requirement: a loaded machine must not fail it.
 */
async function until(cond: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!cond()) {
    if (performance.now() > deadline) return false;
    await sleep(10);
  }
  return true;
}

describe('signals and stdin that never ends', () => {
  it('SIGINT on an endless stdin stops at once, without a stack', async () => {
    const run = start(['score', '-', '--format', 'ndjson']);
    run.child.stdin.write('handle,followers,following\n');
    let i = 0;
    const feeder = setInterval(() => run.child.stdin.write(`a${i++},${1000 + i},10\n`.repeat(50)), 10);
    await sleep(400);
    run.child.kill('SIGINT');
    const { code, signal } = await run.exit;
    clearInterval(feeder);
    expect(code === 130 || signal === 'SIGINT').toBe(true);
    expect(hasStack(run.err())).toBe(false);
  });

  it('SIGINT while scoring a large file stops at once, without a stack', async () => {
    const large = file('large.csv', roster(400_000));
    const run = start(['score', large, '--format', 'ndjson']);
    expect(await until(() => run.out().length > 0, 20_000)).toBe(true);
    run.child.kill('SIGINT');
    const { code, signal } = await run.exit;
    expect(code === 130 || signal === 'SIGINT').toBe(true);
    expect(hasStack(run.err())).toBe(false);
  });

  // The roster reader holds its first 500 rows to decide the file's number conventions (conventions.ts): past those,
  // each account shows as soon as its line arrives, and the output is not held for a 64 KiB buffer to fill.
  it.each(['ndjson', 'csv', 'json'] as const)('--format %s streams a stdin that stays open', async (format) => {
    const run = start(['score', '-', '--format', format, '-q']);
    const row = (i: number) => `s${i},${5000 + i},100\n`;
    const shown = (i: number) => (format === 'csv' ? new RegExp(`\\ns${i},`) : new RegExp(`"handle": ?"s${i}"`)).test(run.out());
    run.child.stdin.write('handle,followers,following\n');
    for (let i = 0; i < 600; i += 100) {
      run.child.stdin.write(Array.from({ length: 100 }, (_, k) => row(i + k)).join(''));
      await sleep(20);
    }
    expect(await until(() => shown(599), 20_000)).toBe(true);
    expect(shown(600)).toBe(false);
    run.child.stdin.write(row(600));
    expect(await until(() => shown(600), 20_000)).toBe(true);
    run.child.stdin.end();
    const { code } = await run.exit;
    expect(code).toBe(0);
    if (format === 'json') expect((JSON.parse(run.out()) as JsonOut).summary.rows).toEqual({ read: 601, used: 601, rejected: 0 });
    else if (format === 'ndjson') expect(run.out().trim().split('\n')).toHaveLength(601);
  });
});
