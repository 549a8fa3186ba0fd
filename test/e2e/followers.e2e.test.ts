import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStack, ROOT, runBin } from './run-cli.js';

interface Share { count: number; share: number; low: number; high: number }
interface Influencer { of: string; platform: string; sampleSize: number; shares: Record<'real' | 'massFollower' | 'suspicious' | 'likelyFake', Share>; genuine: Share; verdict: string; reason: string; message: string }
interface Follower { line: number; id: string | null; of: string; platform: string; class: string; rules: string[] }
interface Rejected { file: string; line: number; column: string | null; value: string | null; reason: string }
interface Doc {
  tool: string; version: string; schema: number; kind: string;
  summary: { influencers: number; rows: { read: number; used: number; rejected: number }; gate: { failOn: string | null; failed: boolean } };
  influencers: Influencer[]; followers: Follower[]; rejected: Rejected[];
}
interface Signal { id: string; status: string; severity: number; message: string; evidence: Record<string, unknown> }
interface ScoreDoc { accounts: { handle: string; verdict: string; score: number | null; signals: Signal[] }[]; summary: { rows: { read: number; used: number; rejected: number } } }

const tmp = mkdtempSync(join(tmpdir(), 'influaudit-followers-'));
function file(name: string, content: string): string {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
}
const fixture = (name: string) => `fixtures/followers-${name}.csv`;
/** The day the X API sample was collected: its followers' ages are counted to it, so no result moves with the date. */
const X_AS_OF = ['--as-of', '2026-11-23'];
const fixtureLines = (name: string) => readFileSync(join(ROOT, fixture(name)), 'utf8').trim().split('\n');

/** Said once for a file that names no platform anywhere. */
const defaultPlatformNote = (file: string) =>
  `influaudit: ${file}: nothing in the file names the platform (a platform column, a profile URL, a tool's own headers): read as instagram, the default (set it with --platform)\n`;

function json(...args: string[]): { doc: Doc; stderr: string } {
  const r = runBin(['followers', ...args]);
  expect(r.code, r.stderr).toBe(0);
  expect(hasStack(r.stderr)).toBe(false);
  return { doc: JSON.parse(r.stdout) as Doc, stderr: r.stderr };
}
const reconciles = (d: Doc) => d.summary.rows.read === d.summary.rows.used + d.summary.rows.rejected;

