import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Joiner, type AccountDraft } from '../../src/pipeline/joiner.js';
import { PostsReader, SeenPosts, type PostsOptions } from '../../src/pipeline/readers/posts.js';
import { dayNumber } from '../../src/io/dates.js';
import { postRow, type PostField } from '../../src/io/kinds/posts.js';
import { TOTAL_ROW_REASON } from '../../src/io/total-row.js';
import type { ColumnMap } from '../../src/io/columns.js';
import { YearPlacer } from '../../src/io/dates.js';
import { recognise } from '../../src/io/recognise.js';
import type { RejectedRow } from '../../src/shared/row-issues.js';
import { readAll } from './csv-harness.js';

interface Read {
  joiner: Joiner;
  used: number;
  rejected: RejectedRow[];
  notes: string[];
}

/** Reads files as `score` does (readCsv → recognise → PostsReader), into one joiner. */
async function readPosts(inputs: [name: string, text: string][], opts: Partial<PostsOptions> = {}): Promise<Read> {
  const out: Read = { joiner: new Joiner(), used: 0, rejected: [], notes: [] };
  const seen = new SeenPosts();
  for (const [name, text] of inputs) {
    const run = await readAll(name, text);
    if (run.error) throw run.error;
    const head = run.head!;
    const r = recognise(head.header, {}, name);
    if (r.kind !== 'posts') throw new Error(`${name}: read as ${r.kind}`);
    const reader = new PostsReader(head, r.columns, {
      handle: undefined, fileHandle: name.replace(/^.*\//, '').replace(/\.csv$/, ''), platformFlag: undefined,
      platformHint: r.platformHint, defaultPlatform: 'instagram', dateOrder: undefined, startYear: 2026,
      note: (m) => out.notes.push(m), toolDateOrder: r.toolDateOrder, ...opts,
    }, out.joiner, seen, () => void out.used++, (row) => void out.rejected.push(row));
    for (const [line, fields] of run.records) reader.record(fields, line);
    reader.end();
  }
  return out;
}

const fixture = (file: string): [string, string] => [`fixtures/${file}`, readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), 'utf8')];
const only = (j: Joiner): AccountDraft => {
  const all = [...j.all()];
  expect(all).toHaveLength(1);
  return all[0]!;
};

