import { describe, expect, it } from 'vitest';
import { runInProcess } from '../fuzz/cli-harness.js';
import { tempFiles } from '../temp-files.js';

/**
 * One duplicate rule for the whole run: the same roster rows give the same accounts and the same rejections whether
 * they come in one file or split over several; rows of different kinds still join into one account.
 */

const file = tempFiles('duplicates');

interface Doc {
  accounts: { handle: string; platform: string; followers: number | null; signals: { id: string; status: string }[] }[];
  rejected: { file: string; line: number; value: string | null; reason: string }[];
  summary: { rows: { read: number; used: number; rejected: number } };
}

async function score(...args: string[]): Promise<Doc> {
  const r = await runInProcess(['score', ...args, '--format', 'json', '-q']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Doc;
}

const HEADER = 'handle,platform,followers,following';
/** `a`, `a`, `A`, `@a` are one account on instagram; `a` on tiktok is another. */
const ROWS = ['a,instagram,1000,10', 'b,instagram,2000,20', 'a,instagram,1100,11', 'A,instagram,1200,12', '@a,,1300,13', 'a,tiktok,3000,30', '@B,instagram,2100,21'];

/** Where each row sits once split: file index and line, for the rejection a split moves. */
function split(sizes: number[]): { files: string[]; at: Map<number, string> } {
  const files: string[] = [];
  const at = new Map<number, string>();
  let row = 0;
  sizes.forEach((n, f) => {
    const name = file(`part${sizes.join('-')}-${f}.csv`, `${[HEADER, ...ROWS.slice(row, row + n)].join('\n')}\n`);
    for (let i = 0; i < n; i++) at.set(row + i, `${name}:${i + 2}`);
    files.push(name);
    row += n;
  });
  return { files, at };
}

describe('duplicates: whatever the split into files', () => {
  it('one roster, two files, three files: the same accounts and the same rejections', async () => {
    const splits = [[7], [2, 5], [1, 3, 3], [4, 3]];
    const docs = await Promise.all(splits.map(async (sizes) => ({ ...split(sizes), doc: await score(...split(sizes).files) })));
    const whole = docs[0]!;
    expect(whole.doc.accounts.map((a) => [a.handle, a.platform, a.followers])).toEqual([['a', 'instagram', 1000], ['b', 'instagram', 2000], ['a', 'tiktok', 3000]]);
    expect(whole.doc.summary.rows).toEqual({ read: 7, used: 3, rejected: 4 });
    for (const { doc, at } of docs) {
      expect(doc.accounts).toEqual(whole.doc.accounts);
      expect(doc.summary.rows).toEqual(whole.doc.summary.rows);
      // The same rows are rejected, each naming where its account's first row is in this split.
      expect(doc.rejected.map((r) => `${r.file}:${r.line} ${r.value} ${r.reason}`)).toEqual([
        `${at.get(2)} a duplicate roster row (instagram); first at ${at.get(0)}`,
        `${at.get(3)} A duplicate roster row (instagram); first at ${at.get(0)}`,
        `${at.get(4)} a duplicate roster row (instagram); first at ${at.get(0)}`,
        `${at.get(6)} B duplicate roster row (instagram); first at ${at.get(1)}`,
      ]);
    }
  });

  it('the same rule when the rosters are joined with another kind of file (not streamed)', async () => {
    const history = file('history.csv', 'handle,date,followers\nsomeone,2026-01-01,10\n');
    const { files } = split([2, 5]);
    const joined = await score(...files, history);
    const alone = await score(...files);
    expect(joined.accounts.map((a) => [a.handle, a.platform, a.followers])).toEqual([['a', 'instagram', 1000], ['b', 'instagram', 2000], ['a', 'tiktok', 3000], ['someone', 'instagram', 10]]);
    expect(joined.rejected).toEqual(alone.rejected);
  });
});

describe('rows of different kinds join into one account', () => {
  it('a roster row, a follower history, a posts export and a follower sample, however the handle is written', async () => {
    const roster = file('roster.csv', 'handle,platform,followers,following,posts\nCafe.Lumiere,instagram,24000,400,300\n');
    const days = Array.from({ length: 30 }, (_, d) => `@cafe.lumiere,2026-01-${String(d + 1).padStart(2, '0')},${23_000 + d * 30}`);
    const history = file('history.csv', `handle,date,followers\n${days.join('\n')}\n`);
    const posts = file('posts.csv', `account,published,likes,comments,reach\n${Array.from({ length: 10 }, (_, i) => `CAFE.LUMIERE,2026-01-${String(i + 10).padStart(2, '0')} 10:00,${700 + i * 13},${20 + i},${9000 + i}`).join('\n')}\n`);
    const sample = file('sample.csv', `influencer,username,followers,following,posts,has_profile_pic\n${Array.from({ length: 40 }, (_, i) => `https://www.instagram.com/cafe.lumiere/,fan${i},${300 + i},${280 + i},${40 + i},1`).join('\n')}\n`);
    const doc = await score(roster, history, posts, sample);
    expect(doc.rejected).toEqual([]);
    expect(doc.accounts).toHaveLength(1);
    const [account] = doc.accounts;
    expect(account).toMatchObject({ handle: 'Cafe.Lumiere', platform: 'instagram', followers: 24000 });
    const status = Object.fromEntries(account!.signals.map((s) => [s.id, s.status]));
    // each kind reached the account: the roster (follow ratio), the history (growth), the posts (burst), the sample (audience)
    expect(status['follow-ratio']).not.toBe('skip');
    expect(status['growth-spike-drop']).not.toBe('skip');
    expect(status['like-burst']).not.toBe('skip');
    expect(status['audience-quality']).not.toBe('skip');
  });
});

describe('a history day given twice with different counts, across files', () => {
  it('rejects the dropped row in its own file and names the kept row with its file', async () => {
    const h1 = file('h1.csv', 'handle,date,followers\nsame,2026-01-01,100\nsame,2026-01-02,110\nsame,2026-01-03,120\n');
    const h2 = file('h2.csv', 'handle,date,followers\nsame,2026-01-04,130\nsame,2026-01-05,140\nsame,2026-01-02,999\n');
    const doc = await score(h1, h2);
    expect(doc.summary.rows).toEqual({ read: 6, used: 5, rejected: 1 });
    const [r] = doc.rejected;
    // The last row of a day is kept: h2's line 4; h1's line 3 is the one dropped.
    expect(r).toMatchObject({ file: h1, line: 3, column: 'followers', value: '110' });
    expect(r!.reason).toContain(`kept ${h2}:4`);
  });
});
