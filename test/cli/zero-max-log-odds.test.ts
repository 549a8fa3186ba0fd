import { describe, expect, it } from 'vitest';
import { runInProcess } from '../fuzz/cli-harness.js';
import { tempFiles } from '../temp-files.js';

interface Account { handle: string; verdict: string; score: number | null; insufficient?: string; signals: { id: string; status: string; logOdds: number }[] }

async function accounts(...args: string[]): Promise<Account[]> {
  const r = await runInProcess(['score', 'fixtures/roster-demo.csv', '--format', 'json', ...args]);
  expect(r.code, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { accounts: Account[] }).accounts;
}

describe('score --config with maxLogOdds.engagement-rate 0: engagement is shown, weighs nothing, clears nothing', async () => {
  const cfg = tempFiles('zero-cap')('cfg.json', '{"maxLogOdds":{"engagement-rate":0}}');
  const before = await accounts();
  const after = await accounts('-c', cfg);
  const of = (list: Account[], handle: string) => list.find((a) => a.handle === handle)!;

  it('the accounts engagement alone cleared are insufficient data, and the reason names the zeroed signal', () => {
    const cleared = before.filter((a) => a.verdict === 'authentic').map((a) => a.handle);
    expect(cleared).toEqual(['marie.voyage', 'nano.jardin', 'dance.tok']);
    for (const handle of cleared) {
      const a = of(after, handle);
      expect(a).toMatchObject({ verdict: 'insufficient-data', score: null });
      expect(a.insufficient).toMatch(/^engagement-rate was computed but weighs nothing \(maxLogOdds 0\), so it cannot clear the account/);
      expect(a.signals.find((s) => s.id === 'engagement-rate')).toMatchObject({ status: 'pass', logOdds: 0 });
    }
  });

  it('its flag counts for nothing; the other signals still convict', () => {
    expect(of(before, 'likes.bought')).toMatchObject({ verdict: 'likely-fake', score: 35 });
    const a = of(after, 'likes.bought');
    expect(a.signals.find((s) => s.id === 'engagement-rate')).toMatchObject({ status: 'flag', logOdds: 0 });
    expect(a).toMatchObject({ verdict: 'suspicious', score: 61 });
    expect(of(after, 'growth.hacker')).toMatchObject({ verdict: 'suspicious', score: 47 });
  });
});