describe('PostsReader on real-shaped exports', () => {
  it('X Analytics: the account from the permalinks, ids kept as 19-digit strings, "89.0" counts, newest first', async () => {
    const r = await readPosts([fixture('posts-x-analytics-en.csv')]);
    expect(r).toMatchObject({ used: 20, rejected: [] });
    const d = only(r.joiner);
    expect(d).toMatchObject({ handle: 'margot_velo', platform: 'x' });
    expect(d.posts![0]).toEqual({
      day: dayNumber(2026, 2, 28), published: '2026-02-28 11:31 +0000',
      id: '2027708105490804857', permalink: 'https://twitter.com/margot_velo/status/2027708105490804857',
      impressions: 506, engagements: 11, shares: 0, comments: 1, likes: 4,
    });
    expect(r.notes).toEqual(['fixtures/posts-x-analytics-en.csv: no account column: the account is "margot_velo" (from the permalinks; set it with --handle)']);
  });

  it('X Analytics, French UI: the same posts from French headers', async () => {
    const r = await readPosts([fixture('posts-x-analytics-fr.csv')]);
    const d = only(r.joiner);
    expect(d).toMatchObject({ handle: 'lea_cuisine', platform: 'x' });
    expect(r.used).toBe(12);
    expect(d.posts!.every((p) => p.likes !== undefined && p.comments !== undefined && p.shares !== undefined && p.impressions !== undefined)).toBe(true);
    expect(d.posts!.every((p) => /^\d{19}$/.test(p.id ?? ''))).toBe(true);
  });

  it('two monthly X files of one account are one account; the post in both counts once, the repeat rejected with its line', async () => {
    const r = await readPosts([fixture('posts-x-analytics-en.csv'), fixture('posts-x-analytics-en-2026-01.csv')]);
    const d = only(r.joiner);
    expect(d.posts).toHaveLength(33);
    expect(r.used).toBe(33);
    expect(r.rejected).toEqual([{
      file: 'fixtures/posts-x-analytics-en-2026-01.csv', line: 2, column: 'Tweet id', value: '2017707962008212183',
      reason: 'duplicate post (same id) for margot_velo (x); first at fixtures/posts-x-analytics-en.csv:23',
    }]);
  });

  it('--handle beats the permalinks', async () => {
    const r = await readPosts([fixture('posts-x-analytics-en.csv')], { handle: 'velo.club' });
    expect(only(r.joiner)).toMatchObject({ handle: 'velo.club', platform: 'x' });
    expect(r.notes).toEqual([]);
  });

  it('YouTube Studio: the Total row is rejected as not a post; no likes column stays missing; the account from the file name', async () => {
    const r = await readPosts([fixture('posts-youtube-studio-table.csv')]);
    expect(r.used).toBe(12);
    expect(r.rejected).toEqual([{ file: 'fixtures/posts-youtube-studio-table.csv', line: 2, column: 'Content', value: 'Total', reason: TOTAL_ROW_REASON, expected: true }]);
    const d = only(r.joiner);
    expect(d).toMatchObject({ handle: 'posts-youtube-studio-table', platform: 'youtube' });
    expect(d.posts![0]).toEqual({ day: dayNumber(2025, 9, 18), published: 'Sep 18, 2025', id: 'Xnlcgrd0N-X', views: 7853, impressions: 1373 });
    expect(r.notes[0]).toMatch(/the account is "posts-youtube-studio-table" \(from the file name; set it with --handle\)/);
  });

  it('Meta Business Suite: month-first dates decided from the file, the account from "Account username"', async () => {
    const r = await readPosts([fixture('posts-meta-instagram.csv')]);
    const d = only(r.joiner);
    expect(d).toMatchObject({ handle: 'atelier.brioche', platform: 'instagram' });
    expect(d.posts![0]).toMatchObject({ day: dayNumber(2026, 2, 27), published: '02/27/2026 14:43', id: '17957093930043482', likes: 635, comments: 14, shares: 29, saves: 59, reach: 7237, impressions: 10406 });
    // "02/03/2026" alone is ambiguous: the file's other rows (02/27, 01/29…) make it February 3rd.
    expect(d.posts!.find((p) => p.published === '02/03/2026 19:59')!.day).toBe(dayNumber(2026, 2, 3));
    expect(r.rejected).toEqual([]);
    expect(r.notes).toEqual([]);
  });

  it('TikTok Studio: platform and account from the video links', async () => {
    const r = await readPosts([fixture('posts-tiktok-studio.csv')]);
    expect(only(r.joiner)).toMatchObject({ handle: 'petit.chef.tok', platform: 'tiktok' });
    expect(r.used).toBe(14);
  });

  it('a French generic sheet: ";", day-first dates, narrow no-break spaces in counts; followers give the account its size', async () => {
    const r = await readPosts([fixture('posts-comment-pod.csv')]);
    const d = only(r.joiner);
    expect(d.posts![0]).toMatchObject({ day: dayNumber(2026, 2, 26), likes: 222, comments: 112, reach: 2335, followers: 12400 });
    expect(d.profile).toEqual({ followers: 12400 });
  });
});