describe('influaudit followers: verdicts on real-shaped samples (json, the default when piped)', () => {
  it.each<[string, string[], string, string, number, string, number]>([
    ['a healthy Instagram audience (scraper export)', [], 'instagram-healthy', 'instagram', 60, 'ok', 6],
    ['a bought Instagram audience (French scraper, ";")', [], 'instagram-bought-fr', 'instagram', 70, 'likely-fake', 40],
    ['an X API sample: X\'s rules, from its field names', X_AS_OF, 'x-api', 'x', 40, 'suspicious', 9],
    ['a sample too small to conclude', [], 'too-small', 'instagram', 12, 'insufficient-sample', 3],
  ])('%s', (_name, extra, name, platform, n, verdict, fakes) => {
    const { doc, stderr } = json(fixture(name), ...extra);
    expect(doc).toMatchObject({ tool: 'influaudit', schema: 1, kind: 'followers' });
    expect(doc.influencers).toHaveLength(1);
    expect(doc.influencers[0]).toMatchObject({ of: `followers-${name}`, platform, sampleSize: n, verdict });
    expect(doc.influencers[0]!.shares.likelyFake.count).toBe(fakes);
    expect(doc.followers).toHaveLength(n);
    expect(doc.summary.rows).toEqual({ read: n, used: n, rejected: 0 });
    const platformNote = platform === 'x' ? '' : defaultPlatformNote(fixture(name));
    // Only the X sample has creation dates: only its run counted ages, and says to which day.
    const agesNote = extra.length > 0 ? 'influaudit: account ages counted to 2026-11-23 (--as-of)\n' : '';
    expect(stderr).toBe(`influaudit: ${fixture(name)}: no influencer column: the followers are of "followers-${name}" (from the file name; set it with --of)\n${platformNote}${agesNote}`);
  });

  it('the verdict is decided on the interval of the corrected share: 61 % likely fake, its low end above 30 %', () => {
    const a = json(fixture('instagram-bought-fr')).doc.influencers[0]!;
    expect(a.shares.likelyFake).toEqual({ count: 40, share: 0.5714, low: 0.4548, high: 0.6806 });
    expect(a.reason).toBe('fake-share-above-problem');
    expect(a.message).toBe('61 % likely fake, corrected for the model\'s errors (95 % CI 48–74 %) in a sample of 70 followers; > 30 % is a problem (StatusPeople)');
  });

  it('one file, several influencers (an influencer column); --of names a file\'s only influencer', () => {
    const { doc, stderr } = json(fixture('multi-influencer'));
    expect(doc.influencers.map((a) => [a.of, a.sampleSize, a.verdict])).toEqual([['lea.cuisine', 40, 'ok'], ['glow.fast', 40, 'likely-fake']]);
    expect(stderr).toBe(defaultPlatformNote(fixture('multi-influencer')));
    const named = json(fixture('instagram-healthy'), '--of', '@lea.cuisine');
    expect(named.doc.influencers[0]!.of).toBe('lea.cuisine');
    expect(named.stderr).toBe(defaultPlatformNote(fixture('instagram-healthy')));
  });

  it.each([
    ['a follower history', 'fixtures/history-bought-vs-steady.csv', 'a follower history'],
    ['a roster with averages', 'fixtures/roster-demo.csv', 'an influencer roster'],
  ])('refuses %s with exit 2: its followers column would clear an audience nobody sampled', (_name, file, what) => {
    const r = runBin(['followers', file]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr.trim()).toBe(`influaudit: ${file}: looks like ${what}${what === 'a follower history' ? ' (a date and follower counts)' : ' (average likes or an engagement rate)'}, not a follower sample (one row per follower): score it with influaudit score`);
  });

  it('a scraper\'s sample with its capture time beside each username is a sample, not a history', () => {
    const sample = join(mkdtempSync(join(tmpdir(), 'influaudit-ts-')), 'sample.csv');
    writeFileSync(sample, 'username,followers,following,posts,timestamp\nu1,10,500,0,2026-01-01\nu2,300,200,40,2026-01-01\n');
    const r = runBin(['followers', sample, '--of', 'someone']);
    expect(r.code, r.stderr).toBe(0);
  });

  it('--platform picks the rules: the healthy sample judged by X\'s', () => {
    const a = json(fixture('instagram-healthy'), '--platform', 'twitter').doc;
    expect(a.influencers[0]!.platform).toBe('x');
    expect(a.followers.every((f) => f.platform === 'x')).toBe(true);
  });

  it('a bad cell costs the cell (a warning), a row without an influencer or listed twice is rejected; all with file, line, column, value and reason', () => {
    const r = runBin(['followers', fixture('bad-rows')]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc & { warnings: unknown[]; summary: { warnings: number } };
    expect(doc.summary.rows).toEqual({ read: 7, used: 5, rejected: 2 });
    expect(doc.summary.warnings).toBe(3);
    expect(reconciles(doc)).toBe(true);
    const f = fixture('bad-rows');
    expect(doc.warnings).toEqual([
      { file: f, line: 3, column: 'followers', value: 'lots', reason: 'not a number' },
      { file: f, line: 4, column: 'following', value: '-4', reason: 'cannot be negative' },
      { file: f, line: 5, column: 'has_profile_pic', value: 'maybe', reason: 'not a yes/no value or a picture URL' },
    ]);
    expect(doc.rejected).toEqual([
      { file: f, line: 6, column: 'influencer', value: '', reason: 'empty influencer' },
      { file: f, line: 7, column: 'username', value: 'OK.One', reason: 'duplicate follower of lea.cuisine (instagram); first at line 2' },
    ]);
    expect(r.stderr.split('\n')[0]).toBe(`influaudit: ${f}:3: followers: not a number, got "lots" (cell ignored, row used)`);
    // The follower with an unreadable followers count is classified without it: the model needs both counts, the rules decide.
    expect(doc.followers.find((x) => x.id === 'bad.count')).toMatchObject({ line: 3, class: 'real', rules: [] });
    expect(doc.followers.find((x) => x.id === 'bad.count')).not.toHaveProperty('model');
    // Empty cells are missing, not 0: the follower with only a username fires no count rule.
    expect(doc.followers.find((x) => x.id === 'only.name')).toEqual({ line: 8, id: 'only.name', of: 'lea.cuisine', platform: 'instagram', class: 'real', rules: [] });
  });

  it('reads standard input with -', () => {
    const r = runBin(['followers', '-', '--of', 'lea.cuisine'], { input: readFileSync(join(ROOT, fixture('too-small'))) });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Doc).influencers[0]).toMatchObject({ of: 'lea.cuisine', sampleSize: 12 });
  });
});

