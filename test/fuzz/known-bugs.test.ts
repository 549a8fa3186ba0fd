import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreAccount } from '../../src/core/score-account.js';
import { DEFAULT_SCORING } from '../../src/core/scoring-config.js';
import { tableRenderer } from '../../src/render/table.js';
import { runInProcess } from './cli-harness.js';

/**
 * Bugs the hardening work found in files it does not own, each as the test that will pass once fixed. Skipped so
 * the suite stays green; un-skip with the fix. The fuzz suite tolerates the first one (check-run.ts) until then.
 */

const tmp = mkdtempSync(join(tmpdir(), 'influaudit-known-'));
const TERMINAL_UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;
const unsafe = (s: string) => [...s].filter((c) => c !== '\n' && TERMINAL_UNSAFE.test(c));

describe('known bugs outside src/io', () => {
  // src/app/read-history.ts, convert(): in the net layout gained, lost and net are all parsed before returning, and
  // each bad one calls cellReject: one row with two bad counts is rejected twice, so rows.read (2) ≠ used (1) +
  // rejected (2). Found by the fuzz suite. Fix: return at the first bad count, as the totals layout does.
  it.skip('read-history: a net-change row with two bad counts is one rejected row', async () => {
    const r = await runInProcess(['score', '-', '--format', 'json'], [Buffer.from('date,gained,lost\n2024-01-01,0,0\n2024-01-02,Infinity,instagram\n')]);
    const out = JSON.parse(r.stdout) as { summary: { rows: { read: number; used: number; rejected: number } }; rejected: unknown[] };
    expect(out.summary.rows).toEqual({ read: 2, used: 1, rejected: 1 });
    expect(out.rejected).toHaveLength(1);
  });

  // src/render/table.ts through cli-table3 (wordWrap + wrapOnWordBoundary): about 22 ms per account on a plain
  // roster (800 accounts: 18 s; 10,000: minutes), and superlinear in a cell's length: a 4,000-character handle with
  // spaces takes 9.6 s, a 16,000-character one 11 minutes, so one hostile row can hang `--format table`. Fix: cap
  // the handle shown (e.g. 200 characters and "…") and wrap the reasons without cli-table3's word wrapping.
  it.skip('table: a 4,000-character handle renders in well under a second', async () => {
    const started = performance.now();
    const r = await runInProcess(['score', '-', '--format', 'table'], [Buffer.from(`handle,followers,following\n${'x '.repeat(2_000)},1000,50\n`)], 60_000);
    expect(r.code).toBe(0);
    expect(performance.now() - started).toBeLessThan(1_000);
  }, 60_000);

  it.skip('table: 1,000 accounts render in under 2 s', async () => {
    const rows = Array.from({ length: 1_000 }, (_, i) => `a${i},${10_000 + i},${300 + i},${200 + (i % 90)},${5 + (i % 7)}`);
    const started = performance.now();
    const r = await runInProcess(['score', '-', '--format', 'table'], [Buffer.from(`handle,followers,following,avg likes,avg comments\n${rows.join('\n')}\n`)], 120_000);
    expect(r.code).toBe(0);
    expect(performance.now() - started).toBeLessThan(2_000);
  }, 120_000);

  // src/render/table.ts: one cli-table3 Table for every account; its toString() does `array.push.apply(array, this)`,
  // which overflows the stack past about 100,000 accounts (two table rows each): "internal error … RangeError:
  // Maximum call stack size exceeded", exit 2 after 4 s. Fix: render the table in slices of a few hundred accounts.
  it.skip('table: 100,000 accounts do not overflow the stack', () => {
    const result = scoreAccount({ handle: 'a', platform: 'instagram', profile: { followers: 10_000, following: 300 } }, DEFAULT_SCORING);
    const renderer = tableRenderer();
    renderer.begin({ tool: 'influaudit', version: '0', schema: 1, norms: 'n', normsByPlatform: {}, explain: false, color: false, width: 80 });
    for (let i = 0; i < 100_000; i++) renderer.account(result);
    const summary = { accounts: 100_000, authentic: 0, suspicious: 0, likelyFake: 0, insufficientData: 100_000, rows: { read: 100_000, used: 100_000, rejected: 0 }, gate: { failOn: null, minScore: null, failed: false } };
    expect(() => renderer.end(summary, [])).not.toThrow();
  }, 600_000);
});