describe('PostsReader on small inputs', () => {
  it('a file of ambiguous numeric dates is refused, asking for --dates, which reads them', async () => {
    const csv = 'account,date,likes\na,03/02/2026,5\na,04/02/2026,6\n';
    await expect(readPosts([['p.csv', csv]])).rejects.toThrow('p.csv: the day/month order of 2 of 2 dates is ambiguous (like "03/02/2026") and nothing in the file settles it; say which with --dates dmy or --dates mdy');
    const dmy = await readPosts([['p.csv', csv]], { dateOrder: 'dmy' });
    expect(only(dmy.joiner).posts!.map((p) => p.day)).toEqual([dayNumber(2026, 2, 3), dayNumber(2026, 2, 4)]);
  });

  const META_HEADER = 'Post ID,Account username,Publish time,Permalink,Post type,Data comment,Date,Likes,Comments';
  const meta = (...times: string[]) => [META_HEADER, ...times.map((t, i) => `${i},petit.jardin,${t},https://www.instagram.com/p/P${i}/,IG image,,Lifetime,${100 + i},5`)].join('\n') + '\n';

  it('Meta Business Suite: numeric dates no row settles are month-first, as Meta writes them, and a note says so', async () => {
    const r = await readPosts([['meta.csv', meta('01/02/2025 10:00', '03/04/2025 18:30', '2025-05-06')]]);
    expect(r.rejected).toEqual([]);
    expect(only(r.joiner).posts!.map((p) => p.day)).toEqual([dayNumber(2025, 1, 2), dayNumber(2025, 3, 4), dayNumber(2025, 5, 6)]);
    expect(r.notes).toEqual(['meta.csv: dates like "01/02/2025 10:00" read month-first (Meta Business Suite writes them so): set --dates dmy if not']);
  });

  it('Meta Business Suite: --dates wins, and so does an order the file shows; neither needs a note', async () => {
    const given = await readPosts([['meta.csv', meta('01/02/2025 10:00', '03/04/2025 18:30')]], { dateOrder: 'dmy' });
    expect(only(given.joiner).posts!.map((p) => p.day)).toEqual([dayNumber(2025, 2, 1), dayNumber(2025, 4, 3)]);
    expect(given.notes).toEqual([]);
    // Re-saved by a day-first spreadsheet: the file's own 13/01 says day-first.
    const shown = await readPosts([['meta.csv', meta('13/01/2025 10:00', '03/04/2025 18:30')]]);
    expect(only(shown.joiner).posts!.map((p) => p.day)).toEqual([dayNumber(2025, 1, 13), dayNumber(2025, 4, 3)]);
    expect(shown.notes).toEqual([]);
    const iso = await readPosts([['meta.csv', meta('2025-01-02T10:00:00Z')]]);
    expect(iso.notes).toEqual([]);
  });

  it('a sheet that is not Meta\'s keeps refusing dates whose order it does not show', async () => {
    await expect(readPosts([['p.csv', 'account,publish time,likes\na,01/02/2025 10:00,5\n']])).rejects.toThrow(/p\.csv: the day\/month order of 1 of 1 dates is ambiguous .*--dates dmy or --dates mdy$/);
  });

  it('one ambiguous date among many the file orders otherwise is rejected on its own row, as before', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => `a,2025-01-${String(i + 10).padStart(2, '0')} 10:00,${5 + i}`);
    const r = await readPosts([['p.csv', ['account,publish time,likes', ...rows, 'a,01/02/2025 10:00,9'].join('\n') + '\n']]);
    expect(r.used).toBe(12);
    expect(r.rejected.map((x) => [x.line, x.reason])).toEqual([[14, 'day and month order is ambiguous (use --dates dmy or --dates mdy)']]);
    expect(r.notes).toEqual([]);
  });

  it('a French sheet\'s ambiguous dates read day-first, and a note says so; a French Meta export stays month-first', async () => {
    const fr = await readPosts([['p.csv', 'compte;date de publication;mentions j\'aime\na;03/02/2026 10h00;5\na;04/02/2026;6\n']]);
    expect(only(fr.joiner).posts!.map((p) => p.day)).toEqual([dayNumber(2026, 2, 3), dayNumber(2026, 2, 4)]);
    expect(fr.notes).toEqual(['p.csv: dates like "03/02/2026 10h00" read day-first (the header is in French, written day-first): set --dates mdy if not']);
    const metaFr = 'Identifiant de la publication;Nom d\'utilisateur du compte;Heure de publication;Type de publication;J\'aime\n1;a;01/02/2025 10:00;Image IG;5\n';
    const m = await readPosts([['meta-fr.csv', metaFr]]);
    expect(only(m.joiner).posts!.map((p) => p.day)).toEqual([dayNumber(2025, 1, 2)]);
    expect(m.notes[0]).toMatch(/read month-first \(Meta Business Suite writes them so\)/);
  });

  it('a file mixing day-first and month-first dates is an error naming --dates', async () => {
    await expect(readPosts([['p.csv', 'account,date,likes\na,13/02/2026,5\na,02/14/2026,6\n']])).rejects.toThrow(/p\.csv: dates mix .*--dates dmy or --dates mdy/);
  });

  it('the same permalink twice is a duplicate even without ids', async () => {
    const csv = 'account,date,likes,url\na,2026-02-01,5,https://www.instagram.com/p/AAA/\na,2026-02-02,6,https://instagram.com/p/AAA\n';
    const r = await readPosts([['p.csv', csv]]);
    expect(r.used).toBe(1);
    expect(r.rejected[0]).toMatchObject({ line: 3, value: 'https://instagram.com/p/AAA', reason: 'duplicate post (same permalink) for a (instagram); first at p.csv:2' });
  });

  it('the same post id under two accounts is no duplicate', async () => {
    const r = await readPosts([['p.csv', 'account,date,likes,post id\na,2026-02-01,5,1\nb,2026-02-01,6,1\n']]);
    expect(r.used).toBe(2);
  });

  it('permalinks naming several accounts do not name the file\'s account', async () => {
    const csv = 'time,likes,link\n2026-02-01,5,https://x.com/one/status/1\n2026-02-02,6,https://x.com/two/status/2\n';
    const r = await readPosts([['fixtures/mixed.csv', csv]]);
    expect(only(r.joiner)).toMatchObject({ handle: 'mixed', platform: 'x' });
    expect(r.notes).toEqual(['fixtures/mixed.csv: no account column: the permalinks name 2 accounts, so the account is "mixed" (from the file name; set it with --handle)']);
  });

  it('a roster row read before the posts keeps its follower count', async () => {
    const joiner = new Joiner();
    const draft = joiner.get('a', 'instagram');
    draft.profile = { followers: 9000 };
    draft.profileAt = { file: 'roster.csv', line: 2 };
    const run = await readAll('p.csv', 'account,published,likes,followers\na,2026-02-01,5,100\n');
    const r = recognise(run.head!.header, {}, 'p.csv');
    if (r.kind !== 'posts') throw new Error(r.kind);
    const reader = new PostsReader(run.head!, r.columns, {
      handle: undefined, fileHandle: 'p', platformFlag: undefined, platformHint: undefined, defaultPlatform: 'instagram',
      dateOrder: undefined, startYear: 2026, note: () => {},
    }, joiner, new SeenPosts(), () => {}, () => {});
    for (const [line, f] of run.records) reader.record(f, line);
    reader.end();
    expect(draft.profile).toEqual({ followers: 9000 });
    expect(draft.posts![0]!.followers).toBe(100);
  });
});

