import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasStack, runBin } from './run-cli.js';

interface Signal { id: string; status: string; message: string; evidence: Record<string, unknown> }
interface Account { handle: string; platform: string; followers: number; verdict: string; score: number | null; signals: Signal[] }
interface Out { accounts: Account[]; summary: { rows: { read: number; used: number; rejected: number } } }

function score(...args: string[]): Out {
  const r = runBin(['score', ...args, '--format', 'json', '-q']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Out;
}
/** A file of its own in a fresh temporary folder. */
function tmpFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'influaudit-history-')), name);
  writeFileSync(path, content);
  return path;
}
const signal = (a: Account | undefined, id: string) => a?.signals.find((s) => s.id === id);
const account = (o: Out, handle: string) => o.accounts.find((a) => a.handle === handle);

describe('follower history (spawned)', () => {
  it('flags a spike then drop with its evidence, and leaves steady growth alone', () => {
    const out = score('fixtures/history-bought-vs-steady.csv');
    expect(out.summary.rows).toEqual({ read: 180, used: 180, rejected: 0 });
    const spike = signal(account(out, 'cafe.lumiere'), 'growth-spike-drop')!;
    expect(spike.status).toBe('flag');
    expect(spike.evidence).toMatchObject({ spikeDate: '2026-03-02' });
    expect(spike.evidence['gain'] as number).toBeGreaterThan(11_000);
    expect(spike.evidence['drop'] as number).toBeGreaterThan(3_000);
    expect(signal(account(out, 'marie.voyage'), 'growth-spike-drop')!.status).toBe('pass');
    expect(account(out, 'marie.voyage')!.verdict).toBe('authentic');
  });

  it('shows a spike excused by an events column without penalising it', () => {
    const s = signal(score('fixtures/history-giveaway-annotated.csv').accounts[0], 'growth-spike-drop')!;
    expect(s.status).toBe('pass');
    expect(s.evidence).toMatchObject({ excused: 'giveaway with @maison.deco' });
  });

  it('excuses a spike named in an --events file', () => {
    const out = score('fixtures/history-bought-vs-steady.csv', '--events', 'fixtures/events-tv-appearance.csv');
    const s = signal(account(out, 'cafe.lumiere'), 'growth-spike-drop')!;
    expect(s.status).toBe('pass');
    expect(s.evidence['excused']).toBe('TV appearance (Quotidien)');
  });

  it('a wide history: one account\'s bad cell costs that account\'s point, not the other accounts\' (a warning, the row used)', () => {
    const wide = tmpFile('wide.csv', 'Date,@kept,@broken\n2026-01-01,100,50\n2026-01-02,110,n/a?\n2026-01-03,120,52\n');
    const r = runBin(['score', wide, '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as Out & { warnings: { line: number; column: string; value: string }[] };
    expect(doc.summary.rows).toEqual({ read: 3, used: 3, rejected: 0 });
    expect(doc.warnings).toEqual([expect.objectContaining({ line: 3, column: '@broken', value: 'n/a?' })]);
    expect(account(doc, 'kept')!.followers).toBe(120);
  });

  it('says so when an --events handle names no account (a misspelt handle would leave the spike unexcused silently)', () => {
    const events = tmpFile('events.csv', 'handle,date,label\ncafe_lumiere,2026-01-16,TV appearance\n');
    const r = runBin(['score', 'fixtures/history-bought-vs-steady.csv', '--events', events, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('--events: no account in the inputs is named "cafe_lumiere": those events excuse nothing');
  });

  it('says which platform the account is on when an --events row names another', () => {
    const events = tmpFile('events-platform.csv', 'handle,platform,date,label\ncafe.lumiere,instagram,2026-01-16,TV appearance\n');
    const r = runBin(['score', 'fixtures/history-bought-vs-steady.csv', '--events', events, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('--events: "cafe.lumiere" on instagram excuses nothing: the inputs have that account on x');
    expect(r.stderr).not.toContain('no account in the inputs is named');
  });

  it.each([
    ['a viral bump with no drop', 'fixtures/history-viral-no-drop.csv'],
    ['a platform-wide purge', 'fixtures/history-platform-purge.csv'],
  ])('does not cry wolf on %s', (_name, file) => {
    for (const a of score(file).accounts) expect(signal(a, 'growth-spike-drop')!.status).toBe('pass');
  });

  it('finds a purchase in weekly French snapshots with a gap (DD/MM/YYYY, ;, spaces in numbers)', () => {
    const out = score('fixtures/history-weekly-fr-gap-purchase.csv', '--handle', 'agence.mode');
    expect(out.accounts[0]).toMatchObject({ handle: 'agence.mode', platform: 'instagram' });
    const s = signal(out.accounts[0], 'growth-spike-drop')!;
    expect(s.status).toBe('flag');
    expect(s.evidence['spikeDate']).toBe('2026-04-09');
  });

  it('reads a wide Social Blade-style copy, one column per account', () => {
    const out = score('fixtures/history-wide-socialblade.csv');
    expect(out.accounts.map((a) => a.handle)).toEqual(['nano.jardin', 'follow.train']);
    expect(signal(account(out, 'follow.train'), 'growth-spike-drop')!.status).toBe('flag');
    expect(signal(account(out, 'nano.jardin'), 'growth-spike-drop')!.status).toBe('pass');
  });

  it('reads TikTok Studio FollowerHistory (dates without a year) as TikTok', () => {
    const r = runBin(['score', 'fixtures/tiktok-FollowerHistory.csv', '--format', 'json']);
    expect(r.stderr).toMatch(/dates have no year/);
    const out = score('fixtures/tiktok-FollowerHistory.csv', '--handle', 'dance.tok', '--year', '2026');
    expect(out.accounts[0]).toMatchObject({ handle: 'dance.tok', platform: 'tiktok' });
    expect(signal(out.accounts[0], 'growth-spike-drop')!.evidence['spikeDate']).toBe('2026-09-05');
  });

  it('turns YouTube Studio subscribers gained / lost into a series: alone it cannot size a spike, with the roster it can', () => {
    const alone = score('fixtures/youtube-subscribers-gained-lost.csv', '--handle', 'chef.paris');
    expect(alone.accounts[0]!.platform).toBe('youtube');
    // The period's net gain is not the audience: the spike is found, said, and not counted.
    expect(alone.accounts[0]).toMatchObject({ followers: null, verdict: 'insufficient-data' });
    expect(signal(alone.accounts[0], 'growth-spike-drop')).toMatchObject({ status: 'skip', message: expect.stringContaining('gained 6,036 followers on 2026-01-26') });
    const joined = score('fixtures/roster-demo.csv', 'fixtures/youtube-subscribers-gained-lost.csv', '--handle', 'chef.paris');
    const chef = account(joined, 'chef.paris')!;
    expect(signal(chef, 'growth-spike-drop')).toMatchObject({ status: 'flag', message: expect.stringContaining('3.3 % of 180,728') });
  });

  it('joins a roster and a history by handle + platform', () => {
    const out = score('fixtures/roster-demo.csv', 'fixtures/history-bought-vs-steady.csv');
    expect(out.accounts).toHaveLength(8);
    const cafe = account(out, 'cafe.lumiere')!;
    expect(cafe.followers).toBe(95400);
    expect(cafe.signals.filter((s) => s.status === 'flag').map((s) => s.id)).toEqual(['follow-ratio', 'growth-spike-drop']);
    expect(cafe.verdict).toBe('likely-fake');
    expect(out.summary.rows).toEqual({ read: 188, used: 188, rejected: 0 });
  });

  it('rejects bad history rows and conflicting duplicate days, and still reconciles', () => {
    const csv = 'handle,date,followers\na,2026-01-01,1000\na,2026-01-02,1010\na,2026-01-02,1500\na,2026-02-30,1020\na,2026-01-04,lots\n';
    const r = runBin(['score', '-', '--format', 'json'], { input: csv });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Out & { rejected: { line: number; reason: string }[] };
    expect(out.summary.rows).toEqual({ read: 5, used: 2, rejected: 3 });
    expect(out.rejected.map((x) => x.line).sort()).toEqual([3, 5, 6]);
  });

  it('refuses a file whose day/month order cannot be decided, and accepts --dates', () => {
    const csv = 'handle,date,followers\na,01/02/2026,1000\na,02/03/2026,1010\n';
    const r = runBin(['score', '-'], { input: csv });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/ambiguous.*--dates dmy/);
    expect(runBin(['score', '-', '--dates', 'dmy'], { input: csv }).code).toBe(0);
  });

  it('reads ISO timestamps (Z, offsets, fractions) as the calendar day written; a time that is none rejects its row', () => {
    const r = runBin(['score', 'fixtures/history-iso-timestamps.csv', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(hasStack(r.stderr)).toBe(false);
    const out = JSON.parse(r.stdout) as Out & { rejected: unknown[] };
    expect(out.summary.rows).toEqual({ read: 4, used: 3, rejected: 1 });
    expect(out.rejected).toEqual([{ file: 'fixtures/history-iso-timestamps.csv', line: 5, column: 'date', value: '2026-03-10T25:00:00Z', reason: 'not a time of day' }]);
    expect(r.stderr).toContain('fixtures/history-iso-timestamps.csv:5: date: not a time of day, got "2026-03-10T25:00:00Z"');
    const steady = account(out, 'steady')!;
    expect(steady.followers).toBe(1020);
    // March 2nd to March 9th as written: in UTC the -05:00 and +01:00 rows would fall on other days.
    expect(signal(steady, 'growth-spike')!.evidence).toMatchObject({ points: 3, spanDays: 7 });
  });

  it('reads spreadsheet dates: Excel\'s 5-Jan-25 and 05-janv.-25, dates after a weekday; a weekday that disagrees rejects its row', () => {
    const r = runBin(['score', 'fixtures/history-excel-dates.csv', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(hasStack(r.stderr)).toBe(false);
    const out = JSON.parse(r.stdout) as Out & { rejected: unknown[] };
    expect(out.summary.rows).toEqual({ read: 7, used: 6, rejected: 1 });
    expect(out.rejected).toEqual([{ file: 'fixtures/history-excel-dates.csv', line: 8, column: 'date', value: 'Tue, Jan 6, 2025', reason: 'the weekday does not match the date' }]);
    expect(signal(account(out, 'a'), 'growth-spike')!.evidence).toMatchObject({ points: 3, spanDays: 15 });
    expect(signal(account(out, 'b'), 'growth-spike')!.evidence).toMatchObject({ points: 3, spanDays: 17 });
  });

  it('shows the follower curve as a sparkline with the flagged day marked', () => {
    const r = runBin(['score', 'fixtures/history-bought-vs-steady.csv', '--format', 'table']);
    expect(r.stdout).toMatch(/followers [▁▂▃▄▅▆▇█]+ 2026-01-01 → 2026-03-31/);
    expect(r.stdout).toMatch(/\^ spike 2026-03-02/);
  });
});
