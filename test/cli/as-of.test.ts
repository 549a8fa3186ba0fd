import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../fuzz/cli-harness.js';
import { tempFiles } from '../temp-files.js';

interface Contribution { feature: string; value: number }
interface FollowerLine { line: number; model?: { contributions: Contribution[] } }

/**
 * `--as-of DAY`: the day a follower sample was collected. Its creation dates become account ages counted to it (else
 * to today), which the model reads: without it, the same sample gave other bytes, and could change verdict, from one
 * day to the next. Each run below sets its clock (`now`), so no result here depends on the day the tests run.
 */
const SAMPLE = 'fixtures/followers-x-api.csv';
const noon = (day: string) => Date.parse(`${day}T12:00:00Z`);
const followers = (args: string[], now = noon('2026-11-23')) => runInProcess(['followers', SAMPLE, ...args], [], 10_000, { now });
const ages = (ndjson: string) =>
  ndjson.trim().split('\n').map((l) => (JSON.parse(l) as FollowerLine).model?.contributions.find((c) => c.feature === 'account-age')?.value);
const file = tempFiles('as-of');

describe('--as-of: the same sample and the same --as-of give the same bytes, whatever the day', () => {
  it.each(['ndjson', 'json', 'csv', 'table'])('followers --format %s, run a year apart', async (format) => {
    const a = await followers(['--as-of', '2026-11-23', '--format', format], noon('2026-11-23'));
    const b = await followers(['--as-of', '2026-11-23', '--format', format], noon('2027-11-23'));
    expect(a.code, a.stderr).toBe(0);
    expect(b).toEqual(a);
  });

  it('score, which reads follower samples too', async () => {
    const run = (now: number) => runInProcess(['score', SAMPLE, '--as-of', '2026-11-23', '--format', 'json'], [], 10_000, { now });
    const [a, b] = [await run(noon('2026-11-23')), await run(noon('2030-01-01'))];
    expect(a.code, a.stderr).toBe(0);
    expect(b).toEqual(a);
  });

  it('without it, the ages are counted to today: another day, other bytes (and the output says which day)', async () => {
    const a = await followers(['--format', 'json'], noon('2026-11-23'));
    const b = await followers(['--format', 'json'], noon('2026-12-06'));
    expect(b.stdout).not.toBe(a.stdout);
    expect((JSON.parse(a.stdout) as { asOf: string }).asOf).toBe('2026-11-23');
    expect((JSON.parse(b.stdout) as { asOf: string }).asOf).toBe('2026-12-06');
    expect(b.stderr).toContain('influaudit: account ages counted to 2026-12-06 (today; set --as-of to the day the sample was collected)\n');
  });
});

