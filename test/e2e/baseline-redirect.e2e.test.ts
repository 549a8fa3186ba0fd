import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './run-cli.js';

describe('--baseline FILE > FILE', () => {
  it('says the shell emptied the baseline, in one line, rather than "not valid JSON"', () => {
    const dir = mkdtempSync(join(tmpdir(), 'influaudit-baseline-'));
    const audit = join(dir, 'audit.json');
    const run = (redirect: string) => spawnSync('bash', ['-c', `"${process.execPath}" bin/influaudit.js score fixtures/roster-demo.csv --format json ${redirect}`], {
      cwd: ROOT, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(run(`--quiet > "${audit}"`).status).toBe(0);
    expect(JSON.parse(readFileSync(audit, 'utf8')).accounts).toHaveLength(8);
    const again = run(`--baseline "${audit}" > "${audit}"`);
    expect(again.status).toBe(2);
    expect(again.stderr).toBe(`influaudit: --baseline ${audit}: is also where the output is written (> ${audit}), so the shell emptied it before the run: write the new run to another file, then replace the baseline\n`);
    // Appending to it (>>) would leave two documents in one file.
    expect(run(`--quiet > "${audit}"`).status).toBe(0);
    const appended = run(`--baseline "${audit}" >> "${audit}"`);
    expect([appended.status, appended.stderr]).toEqual([2, `influaudit: --baseline ${audit}: is also where the output is written (>> ${audit}), which would append the new run to it: write the new run to another file, then replace the baseline\n`]);
    expect(JSON.parse(readFileSync(audit, 'utf8')).accounts).toHaveLength(8);
    // Any other empty file is still just not JSON.
    const empty = join(dir, 'empty.json');
    writeFileSync(empty, '');
    expect(run(`--baseline "${empty}" > "${join(dir, 'new.json')}"`).stderr).toMatch(/not valid JSON/);
  });
});
