import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasStack, runBin } from './run-cli.js';

interface Signal { id: string; status: string; message: string; evidence: Record<string, unknown> }
interface Account { handle: string; platform: string; followers: number | null; verdict: string; score: number | null; insufficient?: string; signals: Signal[] }
interface Rejected { file: string; line: number; column: string | null; value: string | null; reason: string }
interface Out { accounts: Account[]; summary: { rows: { read: number; used: number; rejected: number } }; rejected: Rejected[] }

function score(...args: string[]): { out: Out; stderr: string } {
  const r = runBin(['score', ...args, '--format', 'json']);
  expect(r.code, r.stderr).toBe(0);
  expect(hasStack(r.stderr)).toBe(false);
  return { out: JSON.parse(r.stdout) as Out, stderr: r.stderr };
}
const signal = (a: Account | undefined, id: string): Signal => {
  const s = a?.signals.find((x) => x.id === id);
  if (!s) throw new Error(`no ${id} signal`);
  return s;
};
const account = (o: Out, handle: string) => o.accounts.find((a) => a.handle === handle);
const reconciles = (o: Out) => o.summary.rows.read === o.summary.rows.used + o.summary.rows.rejected;

/** A fixture's rows as objects: RFC 4180 (quoted fields may hold commas, doubled quotes and newlines, as X's do). */
function rowsOf(file: string): Record<string, string>[] {
  const text = readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), 'utf8');
  const records: string[][] = [];
  let field = '', record: string[] = [], quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { record.push(field); field = ''; }
    else if (ch === '\n') { record.push(field); records.push(record); record = []; field = ''; }
    else field += ch;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  const [header, ...rows] = records;
  return rows.map((r) => Object.fromEntries(r.map((v, i) => [header![i]!, v])));
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

