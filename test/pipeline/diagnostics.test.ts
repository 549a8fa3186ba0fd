import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/pipeline/diagnostics.js';
import { runInProcess } from '../fuzz/cli-harness.js';
import { unsafeChars } from '../fuzz/check-run.js';

/**
 * Diagnostics escape everything they quote themselves: main.ts escapes the executable's stderr again, but a library
 * caller of runCli with its own CliIo gets these lines as they are.
 */
describe('Diagnostics: what is said before the output began', () => {
  it('is held until the document begins, in order, then said as it comes', () => {
    const lines: string[] = [];
    const d = new Diagnostics((l) => void lines.push(l), { quiet: false, summaryLine: false });
    d.note('a.csv: a title line passed over');
    d.rejected({ file: 'a.csv', line: 3, column: 'followers', value: 'x', reason: 'not a number' });
    expect(lines).toEqual([]);
    d.outputBegan();
    d.note('later');
    expect(lines).toEqual(['influaudit: a.csv: a title line passed over', 'influaudit: a.csv:3: followers: not a number, got "x"', 'influaudit: later']);
  });

  it('a run refused before its output ends with its one error line (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'influaudit-diag-'));
    const file = join(dir, 'mixed.csv');
    writeFileSync(file, 'Export\nhandle,date,followers\nlea,13/03/2026,100\nlea,03/14/2026,110\n');
    const r = await runInProcess(['score', file, '--format', 'json'], []);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    const header = join(dir, 'tiktok-FollowerHistory.csv');
    writeFileSync(header, 'Date,Followers\n');
    const h = await runInProcess(['score', header], []);
    expect([h.code, h.stderr.trimEnd().split('\n').length]).toEqual([2, 1]);
  });
});

describe('Diagnostics: rejected rows', () => {
  it('escapes a reason quoting data (a handle with a bidi override and an ANSI escape)', () => {
    const lines: string[] = [];
    const d = new Diagnostics((l) => void lines.push(l), { quiet: false, summaryLine: false });
    d.outputBegan();
    d.rejected({ file: 'a.csv', line: 3, column: null, value: null, reason: 'duplicate roster row for ab\u202ecd\x1b[1m' });
    expect(lines).toEqual(['influaudit: a.csv:3: duplicate roster row for ab\\u202ecd\\x1b[1m']);
  });

  it('a duplicate handle across two inputs, through runCli with a custom Io', async () => {
    const first = join(mkdtempSync(join(tmpdir(), 'influaudit-diag-')), 'first.csv');
    writeFileSync(first, 'handle,followers\nab\u202ecd\x1b[1m,1\n');
    const r = await runInProcess(['score', first, '-', '--format', 'json'], [Buffer.from('handle,followers\nab\u202ecd\x1b[1m,2\n')]);
    expect(r.stderr).toMatch(/duplicate roster row \(instagram\); first at .*, got "ab\\u202ecd\\u001b\[1m"/);
    expect(unsafeChars(r.stderr)).toEqual([]);
  });
});
