import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../fuzz/cli-harness.js';

/** The short reports (CSV `reasons`, the Markdown reasons cell) say what a clean-looking row hides. */
describe('reasons in the short reports', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'influaudit-reasons-')), 'r.csv');
  // Following above Instagram's 7,500 cap: impossible data, not scored; no likes: no verdict either.
  writeFileSync(file, 'handle,platform,followers,following,avg likes\nclean.score,instagram,40000,94800,1200\nno.verdict,instagram,40000,94800,\n');

  it('CSV: impossible data beside a clean score, and beside the reason for no verdict', async () => {
    const r = await runInProcess(['score', file, '--format', 'csv']);
    const rows = r.stdout.trim().split('\r\n').slice(1);
    expect(rows[0]).toMatch(/^clean\.score,instagram,40000,micro,100,authentic,,"follows 94,800 accounts, above instagram's cap of 7,500: impossible data/);
    expect(rows[1]).toMatch(/^no\.verdict,.*,insufficient-data,,"follows 94,800 accounts, above .* not scored \| insufficient data: /);
  });

  it('Markdown: the same, one per line of the cell', async () => {
    const r = await runInProcess(['score', file, '--format', 'markdown']);
    expect(r.stdout).toMatch(/\| no\.verdict \|.*`follow-ratio` follows 94,800 accounts.*<br>insufficient data: /);
  });
});

describe('a verified bonus that moved the score is shown beside the flags', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'influaudit-verified-')), 'v.csv');
  // Follow-for-follow alone scores 47; verified adds 5.
  writeFileSync(file, 'handle,platform,followers,following,avg likes,verified\nv,x,95400,93100,410,yes\n');

  it('table and Markdown', async () => {
    const table = await runInProcess(['score', file, '--format', 'table']);
    expect(table.stdout).toMatch(/│ v +│ +95,400 │ +52 │ suspicious/);
    expect(table.stdout).toContain('✓ verified verified account: a weak positive (+5 points at most)');
    const md = await runInProcess(['score', file, '--format', 'markdown']);
    expect(md.stdout).toMatch(/\| v \| x \| 95400 \| 52 \| suspicious \| `follow-ratio` .*<br>`verified` \+5 points \(a weak positive\) \|/);
  });
});
