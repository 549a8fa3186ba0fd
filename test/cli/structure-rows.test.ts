import { describe, expect, it } from 'vitest';
import { runInProcess } from '../fuzz/cli-harness.js';
import { tempFiles } from '../temp-files.js';

/** Rows that are no data: the header again, a second table, titles, notes and footers. */
const file = tempFiles('structure');

interface Doc {
  accounts: { handle: string; platform: string; followers: number | null; verdict: string }[];
  notes: string[];
  rejected: { line: number; column: string | null; value: string | null; reason: string; expected?: true }[];
  summary: { rows: { read: number; used: number; rejected: number }; gate: { failed: boolean; failedRows: number } };
  warnings: unknown[];
}

async function json(...args: string[]): Promise<{ code: number; doc: Doc; stderr: string }> {
  const r = await runInProcess(['score', ...args, '--format', 'json']);
  return { code: r.code, doc: JSON.parse(r.stdout) as Doc, stderr: r.stderr };
}

const TWO_TABLES = 'Instagram\nhandle,followers,avg likes,avg comments\nrose.atelier,22000,640,25\nmass.buy,280000,60,1\n\nTikTok\nhandle,followers,avg views,avg likes\nrose.atelier,150000,42000,5100\nviral.pete,900000,12000,150\n';
const JOINED = 'Username,Followers,Avg likes\nivy,9800,350\nUsername,Followers,Avg likes\nsun,15000,600\n';
const FOOTERS = 'Username,Followers,Avg likes\nivy.paints,9800,350\nfarm.ig,425000,85\n\nExported with Modash (modash.io) on 03/04/2025\n"Engagement rate = average likes / followers"\n';

describe('a second table in one file', () => {
  it('is not read with the first header: its header and rows are rejected, counted and said once', async () => {
    const { code, doc, stderr } = await json(file('two.csv', TWO_TABLES));
    expect(code).toBe(0);
    expect(doc.accounts.map((a) => a.handle)).toEqual(['rose.atelier', 'mass.buy']);
    expect(doc.warnings).toEqual([]);
    expect(doc.rejected.map((r) => [r.line, r.expected ?? false])).toEqual([[6, true], [7, false], [8, false], [9, false]]);
    expect(doc.rejected[0]).toMatchObject({ value: 'TikTok', reason: expect.stringContaining('a title, note or footer line') });
    for (const r of doc.rejected.slice(1)) expect(r.reason).toMatch(/second table, with its own header on line 7: not read .*split the file/);
    expect(doc.rejected[2]!.value).toBe('rose.atelier,150000,42000,5100');
    expect(doc.summary.rows).toEqual({ read: 6, used: 2, rejected: 4 });
    expect(doc.notes).toContainEqual(expect.stringMatching(/two\.csv: a second table with its own header starts on line 7 \("handle, followers, avg views, avg likes"\): its header and the 2 rows after it were not read/));
    expect(stderr).not.toMatch(/duplicate roster row/);
  });

  it('fails --strict: its rows were lost', async () => {
    const r = await runInProcess(['score', file('two-strict.csv', TWO_TABLES), '--strict', '--format', 'markdown']);
    expect(r.code).toBe(1);
    const accounts = r.stdout.split('### Rejected rows')[0]!;
    expect(accounts).not.toMatch(/\| (TikTok|handle|viral\.pete) \|/);
    expect(accounts).toMatch(/Rows: 6 read, 2 used, 4 rejected/);
    expect(accounts).toMatch(/\*\*Gate: failed\*\* on 3 rejected rows/);
  });

  it('a history header under a roster, beside a history file (output begins after reading): the same rejection', async () => {
    const roster = file('mixed.csv', 'handle,followers,avg likes\nanna,12000,400\n\ndate,followers\n2026-03-01,12000\n2026-03-02,12040\n');
    const history = file('anna.csv', 'date,followers\n2026-03-01,12000\n2026-03-02,12040\n2026-03-03,12090\n');
    const { doc } = await json(roster, history, '--platform', 'instagram');
    expect(doc.rejected.filter((r) => r.reason.includes('second table')).map((r) => r.line)).toEqual([4, 5, 6]);
    expect(doc.summary.rows.read).toBe(doc.summary.rows.used + doc.summary.rows.rejected);
  });
});

