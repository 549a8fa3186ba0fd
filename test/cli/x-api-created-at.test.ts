import { describe, expect, it } from 'vitest';
import { runInProcess } from '../fuzz/cli-harness.js';
import { tempFiles } from '../temp-files.js';

interface Signal { id: string; status: string; evidence: { posts?: { date: string; published: string }[] } }
interface Out {
  accounts: { handle: string; platform: string; signals: Signal[] }[];
  summary: { rows: { read: number; used: number; rejected: number } };
  rejected: { line: number; value: string | null; reason: string }[];
}

/**
 * X API's `created_at` writes the year after the time (`Wed Oct 10 20:19:24 +0000 2018`). It was once read as
 * October 10th with no year, placed in 2000, so `--since 2018-09-01` kept no post at all.
 */
describe('an X API posts file dated by created_at', () => {
  const file = tempFiles('x-created-at');
  const posts = file('x-api-posts.csv', [
    'id,created_at,screen_name,like_count,retweet_count,reply_count',
    '1050118621198921728,Wed Oct 10 20:19:24 +0000 2018,margot_velo,120,14,9',
    '1049118621198921728,Mon Oct 08 09:02:11 +0000 2018,margot_velo,98,11,7',
    '1048118621198921728,Fri Oct 05 18:30:00 +0000 2018,margot_velo,131,12,8',
    '1047118621198921728,Tue Oct 02 07:45:10 +0000 2018,margot_velo,104,9,6',
    '1046118621198921728,Sat Sep 29 12:00:00 +0000 2018,margot_velo,115,13,10',
    '1045118621198921728,Wed Sep 26 21:10:00 +0000 2018,margot_velo,92,8,5',
    '1044118621198921728,Sun Sep 23 10:05:00 +0000 2018,margot_velo,127,15,11',
    '1043118621198921728,Thu Sep 20 16:40:00 +0000 2018,margot_velo,109,10,7',
    '1042118621198921728,Mon Sep 17 08:20:00 +0000 2018,margot_velo,101,12,6',
    '1041118621198921728,Mon Sep 15 08:20:00 +0000 2018,margot_velo,101,12,6', // September 15th, 2018 was a Saturday
    '1030118621198921728,Fri Aug 17 17:45:00 +0000 2018,margot_velo,143,20,12',
    '1010118621198921728,Sun Jun 24 12:00:00 +0000 2018,margot_velo,87,9,5',
    '',
  ].join('\n'));

  it('reads each day with its year: --since keeps the posts from that day on, and no year is made up', async () => {
    const r = await runInProcess(['score', posts, '-p', 'x', '--since', '2018-09-01', '-f', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/no year|placed from/);
    const out = JSON.parse(r.stdout) as Out;
    expect(out.accounts.map((a) => [a.handle, a.platform])).toEqual([['margot_velo', 'x']]);
    expect(out.summary.rows).toEqual({ read: 12, used: 11, rejected: 1 });
    expect(out.rejected).toMatchObject([{ line: 11, value: 'Mon Sep 15 08:20:00 +0000 2018', reason: 'the weekday does not match the date' }]);
    const measured = out.accounts[0]!.signals.find((s) => s.id === 'like-uniformity')!.evidence.posts!;
    expect(measured.map((p) => p.date)).toEqual([
      '2018-09-17', '2018-09-20', '2018-09-23', '2018-09-26', '2018-09-29', '2018-10-02', '2018-10-05', '2018-10-08', '2018-10-10',
    ]);
    expect(measured.at(-1)!.published).toBe('Wed Oct 10 20:19:24 +0000 2018');
  });

  it('a date with no year before its time and digits after it is refused, not read without its year', async () => {
    const odd = file('x-api-odd.csv', 'id,created_at,screen_name,like_count\n1,Oct 10 20:19:24 +0000 18,margot_velo,120\n2,Oct 10 2018,margot_velo,120\n');
    const r = await runInProcess(['score', odd, '-p', 'x', '-f', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as Out;
    expect(out.summary.rows).toEqual({ read: 2, used: 1, rejected: 1 });
    expect(out.rejected).toMatchObject([{ line: 2, value: 'Oct 10 20:19:24 +0000 18', reason: 'not a date' }]);
    expect(r.stderr).not.toMatch(/no year/);
  });

  it("API v1.1's favorite_count is read as likes", async () => {
    const v1 = file('x-api-v1.csv', ['id,created_at,screen_name,favorite_count,retweet_count,reply_count', '1,Wed Oct 10 20:19:24 +0000 2018,margot_velo,120,14,9', '2,Mon Oct 08 09:02:11 +0000 2018,margot_velo,98,11,7', ''].join('\n'));
    const r = await runInProcess(['score', v1, '-p', 'x', '-f', 'json']);
    expect(r.stderr).not.toMatch(/favorite_count/);
    const out = JSON.parse(r.stdout) as Out;
    const uniformity = out.accounts[0]!.signals.find((s) => s.id === 'like-uniformity')!;
    expect(uniformity.status).toBe('skip');
    expect(JSON.stringify(uniformity)).toMatch(/likes on 2 posts/);
  });

  it("the X API's tweet objects name their platform and their account (user.screen_name, user.followers_count)", async () => {
    const api = file('x-api-v1-user.csv', ['id_str,created_at,full_text,favorite_count,retweet_count,reply_count,user.screen_name,user.followers_count', '1,Wed Oct 16 20:19:24 +0000 2024,hello,120,10,5,laura_data,2005', '2,Tue Oct 15 20:19:24 +0000 2024,again,98,8,4,laura_data,2005', ''].join('\n'));
    const r = await runInProcess(['score', api, '-f', 'json']);
    expect(r.stderr).not.toMatch(/read as instagram/);
    const out = JSON.parse(r.stdout) as Out;
    expect(out.accounts.map((a) => [a.handle, a.platform])).toEqual([['laura_data', 'x']]);
  });
});
