import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './run-cli.js';

const DIR = mkdtempSync(join(tmpdir(), 'influaudit-followers-left-'));

/** A sample of 20,000 followers of one influencer, 2,000 of them empty bought accounts, first or last. */
function sample(name: string, fakesFirst: boolean): string {
  const rows = ['influencer,username,followers,following,posts,has_profile_pic'];
  for (let i = 0; i < 20_000; i++) {
    const fake = fakesFirst ? i < 2_000 : i >= 14_000;
    rows.push(`lea,user${i}x,${fake ? 5 : 300},${fake ? 4000 : 200},${fake ? 0 : 40},${fake ? 0 : 1}`);
  }
  const path = join(DIR, name);
  writeFileSync(path, `${rows.join('\n')}\n`);
  return path;
}

/** The exit code of `followers FILE --fail-on suspicious`, alone or piped into `head -1`. */
function status(path: string, head: boolean): number {
  const pipe = head ? ' | head -1 >/dev/null' : ' >/dev/null';
  const sh = spawnSync('bash', ['-c', `"${process.execPath}" bin/influaudit.js followers "${path}" --platform instagram --format csv --fail-on suspicious --quiet${pipe}; echo "\${PIPESTATUS[0]}"`], {
    cwd: ROOT, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  return Number(sh.stdout.trim());
}

describe('followers | head -1: the gate judges the whole sample', () => {
  it('bought followers read first do not fail a sample that passes whole', () => {
    const path = sample('fakes-first.csv', true);
    expect(status(path, false)).toBe(0);
    expect(status(path, true)).toBe(0);
  });

  it('bought followers read last still fail the gate after the reader left', () => {
    const path = sample('fakes-last.csv', false);
    expect(status(path, false)).toBe(1);
    expect(status(path, true)).toBe(1);
  });
});
