import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { outputSchema } from '../../src/render/output-schema.js';
import { REJECTED, RESULTS, render } from './build.js';

const ANSI = /\x1b\[[0-9;]*m/g;

/** Terminal columns: East Asian wide characters and emoji take two. */
function displayWidth(line: string): number {
  let w = 0;
  for (const ch of line.replace(ANSI, '')) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|\p{Extended_Pictographic}/u.test(ch) ? 2 : 1;
  return w;
}

describe('the fixture accounts', () => {
  it('cover every verdict', () => {
    expect(RESULTS.map((r) => r.verdict)).toEqual(['suspicious', 'likely-fake', 'authentic', 'insufficient-data']);
  });
});

describe('json', () => {
  it('parses, matches the contract schema, and its rows reconcile', async () => {
    const doc = JSON.parse(await render('json'));
    const out = outputSchema.parse(doc);
    expect(Object.keys(doc).sort()).toEqual(['accounts', 'norms', 'normsByPlatform', 'notes', 'rejected', 'schema', 'summary', 'tool', 'version', 'warnings']);
    expect(out).toMatchObject({ tool: 'influaudit', version: '9.9.9', schema: 2, norms: 'instagram-2026' });
    expect(out.accounts.map((a) => [a.handle, a.platform, a.followers, a.tier, a.score, a.verdict]))
      .toEqual(RESULTS.map((r) => [r.handle, r.platform, r.followers, r.tier, r.score, r.verdict]));
    const { summary } = out;
    expect(summary.rows.read).toBe(summary.rows.used + summary.rows.rejected);
    expect(summary.rows.used).toBe(out.accounts.length);
    expect(summary.rows.rejected).toBe(out.rejected.length);
    expect(summary.authentic + summary.suspicious + summary.likelyFake + summary.insufficientData).toBe(summary.accounts);
    expect(summary.accounts).toBe(out.accounts.length);
    expect([summary.authentic, summary.suspicious, summary.likelyFake, summary.insufficientData]).toEqual([1, 1, 1, 1]);
    expect(summary.gate).toEqual({ failOn: 'suspicious', minScore: null, strict: false, baseline: null, failed: true, failedAccounts: 2, failedRows: 0 });
    expect(out.rejected).toEqual(REJECTED);
  });

  it('keeps signals with stable ids and numbers in their evidence', async () => {
    const doc = outputSchema.parse(JSON.parse(await render('json')));
    const ratio = doc.accounts[0]!.signals.find((s) => s.id === 'follow-ratio');
    expect(ratio).toMatchObject({ status: 'flag', severity: 1, logOdds: 2.5, evidence: { followers: 95_400, following: 93_100, ratio: 0.976 } });
    expect(doc.accounts[2]!.handle).toBe('nano\u001b[31m|chef'); // JSON keeps the exact text
  });

  it('adds the score arithmetic and explanations only with --explain', async () => {
    const lean = outputSchema.parse(JSON.parse(await render('json')));
    expect(lean.accounts.every((a) => a.scoring === undefined && a.signals.every((s) => s.explain === undefined))).toBe(true);
    const full = outputSchema.parse(JSON.parse(await render('json', { explain: true })));
    expect(full.accounts[0]!.scoring?.contributions).toEqual([{ id: 'follow-ratio', group: 'following', logOdds: 2.5, counted: true }]);
    expect(full.accounts[0]!.scoring?.arithmetic).toBe('evidence 2.50 (follow-ratio) log-odds → score 100 × e^(−2.50 / 3.3) = 47 → suspicious');
    expect(full.accounts[0]!.signals.find((s) => s.id === 'follow-ratio')?.explain?.formula).toBe('ratio = following / followers');
  });

  it('is still one valid document with no account and no rejected row', async () => {
    const doc = outputSchema.parse(JSON.parse(await render('json', {}, [], [])));
    expect(doc.accounts).toEqual([]);
    expect(doc.summary.rows).toEqual({ read: 0, used: 0, rejected: 0 });
  });
});

describe('ndjson', () => {
  it('writes one account object per line, the same objects as json accounts[]', async () => {
    const text = await render('ndjson');
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(RESULTS.length);
    const json = JSON.parse(await render('json'));
    expect(lines.map((l) => JSON.parse(l))).toEqual(json.accounts);
  });
});

describe('csv', () => {
  it('has the header, one row per account, and neutralised handles', async () => {
    const text = await render('csv');
    expect(text.split('\r\n')[0]).toBe('handle,platform,followers,tier,score,verdict,flags,reasons');
    const rows = parseCsv(text, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r['handle'], r['score'], r['verdict']])).toEqual([
      ['cafe.lumiere', '47', 'suspicious'],
      ['\'=HYPERLINK("http://evil","x")', String(RESULTS[1]!.score), 'likely-fake'],
      ['nano\\x1b[31m|chef', '100', 'authentic'],
      ['empty', '', 'insufficient-data'],
    ]);
    expect(rows[1]!['flags']).toBe('engagement-rate follow-ratio');
    expect(rows[1]!['reasons']).toContain(' | ');
    expect(rows[0]!['reasons']).toMatch(/^follows 93,100 accounts for 95,400 followers/);
  });
});

describe('markdown', () => {
  it('streams one table row per account, escaped, with the reasons of a flagged account in its row', async () => {
    const text = await render('markdown');
    const lines = text.split('\n');
    const start = lines.indexOf('| Account | Platform | Followers | Score | Verdict | Reasons |');
    expect(start).toBeGreaterThan(-1);
    const after = lines.slice(start + 2);
    const end = after.findIndex((l) => !l.startsWith('| '));
    const rows = after.slice(0, end === -1 ? after.length : end);
    expect(rows).toHaveLength(RESULTS.length);
    expect(rows[2]).toBe('| nano\\\\x1b\\[31m\\|chef | tiktok | 8000 | 100 | authentic | – |');
    expect(rows[0]).toContain('| `follow-ratio` follows 93,100 accounts for 95,400 followers');
    expect(rows[1]).toMatch(/`engagement-rate` ER 0\.01 % .*<br>`follow-ratio` follows 7,450 accounts/);
    expect(text).toContain('### Rejected rows (2)');
    expect(text).toContain('| roster.csv | 7 | followers | n/a | not a number |');
  });
});

describe('table', () => {
  it('shows each handle (escaped) and the reasons', async () => {
    const text = await render('table');
    expect(text).toContain('cafe.lumiere');
    expect(text).toContain('nano\\x1b[31m|chef');
    expect(text).toContain('follow-for-follow');
    expect(text).toContain('ER 0.01 % is lower than 99.9997 % of genuine accounts');
    expect(text).toMatch(/1 authentic, 1 suspicious, 1 likely fake, 1 insufficient data/);
  });

  it('writes no ANSI escape without colour, and some with it', async () => {
    expect(await render('table', { color: false })).not.toMatch(/\x1b/);
    expect(await render('table', { color: true })).toMatch(ANSI);
  });

  it.each([
    [80, false, false],
    [80, true, true],
    [100, false, true],
    [40, false, false], // narrower terminals still get 80
  ])('no line is wider than max(80, width %d) (explain %s, colour %s)', async (width, explain, color) => {
    const long = { ...RESULTS[0]!, handle: `${'a'.repeat(70)}.${'日本語'.repeat(8)}😀` };
    const text = await render('table', { width, explain, color }, [...RESULTS, long]);
    const widths = text.split('\n').map(displayWidth);
    expect(Math.max(...widths)).toBeLessThanOrEqual(Math.max(80, width));
    expect(Math.max(...widths)).toBeGreaterThan(Math.max(80, width) - 5); // it does use the width
  });
});