describe('influaudit followers: formats', () => {
  it('ndjson: one follower per line with its source line, id, influencer, class and fired rules; the summary on stderr', () => {
    const r = runBin(['followers', fixture('instagram-healthy'), '--format', 'ndjson']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Follower);
    const source = fixtureLines('instagram-healthy');
    expect(lines).toHaveLength(source.length - 1);
    lines.forEach((f, i) => {
      expect(f.line).toBe(i + 2);
      expect(f.id).toBe(source[f.line - 1]!.split(',')[0]);
      expect(Object.keys(f)).toEqual(['line', 'id', 'of', 'platform', 'class', 'rules', 'model']);
    });
    const byClass = (c: string) => lines.filter((f) => f.class === c).length;
    expect([byClass('real'), byClass('mass-follower'), byClass('suspicious'), byClass('likely-fake')]).toEqual([52, 2, 0, 6]);
    const fake = lines.find((f) => f.class === 'likely-fake')!;
    expect(fake.rules).toEqual(expect.arrayContaining(['few-followers', 'mass-follower']));
    const mass = lines.filter((f) => f.class === 'mass-follower');
    expect(mass.every((f) => f.rules.includes('mass-follower'))).toBe(true);
    expect(r.stderr).toContain('influaudit: 1 influencer: 1 ok, 0 suspicious, 0 likely fake, 0 insufficient sample\ninfluaudit: rows: 60 read, 60 used, 0 rejected\n');
  });

  it('ndjson ids come from the X API\'s id_str, kept as strings (beyond a double\'s exact integers)', () => {
    const r = runBin(['followers', fixture('x-api'), '--format', 'ndjson', '-q', ...X_AS_OF]);
    const first = JSON.parse(r.stdout.split('\n')[0]!) as Follower;
    expect(first.id).toBe(fixtureLines('x-api')[1]!.split(',')[0]);
    expect(first.id).toMatch(/^\d{19}$/);
    expect(r.stderr).toBe('');
  });

  it('csv: one row per follower, formula cells neutralised', () => {
    const hostile = file('hostile.csv', 'username,followers,following,posts,is_private\n"=HYPERLINK(""http://evil.example"",""x"")",3,4000,0,0\n+cmd,300,200,90,1\n');
    const r = runBin(['followers', hostile, '--format', 'csv', '--of', 'lea.cuisine']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'line,id,of,platform,class,rules,probability,contributions\r\n' +
      '2,"\'=HYPERLINK(""http://evil.example"",""x"")",lea.cuisine,instagram,likely-fake,few-followers no-posts few-posts following-far-above-followers following-1000-followers-100 mass-follower,1,followers=3:+6.79 following=4000:+6.45 posts=0:+3.67\r\n' +
      "3,'+cmd,lea.cuisine,instagram,real,,0.0025,posts=90:-1.53 following=200:-1.14 followers=300:-0.51\r\n",
    );
    expect(r.stderr).toContain('influaudit: rows: 2 read, 2 used, 0 rejected');
  });

  it('table: per influencer, each class share with its 95 % interval, the verdict and its reason, within 80 columns', () => {
    const r = runBin(['followers', fixture('multi-influencer'), '--format', 'table']);
    expect(r.code).toBe(0);
    const out = r.stdout;
    expect(out).not.toMatch(/\x1b\[/);
    expect(out.split('\n').every((l) => [...l].length <= 80)).toBe(true);
    expect(out).toMatch(/│ lea\.cuisine +│ +40 │ ok +│/);
    expect(out).toMatch(/│ glow\.fast +│ +40 │ likely fake +│/);
    expect(out).toMatch(/likely fake +68 % +27 +95 % CI 52–80 %/);
    expect(out).toMatch(/real +93 % +37 +95 % CI 80–97 %/);
    expect(out).toMatch(/fake \(model\) +73 % +27 +95 % CI 55–87 %, raw 68 % of 40 scored,/);
    expect(out).toContain('✗ 73 % likely fake, corrected for the model\'s errors (95 % CI 55–87 %) in');
    expect(out).toMatch(/rules fired: empty-bio 34, few-posts 30, digits-in-username 30,/);
    expect(out).toContain('2 influencers: 1 ok, 0 suspicious, 1 likely fake, 0 insufficient sample\nrows: 80 read, 80 used, 0 rejected\n');
  });

  it('table: a hostile influencer name is shown escaped, never raw', () => {
    const f = file('ansi.csv', 'influencer,username,bio\n"evil\u001b[31mred",a,b\n');
    const r = runBin(['followers', f, '--format', 'table']);
    expect(r.stdout).toContain('evil\\x1b[31mred');
    expect(r.stdout).not.toContain('\u001b');
  });

  it('table: a long influencer name is broken across lines whole, one over 200 characters cut there with "…"', () => {
    const f = file('long-of.csv', `influencer,username,bio\nthe.official.channel.of.maison.deco.paris.and.its.boutiques,a,b\n${'y'.repeat(5_000)},c,d\n`);
    const r = runBin(['followers', f, '--format', 'table']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/│ the\.official\.channel\.of\.maison\.deco\.paris\. +│ +1 │ insufficient sample │\n│ and\.its\.boutiques +│/);
    const ys = r.stdout.split('\n').map((l) => l.split('│')[1]?.trim() ?? '').filter((cell) => /^y+…?$/.test(cell));
    expect(ys.join('')).toBe(`${'y'.repeat(200)}…`);
    expect(r.stdout.split('\n').every((l) => [...l].length <= 80)).toBe(true);
  });
});

describe('influaudit followers: the gate and errors', () => {
  it.each<[string, string, number]>([
    ['instagram-bought-fr', 'likely-fake', 1],
    ['instagram-bought-fr', 'suspicious', 1],
    ['x-api', 'suspicious', 1],
    ['x-api', 'likely-fake', 0],
    ['instagram-healthy', 'suspicious', 0],
    ['too-small', 'suspicious', 0],
  ])('%s --fail-on %s exits %i', (name, failOn, code) => {
    const r = runBin(['followers', fixture(name), '--fail-on', failOn, '--format', 'json', '-q', ...X_AS_OF]);
    expect(r.code).toBe(code);
    expect((JSON.parse(r.stdout) as Doc).summary.gate).toEqual({ failOn, failed: code === 1 });
  });

  it.each<[string, string[], RegExp]>([
    ['unrecognised columns', ['fixtures/roster-unrecognised.csv'], /^influaudit: fixtures\/roster-unrecognised\.csv: columns not recognised as a follower sample\. Saw "id", "title", "price", "currency"\. .*--map field="Header"$/],
    ['a missing file', ['fixtures/nope.csv'], /^influaudit: fixtures\/nope\.csv: no such file$/],
    ['an unknown platform', [fixture('too-small'), '--platform', 'myspace'], /^influaudit: --platform myspace: unknown platform/],
    ['a --map field that does not exist', [fixture('too-small'), '--map', 'likes=x'], /^influaudit: --map likes=x: expected field=Header with field one of of, platform, id, username/],
    ['a --map header that does not exist', [fixture('too-small'), '--map', 'bio=Biography'], /^influaudit: fixtures\/followers-too-small\.csv: --map bio="Biography": no such column/],
    ['a bad format', [fixture('too-small'), '--format', 'markdown'], /^influaudit: option '-f, --format <format>' argument 'markdown' is invalid/],
    ['no usable row', [file('all-bad.csv', 'influencer,followers,is_private\n,3,0\nlea,lots,maybe\n')], /no usable row: all 2 rows were rejected$/],
  ])('%s: exit 2, one line, no stack', (name, args, message) => {
    const r = runBin(['followers', ...args, '-q']);
    expect(r.code).toBe(2);
    // Refused before any output, stdout stays empty; a sample read to the end with no usable row is a whole document
    // that says why, with its rejected rows.
    if (name === 'no usable row') expect(JSON.parse(r.stdout)).toMatchObject({ followers: [], error: 'no usable row: all 2 rows were rejected', summary: { failed: true } });
    else expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(hasStack(r.stderr)).toBe(false);
  });

  it('--map makes an unknown header usable', () => {
    const f = file('odd.csv', 'Qui;Suivi par;Photo\nanna84629;3;non\nlea.paris;450;oui\n');
    const { doc } = json(f, '--map', 'username=Qui', '--map', 'followers=Suivi par', '--map', 'profile-pic=Photo', '--of', 'x');
    expect(doc.followers.map((x) => [x.id, x.rules])).toEqual([['anna84629', ['no-profile-pic', 'few-followers', 'digits-in-username']], ['lea.paris', []]]);
  });

  it('survives | head -1 on a large sample (EPIPE is a quiet success, and no summary for the part read)', () => {
    const rows = ['username,followers,following,posts,has_profile_pic'];
    for (let i = 0; i < 60_000; i++) rows.push(`user${i},${i % 900},${200 + (i % 3000)},${i % 120},${i % 7 ? 1 : 0}`);
    const big = file('big.csv', rows.join('\n'));
    const sh = spawnSync('bash', ['-c', `"${process.execPath}" bin/influaudit.js followers "${big}" --of someone --platform instagram --format ndjson | head -1; echo "status=\${PIPESTATUS[0]}" >&2`], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    expect(sh.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(sh.stdout)).toMatchObject({ line: 2, id: 'user0' });
    expect(sh.stderr).toBe('status=0\n');
  });
});

describe('influaudit score with a follower sample: audience-quality', () => {
  const score = (...args: string[]) => {
    const r = runBin(['score', ...args, '--format', 'json']);
    expect(hasStack(r.stderr)).toBe(false);
    return { code: r.code, doc: JSON.parse(r.stdout) as ScoreDoc, stderr: r.stderr };
  };
  const signal = (doc: ScoreDoc, handle: string) => doc.accounts.find((a) => a.handle === handle)?.signals.find((s) => s.id === 'audience-quality');

  it('joins each influencer\'s sample to its roster row: flag, pass, and a skip where no sample was given', () => {
    const { code, doc, stderr } = score('fixtures/followers-roster.csv', fixture('multi-influencer'));
    expect(code).toBe(0);
    expect(stderr).toBe(defaultPlatformNote(fixture('multi-influencer')));
    expect(doc.accounts.map((a) => [a.handle, a.verdict, a.score])).toEqual([['lea.cuisine', 'authentic', 100], ['glow.fast', 'likely-fake', 35], ['marc.velo', 'authentic', 100]]);
    expect(doc.summary.rows).toEqual({ read: 83, used: 83, rejected: 0 });
    expect(signal(doc, 'glow.fast')).toMatchObject({
      status: 'flag', severity: 1, message: '73 % likely fake, corrected for the model\'s errors (95 % CI 55–87 %) in a sample of 40 followers; > 30 % is a problem (StatusPeople)',
      evidence: { sampleSize: 40, likelyFake: 27, modelScored: 40, modelLikelyFake: 27, correctedFakeShare: 0.7253, verdict: 'likely-fake', reason: 'fake-share-above-problem' },
    });
    expect(signal(doc, 'lea.cuisine')).toMatchObject({ status: 'pass', evidence: { sampleSize: 40, likelyFake: 2, verdict: 'ok' } });
    expect(signal(doc, 'marc.velo')).toEqual({ id: 'audience-quality', status: 'skip', severity: 0, logOdds: 0, message: 'no follower sample given (a followers export shows the share of fake followers)', evidence: {} });
  });

  it('is a primary signal: a sample alone can clear or convict an account, a too-small one cannot', () => {
    expect(score(fixture('multi-influencer')).doc.accounts.map((a) => [a.handle, a.verdict])).toEqual([['lea.cuisine', 'authentic'], ['glow.fast', 'likely-fake']]);
    const small = score(fixture('too-small'), '--handle', 'lea.cuisine');
    expect(small.doc.accounts[0]).toMatchObject({ handle: 'lea.cuisine', verdict: 'insufficient-data', score: null });
    expect(signal(small.doc, 'lea.cuisine')).toMatchObject({ status: 'skip', evidence: { verdict: 'insufficient-sample', sampleSize: 12 } });
  });

  it('a sample without an influencer column joins by --handle, saying why the file was read as a sample', () => {
    const { doc, stderr } = score('fixtures/followers-roster.csv', fixture('instagram-bought-fr'), '--handle', 'marc.velo');
    expect(signal(doc, 'marc.velo')).toMatchObject({ status: 'flag', evidence: { sampleSize: 70, likelyFake: 40 } });
    expect(stderr).toBe(`influaudit: ${fixture('instagram-bought-fr')}: read as a follower sample (it has "Compte privé", "Photo de profil", "Biographie"): the followers are of "marc.velo" (from --handle)\n${defaultPlatformNote(fixture('instagram-bought-fr'))}`);
  });

  it('the gate sees the audience: --fail-on likely-fake fails on the bought audience', () => {
    const r = runBin(['score', 'fixtures/followers-roster.csv', fixture('multi-influencer'), '--fail-on', 'likely-fake', '--format', 'json', '-q']);
    expect(r.code).toBe(1);
  });

  it('a config file changes the audience thresholds that score uses', () => {
    const cfg = file('lenient.json', JSON.stringify({ audience: { problemFakeShare: 0.9, normalFakeShare: 0.8, minGenuineShare: 0.1 } }));
    const { doc } = score('fixtures/followers-roster.csv', fixture('multi-influencer'), '--config', cfg);
    expect(signal(doc, 'glow.fast')).toMatchObject({ status: 'pass' });
  });
});

describe('influaudit norms: the audience thresholds in force', () => {
  it('prints the limits with their sources and each platform\'s rules; a config file\'s values lose the credit', () => {
    const r = runBin(['norms']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('likely fake: normal up to 10 % (StatusPeople Fakers, 2012), a problem above 30 % (StatusPeople Fakers, 2012)');
    expect(r.stdout).toContain('suspicious: under 60 % real or mass followers (IG Audit, 2019)');
    expect(r.stdout).toMatch(/x rules \(cut-offs: suspicious from 2 points, likely fake from 3\):\n +weights: no-profile-pic 1, no-posts 2, /);
    const cfg = file('strict-audience.json', JSON.stringify({ audience: { problemFakeShare: 0.2, rules: { tiktok: { weights: { 'empty-bio': null } } } } }));
    const custom = runBin(['norms', '--config', cfg]);
    expect(custom.stdout).toContain('a problem above 20 %\n');
    expect(custom.stdout).toMatch(/tiktok rules .*\n +weights: no-profile-pic 1, .*digits-in-username 1, verified -1\n/);
    expect(custom.stdout).not.toMatch(/tiktok rules .*\n.*empty-bio/);
    const json = JSON.parse(runBin(['norms', '--format', 'json', '--config', cfg]).stdout) as { thresholds: { audience: { problemFakeShare: number } } };
    expect(json.thresholds.audience.problemFakeShare).toBe(0.2);
  });
});
