import { describe, expect, it } from 'vitest';
import { runInProcess } from '../fuzz/cli-harness.js';
import { tempFiles } from '../temp-files.js';

const file = tempFiles('roster-numbers');

interface Signal { id: string; status: string; message: string; evidence: Record<string, unknown> }
interface Doc {
  accounts: { handle: string; followers: number; verdict: string; signals: Signal[] }[];
  notes: string[];
  warnings: { file: string; line: number; column: string; value: string; reason: string }[];
  summary: { rows: { read: number; used: number; rejected: number } };
}

async function json(args: string[]): Promise<{ code: number; doc: Doc; stderr: string }> {
  const run = await runInProcess(['score', ...args, '--format', 'json']);
  return { code: run.code, doc: JSON.parse(run.stdout) as Doc, stderr: run.stderr };
}

const account = (doc: Doc, handle: string) => doc.accounts.find((a) => a.handle === handle)!;
const engagement = (doc: Doc, handle: string) => account(doc, handle).signals.find((s) => s.id === 'engagement-rate')!;

describe('score: engagement rates a roster cannot hold', () => {
  // regression: ER 120 %, 62 % and 25,400 %; pump.it (312k followers, 62 interactions a post) came out authentic
  it('a bare "Engagement" column of counts is read as average engagements, not as the rate, and a note says so', async () => {
    const p = file('engagement-counts.csv', 'Username,Followers,Engagement\nhana,5650,120\npump.it,312400,62\nbig.one,900000,"25,400"\n');
    const { code, doc, stderr } = await json([p]);
    expect(code).toBe(0);
    const note = `${p}: column "Engagement" holds counts (120, 25,400), not engagement rates: read as average engagements (interactions a post); if it is the rate after all, name it with --map engagement-rate="Engagement"`;
    expect(doc.notes).toContain(note);
    expect(stderr).toContain(note);
    // 62 interactions a post on 312,400 followers: the textbook bought audience.
    expect(account(doc, 'pump.it').verdict).toBe('likely-fake');
    expect(doc.summary.rows).toEqual({ read: 3, used: 3, rejected: 0 });
  });

  it('mapped as average likes, the same column gives rates on followers: pump.it is no longer authentic', async () => {
    const p = file('engagement-mapped.csv', 'Username,Followers,Engagement\nhana,5650,120\npump.it,312400,62\nbig.one,900000,"25,400"\n');
    const { doc } = await json([p, '--map', 'avg-likes=Engagement']);
    expect(engagement(doc, 'pump.it').evidence['ratePct']).toBeCloseTo(0.0198, 4);
    expect(account(doc, 'pump.it').verdict).not.toBe('authentic');
  });

  it('a bare "Engagement" column of rates is still the rate, as are the French and short forms', async () => {
    const p = file('engagement-rates.csv', 'Username,Followers,Engagement\nivy,9800,3.1\nsun,15000,2.5\n');
    const { doc } = await json([p]);
    expect(engagement(doc, 'ivy').evidence['ratePct']).toBe(3.1);
    const fr = file('taux.csv', "Pseudo;Abonnés;Taux d'engagement\nivy;9 800;3,1\n");
    expect(engagement((await json([fr])).doc, 'ivy').evidence['ratePct']).toBe(3.1);
    for (const header of ['Eng. rate', 'ER (%)', 'Engagement (30 derniers posts)']) {
      const short = file('eng-rate.csv', `Handle,Followers,${header}\nivy,9800,3.1\n`);
      expect(engagement((await json([short])).doc, 'ivy').evidence['ratePct']).toBe(3.1);
    }
  });

  it('a rate above 100 % is a warning naming --map, and the row is used; "1,234" is never 1,234 %', async () => {
    const p = file('er-high.csv', 'Username,Followers,ER\nivy,9800,3.1\nsun,15000,"2,5"\nrain,22000,180\nmoon.art,31000,"1,234"\n');
    const { code, doc } = await json([p]);
    expect(code).toBe(0);
    expect(doc.summary.rows).toEqual({ read: 4, used: 4, rejected: 0 });
    expect(engagement(doc, 'sun').evidence['ratePct']).toBe(2.5);
    expect(doc.warnings).toEqual([
      { file: p, line: 4, column: 'ER', value: '180', reason: 'above 100 %, no engagement rate (every post would have drawn more interactions than the account has followers): not read; if the column counts interactions per post, name it with --map avg-engagements="ER"' },
      { file: p, line: 5, column: 'ER', value: '1,234', reason: "this file's decimal mark is the point, so this comma would group thousands (1,234 %, no engagement rate); not read, since 1.234 % would be a guess: write it with a point" },
    ]);
    expect(JSON.stringify(doc.accounts)).not.toContain('1234');
  });

  it('in a file whose decimal mark is the comma, "1,234" is 1.234 %', async () => {
    const p = file('er-comma.csv', 'Pseudo;Abonnés;ER\nivy;9800;3,1\nmoon.art;31000;1,234\n');
    const { doc } = await json([p]);
    expect(engagement(doc, 'moon.art').evidence['ratePct']).toBe(1.234);
    expect(doc.warnings).toEqual([]);
  });
});

