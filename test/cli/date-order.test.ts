import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStack } from '../e2e/run-cli.js';
import { runInProcess } from '../fuzz/cli-harness.js';

/**
 * A file whose numeric dates never show their day/month order (no number above 12) is read in the order its
 * spacing or its French header says, with a note, or refused before any output asking for --dates: never scored
 * on the few rows whose dates read the same either way.
 */

const tmp = mkdtempSync(join(tmpdir(), 'influaudit-date-order-'));
function file(name: string, content: string): string {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
}

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string[] }> {
  const r = await runInProcess(args.map((a) => (/\.csv$/.test(a) ? join(tmp, a) : a)));
  // File names as given, for the expectations: the run saw them under the temporary folder.
  const local = (t: string) => t.split(`${tmp}/`).join('');
  return { code: r.code, stdout: local(r.stdout), stderr: r.stderr.split('\n').filter((l) => l !== '').map(local) };
}

interface Doc {
  accounts: { handle: string; verdict: string; signals: { id: string; status: string; evidence: Record<string, unknown> }[] }[];
  summary: { rows: { read: number; used: number; rejected: number } };
  notes?: string[];
}

/** The reviewer's file: a French monthly snapshot on the 1st, January 2024 to December 2025, growing steadily. */
const months = (first: (m: number, y: number) => string, header: string, sep: string) =>
  [header, ...[2024, 2025].flatMap((y) => Array.from({ length: 12 }, (_, i) => `${first(i + 1, y)}${sep}@lucie.velo${sep}${20000 + 900 * (12 * (y - 2024) + i + 1)}`))].join('\n') + '\n';
const p2 = (n: number) => String(n).padStart(2, '0');

describe('dates that never show their order', () => {
  it('a French monthly snapshot is read day-first, said in a note, and every row is used', async () => {
    file('h.csv', months((m, y) => `01/${p2(m)}/${y}`, 'Date;Compte;Abonnés', ';'));
    const r = await run(['score', 'h.csv', '--format', 'json', '--platform', 'instagram']);
    expect(r.code, r.stderr.join('\n')).toBe(0);
    expect(r.stderr).toEqual(['influaudit: h.csv: dates like "01/02/2024" read day-first (only so do they fall evenly, a month apart, and the header is in French): set --dates mdy if not']);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.summary.rows).toEqual({ read: 24, used: 24, rejected: 0 });
    expect(doc.notes).toContain('h.csv: dates like "01/02/2024" read day-first (only so do they fall evenly, a month apart, and the header is in French): set --dates mdy if not');
    const account = doc.accounts[0]!;
    expect(account.verdict).toBe('authentic');
    const growth = account.signals.find((s) => s.id === 'growth-spike-drop')!;
    expect(growth.status).not.toBe('skip');
    // --dates says the order: no note.
    const given = await run(['score', 'h.csv', '--format', 'json', '--platform', 'instagram', '--dates', 'dmy']);
    expect(given.stderr).toEqual([]);
    expect((JSON.parse(given.stdout) as Doc).summary.rows.used).toBe(24);
  });

  it('one year of monthly snapshots under an English header: refused, exit 2, one line, nothing on stdout, in every format', async () => {
    const text = months((m, y) => `${p2(m)}/01/${y}`, 'Date,Account,Followers', ',').split('\n').slice(0, 13).join('\n') + '\n';
    file('us.csv', text);
    for (const format of ['table', 'json', 'csv']) {
      const r = await run(['score', 'us.csv', '--format', format]);
      expect(r.code, format).toBe(2);
      expect(r.stdout, format).toBe('');
      expect(hasStack(r.stderr.join('\n'))).toBe(false);
      expect(r.stderr, format).toEqual(['influaudit: us.csv: the day/month order of 11 of 12 dates is ambiguous (like "02/01/2024") and nothing in the file settles it; say which with --dates dmy or --dates mdy']);
    }
    const given = await run(['score', 'us.csv', '--format', 'json', '--dates', 'mdy']);
    expect(given.code, given.stderr.join('\n')).toBe(0);
    expect((JSON.parse(given.stdout) as Doc).summary.rows).toEqual({ read: 12, used: 12, rejected: 0 });
  });

  it('a wide history and a posts sheet are refused alike; a French header against the spacing too', async () => {
    file('wide.csv', 'Date,@a,@b\n01/02/2025,100,200\n01/03/2025,110,210\n');
    file('posts.csv', 'account,publish time,likes\na,03/04/2025 10:00,5\na,05/04/2025 11:00,6\n');
    file('fr-us.csv', months((m, y) => `${p2(m)}/01/${y}`, 'Date;Compte;Abonnés', ';'));
    const wide = await run(['score', 'wide.csv']);
    expect([wide.code, wide.stdout, wide.stderr]).toEqual([2, '', ['influaudit: wide.csv: the day/month order of 2 of 2 dates is ambiguous (like "01/02/2025") and nothing in the file settles it; say which with --dates dmy or --dates mdy']]);
    const posts = await run(['score', 'posts.csv']);
    expect([posts.code, posts.stdout, posts.stderr.length]).toEqual([2, '', 1]);
    expect(posts.stderr[0]).toMatch(/^influaudit: posts\.csv: the day\/month order of 2 of 2 dates is ambiguous .*--dates dmy or --dates mdy$/);
    const conflict = await run(['score', 'fr-us.csv']);
    expect([conflict.code, conflict.stdout, conflict.stderr]).toEqual([2, '', ['influaudit: fr-us.csv: dates like "02/01/2024" fall evenly (a month apart) only month-first, but the header is in French, which is written day-first; say which with --dates dmy or --dates mdy']]);
  });

  it('one ambiguous date in a file whose other dates show day-first is read day-first, with no note', async () => {
    file('one.csv', 'handle,date,followers\na,28/01/2025,1000\na,29/01/2025,1010\na,30/01/2025,1020\na,31/01/2025,1030\na,01/02/2025,1040\n');
    const r = await run(['score', 'one.csv', '--format', 'json', '--platform', 'instagram']);
    expect(r.code).toBe(0);
    expect(r.stderr).toEqual([]);
    expect((JSON.parse(r.stdout) as Doc).summary.rows).toEqual({ read: 5, used: 5, rejected: 0 });
  });
});
