import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../e2e/run-cli.js';

/**
 * Installing to run from anywhere, as the README says, into a temporary npm prefix (never the machine's own global
 * directory): `npm install -g .` from the clone, and the tarball `npm pack` makes (what `npm publish` would upload),
 * each then run from a directory that is not the clone. `npm run test:slow` builds first.
 */
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const fixture = join(ROOT, 'fixtures', 'roster-demo.csv');

function run(cmd: string, args: readonly string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 240_000 });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** The installed command, run from a directory that is not the clone, with only the prefix's bin on PATH first. */
function installed(prefix: string, args: readonly string[]) {
  const bin = join(prefix, 'bin');
  return run(join(bin, 'influaudit'), args, mkdtempSync(join(tmpdir(), 'influaudit-elsewhere-')), { PATH: `${bin}:${process.env['PATH'] ?? ''}` });
}

function checkInstalled(prefix: string): void {
  const version = installed(prefix, ['--version']);
  expect(version.code, version.stderr).toBe(0);
  expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  const scored = installed(prefix, ['score', fixture, '--format', 'csv', '--platform', 'instagram']);
  expect(scored.code, scored.stderr).toBe(0);
  expect(scored.stdout.split('\r\n')[0]).toBe('handle,platform,followers,tier,score,verdict,flags,reasons');
  expect(scored.stdout).toContain('cafe.lumiere,x,95400');
}

describe('install to run from anywhere (slow suite)', () => {
  it('the package holds what running needs and nothing of the clone\'s', () => {
    const r = run(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], ROOT);
    expect(r.code, r.stderr).toBe(0);
    const files = (JSON.parse(r.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    for (const f of ['bin/influaudit.js', 'dist/bundle/main.js', 'dist/index.js', 'dist/index.d.ts', 'README.md', 'package.json']) expect(files).toContain(f);
    expect(files.filter((f) => /^(src|test|fixtures|bench)\/|tsbuildinfo|node_modules/.test(f))).toEqual([]);
  });

  it('npm install -g . from the clone puts `influaudit` on the PATH', () => {
    const prefix = mkdtempSync(join(tmpdir(), 'influaudit-prefix-'));
    const r = run(npm, ['install', '-g', '.', '--prefix', prefix, '--no-audit', '--no-fund'], ROOT);
    expect(r.code, r.stderr).toBe(0);
    checkInstalled(prefix);
    expect(run(npm, ['uninstall', '-g', 'influaudit', '--prefix', prefix], ROOT).code).toBe(0);
    expect(existsSync(join(prefix, 'bin', 'influaudit'))).toBe(false);
  });

  it('the packed tarball installs and runs without the clone (needs the registry or npm\'s cache for the dependencies)', (ctx) => {
    const dir = mkdtempSync(join(tmpdir(), 'influaudit-pack-'));
    const pack = run(npm, ['pack', '--ignore-scripts', '--pack-destination', dir, '--json'], ROOT);
    expect(pack.code, pack.stderr).toBe(0);
    const tarball = join(dir, (JSON.parse(pack.stdout) as { filename: string }[])[0]!.filename);
    const prefix = join(dir, 'prefix');
    const r = run(npm, ['install', '-g', tarball, '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund'], dir);
    if (r.code !== 0 && /ENOTCACHED|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|network/i.test(r.stderr)) {
      ctx.skip(`no registry and no cache for the dependencies: ${r.stderr.split('\n')[0]}`);
    }
    expect(r.code, r.stderr).toBe(0);
    checkInstalled(prefix);
  });
});
