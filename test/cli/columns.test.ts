import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../fuzz/cli-harness.js';
import { tempFiles } from '../temp-files.js';

const file = tempFiles('columns');

interface Doc {
  accounts: { handle: string; platform: string; followers: number; verdict: string; signals: { id: string; status: string; message: string; evidence?: Record<string, unknown> }[] }[];
  notes: string[];
  rejected: { file: string; line: number; column: string | null; reason: string }[];
  summary: { rows: { read: number; used: number; rejected: number } };
}

async function json(args: string[]): Promise<{ code: number; doc: Doc; stderr: string }> {
  const run = await runInProcess(['score', ...args, '--format', 'json']);
  return { code: run.code, doc: JSON.parse(run.stdout) as Doc, stderr: run.stderr };
}

const engagement = (doc: Doc, handle: string) => doc.accounts.find((a) => a.handle === handle)?.signals.find((s) => s.id === 'engagement-rate');

describe('score: agency headers in French and English', () => {
  it('reads "Nb d\'abonnements", "Moyenne des j\'aime" and "Taux d\'engagement moyen": nothing is left unread', async () => {
    const p = file('fr-unmatched.csv', "Pseudo;Abonnés;Nb d'abonnements;Moyenne des j'aime;Taux d'engagement moyen\nfake.big;300 000;1 200;50;0,02 %\nsmall.f4f;3 000;2 900;150;5,3 %\n");
    const { code, doc } = await json([p]);
    expect(code).toBe(0);
    expect(engagement(doc, 'fake.big')?.status).toBe('flag');
    expect(doc.accounts.find((a) => a.handle === 'fake.big')?.signals.find((s) => s.id === 'follow-ratio')?.message).toContain('1,200');
    expect(doc.notes.filter((n) => n.includes('not read'))).toEqual([]);
  });

  it('reads typographic apostrophes (Nb d’abonnés, J’aime moyens)', async () => {
    const p = file('fr-typo.csv', 'Nom d’utilisateur;Réseau social;Nb d’abonnés;Nombre d’abonnements;J’aime moyens;Commentaires moyens;Vues moyennes;Taux d’engagement (%);Certifié\nalice.b;Instagram;12 300;410;400;12;;3,4;Oui\ntt.b;TikTok;80 000;50;2 000;40;25 000;8,2;Non\n');
    const { code, doc } = await json([p]);
    expect(code).toBe(0);
    expect(doc.accounts.map((a) => a.handle)).toEqual(['alice.b', 'tt.b']);
    expect(engagement(doc, 'tt.b')?.status).toBe('pass');
  });
});

describe('score: roster columns no role recognised', () => {
  const header = 'Pseudo;Abonnés;Moyenne des vues par reel;Taux de clics;Pays';
  const rows = 'fake.big;300 000;1 200;2 %;FR\nsmall.f4f;3 000;900;5 %;BE\n';

  it('are named in a note (stderr and notes[]) with the --map hint, and the skip names them instead of denying the data', async () => {
    const p = file('unknown.csv', `${header}\n${rows}`);
    const { code, doc, stderr } = await json([p]);
    expect(code).toBe(0);
    const note = `${p}: 2 columns no role recognised are not read: "Moyenne des vues par reel", "Taux de clics"; if one holds a figure the audit uses, name it with --map FIELD="Header" (fields this file has no column for: platform, following, posts, recent-avg-likes, avg-likes, avg-comments, avg-shares, avg-views …and 5 more)`;
    expect(doc.notes).toContain(note);
    expect(stderr).toContain(`influaudit: ${note}\n`);
    // "Pays" is a column rosters carry on purpose: not worth a word.
    expect(stderr).not.toContain('"Pays"');
    expect(engagement(doc, 'fake.big')?.message).toBe('no column read as average likes or engagement rate (columns not read: "Moyenne des vues par reel", "Taux de clics")');
  });

  it('once mapped, a column is read and no longer named', async () => {
    const p = file('mapped.csv', `${header}\n${rows}`);
    const { code, doc } = await json([p, '--map', 'avg-views=Moyenne des vues par reel', '--map', 'engagement-rate=Taux de clics']);
    expect(code).toBe(0);
    expect(doc.notes.filter((n) => n.includes('not read'))).toEqual([]);
    expect(engagement(doc, 'fake.big')?.status).not.toBe('skip');
  });

  it('a long list is cut after five', async () => {
    const p = file('wide.csv', 'handle,followers,a1,a2,a3,a4,a5,a6,a7\nx,1000,1,2,3,4,5,6,7\n');
    const { doc } = await json([p]);
    expect(doc.notes.find((n) => n.includes('not read'))).toContain('7 columns no role recognised are not read: "a1", "a2", "a3", "a4", "a5" …and 2 more;');
  });
});

