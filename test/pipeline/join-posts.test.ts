import { describe, expect, it } from 'vitest';
import { runInProcess } from '../fuzz/cli-harness.js';
import { tempFiles } from '../temp-files.js';

const file = tempFiles('join-posts');

interface Doc {
  accounts: { handle: string; platform: string; verdict: string; signals: { id: string; status: string; evidence: Record<string, unknown> }[] }[];
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

  const tiktokPosts = ['account,date,likes,comments,shares,views', ...Array.from({ length: 10 }, (_, i) => `@fandom.k,2025-03-${String(i + 1).padStart(2, '0')},${1700 + 40 * i},${43 + i},${58 + i},${17400 + 300 * i}`)].join('\n') + '\n';

  it.each([['roster first', true], ['posts first', false]])('posts naming no platform join the one account of that handle a roster names (%s)', async (_order, rosterFirst) => {
    const roster = file('roster.csv', 'handle,platform,followers,avg likes\nfandom.k,TikTok,45000,13500\nother,instagram,9000,300\n');
    const posts = file('posts.csv', tiktokPosts);
    const r = await runInProcess(['score', ...(rosterFirst ? [roster, posts] : [posts, roster]), '--format', 'json']);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.accounts.map((a) => `${a.handle} ${a.platform}`)).toEqual(['fandom.k tiktok', 'other instagram']);
    const engagement = doc.accounts[0]!.signals.find((s) => s.id === 'engagement-rate')!;
    expect(engagement.evidence['source']).toBe('posts');
    expect(r.stderr).toContain('fandom.k: read on instagram by default (nothing in its file names a platform), joined to its tiktok account');
  });

  it('a history naming no platform, tenfold smaller than the roster says, is another account: kept apart', async () => {
    const roster = file('roster-big.csv', 'handle,platform,followers\nlea.cuisine,tiktok,250000\n');
    const history = file('history-small.csv', ['handle,date,followers', ...Array.from({ length: 20 }, (_, i) => `lea.cuisine,2026-01-${String(i + 1).padStart(2, '0')},${12000 + 60 * i}`)].join('\n') + '\n');
    const r = await runInProcess(['score', roster, history, '--format', 'json']);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.accounts.map((a) => `${a.handle} ${a.platform}`)).toEqual(['lea.cuisine tiktok', 'lea.cuisine instagram']);
    expect(r.stderr).toContain('not joined to its tiktok account: 13,140 followers against 250,000 are two accounts');
  });

  it('a handle a roster names on two platforms: posts naming none stay on the default platform', async () => {
    const roster = file('roster-two.csv', 'handle,platform,followers\nfandom.k,tiktok,45000\nfandom.k,youtube,8000\n');
    const r = await runInProcess(['score', roster, file('posts-two.csv', tiktokPosts), '--format', 'json']);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.accounts.map((a) => `${a.handle} ${a.platform}`)).toEqual(['fandom.k tiktok', 'fandom.k youtube', 'fandom.k instagram']);
    expect(r.stderr).not.toContain('joined to its');
  });

  it('--platform names the platform: nothing is joined across platforms', async () => {
    const roster = file('roster-flag.csv', 'handle,platform,followers\nfandom.k,tiktok,45000\n');
    const r = await runInProcess(['score', roster, file('posts-flag.csv', tiktokPosts), '--platform', 'instagram', '--format', 'json']);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.accounts.map((a) => a.platform)).toEqual(['tiktok', 'instagram']);
  });
});