describe('--as-of moves the account age, and only it', () => {
  it('ten days earlier: every follower\'s account-age is 10 days less; the other features are the same', async () => {
    const late = await followers(['--as-of', '2026-11-23', '--format', 'ndjson']);
    const early = await followers(['--as-of', '2026-11-13', '--format', 'ndjson']);
    const [l, e] = [ages(late.stdout), ages(early.stdout)];
    expect(l.filter((x) => x !== undefined)).toHaveLength(40);
    expect(l.map((x, i) => x! - e[i]!)).toEqual(l.map(() => 10));
    const others = (s: string) => s.replace(/"feature":"account-age","value":\d+,"weight":-?[\d.]+/g, '').replace(/"probability":[\d.e-]+/g, '');
    expect(others(early.stdout)).toBe(others(late.stdout));
  });

  it('the first follower, created on 2019-06-06 (X API\'s created_at), is 2727 days old on 2026-11-23', async () => {
    const created = readFileSync(SAMPLE, 'utf8').split('\n')[1]!.split(',')[10];
    expect(created).toBe('Thu Jun 06 17:43:28 +0000 2019');
    expect(ages((await followers(['--as-of', '2026-11-23', '--format', 'ndjson'])).stdout)[0]).toBe(2727);
    expect(ages((await followers(['--as-of', '2019-06-07', '--format', 'ndjson'])).stdout)[0]).toBe(1);
  });

  it('a creation date after the --as-of day costs that cell, with a warning naming the day', async () => {
    const r = await followers(['--as-of', '2019-06-01', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { warnings: { line: number; column: string; reason: string }[]; summary: { rows: { used: number } } };
    expect(doc.warnings[0]).toMatchObject({ line: 2, column: 'created_at', reason: 'a creation date after 2019-06-01, the --as-of day' });
    expect(doc.summary.rows.used).toBe(40);
  });
});

describe('the day is said only where an age was counted', () => {
  it('followers: once on stderr, in notes[] and as asOf in JSON', async () => {
    const r = await followers(['--as-of', '2026-11-23', '--format', 'json']);
    const doc = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(doc['asOf']).toBe('2026-11-23');
    expect(doc['notes']).toContain('account ages counted to 2026-11-23 (--as-of)');
    expect(Object.keys(doc).slice(-6)).toEqual(['influencers', 'asOf', 'notes', 'rejected', 'warnings', 'summary']);
    expect(r.stderr.match(/account ages counted/g)).toHaveLength(1);
  });

  it('score: once for the run, however many samples had creation dates', async () => {
    const twin = file('twin.csv', readFileSync(SAMPLE));
    const r = await runInProcess(['score', SAMPLE, twin, '--as-of', '2026-11-23', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.match(/account ages counted to 2026-11-23 \(--as-of\)/g)).toHaveLength(1);
    expect((JSON.parse(r.stdout) as { asOf?: string }).asOf).toBe('2026-11-23');
  });

  it.each<[string, string[]]>([
    ['a sample without creation dates', ['followers', 'fixtures/followers-instagram-healthy.csv']],
    ['a roster', ['score', 'fixtures/roster-demo.csv']],
    ['a sample whose creation-date cells are all empty', ['followers', 'EMPTY']],
  ])('%s: no note, no asOf, with or without --as-of', async (_name, args) => {
    const empty = file('empty-created.csv', 'screen_name,followers_count,friends_count,created_at\nann,10,20,\nbob,1,2,n/a\n');
    const argv = args.map((a) => (a === 'EMPTY' ? empty : a));
    for (const extra of [[], ['--as-of', '2026-11-23']]) {
      const r = await runInProcess([...argv, '--format', 'json', ...extra]);
      expect(r.code, r.stderr).toBeLessThan(2);
      expect(r.stderr).not.toContain('account ages');
      expect(JSON.parse(r.stdout)).not.toHaveProperty('asOf');
    }
  });
});

describe('--as-of refuses what is not a past day: one line, exit 2, nothing on stdout', () => {
  it.each<[string, string]>([
    ['nope', 'influaudit: --as-of nope: expected a date such as 2026-01-01'],
    ['2026-02-30', 'influaudit: --as-of 2026-02-30: expected a date such as 2026-01-01'],
    ['03/04/2026', 'influaudit: --as-of 03/04/2026: expected a date such as 2026-01-01'],
    ['2026-11-25', 'influaudit: --as-of 2026-11-25: a day in the future (today is 2026-11-23): give the day the sample was collected'],
    ['2027-01-01', 'influaudit: --as-of 2027-01-01: a day in the future (today is 2026-11-23): give the day the sample was collected'],
  ])('%s', async (day, line) => {
    for (const command of [['followers', SAMPLE], ['score', SAMPLE]]) {
      const r = await runInProcess([...command, '--as-of', day], [], 10_000, { now: noon('2026-11-23') });
      expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `${line}\n`]);
    }
  });

  it('tomorrow is taken: east of UTC, the local date is already the next day', async () => {
    const r = await followers(['--as-of', '2026-11-24', '--format', 'json'], noon('2026-11-23'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('account ages counted to 2026-11-24 (--as-of)');
  });

  it('a date written as the date cells may be (Nov 23, 2026) is read as they are', async () => {
    const r = await followers(['--as-of', 'Nov 23, 2026', '--format', 'ndjson']);
    expect(r.stdout).toBe((await followers(['--as-of', '2026-11-23', '--format', 'ndjson'])).stdout);
  });
});