describe('postRow: each bad cell is rejected with its line, column, value and reason', () => {
  const header = ['account', 'published', 'likes', 'views', 'post id'];
  const columns: ColumnMap<PostField> = { handle: 0, published: 1, likes: 2, views: 3, id: 4 };
  const row = (fields: string[]) => postRow(fields, 7, { file: 'p.csv', header, columns, decimalMark: '.', dateOrder: undefined, years: new YearPlacer(2026) });

  it.each<[string, string[], string, string, string]>([
    ['a fractional count', ['a', '2026-02-01', '12.5', '100', '1'], 'likes', '12.5', 'a count cannot have a fraction'],
    ['a negative count', ['a', '2026-02-01', '12', '-3', '1'], 'views', '-3', 'cannot be negative'],
    ['a word for a count', ['a', '2026-02-01', 'many', '3', '1'], 'likes', 'many', 'not a number'],
    ['no publish time', ['a', '', '1', '3', '1'], 'published', '', 'missing publish time'],
    ['no date at all', ['a', 'yesterday', '1', '3', '1'], 'published', 'yesterday', 'not a date'],
    ['an empty account', ['', '2026-02-01', '1', '3', '1'], 'account', '', 'empty handle'],
    ['a Total row', ['a', '', '100', '300', 'Total'], 'post id', 'Total', TOTAL_ROW_REASON],
  ])('%s', (_name, fields, column, value, reason) => {
    expect(row(fields)).toEqual({ file: 'p.csv', line: 7, column, value, reason, ...(reason === TOTAL_ROW_REASON ? { expected: true } : {}) });
  });

  it('"-" and empty counts are missing, never 0; "89.0" is 89; "1.2K" is 1,200', () => {
    const r = row(['@a', '2026-02-01', '89.0', '-', '2027708105490804857']);
    expect(r).toEqual({ line: 7, handle: 'a', post: { day: dayNumber(2026, 2, 1), published: '2026-02-01', id: '2027708105490804857', likes: 89 }, yearless: false });
    expect(row(['a', '2026-02-01', '1.2K', '', '']) as { post: object }).toMatchObject({ post: { likes: 1200 } });
  });

  it('a year-less date (TikTok Studio style) is placed in a year and marked', () => {
    expect(row(['a', 'August 31', '3', '9', '1'])).toMatchObject({ post: { day: dayNumber(2026, 8, 31) }, yearless: true });
  });
});
