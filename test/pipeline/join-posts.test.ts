import { describe, expect, it } from 'vitest';
import { runInProcess } from '../fuzz/cli-harness.js';
import { tempFiles } from '../temp-files.js';

const file = tempFiles('join-posts');

interface Doc {
  accounts: { handle: string; verdict: string; signals: { id: string; status: string; evidence: Record<string, unknown> }[] }[];
}

describe('posts joined to a roster', () => {
  it('a followers-at-post cell of 0 is a count not measured: the roster gives the audience', async () => {
    const posts = ['post id,handle,date,likes,comments,followers', ...Array.from({ length: 12 }, (_, i) => `p${i},big.quiet,2026-02-${String(i + 1).padStart(2, '0')},${48 + (i % 5)},${2 + (i % 3)},0`)];
    const roster = 'handle,platform,followers\nbig.quiet,instagram,300000\n';
    const r = await runInProcess(['score', file('posts.csv', posts.join('\n') + '\n'), file('roster.csv', roster), '--format', 'json', '--platform', 'instagram']);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.accounts).toHaveLength(1);
    const account = doc.accounts[0]!;
    const engagement = account.signals.find((s) => s.id === 'engagement-rate')!;
    expect(engagement).toMatchObject({ status: 'flag', evidence: { basis: 'followers' } });
    expect(account.verdict).toBe('likely-fake');
  });
});
