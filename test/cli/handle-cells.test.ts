import { describe, expect, it } from 'vitest';
import { runInProcess } from '../fuzz/cli-harness.js';
import { tempFiles } from '../temp-files.js';

const file = tempFiles('handle-cells');

interface Doc {
  accounts: { handle: string; platform: string; verdict: string }[];
  rejected: { line: number; column: string | null; value: string | null; reason: string }[];
  notes: string[];
  warnings: { line: number; column: string; reason: string }[];
  summary: { rows: { read: number; used: number; rejected: number } };
}

async function score(name: string, content: string): Promise<Doc> {
  const run = await runInProcess(['score', file(name, content), '--format', 'json']);
  expect(run.code).toBe(0);
  const doc = JSON.parse(run.stdout) as Doc;
  expect(doc.summary.rows.read).toBe(doc.summary.rows.used + doc.summary.rows.rejected);
  return doc;
}

describe('score: what a handle cell names', () => {
  // regression: both read as the handle "_u", so the bought account was rejected as the first one's duplicate
  it('Instagram deep links (instagram.com/_u/NAME) name their accounts', async () => {
    const doc = await score('u.csv', 'profile,followers,avg likes\nhttps://instagram.com/_u/sophie.lens,24000,700\nhttps://www.instagram.com/_u/boughtking/,312000,50\n');
    expect(doc.accounts.map((a) => [a.handle, a.platform])).toEqual([['sophie.lens', 'instagram'], ['boughtking', 'instagram']]);
    expect(doc.accounts[1]!.verdict).not.toBe('authentic');
    expect(doc.rejected).toEqual([]);
  });

  // regression: every one of these was scored as an Instagram account named after the whole link
  it('a post link or a link to another site is rejected with its column and reason; intent and short profile links are read', async () => {
    const doc = await score('l.csv', [
      'profile,followers,avg likes',
      'https://www.instagram.com/p/C1a2B3c4D5e/,9000,300',
      'https://linktr.ee/julia,9000,300',
      'https://twitter.com/intent/user?screen_name=jules_b,8000,40',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ,50000,900',
      'https://vm.tiktok.com/@dance.duo,650000,240000',
      'maya.cooks,12000,400',
    ].join('\n'));
    expect(doc.accounts.map((a) => [a.handle, a.platform])).toEqual([['jules_b', 'x'], ['dance.duo', 'tiktok'], ['maya.cooks', 'instagram']]);
    const post = "a post or video link, not a profile: give the account's profile link or handle";
    expect(doc.rejected.map((r) => [r.line, r.column, r.reason])).toEqual([
      [2, 'profile', post],
      [3, 'profile', 'a link to linktr.ee, not a profile on a platform influaudit knows (instagram, tiktok, youtube, x, facebook)'],
      [5, 'profile', post],
    ]);
  });

  // regression: `="maya.cooks"` and `'boughtking` kept the escape, and a "Name⏎@handle" cell was an account of its own
  it('Excel text escapes are unwrapped and a cell of a name and an @handle is that handle', async () => {
    const doc = await score('x.csv', 'Username,Followers,Avg likes\n="maya.cooks",12500,380\n\'boughtking,312000,50\n"Maya C.\n@maya.cooks",12000,400\n"Leo\nLeo R.",5000,100\n');
    expect(doc.accounts.map((a) => a.handle)).toEqual(['maya.cooks', 'boughtking']);
    expect(doc.rejected.map((r) => [r.line, r.column, r.reason.replace(/;.*/, '')])).toEqual([
      [4, 'Username', 'duplicate roster row (instagram)'],
      [6, 'Username', "several lines, and not exactly one of them an @handle or a profile link: give the account's handle alone"],
    ]);
  });

  it('platform cells with a word for a part of the platform or a short name', async () => {
    const doc = await score('p.csv', 'Handle,Platform,Followers,Avg likes\na,Facebook Page,12000,400\nb,Page Facebook,12000,400\nc,Twitter/X,1000,40\nd,YT,1000,40\ne,Instagram/TikTok,1000,40\n');
    expect(doc.accounts.map((a) => [a.handle, a.platform])).toEqual([['a', 'facebook'], ['b', 'facebook'], ['c', 'x'], ['d', 'youtube']]);
    expect(doc.rejected.map((r) => [r.line, r.column, r.value])).toEqual([[6, 'Platform', 'Instagram/TikTok']]);
  });

  it('a wide history column headed by a link to another site keeps its figures, under its header, and says so', async () => {
    const doc = await score('wide.csv', 'date,https://www.instagram.com/_u/maya.cooks/,https://linktr.ee/bob\n2025-01-01,1000,200\n2025-01-02,1010,210\n');
    expect(doc.accounts.map((a) => a.handle)).toEqual(['maya.cooks', 'https://linktr.ee/bob']);
    expect(doc.notes.join('\n')).toMatch(/the column "https:\/\/linktr\.ee\/bob" names no account: a link to linktr\.ee, not a profile on a platform influaudit knows .*; its figures are read as the account "https:\/\/linktr\.ee\/bob"/);
  });
});

describe('a profile link against the platform cell', () => {
  it('the cell names the row\'s figures and wins, with a warning naming both', async () => {
    const doc = await score('link-platform.csv', 'handle,platform,followers\nhttps://www.tiktok.com/@dance,instagram,5000\nhttps://www.tiktok.com/@dance2,TikTok,5000\n');
    expect(doc.accounts.map((a) => [a.handle, a.platform])).toEqual([['dance', 'instagram'], ['dance2', 'tiktok']]);
    expect(doc.warnings).toEqual([expect.objectContaining({ line: 2, column: 'handle', reason: 'the profile link is on tiktok, the platform cell says instagram: the link\'s platform is not used (read as instagram, under the link\'s name)' })]);
  });
});

describe('the default-platform note of a history whose links name some accounts', () => {
  it('says some accounts took the default, not "nothing in the file"', async () => {
    const doc = await score('history-links.csv', 'handle,date,followers\nhttps://www.tiktok.com/@maya.k,2026-01-01,10000\nhttps://www.tiktok.com/@maya.k,2026-01-08,10100\nleo.b,2026-01-01,5000\nleo.b,2026-01-08,5100\n');
    expect(doc.notes.some((n) => n.endsWith('history-links.csv: some accounts name no platform (no profile link where others have one): read as instagram, the default (set it with --platform)'))).toBe(true);
  });
});
