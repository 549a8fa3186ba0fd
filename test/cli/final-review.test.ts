import { describe, expect, it } from 'vitest';
import { runInProcess } from '../fuzz/cli-harness.js';
import { tempFiles } from '../temp-files.js';

const file = tempFiles('final-review');
type Doc = { accounts: { handle: string; verdict: string; score: number | null }[]; rejected: { line: number; reason: string }[]; summary: { rows: { read: number; used: number; rejected: number } } };
const json = async (...args: string[]) => {
  const r = await runInProcess(['score', ...args, '--format', 'json'], []);
  return { code: r.code, doc: JSON.parse(r.stdout) as Doc, stderr: r.stderr };
};
const verdicts = (doc: Doc) => doc.accounts.map((a) => [a.handle, a.verdict]);

/** Regressions a review of the last fixes found, each a real export's shape. */
describe('rows and columns as a review found them', () => {
  it('likes hidden (0) beside average engagements: the engagements are the interactions', async () => {
    const { doc } = await json(file('g3.csv', 'Name,Avg Likes,Avg. Engagements,Followers,Platform\nmaya.art,0,1450,50000,instagram\n'));
    expect(verdicts(doc)).toEqual([['maya.art', 'authentic']]);
  });

  it('an X roster\'s Avg. Engagement beside impressions is counts, however small', async () => {
    const { doc } = await json(file('x1.csv', 'Handle,Platform,Followers,Avg. Impressions,Avg. Engagement\n@cafe.lumiere,x,12000,2400,35\n@dev.notes,x,8000,1500,22\n'));
    expect(verdicts(doc)).toEqual([['cafe.lumiere', 'authentic'], ['dev.notes', 'authentic']]);
  });

  it('a nano roster\'s Engagement counts under 100 beside one over are counts', async () => {
    const { doc } = await json(file('e9.csv', 'Handle,Platform,Followers,Engagement\nnano1,instagram,3000,45\nnano2,instagram,4000,80\nnano3,instagram,5000,60\nmid,instagram,80000,1450\n'));
    expect(verdicts(doc)).toEqual([['nano1', 'authentic'], ['nano2', 'authentic'], ['nano3', 'authentic'], ['mid', 'authentic']]);
    expect(doc.summary.rows).toEqual({ read: 4, used: 4, rejected: 0 });
  });

  it('--map names two columns that differ by a %', async () => {
    const r = await runInProcess(['score', file('mm.csv', 'Handle,Platform,Followers,Engagement,Engagement %\nmaya.art,instagram,50000,1450,2.9\n'), '--map', 'avg-engagements=Engagement', '--map', 'engagement-rate=Engagement %', '--format', 'csv'], []);
    expect(r.code).toBe(0);
  });

  it('a title in a first platform column is a title', async () => {
    const { doc } = await json(file('t2.csv', 'Platform,Handle,Followers,Avg Likes\nPrepared by Julie,,,\ntiktok,maya.art,50000,1450\n'), '--strict');
    expect(doc.rejected).toEqual([expect.objectContaining({ line: 2, reason: expect.stringContaining('a title, note or footer line') })]);
  });

  it('an isolate after the @ is dropped like one before it', async () => {
    const { doc } = await json(file('l1b.csv', 'Handle,Followers,Avg Likes\n@\u2066jo.cook\u2069,30000,900\n'));
    expect(doc.accounts.map((a) => a.handle)).toEqual(['jo.cook']);
  });

  it('a Total row under a follower sample is no follower', async () => {
    const rows = Array.from({ length: 5 }, (_, i) => `user${i}x,Person ${i},300,200,40,No,No,Yes`);
    const r = await runInProcess(['followers', file('tf.csv', `Username,Full name,Number of followers,Number of people they follow,Number of posts,Private account,Verified,Profile pic\n${rows.join('\n')}\nTotal :,,,,,,,\n`), '--of', 'x', '--format', 'json'], []);
    const doc = JSON.parse(r.stdout) as { followers: unknown[]; rejected: { reason: string }[] };
    expect(doc.followers).toHaveLength(5);
    expect(doc.rejected).toHaveLength(1);
  });
});
