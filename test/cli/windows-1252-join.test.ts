import { describe, expect, it } from 'vitest';
import { runInProcess } from '../fuzz/cli-harness.js';

describe('a Windows-1252 roster joins a UTF-8 history', () => {
  it('`L’Atelier` written as byte 0x92 in French Excel\'s CSV and as U+2019 in UTF-8 is one account', async () => {
    const args = ['score', 'fixtures/roster-windows-1252-typographic.csv', 'fixtures/history-latelier-utf8.csv'];
    const csv = await runInProcess([...args, '--format', 'csv']);
    expect(csv.code).toBe(0);
    const handles = csv.stdout.trim().split('\r\n').slice(1).map((row) => row.split(',')[0]);
    expect(handles).toEqual(['L’Atelier', 'Cœur de Lyon', 'café.lumière']);
    expect(csv.stderr).toContain('3 accounts');
    const json = await runInProcess([...args, '--format', 'json']);
    expect(json.code).toBe(0);
    expect(json.stdout).not.toMatch(/[\u0080-\u009f]/);
    const doc = JSON.parse(json.stdout) as { accounts: { handle: string }[] };
    expect(doc.accounts.filter((a) => a.handle === 'L’Atelier')).toHaveLength(1);
  });
});
