import { describe, expect, it } from 'vitest';
import { runInProcess } from '../fuzz/cli-harness.js';
import { tempFiles } from '../temp-files.js';

interface Signal { id: string; status: string; logOdds: number; message: string; evidence: Record<string, unknown> }
interface Account { handle: string; platform: string; verdict: string; score: number | null; insufficient?: string; signals: Signal[] }
interface Doc { accounts: Account[]; warnings: unknown[] }

async function score(...args: string[]): Promise<Doc> {
  const r = await runInProcess(['score', ...args, '--format', 'json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Doc;
}
const byHandle = (doc: Doc, handle: string): Account => {
  const a = doc.accounts.find((x) => x.handle === handle);
  if (!a) throw new Error(`no account ${handle}`);
  return a;
};
const signal = (a: Account, id: string): Signal => a.signals.find((s) => s.id === id)!;

describe('verdicts on the textbook cases', async () => {
  const doc = await score('fixtures/roster-textbook-cases.csv');
  it.each<[string, string, string]>([
    // hundreds of thousands of followers, dozens of reactions: conclusive alone
    ['bought.audience', 'likely-fake', 'engagement-rate'],
    ['bought.reactions', 'likely-fake', 'engagement-rate'],
    // follow-for-follow at 90–100k on X
    ['follow.for.follow', 'suspicious', 'follow-ratio'],
    // likes bought in packs: ER 50 % with 3 comments
    ['likes.in.packs', 'likely-fake', 'comment-like-ratio'],
    // parked at Instagram's 7,500 following cap
    ['parked.at.cap', 'suspicious', 'follow-ratio'],
  ])('%s → %s (%s flags)', (handle, verdict, id) => {
    const a = byHandle(doc, handle);
    expect(a.verdict).toBe(verdict);
    expect(signal(a, id).status).toBe('flag');
    expect(signal(a, id).logOdds).toBeGreaterThan(0);
  });

  it.each(['famous.brand', 'devoted.fandom', 'small.followback'])('%s stays authentic', (handle) => {
    expect(byHandle(doc, handle).verdict).toBe('authentic');
  });

  it('very high engagement alone is shown, and weighs little', () => {
    const fandom = signal(byHandle(doc, 'devoted.fandom'), 'engagement-rate');
    expect(fandom).toMatchObject({ status: 'flag', evidence: { direction: 'high' } });
    expect(fandom.logOdds).toBeLessThanOrEqual(0.5);
  });

  it('a following count above the platform cap is impossible data, not scored', () => {
    const ratio = signal(byHandle(doc, 'impossible.following'), 'follow-ratio');
    expect(ratio).toMatchObject({ status: 'skip', evidence: { impossible: true, cap: 7500 } });
  });

  it.each([['tiktok.no.views', 'tiktok-followers-2026'], ['youtube.no.views', 'youtube-subscribers-2025']])('%s reaches a verdict on a followers table (%s)', (handle, table) => {
    const a = byHandle(doc, handle);
    expect(a.verdict).toBe('authentic');
    expect(signal(a, 'engagement-rate').evidence).toMatchObject({ basis: 'followers', normTable: table });
  });
});

describe('famous accounts (shaped like the 200 most-followed Instagram accounts)', async () => {
  const doc = await score('fixtures/roster-kaggle-top-instagram.csv');
  it('stay authentic: brands at 0.1 %, fandoms at 30 %', () => {
    for (const h of ['cristiano', 'kyliejenner', 'leomessi', 'selenagomez', 'natgeo', 'kpop.idol', 'stray.star']) expect(byHandle(doc, h).verdict).toBe('authentic');
  });

  it('the recent window decides, and says so', () => {
    const er = signal(byHandle(doc, 'cristiano'), 'engagement-rate');
    expect(er.evidence).toMatchObject({ source: 'roster-recent', window: 'recent posts' });
    expect(er.message).toMatch(/^ER 1\.37 % \(recent posts\)/);
  });

  it('an empty recent window (recent likes 0) is missing data: the longer window is used, and said', () => {
    const er = signal(byHandle(doc, 'stray.star'), 'engagement-rate');
    expect(er.evidence).toMatchObject({ source: 'roster-averages', windowNote: expect.stringMatching(/recent likes are 0/) });
    expect(er.message).toMatch(/recent likes are 0 \(no post in the recent window, not a dead audience\)/);
  });
});

describe('exports that cannot see the follower count: can convict, cannot clear', () => {
  it('YouTube Studio with likes and comments: engagement measured on views, followers not assessed', async () => {
    const doc = await score('fixtures/posts-youtube-studio-likes.csv', '--handle', 'kitchen.shorts');
    const a = byHandle(doc, 'kitchen.shorts');
    expect(signal(a, 'engagement-rate')).toMatchObject({ status: 'pass', evidence: { basis: 'views', normTable: 'youtube-views-2026', followersAssessed: false } });
    expect(a.verdict).toBe('insufficient-data');
    expect(a.insufficient).toMatch(/follower count was not in the data/);
  });

  it('X Analytics alone: engagements / impressions on the impressions table', async () => {
    const a = (await score('fixtures/posts-x-analytics-en.csv')).accounts[0]!;
    expect(signal(a, 'engagement-rate').evidence).toMatchObject({ basis: 'impressions', normTable: 'x-impressions-2025' });
    expect(a.verdict).toBe('insufficient-data');
  });
});

describe('a history gives the follow ratio its latest following count', () => {
  it('Social Blade-style history with a following column', async () => {
    const doc = await score('fixtures/history-bought-vs-steady.csv');
    const ratio = signal(byHandle(doc, 'cafe.lumiere'), 'follow-ratio');
    expect(ratio.status).toBe('pass');
    expect(ratio.evidence).toMatchObject({ followers: 95_318, following: 612 });
  });
});

describe('a bad optional cell costs the cell, not the account', () => {
  it('NaN% in an engagement-rate column, a word in followers: the account is still scored', async () => {
    const r = await runInProcess(['score', '-', '--format', 'json'], [Buffer.from('handle,followers,avg likes,engagement rate\nanna,12000,300,NaN%\nbob,lots,200,2%\ncarl,9000,-,n/a\n')]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc & { summary: { rows: { read: number; used: number; rejected: number }; warnings: number } };
    expect(doc.accounts.map((a) => a.handle)).toEqual(['anna', 'bob', 'carl']);
    expect(byHandle(doc, 'anna').verdict).toBe('authentic');
    expect(doc.summary.rows).toEqual({ read: 3, used: 3, rejected: 0 });
    expect(doc.summary.warnings).toBe(2);
    expect(doc.warnings).toEqual([
      { file: '<stdin>', line: 2, column: 'engagement rate', value: 'NaN%', reason: 'not a number' },
      { file: '<stdin>', line: 3, column: 'followers', value: 'lots', reason: 'not a number' },
    ]);
    expect(r.stderr).toContain('influaudit: <stdin>:2: engagement rate: not a number, got "NaN%" (cell ignored, row used)');
  });
});

describe('a rate on views or impressions is judged on followers too when the follower count is known', () => {
  const file = tempFiles('verdicts');
  const tiktokPosts = file('tiktok-posts.csv', [
    'Video link,Post time,Total likes,Total comments,Total shares,Total views',
    ...Array.from({ length: 6 }, (_, i) => `https://www.tiktok.com/@dance.kid/video/73000000000000000${i},2025-03-0${i + 1},${140 + i},7,3,${1840 + 20 * i}`),
  ].join('\n') + '\n');

  it('TikTok posts with 5M followers and ~150 likes: likely-fake on followers, whatever the rate on views', async () => {
    const roster = file('tiktok-big.csv', 'handle,platform,followers\ndance.kid,tiktok,5000000\n');
    const a = byHandle(await score(tiktokPosts, roster), 'dance.kid');
    expect(a.verdict).toBe('likely-fake');
    expect(signal(a, 'engagement-rate').evidence).toMatchObject({ basis: 'followers', source: 'posts', direction: 'low', otherBasis: { basis: 'views' } });
  });

  it('the same posts from an account of 6,000 followers stay authentic, judged on both bases', async () => {
    const roster = file('tiktok-fair.csv', 'handle,platform,followers\ndance.kid,tiktok,6000\n');
    const a = byHandle(await score(tiktokPosts, roster), 'dance.kid');
    expect(a.verdict).toBe('authentic');
    expect(signal(a, 'engagement-rate').evidence).toMatchObject({ basis: 'views', otherBasis: { basis: 'followers' } });
  });

  it("X posts on impressions beside a roster's own engagement rate: that rate (definition unknown) clears nothing", async () => {
    const roster = file('x-er.csv', 'handle,platform,followers,engagement rate\nmargot_velo,x,48000,0.4%\n');
    const a = byHandle(await score('fixtures/posts-x-analytics-en.csv', roster), 'margot_velo');
    expect(a.verdict).toBe('insufficient-data');
    expect(signal(a, 'engagement-rate').evidence).toMatchObject({ basis: 'impressions', followersAssessed: false });
  });

  it("X posts on impressions beside a roster's averages: the averages are judged on followers", async () => {
    const genuine = file('x-roster.csv', 'handle,platform,followers,avg likes,avg comments\nmargot_velo,x,2450,30,4\n');
    const bought = file('x-bought.csv', 'handle,platform,followers,avg likes,avg comments\nmargot_velo,x,2450000,30,4\n');
    const ok = byHandle(await score('fixtures/posts-x-analytics-en.csv', genuine), 'margot_velo');
    expect(ok.verdict).toBe('authentic');
    expect(signal(ok, 'engagement-rate').evidence).toMatchObject({ basis: 'impressions', otherBasis: { basis: 'followers', normTable: 'x-followers-2026' } });
    const fake = byHandle(await score('fixtures/posts-x-analytics-en.csv', bought), 'margot_velo');
    expect(fake.verdict).toBe('likely-fake');
    expect(signal(fake, 'engagement-rate').evidence).toMatchObject({ basis: 'followers', direction: 'low', source: 'roster-averages' });
  });
});

describe("a roster's own engagement rate on TikTok", () => {
  it('is taken to be on views, and the reason for insufficient data says it was taken, not measured', async () => {
    const file = tempFiles('reported');
    const a = (await score(file('tiktok-er.csv', 'handle,platform,followers,engagement rate\nfandomtt,tiktok,45000,30%\n'))).accounts[0]!;
    expect(a).toMatchObject({ verdict: 'insufficient-data', score: null });
    expect(a.insufficient).toBe("bought followers were not assessed (the export's own engagement rate, of unknown definition, was taken to be on views as tiktok-views-2025 is, not on followers, and no follower history or sample could assess them)");
  });
});

describe('net changes alone never clear an account: they do not size the audience', () => {
  it('a steady YouTube Studio gained / lost export, alone: insufficient data, the follower count not in the data', async () => {
    const file = tempFiles('net');
    const rows = Array.from({ length: 60 }, (_, i) => `${new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10)},${30 + (i % 5)},${8 + (i % 3)}`);
    const path = file('gained-lost.csv', ['Date,Subscribers gained,Subscribers lost', ...rows].join('\n') + '\n');
    const a = (await score(path, '--handle', 'steady.channel', '--platform', 'youtube')).accounts[0]!;
    expect(a).toMatchObject({ verdict: 'insufficient-data', score: null, insufficient: 'the follower count was not in the data, so bought followers were not assessed' });
    expect(signal(a, 'growth-spike-drop').status).toBe('pass');
  });
});

describe("YouTube Studio's Subscribers export in French joins its channel", () => {
  it('Date;Abonnés of net gains names YouTube and is anchored on the roster', async () => {
    const file = tempFiles('fr-studio');
    const week = [300, 280, -12, 310, 290, 350, -5];
    const rows = Array.from({ length: 28 }, (_, i) => {
      const d = new Date(Date.UTC(2026, 0, 5 + i));
      return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/2026;${week[i % 7]}`;
    });
    const studio = file('abonnes.csv', ['Date;Abonnés', ...rows].join('\n') + '\n');
    const roster = file('roster.csv', 'compte;plateforme;abonnés\n@atelier.bois;youtube;48 000\n');
    const doc = await score(roster, studio, '--handle', `${studio}=@atelier.bois`);
    expect(doc.accounts.map((a) => [a.handle, a.platform])).toEqual([['atelier.bois', 'youtube']]);
    expect(signal(doc.accounts[0]!, 'growth-spike-drop').status).not.toBe('skip');
  });
});

describe("a steady channel's Subscribers export beside its roster row", () => {
  it('daily gains a tenth or less of the roster\'s count are net changes, even when their values alone look like a total', async () => {
    const file = tempFiles('steady-studio');
    const gains = Array.from({ length: 40 }, (_, i) => (i === 20 ? 30_000 : i === 21 ? 6_000 : 900 + (i % 3) * 5));
    const rows = gains.map((g, i) => `${new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10)},${g}`);
    const studio = file('Subscribers.csv', ['Date,Subscribers', ...rows].join('\n') + '\n');
    const roster = file('roster.csv', 'handle,platform,subscribers\nviral.channel,youtube,520000\n');
    const r = await runInProcess(['score', roster, studio, '--handle', `${studio}=viral.channel`, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/"Subscribers" column is read as net changes per day, not totals: its values \(median 905\) are a tenth or less of the 520,000 followers/);
    const a = (JSON.parse(r.stdout) as Doc).accounts[0]!;
    expect(a).toMatchObject({ handle: 'viral.channel', verdict: 'authentic' });
    expect(signal(a, 'growth-spike-drop').status).toBe('pass');
  });
});

