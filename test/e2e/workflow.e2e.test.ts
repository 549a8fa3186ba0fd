import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../fuzz/cli-harness.js';
import { mappableFields, mappableFieldsByKind } from '../../src/io/recognise.js';
import { hasStack, ROOT, runBin } from './run-cli.js';

/**
 * The analyst's and the CI job's workflow, end to end on small files shaped like the real exports: what a failed gate
 * says, single-account exports that must not merge, the platform an export names, gating on what changed since an
 * accepted audit, --strict, a CSV that French Excel opens, readable errors. Most runs are in process (the whole
 * pipeline from the command line to stdout and stderr); a few spawn the real binary.
 */
const tmp = mkdtempSync(join(tmpdir(), 'influaudit-workflow-'));
const fixture = (name: string) => `fixtures/${name}`;
const run = (...args: string[]) => runInProcess(args);
const lines = (s: string) => s.split('\n').filter((l) => l !== '');

interface Doc {
  normsByPlatform: Record<string, Record<string, string>>;
  accounts: { handle: string; platform: string; verdict: string; score: number | null; change?: string; baseline?: { verdict: string; score: number | null } | null; gateFailed?: string }[];
  disappeared?: { handle: string; platform: string; verdict: string; score: number | null }[];
  summary: {
    normsUsed: Record<string, string[]>;
    gate: { failed: boolean; failedAccounts: number; failedRows: number; strict: boolean; baseline: string | null };
    baseline?: Record<string, number | string>;
  };
}

describe('a failed gate says which accounts failed and why, on stderr, in every format', () => {
  it.each(['json', 'ndjson', 'csv', 'table', 'markdown', 'html'])('--format %s', async (format) => {
    const r = await run('score', fixture('roster-demo.csv'), '--fail-on', 'suspicious', '--format', format, '--quiet');
    expect(r.code).toBe(1);
    const err = lines(r.stderr);
    expect(err[0]).toBe('influaudit: gate failed on 4 accounts (--fail-on suspicious):');
    expect(err.slice(1).map((l) => l.split(' (')[0])).toEqual(['influaudit:   cafe.lumiere', 'influaudit:   growth.hacker', 'influaudit:   likes.bought', 'influaudit:   follow.train']);
    expect(err[1]).toBe('influaudit:   cafe.lumiere (x): suspicious (--fail-on suspicious): follow-ratio: follows 93,100 accounts for 95,400 followers (ratio 0.98): follow-for-follow: a large audience following almost as many back');
  });

  it('JSON marks each failing account and counts them in summary.gate', async () => {
    const doc = JSON.parse((await run('score', fixture('roster-demo.csv'), '--min-score', '50', '--format', 'json')).stdout) as Doc;
    expect(doc.accounts.filter((a) => a.gateFailed).map((a) => [a.handle, a.gateFailed])).toEqual([
      ['cafe.lumiere', 'score 47 under --min-score 50'], ['growth.hacker', 'score 47 under --min-score 50'], ['likes.bought', 'score 35 under --min-score 50'],
    ]);
    expect(doc.summary.gate).toMatchObject({ failed: true, failedAccounts: 3, failedRows: 0 });
  });

  it('lists 20 accounts, then a count (a shortlist of a hundred failing accounts stays readable)', async () => {
    const rows = ['handle,platform,followers,following'];
    for (let i = 0; i < 25; i++) rows.push(`ff${i},x,95000,93000`);
    const f = join(tmp, 'many-failing.csv');
    writeFileSync(f, `${rows.join('\n')}\n`);
    const err = lines((await run('score', f, '--fail-on', 'suspicious', '--format', 'json', '-q')).stderr);
    expect(err).toHaveLength(22);
    expect(err[21]).toBe('influaudit:   …and 5 more accounts (see --format json: each has "gateFailed")');
  });
});