describe('posts exports (spawned)', () => {
  it.each<[string, string, string, string, number, RegExp | null]>([
    ['X Analytics, English', 'posts-x-analytics-en.csv', 'margot_velo', 'x', 20, /the account is "margot_velo" \(from the permalinks/],
    ['X Analytics, French UI', 'posts-x-analytics-fr.csv', 'lea_cuisine', 'x', 12, /the account is "lea_cuisine" \(from the permalinks/],
    ['YouTube Studio table', 'posts-youtube-studio-table.csv', 'posts-youtube-studio-table', 'youtube', 12, /from the file name; set it with --handle/],
    ['Meta Business Suite, Instagram', 'posts-meta-instagram.csv', 'atelier.brioche', 'instagram', 16, null],
    ['TikTok Studio', 'posts-tiktok-studio.csv', 'petit.chef.tok', 'tiktok', 14, /the account is "petit.chef.tok" \(from the permalinks/],
  ])('recognises %s: one account, its posts, rows reconciling', (_name, file, handle, platform, posts, note) => {
    const { out, stderr } = score(`fixtures/${file}`);
    expect(out.accounts.map((a) => [a.handle, a.platform])).toEqual([[handle, platform]]);
    expect(out.summary.rows.used).toBe(posts);
    expect(reconciles(out)).toBe(true);
    expect(signal(out.accounts[0], 'impossible-metrics').status).not.toBe('flag');
    if (note) expect(stderr).toMatch(note);
    else expect(stderr).toBe('');
  });

  it('YouTube Studio: the Total row is rejected as expected (not failing --strict), and no likes column makes the rate skip, never 0', () => {
    const { out, stderr } = score('fixtures/posts-youtube-studio-table.csv', '--handle', 'chef.paris');
    expect(out.summary.rows).toEqual({ read: 13, used: 12, rejected: 1 });
    const reason = 'a Total or Average row, not a post (exports of this kind have one: --strict does not count it)';
    expect(out.rejected).toEqual([{ file: 'fixtures/posts-youtube-studio-table.csv', line: 2, column: 'Content', value: 'Total', reason, expected: true }]);
    expect(stderr).toContain(`influaudit: fixtures/posts-youtube-studio-table.csv:2: Content: ${reason}, got "Total"`);
    const strict = runBin(['score', 'fixtures/posts-youtube-studio-likes.csv', '--handle', 'chef.paris', '--strict', '--format', 'json']);
    const gate = (JSON.parse(strict.stdout) as { summary: { rows: { rejected: number }; gate: { failedRows: number } } }).summary;
    expect(gate.rows.rejected).toBe(1);
    expect(gate.gate.failedRows).toBe(0);
    const a = out.accounts[0]!;
    expect(a).toMatchObject({ handle: 'chef.paris', platform: 'youtube', verdict: 'insufficient-data', score: null });
    const er = signal(a, 'engagement-rate');
    expect(er.status).toBe('skip');
    expect(er.message).toMatch(/youtube engagement is \(likes \+ comments\) \/ views or followers, but none of the 12 posts has likes or comments/);
    expect(er.evidence['ratePct']).toBeUndefined();
  });

  it('YouTube Studio "Chart data" (a row per video per day) is refused with what to export instead, not read as duplicates', () => {
    const r = runBin(['score', 'fixtures/posts-youtube-chart-data-per-day.csv', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([
      'influaudit: fixtures/posts-youtube-chart-data-per-day.csv: is YouTube Studio "Chart data" (one row per video per day), not one row per video: export "Table data" (one row per video) from the same YouTube Studio report instead',
    ]);
    expect(hasStack(r.stderr)).toBe(false);
  });

  it('X alone: engagements / impressions judged on the impressions table; the followers not assessed, so no clearing', () => {
    const a = score('fixtures/posts-x-analytics-en.csv').out.accounts[0]!;
    const er = signal(a, 'engagement-rate');
    expect(er.status).toBe('pass');
    const rows = rowsOf('posts-x-analytics-en.csv');
    expect(er.evidence).toMatchObject({ basis: 'impressions', normTable: 'x-impressions-2025', followersAssessed: false });
    expect(er.evidence['ratePct'] as number).toBeCloseTo(median(rows.map((r) => Number(r['engagements']) / Number(r['impressions']) * 100)), 3); // rounded as a roster's rate is: four decimals
    expect(er.message).toMatch(/followers not assessed/);
    expect(a.verdict).toBe('insufficient-data');
  });

  it('X joined with a roster of follower counts: judged on impressions, which cannot see bought followers, so no clearance', () => {
    const { out } = score('fixtures/posts-x-analytics-en.csv', 'fixtures/posts-roster.csv');
    const a = account(out, 'margot_velo')!;
    expect(a.followers).toBe(2450);
    const er = signal(a, 'engagement-rate');
    expect(er.status).toBe('pass');
    const rows = rowsOf('posts-x-analytics-en.csv');
    const expected = median(rows.map((r) => Number(r['engagements']) / Number(r['impressions']) * 100));
    expect(er.evidence).toMatchObject({ basis: 'impressions', source: 'posts', normTable: 'x-impressions-2025', postsUsed: 20, followersAssessed: false });
    expect(er.evidence['ratePct'] as number).toBeCloseTo(expected, 3);
    expect(er.message).toMatch(/followers not assessed \(this rate on impressions is not judged on followers\)/);
    expect(a.verdict).toBe('insufficient-data');
    expect(a.insufficient).toBe('bought followers were not assessed (engagement was measured on impressions, not on followers, and no follower history or sample could assess them)');
  });

  it('Instagram posts joined with a roster: followers from the roster, ER = median (likes + comments) / followers', () => {
    const { out } = score('fixtures/posts-meta-instagram.csv', 'fixtures/posts-roster.csv');
    const a = account(out, 'atelier.brioche')!;
    expect(a.followers).toBe(18300);
    const er = signal(a, 'engagement-rate');
    const expected = median(rowsOf('posts-meta-instagram.csv').map((r) => (Number(r['Likes']) + Number(r['Comments'])) / 18300 * 100));
    expect(er.evidence).toMatchObject({ basis: 'followers', source: 'posts', tier: '10k–50k', postsUsed: 16 });
    expect(er.evidence['ratePct'] as number).toBeCloseTo(expected, 3);
    expect(a.verdict).toBe('authentic');
  });

  it('two monthly X files of one account are one account; the post in both is counted once', () => {
    const { out, stderr } = score('fixtures/posts-x-analytics-en.csv', 'fixtures/posts-x-analytics-en-2026-01.csv', 'fixtures/posts-roster.csv', '--posts', '40');
    expect(out.accounts.filter((a) => a.platform === 'x').map((a) => a.handle)).toEqual(['margot_velo']);
    expect(out.summary.rows).toEqual({ read: 37, used: 36, rejected: 1 });
    expect(out.rejected).toEqual([{
      file: 'fixtures/posts-x-analytics-en-2026-01.csv', line: 2, column: 'Tweet id', value: expect.stringMatching(/^\d{19}$/) as unknown as string,
      reason: 'duplicate post (same id) for margot_velo (x); first at fixtures/posts-x-analytics-en.csv:23',
    }]);
    expect(stderr).toMatch(/posts-x-analytics-en-2026-01\.csv:2: Tweet id: duplicate post/);
    expect(signal(account(out, 'margot_velo'), 'engagement-rate').evidence['postsUsed']).toBe(33);
  });

  it('--since and --posts choose the posts measured', () => {
    const since = score('fixtures/posts-x-analytics-en.csv', 'fixtures/posts-x-analytics-en-2026-01.csv', 'fixtures/posts-roster.csv', '--since', '2026-02-15');
    const n = rowsOf('posts-x-analytics-en.csv').filter((r) => r['time']! >= '2026-02-15').length;
    expect(n).toBeGreaterThan(5);
    expect(signal(account(since.out, 'margot_velo'), 'engagement-rate').evidence['postsUsed']).toBe(n);
    const last = score('fixtures/posts-x-analytics-en.csv', 'fixtures/posts-roster.csv', '--posts', '8');
    expect(signal(account(last.out, 'margot_velo'), 'engagement-rate').evidence['postsUsed']).toBe(8);
  });

  it('reads a posts export from stdin', () => {
    const r = runBin(['score', '-', '--format', 'json'], { input: readFileSync(new URL('../../fixtures/posts-tiktok-studio.csv', import.meta.url)) });
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as Out).accounts[0]).toMatchObject({ handle: 'petit.chef.tok', platform: 'tiktok' });
  });
});

describe('posts dates (spawned)', () => {
  it('ISO timestamps beside other forms in one sheet: every post read, each on the calendar day written', () => {
    const { out } = score('fixtures/posts-iso-timestamps.csv');
    expect(out.summary.rows).toEqual({ read: 8, used: 8, rejected: 0 });
    const e = signal(account(out, 'iso.time'), 'like-uniformity').evidence as Record<string, { date: string; published: string }>;
    expect(e['lowest']).toMatchObject({ date: '2025-01-11', published: '2025-01-11T23:30:00-05:00' });
    expect(e['highest']).toMatchObject({ date: '2025-01-15', published: '2025-01-15T08:00:00+0100' });
  });

  it('Meta Business Suite with no post after the 12th: month-first, as Meta writes it, said on stderr; --dates still wins', () => {
    const file = 'fixtures/posts-meta-instagram-early-days.csv';
    const { out, stderr } = score(file);
    expect(out.summary.rows).toEqual({ read: 10, used: 10, rejected: 0 });
    expect(stderr).toBe(`influaudit: ${file}: dates like "01/02/2025 10:00" read month-first (Meta Business Suite writes them so): set --dates dmy if not\n`);
    const e = signal(account(out, 'petit.jardin'), 'like-uniformity').evidence as Record<string, { date: string }>;
    expect([e['lowest']!.date, e['highest']!.date]).toEqual(['2025-03-04', '2025-01-02']);
    const given = score(file, '--dates', 'dmy');
    expect(given.stderr).toBe('');
    const g = signal(account(given.out, 'petit.jardin'), 'like-uniformity').evidence as Record<string, { date: string }>;
    expect([g['lowest']!.date, g['highest']!.date]).toEqual(['2025-04-03', '2025-02-01']);
  });
});

describe('posts behaviour (spawned)', () => {
  it('one viral post that brought comments and reach along stays authentic', () => {
    const { out } = score('fixtures/posts-viral-post.csv');
    const a = out.accounts[0]!;
    expect(a).toMatchObject({ handle: 'plage.et.pins', platform: 'instagram', followers: 41200, verdict: 'authentic' });
    const burst = signal(a, 'like-burst');
    expect(burst.status).toBe('pass');
    const viral = rowsOf('posts-viral-post.csv').reduce((m, r) => (Number(r['Likes']) > Number(m['Likes']) ? r : m));
    expect(burst.evidence['viral']).toEqual([expect.objectContaining({ date: viral['Date'], permalink: viral['Permalink'], likes: Number(viral['Likes']) })]);
    expect(a.signals.filter((s) => s.status === 'flag')).toEqual([]);
  });

  it('bought likes on a few posts (likes far above baseline, comments and reach flat) flag like-burst, naming the posts', () => {
    const r = runBin(['score', 'fixtures/posts-bought-likes.csv', '--format', 'json', '--fail-on', 'suspicious']);
    expect(r.code).toBe(1);
    const a = (JSON.parse(r.stdout) as Out).accounts[0]!;
    expect(a.verdict).toBe('suspicious');
    const burst = signal(a, 'like-burst');
    expect(burst.status).toBe('flag');
    const rows = rowsOf('posts-bought-likes.csv');
    const base = median(rows.map((x) => Number(x['likes'])));
    const bought = rows.filter((x) => Number(x['likes']) > 4 * base);
    expect(bought).toHaveLength(3);
    const named = (burst.evidence['posts'] as { date: string; permalink: string }[]).map((p) => [p.date, p.permalink]).sort();
    expect(named).toEqual(bought.map((x) => [x['published']!.slice(0, 10), x['url']]).sort());
    expect(burst.message).toMatch(/^3 posts got far more likes than the usual/);
  });

  it('pod-like comments (a third as many comments as likes) flag comment-like-ratio', () => {
    const a = score('fixtures/posts-comment-pod.csv').out.accounts[0]!;
    const s = signal(a, 'comment-like-ratio');
    expect(s.status).toBe('flag');
    expect(s.message).toMatch(/far above the instagram band .*pods or bought comments\?/);
    expect(s.evidence['medianRatio'] as number).toBeGreaterThan(0.15);
    expect(a.followers).toBe(12400);
  });

  it('likes above views flag impossible-metrics, with each post\'s date and link', () => {
    const a = score('fixtures/posts-likes-above-views.csv').out.accounts[0]!;
    expect(a).toMatchObject({ handle: 'glow.up.daily', platform: 'tiktok' });
    const s = signal(a, 'impossible-metrics');
    expect(s.status).toBe('flag');
    const bad = rowsOf('posts-likes-above-views.csv').filter((r) => Number(r['likes']) > Number(r['views']));
    expect(s.evidence['impossible']).toBe(bad.length);
    const named = (s.evidence['posts'] as { date: string; permalink: string }[]).map((p) => [p.date, p.permalink]).sort();
    expect(named).toEqual(bad.map((r) => [r['post time']!.slice(0, 10), r['link']]).sort());
  });
});