describe('score: a title above the header', () => {
  const title = 'Export agence - mars 2025;;;;\n;;;;\nPseudo;Plateforme;Abonnés;Abonnements;Taux d\'engagement\nalice.b;Instagram;12 300;410;3,4\nbob.c;Myspace;1,2 k;300;4,1\n';

  it('is passed over and said; rows keep their lines in the file, and read = used + rejected', async () => {
    const p = file('title.csv', title);
    const { code, doc, stderr } = await json([p]);
    expect(code).toBe(0);
    const note = `${p}: the header is on line 3; the lines above it, a title, are not read as data (line 1: "Export agence - mars 2025"; line 2: separators only)`;
    expect(doc.notes).toContain(note);
    expect(stderr).toContain(note);
    expect(doc.accounts.map((a) => a.handle)).toEqual(['alice.b']);
    expect(doc.rejected).toEqual([expect.objectContaining({ file: p, line: 5, column: 'Plateforme' })]);
    expect(doc.summary.rows).toEqual({ read: 2, used: 1, rejected: 1 });
  });

  it('a title with no separator at all, in a file the delimiter must still be found for', async () => {
    const p = file('title-plain.csv', 'Export agence - mars 2025\n\nPseudo;Abonnés\nalice.b;12 300\n');
    const { code, doc } = await json([p]);
    expect(code).toBe(0);
    expect(doc.accounts.map((a) => a.handle)).toEqual(['alice.b']);
    expect(doc.notes).toContain(`${p}: the header is on line 3; the line above it, a title, is not read as data (line 1: "Export agence - mars 2025")`);
  });

  it('with no header in the first lines, the error is the first line\'s, without a stack', async () => {
    const p = file('no-header.csv', 'Export agence;;\nfoo;bar;baz\n1;2;3\n');
    const run = await runInProcess(['score', p]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/columns not recognised\. Saw "Export agence", "", ""/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('score: headers that fold alike, and other reviewed regressions', () => {
  const multi = 'Pseudo;Plateforme;Abonnés TikTok;Abonnés Instagram;Likes moyens TikTok;Likes moyens Instagram\nlea.cuisine;instagram;250000;12000;9000;400\ntom.sport;instagram;1200;540000;40;3000\n';

  // regression: both folded to "abonnes", and the TikTok count was read as the Instagram account's
  it('a column per platform is refused in one line naming the headers, the field and --map', async () => {
    const p = file('multi.csv', multi);
    const run = await runInProcess(['score', p, '--format', 'csv']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`influaudit: ${p}: columns "Abonnés TikTok" and "Abonnés Instagram" would both be read as followers; name the one to read with --map followers="Abonnés TikTok"\n`);
  });

  it('once --map names the columns, the right ones are read', async () => {
    const p = file('multi-mapped.csv', multi);
    const { code, doc } = await json([p, '--map', 'followers=Abonnés Instagram', '--map', 'avg-likes=Likes moyens Instagram']);
    expect(code).toBe(0);
    expect(doc.accounts.map((a) => [a.handle, a.platform, a.followers])).toEqual([['lea.cuisine', 'instagram', 12000], ['tom.sport', 'instagram', 540000]]);
  });

  it('a history with a column per platform is refused, not one series dropped', async () => {
    const p = file('history-two.csv', 'Date;Abonnés Instagram;Abonnés TikTok\n01/03/2026;12000;250000\n02/03/2026;12010;251000\n03/03/2026;12030;252000\n');
    const run = await runInProcess(['score', p]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('columns "Abonnés Instagram" and "Abonnés TikTok" would both be read as followers; name the one to read with --map followers="Abonnés Instagram"');
  });

  // regression: the folded fallback took "Abonnés Instagram", the first header folding to "abonnes"
  it('--map in another case takes the column it names', async () => {
    const p = file('multi-case.csv', 'Pseudo;Abonnés Instagram;Abonnés TikTok;ER Instagram;ER TikTok\nlea.cuisine;12000;250000;3,1;8,2\ntom.sport;540000;1200;1,2;0,5\n');
    const { code, doc } = await json([p, '-p', 'tiktok', '--map', 'followers=abonnés tiktok', '--map', 'engagement-rate=er tiktok']);
    expect(code).toBe(0);
    expect(doc.accounts.map((a) => [a.handle, a.followers])).toEqual([['lea.cuisine', 250000], ['tom.sport', 1200]]);
    const several = await runInProcess(['score', p, '--map', 'followers=abonnés']);
    expect(several.code).toBe(2);
    expect(several.stderr).toContain('--map followers="abonnés" names several columns: "Abonnés Instagram", "Abonnés TikTok"');
  });

  // regression: "nb followers" folded to "followers", and "NbFollowers" to "nbfollowers"
  it.each([
    ['camel.csv', 'InstagramHandle,NbFollowers,AvgLikes\nmarie.voyage,48200,1150\n'],
    ['camel2.csv', 'handle,nbabonnes,nb_posts\nmarie.voyage,48200,12\n'],
  ])('a filler word with no separator around it still matches (%s)', async (name, content) => {
    const { code, doc } = await json([file(name, content)]);
    expect(code).toBe(0);
    expect(doc.accounts.map((a) => [a.handle, a.followers])).toEqual([['marie.voyage', 48200]]);
    expect(doc.notes.filter((n) => n.includes('not read'))).toEqual([]);
  });

  // regression: an average count of interactions was read as a rate ("ER 1450.00 %")
  it('"Avg. Engagement" is not read as a rate: it is interactions a post, divided by followers', async () => {
    const p = file('avg-engagement.csv', 'Username,Followers,Avg. Engagement\nmarie.voyage,48200,1450\nnano.jardin,3200,310\n');
    const { code, doc } = await json([p]);
    expect(code).toBe(0);
    expect(engagement(doc, 'marie.voyage')?.evidence).toMatchObject({ ratePct: 3.0083 });
    expect(doc.notes.filter((n) => n.includes('not read'))).toEqual([]);
  });

  it('an X roster with average impressions and engagements is judged on impressions, and on followers beside', async () => {
    const p = file('x-roster.csv', 'Account,Platform,Followers,Avg. impressions,Avg. engagements\n@crypto_moon_x,X,520 000,1 900,4\n@real_x,X,52 000,21 000,310\n');
    const { code, doc } = await json([p]);
    expect(code).toBe(0);
    expect(engagement(doc, 'real_x')?.evidence).toMatchObject({ basis: 'impressions', ratePct: 1.4762, normTable: 'x-impressions-2025' });
    expect(doc.accounts.find((a) => a.handle === 'crypto_moon_x')?.verdict).toBe('likely-fake');
  });

  // regression: "Date;12/03/2025" was taken for a wide history's header and every row refused
  it.each([
    ['title-date.csv', 'Rapport agence;Instagram\nDate;12/03/2025\n\nhandle;followers;avg likes\nmarie.voyage;48200;1150\nnano.jardin;3200;265\n', 4],
    ['title-date2.csv', 'Instagram report\nDate,2025-03-12\nhandle,followers,avg likes\nmarie.voyage,48200,1150\nnano.jardin,3200,265\n', 3],
  ])('a key–value line above the table is part of the title (%s)', async (name, content, headerLine) => {
    const p = file(name, content);
    const { code, doc } = await json([p]);
    expect(code).toBe(0);
    expect(doc.accounts.map((a) => a.handle)).toEqual(['marie.voyage', 'nano.jardin']);
    expect(doc.notes.find((n) => n.includes('the header is on line'))).toContain(`the header is on line ${headerLine}; the lines above it`);
    expect(doc.summary.rows).toEqual({ read: 2, used: 2, rejected: 0 });
  });
});

describe('score: the bundled fixtures stay quiet', () => {
  const inputs = readdirSync('fixtures').filter((f) => /\.(csv|txt)$/.test(f));

  it.each(inputs)('%s: no unread-columns or title note', async (name) => {
    const run = await runInProcess(['score', `fixtures/${name}`, '--format', 'json']);
    expect(run.stderr).not.toMatch(/no role recognised|the header is on line/);
  });
});

describe('score: only the fields of the kind a file is read as can be ambiguous', () => {
  it.each([
    ['two profile URLs (posts permalinks, sample urls)', 'Handle,Platform,Followers,Avg likes,Avg comments,Instagram URL,TikTok URL\nlea.cuisine,instagram,12400,455,21,https://instagram.com/lea.cuisine,https://tiktok.com/@lea.cuisine\n'],
    ["two per-platform likes (a posts export's likes)", 'Handle,Platform,Followers,Avg likes,Avg comments,Likes Instagram,Likes TikTok\nlea.cuisine,instagram,12400,455,21,99999,88888\n'],
  ])('a roster with %s is read', async (_name, text) => {
    const { code, doc } = await json([file('roster-two.csv', text)]);
    expect(code).toBe(0);
    expect(doc.accounts.map((a) => [a.handle, a.followers])).toEqual([['lea.cuisine', 12400]]);
  });

  it('the same header twice: the first column is read, as before', async () => {
    const { code, doc } = await json([file('dup-header.csv', 'handle,date,followers,followers\nlea,2026-01-01,1000,1000\nlea,2026-01-02,1010,1010\n')]);
    expect(code).toBe(0);
    expect(doc.accounts.map((a) => [a.handle, a.followers])).toEqual([['lea', 1010]]);
  });
});