describe('single-account exports never merge unless they name the same account', () => {
  // Two channels' YouTube Studio "Table data" exports, each in its own folder, as YouTube names them.
  const kitchen = join(tmp, 'kitchen');
  const garden = join(tmp, 'garden');
  mkdirSync(kitchen, { recursive: true });
  mkdirSync(garden, { recursive: true });
  copyFileSync(join(ROOT, 'fixtures/posts-youtube-studio-table.csv'), join(kitchen, 'Table data.csv'));
  copyFileSync(join(ROOT, 'fixtures/posts-youtube-studio-likes.csv'), join(garden, 'Table data.csv'));
  const a = join(kitchen, 'Table data.csv');
  const b = join(garden, 'Table data.csv');

  it('two files with one generic name are refused before any output, saying how to name them', () => {
    const r = runBin(['score', a, b, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(hasStack(r.stderr)).toBe(false);
    expect(r.stderr.trim()).toBe(`influaudit: "${a}" and "${b}" name no account and would both be read as "Table data" (from the file name), merging two accounts: name each file's account, e.g. --handle '${a}=@first' --handle '${b}=@second' (or one plain --handle when they are the same account)`);
  });

  it('--handle FILE=HANDLE names each file\'s account', async () => {
    const r = await run('score', a, b, '--handle', `${a}=@kitchen.shorts`, '--handle', `${b}=garden.diary`, '--format', 'json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.accounts.map((x) => [x.handle, x.platform])).toEqual([['kitchen.shorts', 'youtube'], ['garden.diary', 'youtube']]);
  });

  it('a file name that two inputs share is ambiguous; one that no input has is an error', async () => {
    const ambiguous = await run('score', a, b, '--handle', 'Table data.csv=@kitchen.shorts');
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('2 input files are named "Table data.csv"');
    const unknown = await run('score', a, '--handle', 'Chart data.csv=@kitchen.shorts');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('"Chart data.csv" is not one of the input files');
  });

  it('a plain --handle still names a lone single-account file, by its file name (unique) or path', async () => {
    for (const flag of ['@kitchen.shorts', `Table data.csv=@kitchen.shorts`]) {
      const doc = JSON.parse((await run('score', a, '--handle', flag, '--format', 'json')).stdout) as Doc;
      expect(doc.accounts.map((x) => x.handle)).toEqual(['kitchen.shorts']);
    }
  });
});

describe('an export that names its platform takes it; only a file with no clue falls back, with one note', () => {
  it.each([
    ['YouTube Studio Table data', 'posts-youtube-studio-table.csv', 'youtube'],
    ['a YouTube video list (links to youtube.com)', 'posts-youtube-video-list.csv', 'youtube'],
    ['X Analytics', 'posts-x-analytics-en.csv', 'x'],
    ['TikTok Studio', 'posts-tiktok-studio.csv', 'tiktok'],
    ['a Social Blade X history (Tweets)', 'socialblade-x-history.csv', 'x'],
    ['TikTok Studio FollowerHistory', 'tiktok-FollowerHistory.csv', 'tiktok'],
    ['YouTube Studio subscribers gained / lost', 'youtube-subscribers-gained-lost.csv', 'youtube'],
    ['a roster with a platform column', 'roster-demo.csv', 'instagram'],
  ])('%s', async (_name, file, platform) => {
    const r = await run('score', fixture(file), '--format', 'json');
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.accounts[0]!.platform).toBe(platform);
    expect(r.stderr).not.toContain('names the platform');
  });

  it('a wide Social Blade copy headed by profile URLs takes each account\'s platform from its URL', async () => {
    const f = join(tmp, 'wide-urls.csv');
    writeFileSync(f, 'Date,https://x.com/margot_velo,https://www.tiktok.com/@petit.chef.tok\n2026-01-01,2400,18000\n2026-01-02,2410,18050\n');
    const r = await run('score', f, '--format', 'json');
    expect((JSON.parse(r.stdout) as Doc).accounts.map((x) => [x.handle, x.platform])).toEqual([['margot_velo', 'x'], ['petit.chef.tok', 'tiktok']]);
    expect(r.stderr).not.toContain('names the platform');
  });

  it('a file with no clue: one note, and the default platform', async () => {
    const r = await run('score', fixture('roster-kaggle-top-instagram.csv'), '--format', 'json');
    expect(lines(r.stderr)).toEqual([
      'influaudit: fixtures/roster-kaggle-top-instagram.csv: nothing in the file names the platform (a platform column, a profile URL, a tool\'s own headers): read as instagram, the default (set it with --platform)',
    ]);
    expect((await run('score', fixture('roster-kaggle-top-instagram.csv'), '--format', 'json', '--platform', 'instagram')).stderr).toBe('');
  });

  it('the footer and the summary name the norm table used per platform, not the default platform\'s', async () => {
    const table = await run('score', fixture('posts-youtube-studio-likes.csv'), '--format', 'table');
    expect(table.stdout).toContain('\nnorms youtube-views-2026 (youtube)\n');
    expect(table.stdout).not.toContain('instagram');
    const ndjson = await run('score', fixture('posts-youtube-studio-likes.csv'), '--format', 'ndjson');
    expect(ndjson.stderr).toContain('; norms youtube-views-2026 (youtube)');
    const doc = JSON.parse((await run('score', fixture('roster-demo.csv'), '--format', 'json')).stdout) as Doc;
    expect(doc.summary.normsUsed).toEqual({ instagram: ['instagram-2026'], tiktok: ['tiktok-followers-2026', 'tiktok-views-2025'], x: ['x-followers-2026'] });
  });
});

describe('--baseline: gate on what changed since the last accepted audit', () => {
  // January's audit was reviewed and accepted (cafe.lumiere and growth.hacker are known follow-for-follow cases);
  // February's shortlist: nano.jardin turned to mass following, glow.fast is new, growth.hacker left.
  const accepted = join(tmp, 'audit-accepted.json');
  writeFileSync(accepted, runBin(['score', fixture('shortlist-2026-01.csv'), '--format', 'json']).stdout);

  it('marks each account and fails only on the new or worse ones; the gone are listed, not failed', async () => {
    const r = await run('score', fixture('shortlist-2026-02.csv'), '--baseline', accepted, '--fail-on', 'suspicious', '--format', 'json');
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.accounts.map((x) => [x.handle, x.verdict, x.change, x.baseline?.verdict ?? null])).toEqual([
      ['marie.voyage', 'authentic', 'unchanged', 'authentic'],
      ['cafe.lumiere', 'suspicious', 'unchanged', 'suspicious'],
      ['nano.jardin', 'suspicious', 'worse', 'authentic'],
      ['likes.bought', 'likely-fake', 'unchanged', 'likely-fake'],
      ['chef.paris', 'insufficient-data', 'unchanged', 'insufficient-data'],
      ['glow.fast', 'suspicious', 'new', null],
    ]);
    expect(doc.accounts.filter((x) => x.gateFailed).map((x) => x.handle)).toEqual(['nano.jardin', 'glow.fast']);
    expect(doc.disappeared).toEqual([{ handle: 'growth.hacker', platform: 'instagram', verdict: 'suspicious', score: 47 }]);
    expect(doc.summary.baseline).toEqual({ file: accepted, new: 1, unchanged: 4, better: 0, worse: 1, disappeared: 1 });
    expect(lines(r.stderr).slice(0, 2)).toEqual([
      `influaudit: gate failed on 2 accounts (--fail-on suspicious, new or worse than --baseline ${accepted}):`,
      'influaudit:   nano.jardin (instagram): suspicious (--fail-on suspicious), worse than the baseline (authentic, 100): follow-ratio: follows 6,900 accounts for 2,050 followers (ratio 3.37): mass following: far more accounts followed than followers',
    ]);
  });

  it('the accepted audit against itself passes, though it has suspicious accounts', async () => {
    const r = await run('score', fixture('shortlist-2026-01.csv'), '--baseline', accepted, '--fail-on', 'suspicious', '--format', 'json');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Doc).summary.baseline).toMatchObject({ new: 0, unchanged: 6, worse: 0, disappeared: 0 });
    expect(r.stderr).toBe('');
  });

  it('every format shows the change and the accounts gone', async () => {
    const csv = await run('score', fixture('shortlist-2026-02.csv'), '--baseline', accepted, '--format', 'csv');
    expect(csv.stdout.split('\r\n')[0]).toBe('handle,platform,followers,tier,score,verdict,flags,reasons,change,baseline_verdict,baseline_score');
    expect(csv.stdout).toMatch(/^nano\.jardin,.*,worse,authentic,100\r$/m);
    expect(csv.stderr).toContain('gone since the baseline (listed, not failed): growth.hacker (instagram, was suspicious 47)');
    const ndjson = await run('score', fixture('shortlist-2026-02.csv'), '--baseline', accepted, '--format', 'ndjson');
    expect(JSON.parse(ndjson.stdout.split('\n')[2]!)).toMatchObject({ handle: 'nano.jardin', change: 'worse', baseline: { verdict: 'authentic', score: 100 } });
    expect(ndjson.stderr).toContain('growth.hacker (instagram, was suspicious 47)');
    const table = await run('score', fixture('shortlist-2026-02.csv'), '--baseline', accepted, '--format', 'table');
    expect(table.stdout).toContain('▼ worse (baseline: authentic, 100)');
    expect(table.stdout).toContain('+ new');
    expect(table.stdout).toContain('gone since the baseline (listed, not failed): growth.hacker (instagram, was');
    const md = await run('score', fixture('shortlist-2026-02.csv'), '--baseline', accepted, '--format', 'markdown');
    expect(md.stdout).toContain('| nano.jardin | instagram | 2050 | 60 | suspicious | worse (was authentic, 100) |');
    expect(md.stdout).toContain('### Gone since the baseline (1, listed, not failed)');
    const html = await run('score', fixture('shortlist-2026-02.csv'), '--baseline', accepted, '--format', 'html');
    expect(html.stdout).toContain('<dt>change</dt><dd>worse (was authentic, 100)</dd>');
    expect(html.stdout).toContain('Gone since the baseline (listed, not failed): growth.hacker');
  });

  it('--min-score: under it now and not before is worse', async () => {
    const r = await run('score', fixture('shortlist-2026-02.csv'), '--baseline', accepted, '--min-score', '55', '--format', 'json');
    const doc = JSON.parse(r.stdout) as Doc;
    // cafe.lumiere was under 55 already (47): unchanged, and it passes; glow.fast is new and under 55 (50).
    expect(doc.accounts.filter((x) => x.gateFailed).map((x) => [x.handle, x.change])).toEqual([['glow.fast', 'new']]);
  });

  it('a baseline written under another norm table or schema, or that is not such a JSON, is refused with exit 2', async () => {
    const other = join(tmp, 'audit-fr-2019.json');
    writeFileSync(other, runBin(['score', fixture('shortlist-2026-01.csv'), '--format', 'json', '--norms', 'instagram-fr-2019']).stdout);
    const norms = await run('score', fixture('shortlist-2026-02.csv'), '--baseline', other, '--format', 'json');
    expect([norms.code, norms.stdout]).toEqual([2, '']);
    expect(norms.stderr.trim()).toBe(`influaudit: --baseline ${other}: judged engagement by other norm tables (instagram followers: instagram-fr-2019, now instagram-2026), so verdicts are not comparable: run with the same --norms and config, or keep this run's JSON as the new baseline`);
    // Every platform's table differs under generic-1-5: the message names the one the accounts are on, not facebook.
    const generic = join(tmp, 'audit-generic.json');
    writeFileSync(generic, runBin(['score', fixture('shortlist-2026-01.csv'), '--format', 'json', '--norms', 'generic-1-5']).stdout);
    const all = await run('score', fixture('shortlist-2026-02.csv'), '--baseline', generic, '--format', 'json');
    expect(all.stderr).toContain('(instagram followers: generic-1-5, now instagram-2026)');
    const schema1 = join(tmp, 'audit-schema1.json');
    writeFileSync(schema1, readFileSync(accepted, 'utf8').replace('"schema": 2', '"schema": 1'));
    const old = await run('score', fixture('shortlist-2026-02.csv'), '--baseline', schema1);
    expect(old.code).toBe(2);
    expect(old.stderr).toContain('written under output schema 1; this version writes schema 2');
    const ndjson = join(tmp, 'audit.ndjson');
    writeFileSync(ndjson, (await run('score', fixture('shortlist-2026-01.csv'), '--format', 'ndjson')).stdout);
    const bad = await run('score', fixture('shortlist-2026-02.csv'), '--baseline', ndjson);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--baseline .*audit\.ndjson: not valid JSON \(an unexpected "\{" at line 2, column 1\)/);
    const missing = await run('score', fixture('shortlist-2026-02.csv'), '--baseline', join(tmp, 'nope.json'));
    expect(missing.stderr.trim()).toBe(`influaudit: --baseline ${join(tmp, 'nope.json')}: no such file`);
  });
});

