import { describe, expect, it } from 'vitest';
import { runInProcess } from './cli-harness.js';

/** Bugs the fuzz suite found, each kept as the test that failed until its fix. */

describe('bugs the fuzz suite found', () => {
  // src/app/read-history.ts: in the net layout each bad count of a row was rejected, so a row with two was counted
  // twice and rows.read (2) ≠ used (1) + rejected (2). Fixed: the row is rejected at its first bad count.
  it('read-history: a net-change row with two bad counts is one rejected row', async () => {
    const r = await runInProcess(['score', '-', '--format', 'json'], [Buffer.from('date,gained,lost\n2024-01-01,0,0\n2024-01-02,Infinity,instagram\n')]);
    const out = JSON.parse(r.stdout) as { summary: { rows: { read: number; used: number; rejected: number } }; rejected: unknown[] };
    expect(out.summary.rows).toEqual({ read: 2, used: 1, rejected: 1 });
    expect(out.rejected).toHaveLength(1);
  });
});
