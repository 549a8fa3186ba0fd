import { describe, expect, it } from 'vitest';
import { scoreAccount, type AccountResult } from '../../src/core/score-account.js';
import { DEFAULT_SCORING } from '../../src/core/scoring-config.js';
import { HANDLE_SHOWN, shownText, tableRenderer } from '../../src/render/score/table.js';
import { displayWidth } from '../../src/render/terminal-text.js';
import { unsafeChars } from '../fuzz/check-run.js';
import { runInProcess } from '../fuzz/cli-harness.js';
import { metaFor, summaryOf } from './build.js';

const result = (handle: string): AccountResult =>
  scoreAccount({ handle, platform: 'instagram', profile: { followers: 10_000, following: 300 } }, DEFAULT_SCORING);

/** The table alone, as score-run streams it. */
function table(results: readonly AccountResult[], over: Parameters<typeof metaFor>[0] = {}): string {
  const r = tableRenderer(metaFor(over));
  let out = r.begin();
  for (const a of results) out += r.item(a);
  return out + [...r.end({ summary: summaryOf(results, 0), rejected: [], warnings: [] })].join('');
}

/** The first column's text, line by line, of the account rows (the header and reasons left out). */
function accountColumn(text: string): string[] {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^├.*┼|^├.*┬/.test(lines[i]!)) continue;
    for (let j = i + 1; j < lines.length && lines[j]!.startsWith('│'); j++) out.push(lines[j]!.split('│')[1]!.trim());
  }
  return out;
}

/** Box lines: the table's lines before the summary. */
const boxLines = (text: string) => text.split('\n').filter((l) => /^[┌│├└]/.test(l));

describe('table: the look of an ordinary roster is kept', () => {
  it('fixtures/roster-demo.csv, first account: every follower count whole', async () => {
    const r = await runInProcess(['score', 'fixtures/roster-demo.csv', '--format', 'table']);
    expect(r.stdout.split('\n').slice(0, 14)).toEqual([
      '┌──────────────────────────────────┬───────────────┬───────┬───────────────────┐',
      '│ Account                          │     Followers │ Score │ Verdict           │',
      '├──────────────────────────────────┼───────────────┼───────┼───────────────────┤',
      '│ marie.voyage                     │        48,200 │   100 │ authentic         │',
      '│ instagram · micro                │               │       │                   │',
      '├──────────────────────────────────┴───────────────┴───────┴───────────────────┤',
      '│ ✓ engagement-rate ER 2.46 % is ordinary for genuine accounts of 48,200       │',
      '│ followers on instagram-2026 (median 2.16 %; 55 % of them lower)              │',
      '│ · growth-spike-drop no follower history given (a history export shows        │',
      '│ spikes and drops)                                                            │',
      '│ · audience-quality no follower sample given (a followers export shows the    │',
      '│ share of fake followers)                                                     │',
      '├──────────────────────────────────┬───────────────┬───────┬───────────────────┤',
      '│ cafe.lumiere                     │        95,400 │    47 │ suspicious        │',
    ]);
    expect(r.stdout).toMatch(/\n└─{78}┘\n8 accounts, /);
  });

  it('colour: the verdict coloured, a wrapped bold handle closed and reopened on each line', () => {
    const text = table([result('first half second half third half fourth half fifth half')], { color: true });
    expect(text).toContain('\x1b[1mfirst half second half third\x1b[22m');
    expect(text).toContain('\x1b[1mhalf fourth half fifth half\x1b[22m');
    expect(text).toContain('\x1b[2minstagram · micro\x1b[22m');
    expect(table([result('a b')], { color: false })).not.toContain('\x1b');
  });
});

describe('table: long and hostile handles', () => {
  it.each([
    ['4,000 characters with spaces', 'x '.repeat(2_000)],
    ['16,000 characters with spaces', 'ab '.repeat(5_334)],
    ['16,000 characters without a space', 'y'.repeat(16_000)],
    ['controls and bidi overrides', '\x1b[2J\u202e\u200b '.repeat(3_000)],
  ])('%s: at most 200 characters shown, then "…", the box intact', (_name, handle) => {
    const text = table([result(handle), result('next')]);
    const shown = accountColumn(text);
    const handleLines = shown.slice(0, shown.indexOf('instagram · micro'));
    expect(handleLines.join(' ').replace(/\s+/g, '').length).toBeLessThanOrEqual(HANDLE_SHOWN + 1);
    expect(handleLines.join('')).toMatch(/…$/);
    expect(shown).toContain('next');
    const widths = new Set(boxLines(text).map(displayWidth));
    expect([...widths]).toEqual([80]);
    expect(unsafeChars(text)).toEqual([]);
  });

  it('a 4,000-character handle through the CLI: exit 0 (cli-table3 took 10 s, a 16,000-character one minutes)', async () => {
    const r = await runInProcess(['score', '-', '--format', 'table'], [Buffer.from(`handle,followers,following\n${'x '.repeat(2_000)},1000,50\n`)], 60_000);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').length).toBeLessThan(40);
  }, 60_000);

  it('a handle wider than its column is broken across lines, whole, not cut: two alike to the 31st character differ', () => {
    const paris = 'the.official.channel.of.maison.deco.paris';
    const lyon = 'the.official.channel.of.maison.deco.lyon';
    const shown = accountColumn(table([result(paris), result(lyon)]));
    expect(shown).toEqual(['the.official.channel.of.maison.', 'deco.paris', 'instagram · micro', 'the.official.channel.of.maison.', 'deco.lyon', 'instagram · micro']);
  });

  it('a wide (CJK) handle is broken on its display width, the box intact', () => {
    const handle = '漢字'.repeat(20);
    const text = table([result(handle)]);
    const lines = accountColumn(text).slice(0, -1);
    expect(lines.join('')).toBe(handle);
    expect(lines.map(displayWidth)).toEqual([32, 32, 16]);
    expect([...new Set(boxLines(text).map(displayWidth))]).toEqual([80]);
  });

  it(`a handle over ${HANDLE_SHOWN} characters is still cut: its first ${HANDLE_SHOWN} over several lines, then "…"`, () => {
    const handle = `${'abcdefghij'.repeat(25)}`;
    const lines = accountColumn(table([result(handle)])).slice(0, -1);
    expect(lines.join('')).toBe(`${handle.slice(0, HANDLE_SHOWN)}…`);
    expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(32);
  });

  it('shownText: escaped, cut between escapes, never inside one', () => {
    expect(shownText('a\u202eb', 200)).toBe('a\\u202eb');
    expect(shownText('x'.repeat(200), 200)).toBe('x'.repeat(200));
    expect(shownText('x'.repeat(201), 200)).toBe(`${'x'.repeat(200)}…`);
    expect(shownText(`${'x'.repeat(195)}\u202eyy`, 200)).toBe(`${'x'.repeat(195)}…`);
    expect(shownText(`${'x'.repeat(199)}😀`, 200)).toBe(`${'x'.repeat(199)}…`);
  });
});

describe('table: many accounts', () => {
  it('1,000 accounts through the CLI: one block each (cli-table3 took 30 s)', async () => {
    const rows = Array.from({ length: 1_000 }, (_, i) => `a${i},${10_000 + i},${300 + i},${200 + (i % 90)},${5 + (i % 7)}`);
    const r = await runInProcess(['score', '-', '--format', 'table'], [Buffer.from(`handle,followers,following,avg likes,avg comments\n${rows.join('\n')}\n`)], 120_000);
    expect(r.code).toBe(0);
    expect(accountColumn(r.stdout).filter((l) => /^a\d+$/.test(l))).toHaveLength(1_000);
  }, 120_000);

});