describe('--strict: missing evidence fails the gate too, and says so', () => {
  const f = join(tmp, 'shortlist-with-gaps.csv');
  writeFileSync(f, 'handle,platform,followers,following,avg likes,avg comments\nmarie.voyage,instagram,48200,612,1150,38\nchef.paris,youtube,185000,,,\n,instagram,1200,300,40,2\n');

  it('without --strict the gate passes', async () => {
    expect((await run('score', f, '--fail-on', 'suspicious', '--format', 'json', '-q')).code).toBe(0);
  });

  it('with --strict a rejected row and an insufficient-data account fail it', async () => {
    const r = await run('score', f, '--strict', '--format', 'json', '-q');
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as Doc).summary.gate).toMatchObject({ strict: true, failed: true, failedAccounts: 1, failedRows: 1 });
    expect(lines(r.stderr)).toEqual([
      'influaudit: gate failed on 1 account and 1 rejected row (--strict):',
      'influaudit:   chef.paris (youtube): insufficient data (--strict): no engagement, growth or audience signal could judge the account (each skip says what was missing)',
      'influaudit:   1 row rejected (--strict: every row must be used; see --format json)',
    ]);
  });
});

describe('a CSV that a spreadsheet opens right', () => {
  it('--csv-dialect excel-fr: a BOM, ";" between cells, quotes only where a cell holds ";"', async () => {
    const r = await run('score', fixture('roster-demo.csv'), '--format', 'csv', '--csv-dialect', 'excel-fr');
    const rows = r.stdout.split('\r\n');
    expect(rows[0]).toBe('\uFEFFhandle;platform;followers;tier;score;verdict;flags;reasons');
    expect(rows[2]).toBe('cafe.lumiere;x;95400;micro;47;suspicious;follow-ratio;follows 93,100 accounts for 95,400 followers (ratio 0.98): follow-for-follow: a large audience following almost as many back');
  });

  it('--csv-dialect excel-fr writes decimal commas (the follower model\'s probability)', async () => {
    const rows = (await run('followers', fixture('followers-instagram-healthy.csv'), '--format', 'csv', '--csv-dialect', 'excel-fr', '-q')).stdout.split('\r\n');
    expect(rows[0]).toBe('\uFEFFline;id;of;platform;class;rules;probability;contributions');
    expect(rows[1]).toMatch(/^2;eva_roux;followers-instagram-healthy;instagram;real;;0,\d+;followers=1582:/);
  });

  it('--csv-dialect excel: a BOM before the usual CSV; the default has none', async () => {
    expect((await run('score', fixture('roster-demo.csv'), '--format', 'csv', '--csv-dialect', 'excel')).stdout.startsWith('\uFEFFhandle,platform,')).toBe(true);
    expect((await run('score', fixture('roster-demo.csv'), '--format', 'csv')).stdout.startsWith('handle,platform,')).toBe(true);
  });
});

describe('readable errors and the --map field list', () => {
  it('an unrecognised 40-column export: the headers seen are cut with a count', async () => {
    const header = Array.from({ length: 40 }, (_, i) => `metric ${i}`).join(',');
    const f = join(tmp, 'wide-unknown.csv');
    writeFileSync(f, `${header}\n${Array(40).fill('1').join(',')}\n`);
    const r = await run('score', f);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"metric 7" …and 32 more. Needs');
    expect(r.stderr.length).toBeLessThan(600);
  });

  it('the README lists every field --map accepts, kind by kind, as the error does', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    for (const [kind, fields] of Object.entries(mappableFieldsByKind())) {
      expect(readme).toContain(`${kind}: ${fields.map((f) => `\`${f}\``).join(', ')}`);
    }
    const r = await run('score', fixture('roster-demo.csv'), '--map', 'nope=X');
    expect(r.stderr.trim()).toBe(`influaudit: --map nope=X: expected field=Header with field one of ${mappableFields().join(', ')}`);
  });
});
