import { describe, expect, it } from 'vitest';
import { mapFlags } from '../../src/cli/map-flags.js';
import { runInProcess } from '../fuzz/cli-harness.js';
import { tempFiles } from '../temp-files.js';

const FIELDS = ['followers', 'following', 'handle', 'likes'];
const file = tempFiles('map');

describe('mapFlags: one field, one column', () => {
  it('reads field=Header, and the same mapping given twice', () => {
    expect(mapFlags(['followers=Audience totale', 'followers=audience  Totale', 'handle=Compte'], FIELDS)).toEqual({ followers: 'audience  Totale', handle: 'Compte' });
  });

  it.each([
    [['followers=Audience totale', 'followers=Suivis'], '--map followers given twice, "Audience totale" and "Suivis": give it once'],
    [['followers=Audience', 'following=audience'], '--map followers="Audience" and following="audience" name the same column: one column is one field'],
    [['followers=Abonnés', 'following=abonnes'], '--map followers="Abonnés" and following="abonnes" name the same column: one column is one field'],
    [['reach=Portée'], '--map reach=Portée: expected field=Header with field one of followers, following, handle, likes'],
  ])('refuses %j', (entries, message) => {
    expect(() => mapFlags(entries, FIELDS)).toThrow(message);
  });
});

describe('--map with several inputs', () => {
  const roster = file('agence.csv', 'Compte;Audience totale;Moyenne j aime\nlea;61 000;2 100\n');

  it('applies to the file that has the header; the others read their own columns', async () => {
    const r = await runInProcess(['score', roster, 'fixtures/history-bought-vs-steady.csv', '--map', 'followers=Audience totale', '--format', 'csv'], []);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('lea,instagram,61000,');
    expect(r.stdout).toContain('cafe.lumiere,x,');
  });

  it('a header no input has is one error naming the inputs', async () => {
    const r = await runInProcess(['score', 'fixtures/roster-demo.csv', 'fixtures/history-bought-vs-steady.csv', '--map', 'followers=Audience totalle'], []);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', 'influaudit: --map followers="Audience totalle": no input has such a column (fixtures/roster-demo.csv, fixtures/history-bought-vs-steady.csv)\n']);
  });

  it('a misspelt header that leaves its file unrecognised: the file\'s error, and the --map it does not take', async () => {
    const r = await runInProcess(['score', roster, 'fixtures/history-bought-vs-steady.csv', '--map', 'followers=Audience totalle'], []);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^influaudit: .*agence\.csv: columns not recognised\. .*\(--map followers="Audience totalle" names no column of this file\)\n$/);
    const alone = await runInProcess(['score', roster, '--map', 'followers=Audience totalle'], []);
    expect(alone.stderr).toMatch(/^influaudit: .*agence\.csv: --map followers="Audience totalle": no such column \(columns: "Compte", "Audience totale", "Moyenne j aime"\)\n$/);
  });

  it('a field the file\'s kind does not read is said to be unused', async () => {
    const r = await runInProcess(['score', 'fixtures/roster-demo.csv', '--map', 'likes=avg likes', '--format', 'csv'], []);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('influaudit: fixtures/roster-demo.csv: --map likes="avg likes" is not used: the file is read as a roster, which has no likes field');
  });
});
