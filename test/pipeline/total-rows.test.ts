import { describe, expect, it } from 'vitest';
import { runInProcess } from '../fuzz/cli-harness.js';
import { tempFiles } from '../temp-files.js';

/** A Total row adds up the others: rejected as expected wherever it sits, never an account, never failing --strict. */
const file = tempFiles('total');
interface Doc {
  accounts: { handle: string }[];
  rejected: { line: number; column: string | null; value: string | null; expected?: true }[];
  summary: { rows: { read: number; used: number; rejected: number }; gate: { failedRows: number } };
}

/** With --strict, which fails on insufficient data too (these short histories): rows are what is checked. */
async function json(...args: string[]): Promise<Doc> {
  const r = await runInProcess(['score', ...args, '--format', 'json', '--strict']);
  const doc = JSON.parse(r.stdout) as Doc;
  expect(doc.summary.gate.failedRows).toBe(0);
  return doc;
}

describe('Total rows in histories', () => {
  const days = (handle: string, base: number) => Array.from({ length: 5 }, (_, i) => `${handle},2026-03-0${i + 1},${base + 10 * i}`);

  it('a long history\'s Total account', async () => {
    const doc = await json(file('long.csv', ['handle,date,followers', ...days('anna', 1000), ...days('Total', 1000)].join('\n') + '\n'));
    expect(doc.accounts.map((a) => a.handle)).toEqual(['anna']);
    expect(doc.rejected).toHaveLength(5);
    expect(doc.rejected[0]).toMatchObject({ line: 7, column: 'handle', value: 'Total', expected: true });
    expect(doc.summary.rows).toEqual({ read: 10, used: 5, rejected: 5 });
  });

  it("a single account's history with a Total row in place of a date", async () => {
    const doc = await json(file('studio.csv', ['Date,Subscribers', 'Total,42', ...Array.from({ length: 5 }, (_, i) => `2026-03-0${i + 1},${4000 + 10 * i}`)].join('\n') + '\n'), '--handle', 'chef.paris', '--platform', 'youtube');
    expect(doc.rejected).toEqual([expect.objectContaining({ line: 2, column: 'Date', value: 'Total', expected: true })]);
    expect(doc.summary.rows).toEqual({ read: 6, used: 5, rejected: 1 });
  });
});

describe('Total rows elsewhere', () => {
  it("a Total row at the end of a single account's history (a date cell saying Total)", async () => {
    const doc = await json(file('studio-end.csv', 'Date,Subscribers\n2026-01-01,45000\n2026-01-02,45060\n2026-01-03,45110\nTotal,135170\n'), '--handle', 'chef.paris');
    expect(doc.rejected).toEqual([expect.objectContaining({ line: 5, column: 'Date', value: 'Total', expected: true })]);
  });

  it("an agency roster's Total row named in its first column, the handle left empty", async () => {
    const doc = await json(file('agency.csv', 'Name,Handle,Platform,Followers,Avg likes\nLéa,@lea.martin,instagram,52000,1500\nTotal,,,52000,1500\n'));
    expect(doc.accounts.map((a) => a.handle)).toEqual(['lea.martin']);
    expect(doc.rejected).toEqual([expect.objectContaining({ line: 3, column: 'Name', value: 'Total', expected: true })]);
  });
});

describe('summary rows a spreadsheet adds under a roster', () => {
  it.each(['Total :', 'TOTAL GÉNÉRAL', 'Moyenne', 'Average', 'Mean', 'Somme'])('%s is not an account', async (label) => {
    const doc = await json(file('summary.csv', `Compte;Abonnés;J'aime moyens\nalice;12 300;400\n${label};12 300;400\n`), '--platform', 'instagram');
    expect(doc.accounts.map((a) => a.handle)).toEqual(['alice']);
    expect(doc.rejected).toEqual([expect.objectContaining({ line: 3, value: label, expected: true })]);
  });

  it('an account named mean or sum on a named platform is an account, not a summary', async () => {
    const doc = await json(file('named.csv', 'handle,platform,followers,avg likes\nmean,tiktok,910000,40\nsum,instagram,620000,30\nAverage,,765000,35\n'), '--fail-on', 'suspicious');
    expect(doc.accounts.map((a) => a.handle)).toEqual(['mean', 'sum']);
    expect(doc.rejected).toEqual([expect.objectContaining({ line: 4, value: 'Average', expected: true })]);
  });

  it('with no platform named, a capitalised label (Average) is a summary and a lower-case one (mean) an account', async () => {
    const doc = await json(file('no-platform.csv', 'handle,followers,avg likes\nmean,910000,40\nAverage,765000,35\n'), '--platform', 'instagram', '--fail-on', 'suspicious');
    expect(doc.accounts.map((a) => a.handle)).toEqual(['mean']);
    expect(doc.rejected).toEqual([expect.objectContaining({ line: 3, value: 'Average', expected: true })]);
  });

  it('a Total row stays a summary even beside a platform', async () => {
    const doc = await json(file('total-platform.csv', 'handle,platform,followers,avg likes\nalice,instagram,12300,400\nTotal,instagram,12300,400\n'));
    expect(doc.accounts.map((a) => a.handle)).toEqual(['alice']);
  });

  it('@average keeps an account of that name', async () => {
    const doc = await json(file('at-average.csv', 'handle,followers,avg likes\n@average,12300,400\n'), '--platform', 'instagram');
    expect(doc.accounts.map((a) => a.handle)).toEqual(['average']);
  });
});

describe('summary rows and columns in histories', () => {
  it("a long history's Moyenne account, naming no platform, is a summary", async () => {
    const rows = ['handle,date,followers', 'lea,2026-01-01,1000', 'lea,2026-01-02,1010', 'Moyenne,2026-01-01,1000', 'Moyenne,2026-01-02,1010'];
    const doc = await json(file('hist-moyenne.csv', rows.join('\n') + '\n'), '--platform', 'instagram');
    expect(doc.accounts.map((a) => a.handle)).toEqual(['lea']);
    expect(doc.summary.rows).toEqual({ read: 4, used: 2, rejected: 2 });
  });

  it("a wide history's Average column is left out; a column headed mean is an account", async () => {
    const rows = Array.from({ length: 5 }, (_, i) => `2026-02-0${i + 1},${1000 + 3 * i},${2000 + 6 * i},${1500 + 4 * i}`);
    const doc = await json(file('wide-average.csv', ['Date,@a.b,mean,Average', ...rows].join('\n') + '\n'), '--platform', 'instagram');
    expect(doc.accounts.map((a) => a.handle)).toEqual(['a.b', 'mean']);
  });
});

describe('Total rows in wide histories', () => {
  it('a Total row at the end (its date cell says Total)', async () => {
    const rows = Array.from({ length: 5 }, (_, i) => `2026-02-0${i + 1},${1000 + 3 * i},${2000 + 6 * i}`);
    const doc = await json(file('wide.csv', ['Date,@a.b,@c.d', ...rows, 'Total,5030,10060'].join('\n') + '\n'), '--platform', 'instagram');
    expect(doc.accounts.map((a) => a.handle)).toEqual(['a.b', 'c.d']);
    expect(doc.rejected).toEqual([expect.objectContaining({ line: 7, column: 'Date', value: 'Total', expected: true })]);
  });
});