describe('score: a unit in the header', () => {
  const roster = 'Handle,Followers (K),Avg likes,ER %\nlena.yoga,12.5,410,3.3\nbot.ring,310,55,0.02\nmega.star,"1,250",95000,7.6\n';

  // regression: "columns not recognised", then with --map 310 followers, "1,250" followers and 12.5 "not a count"
  it('"Followers (K)" is followers in thousands, with a note, with or without --map', async () => {
    const p = file('followers-k.csv', roster);
    for (const args of [[p], [p, '--map', 'followers=Followers (K)']]) {
      const { code, doc, stderr } = await json(args);
      expect(code).toBe(0);
      expect(doc.accounts.map((a) => [a.handle, a.followers])).toEqual([['lena.yoga', 12_500], ['bot.ring', 310_000], ['mega.star', 1_250_000]]);
      expect(doc.warnings).toEqual([]);
      const note = `${p}: column "Followers (K)" is in thousands, as its header says: its numbers are multiplied by 1,000 (12.5 → 12,500)`;
      expect(doc.notes).toContain(note);
      expect(stderr).toContain(note);
      expect(account(doc, 'bot.ring').verdict).not.toBe('authentic');
    }
  });

  it('French units read alike; a header with no unit is never multiplied', async () => {
    const p = file('abonnes-milliers.csv', 'Pseudo;Abonnés (en milliers);Vues moyennes (k)\nlena;12,5;3,2\n');
    const { doc } = await json([p, '-p', 'tiktok']);
    expect(account(doc, 'lena').followers).toBe(12_500);
    const plain = file('plain.csv', 'Handle,Followers\nlena,310\n');
    expect(account((await json([plain])).doc, 'lena').followers).toBe(310);
  });
});

describe('score: Excel\'s text escape in a number', () => {
  it('="12500" is 12,500 followers, not "not a number"', async () => {
    const p = file('excel-escape.csv', 'Username,Followers,Avg likes\nmaya.cooks,="12500",380\n');
    const { doc } = await json([p]);
    expect(account(doc, 'maya.cooks').followers).toBe(12_500);
    expect(account(doc, 'maya.cooks').verdict).not.toBe('insufficient-data');
    expect(doc.warnings).toEqual([]);
  });
});

describe('score: a window in the header', () => {
  // regression: "Average views (last 10 videos)" was unread, and the skip sent the user to --map
  it('"Average views (last 10 videos)" is average views, and views alone say plainly why there is no verdict', async () => {
    const p = file('yt-window.csv', 'Channel,Subscribers,Average views (last 10 videos)\n@GamingGuru,1.2M,410\n');
    const { doc } = await json([p, '--platform', 'youtube']);
    expect(doc.notes.filter((n) => n.includes('not read'))).toEqual([]);
    expect(engagement(doc, 'GamingGuru').message).toBe('average views only, no likes or engagement rate: youtube engagement counts interactions (per view), and there is no norm for views per subscriber to judge them by');
    expect(engagement(doc, 'GamingGuru').message).not.toContain('--map');
  });

  it('with likes beside it, the windowed views make the rate on views', async () => {
    const p = file('tt-window.csv', 'Username,Followers,Avg likes (last 30 days),Vues moyennes (30 derniers posts)\nnano.chef,80000,2000,25000\n');
    const { doc } = await json([p, '--platform', 'tiktok']);
    expect(engagement(doc, 'nano.chef').evidence).toMatchObject({ basis: 'views', ratePct: 8 });
  });
});

describe('"Avg. Engagement": a rate or interactions a post, by its header and its values', () => {
  it.each([
    ['a % in the header: the rate', 'handle,platform,followers,Avg. Engagement (%)\nmaya,instagram,50000,1.8\nleo,instagram,20000,2.4\n', 'authentic', 'is read as the engagement rate (a % in its header)'],
    ['values that read as rates on the followers: the rate, said', 'handle,platform,followers,Avg. Engagement\nmaya,instagram,50000,1.8\nleo,instagram,20000,2.4\n', 'authentic', "is read as the engagement rate (its values read as rates on the rows' followers"],
    ['counts: interactions a post', 'handle,platform,followers,Avg. Engagement\nmaya,instagram,50000,1450\nleo,instagram,20000,600\n', 'authentic', undefined],
  ])('%s', async (_name, text, verdict, note) => {
    const p = file(`avg-engagement-${verdict}.csv`, text);
    const { code, doc } = await json([p]);
    expect(code).toBe(0);
    expect(account(doc, 'maya').verdict).toBe(verdict);
    if (note) expect(doc.notes.some((n) => n.includes(note))).toBe(true);
  });

  it('one typo among the rates of a bare Engagement column costs its cell, not the column', async () => {
    const p = file('engagement-typo.csv', 'handle,platform,followers,following,Engagement\na.one,instagram,50000,400,2.1\nb.two,instagram,20000,300,3.4\nc.three,instagram,9000,300,1.8\nd.four,instagram,30000,300,450\n');
    const { doc } = await json([p]);
    expect(account(doc, 'a.one').verdict).toBe('authentic');
    expect(doc.warnings).toEqual([expect.objectContaining({ line: 5, column: 'Engagement', value: '450' })]);
  });
});