describe('the header repeated (files joined with cat)', () => {
  it('is rejected as expected and reading goes on with the same columns', async () => {
    const { code, doc } = await json(file('cat.csv', JOINED), '--strict');
    expect(code).toBe(0);
    expect(doc.accounts.map((a) => [a.handle, a.followers])).toEqual([['ivy', 9800], ['sun', 15000]]);
    expect(doc.rejected).toEqual([{ file: expect.stringMatching(/cat\.csv$/), line: 3, column: null, value: 'Username,Followers,Avg likes', reason: expect.stringContaining('the header repeated (files joined?)'), expected: true }]);
    expect(doc.warnings).toEqual([]);
    expect(doc.summary.rows).toEqual({ read: 3, used: 2, rejected: 1 });
  });

  it('in a table: no account named Username, --strict passes', async () => {
    const r = await runInProcess(['score', file('cat-table.csv', JOINED), '--strict', '--format', 'table']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/│ Username/);
    expect(r.stdout).toMatch(/rows: 3 read, 2 used, 1 rejected · gate passed/);
  });

  it("with the second file's byte order mark and CRLF, in a French semicolon export", async () => {
    const one = "Compte;Abonnés;J'aime moyens\r\nalice;12 300;400\r\n";
    const { code, doc } = await json(file('fr.csv', `${one}\uFEFF${one.replace('alice', 'bruno')}`), '--strict', '--platform', 'instagram');
    expect(code).toBe(0);
    expect(doc.accounts.map((a) => a.handle)).toEqual(['alice', 'bruno']);
    expect(doc.rejected).toEqual([expect.objectContaining({ line: 3, expected: true })]);
  });

  it('in a history joined from two exports', async () => {
    const days = (from: number) => Array.from({ length: 4 }, (_, i) => `anna,2026-03-0${from + i},${1000 + 10 * (from + i)}`);
    const { doc } = await json(file('history.csv', ['handle,date,followers', ...days(1), 'handle,date,followers', ...days(5)].join('\n') + '\n'), '--platform', 'instagram');
    expect(doc.rejected).toEqual([expect.objectContaining({ line: 6, expected: true, reason: expect.stringContaining('header repeated') })]);
    expect(doc.summary.rows).toEqual({ read: 9, used: 8, rejected: 1 });
  });

  it('in a follower sample (influaudit followers)', async () => {
    const sample = 'username,followers,following,is_private,has_profile_pic\nbot1,3,900,False,False\nusername,followers,following,is_private,has_profile_pic\nreal1,340,280,True,True\n';
    const r = await runInProcess(['followers', file('sample.csv', sample), '--of', 'anna', '--format', 'json']);
    const doc = JSON.parse(r.stdout) as { rejected: Doc['rejected']; summary: { rows: Doc['summary']['rows'] } };
    expect(doc.rejected).toEqual([expect.objectContaining({ line: 3, expected: true })]);
    expect(doc.summary.rows).toEqual({ read: 3, used: 2, rejected: 1 });
  });
});

describe('title, note and footer lines', () => {
  it('are no accounts, and --strict passes (table)', async () => {
    const r = await runInProcess(['score', file('footer.csv', FOOTERS), '--strict', '--format', 'table']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/Exported with|Engagement rate =/);
    expect(r.stdout).toMatch(/rows: 4 read, 2 used, 2 rejected · gate passed/);
  });

  it('are listed with their line and reason (json)', async () => {
    const { doc } = await json(file('footer.csv', FOOTERS), '--strict');
    expect(doc.rejected).toEqual([
      expect.objectContaining({ line: 5, column: 'Username', value: 'Exported with Modash (modash.io) on 03/04/2025', expected: true, reason: expect.stringContaining('a title, note or footer line') }),
      expect.objectContaining({ line: 6, value: 'Engagement rate = average likes / followers', expected: true }),
    ]);
    expect(doc.summary.gate).toMatchObject({ failed: false, failedRows: 0 });
  });

  it('with a platform column: not an unknown platform, and no note on empty platform cells', async () => {
    const text = 'handle,platform,followers,avg likes\nivy.paints,instagram,9800,350\nfarm.ig,tiktok,425000,85\nNotes:,,,\n"Rates are averages over the last 30 posts, not medians",,,\nSource: Modash, HypeAuditor,,\n';
    const { code, doc } = await json(file('notes.csv', text), '--strict');
    expect(code).toBe(0);
    expect(doc.rejected.map((r) => [r.line, r.value, r.expected])).toEqual([
      [4, 'Notes:', true],
      [5, 'Rates are averages over the last 30 posts, not medians', true],
      [6, 'Source: Modash, HypeAuditor', true],
    ]);
    expect(doc.rejected.map((r) => r.reason).join()).not.toMatch(/unknown platform/);
    expect(doc.notes.join('\n')).not.toMatch(/empty platform cell/);
  });

  it('a row holding a figure is read, whatever its first cell says', async () => {
    const { doc } = await json(file('channels.csv', 'channel,subscribers,avg views\nMark Rober,25000000,9000000\nSmarter Every Day,,\n'), '--platform', 'youtube');
    // A channel of a few words with its figures left empty is an account with insufficient data, not a note.
    expect(doc.accounts.map((a) => [a.handle, a.verdict])).toEqual([['Mark Rober', 'insufficient-data'], ['Smarter Every Day', 'insufficient-data']]);
    expect(doc.rejected).toEqual([]);
  });
});
