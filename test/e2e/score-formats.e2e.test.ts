import { describe, expect, it } from 'vitest';
import { hasStack, runBin } from './run-cli.js';

interface JsonOut {
  tool: string;
  schema: number;
  norms: string;
  summary: { accounts: number; authentic: number; suspicious: number; likelyFake: number; insufficientData: number; rows: { read: number; used: number; rejected: number }; gate: { failed: boolean } };
  accounts: { handle: string; platform: string; verdict: string; score: number | null; signals: { id: string; status: string; evidence: Record<string, unknown> }[] }[];
  rejected: { file: string; line: number; column: string | null; value: string | null; reason: string }[];
}

const verdictOf = (out: JsonOut, handle: string) => out.accounts.find((a) => a.handle === handle)?.verdict;

describe('influaudit score (spawned)', () => {
  it('prints the JSON contract when piped, with verdicts and evidence', () => {
    const r = runBin(['score', 'fixtures/roster-demo.csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as JsonOut;
    expect(out).toMatchObject({ tool: 'influaudit', schema: 2, norms: 'instagram-2026' });
    expect(out.summary.rows).toEqual({ read: 8, used: 8, rejected: 0 });
    expect(out.summary).toMatchObject({ accounts: 8, authentic: 3, suspicious: 3, likelyFake: 1, insufficientData: 1 });
    expect(verdictOf(out, 'marie.voyage')).toBe('authentic');
    expect(verdictOf(out, 'cafe.lumiere')).toBe('suspicious');
    expect(verdictOf(out, 'likes.bought')).toBe('likely-fake');
    expect(verdictOf(out, 'dance.tok')).toBe('authentic');
    expect(verdictOf(out, 'chef.paris')).toBe('insufficient-data');
    const cafe = out.accounts.find((a) => a.handle === 'cafe.lumiere')!;
    const ratio = cafe.signals.find((s) => s.id === 'follow-ratio')!;
    expect(ratio.status).toBe('flag');
    expect(ratio.evidence).toMatchObject({ followers: 95400, following: 93100 });
    const er = cafe.signals.find((s) => s.id === 'engagement-rate')!;
    expect(er.evidence).toMatchObject({ normTable: 'x-followers-2026', tier: '50k–100k', between: ['50k–100k', '100k–500k'], medianPct: 0.867 });
  });

  it('is byte-for-byte deterministic', () => {
    const a = runBin(['score', 'fixtures/roster-demo.csv', '--format', 'json']);
    const b = runBin(['score', 'fixtures/roster-demo.csv', '--format', 'json']);
    expect(a.stdout).toBe(b.stdout);
  });

  it('reads a French export: BOM, semicolons, decimal commas, K/M suffixes, narrow no-break spaces', () => {
    const out = JSON.parse(runBin(['score', 'fixtures/roster-fr-semicolon.csv']).stdout) as JsonOut;
    expect(out.summary.rows).toEqual({ read: 5, used: 5, rejected: 0 });
    expect(out.accounts.map((a) => a.handle)).toEqual(['lea.cuisine', 'maison.deco', 'boutique.mode', 'petit.potager', 'voyages.express']);
    expect(out.accounts.find((a) => a.handle === 'maison.deco')).toMatchObject({ platform: 'instagram', verdict: 'authentic' });
    expect(verdictOf(out, 'boutique.mode')).toBe('likely-fake');
    expect((out.accounts[0] as unknown as { followers: number }).followers).toBe(12345);
  });

  it('reads Excel "Unicode text" (UTF-16 LE, tabs, CRLF)', () => {
    const out = JSON.parse(runBin(['score', 'fixtures/roster-excel-utf16.txt']).stdout) as JsonOut;
    expect(out.accounts.map((a) => [a.handle, a.verdict])).toEqual([
      ['studio.lumen', 'authentic'], ['mass.follow', 'suspicious'], ['zoe.runs', 'authentic'],
    ]);
  });

  it('rejects rows without an identity and keeps the rest, a bad cell costing the cell; every one with file, line, column and reason', () => {
    const r = runBin(['score', 'fixtures/roster-bad-rows.csv', '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as JsonOut & { warnings: { line: number; column: string; value: string }[]; summary: { warnings: number } };
    expect(out.summary.rows).toEqual({ read: 8, used: 5, rejected: 3 });
    expect(out.summary.warnings).toBe(3);
    // A quoted handle of two lines, neither an @handle nor a profile link, names no one account.
    expect(out.rejected.map((x) => [x.line, x.column, x.value])).toEqual([[3, 'handle', ''], [6, 'platform', 'myspace'], [8, 'handle', 'quoted,\nhandle']]);
    expect(out.warnings.map((x) => [x.line, x.column, x.value])).toEqual([[4, 'followers', '12k5'], [5, 'avg likes', '-5'], [7, 'followers', '1520.5']]);
    expect(out.accounts.map((a) => a.handle)).toEqual(['ok.account', 'typo.followers', 'negative.likes', 'fraction.followers', 'second.ok']);
    expect(r.stderr.trim().split('\n')).toHaveLength(6);
    expect(r.stderr).toContain('influaudit: fixtures/roster-bad-rows.csv:4: followers: not a number, got "12k5" (cell ignored, row used)');
  });

  it('streams ndjson: one account per line, the summary on stderr', () => {
    const r = runBin(['score', 'fixtures/roster-demo.csv', '--format', 'ndjson']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(8);
    for (const l of lines) expect(JSON.parse(l)).toHaveProperty('verdict');
    expect(r.stderr).toMatch(/8 accounts .*rows 8 read, 8 used, 0 rejected/);
  });

  it('writes CSV with formulas and control characters neutralised', () => {
    const r = runBin(['score', 'fixtures/roster-hostile.csv', '--format', 'csv', '--quiet']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\r\n');
    expect(lines[0]).toBe('handle,platform,followers,tier,score,verdict,flags,reasons');
    for (const l of lines.slice(1)) expect(l).not.toMatch(/^"?[=+\-@]/);
    expect(r.stdout).not.toContain('\x1b');
    expect(r.stdout).not.toContain('\u202e');
  });

  it('keeps hostile text exact in JSON and escaped in the table and markdown', () => {
    const json = JSON.parse(runBin(['score', 'fixtures/roster-hostile.csv']).stdout) as JsonOut;
    expect(json.accounts[1]!.handle).toBe('evil\x1b[31mred\x1b[0m\x07');
    for (const format of ['table', 'markdown']) {
      const r = runBin(['score', 'fixtures/roster-hostile.csv', '--format', format]);
      expect(r.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f\u202e]/);
      expect(r.stdout).toContain('\\x1b');
    }
    expect(runBin(['score', 'fixtures/roster-hostile.csv', '--format', 'markdown']).stdout).toContain('\\<script\\>');
  });

  it('renders a readable table at 80 columns without colour when NO_COLOR is set', () => {
    const r = runBin(['score', 'fixtures/roster-demo.csv', '--format', 'table', '--color']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\x1b[');
    for (const line of r.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    expect(r.stdout).toContain('cafe.lumiere');
    expect(r.stdout).toContain('follow-for-follow');
  });

  it('prints a Markdown report for a PR comment', () => {
    const r = runBin(['score', 'fixtures/roster-demo.csv', '--format', 'markdown', '--fail-on', 'likely-fake']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('| Account | Platform | Followers | Score | Verdict | Reasons |');
    expect(r.stdout).toContain('**Gate: failed**');
    expect(r.stdout.match(/^\| (?!Account|---)/gm)).toHaveLength(8);
  });

  it('reads standard input from -', () => {
    const r = runBin(['score', '-', '--format', 'ndjson', '-q'], { input: 'username,followers,following\nsolo,1000,5000\n' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ handle: 'solo', verdict: 'suspicious' });
  });

  it('has no stack trace anywhere', () => {
    for (const args of [['score', 'fixtures/roster-demo.csv'], ['score', 'nope.csv'], ['score']]) {
      expect(hasStack(runBin(args).stderr)).toBe(false);
    }
  });
});
