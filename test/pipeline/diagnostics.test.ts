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
describe('Diagnostics: rejected rows', () => {
  it('escapes a reason quoting data (a handle with a bidi override and an ANSI escape)', () => {
    const lines: string[] = [];
    const d = new Diagnostics((l) => void lines.push(l), { quiet: false, summaryLine: false });
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
