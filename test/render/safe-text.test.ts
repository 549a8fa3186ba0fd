import { describe, expect, it } from 'vitest';
import { csvCell, markdownText, safeText } from '../../src/render/safe-text.js';

describe('safeText: controls and bidi overrides become visible escapes', () => {
  it.each([
    ['ESC', 'a\u001b[31mred', 'a\\x1b[31mred'],
    ['BEL', 'ding\u0007', 'ding\\x07'],
    ['NUL', 'a\u0000b', 'a\\x00b'],
    ['DEL', 'a\u007fb', 'a\\x7fb'],
    ['C1 CSI', 'a\u009b31m', 'a\\x9b31m'],
    ['C1 NEL', 'a\u0085b', 'a\\x85b'],
    ['newline', 'a\nb', 'a\\x0ab'],
    ['RTL override', 'cafe\u202etxt.exe', 'cafe\\u202etxt.exe'],
    ['LRI', '\u2066x', '\\u2066x'],
    ['RLI', '\u2067x', '\\u2067x'],
    ['FSI', '\u2068x', '\\u2068x'],
    ['PDI', 'x\u2069', 'x\\u2069'],
    ['zero-width space', 'ca\u200bfe', 'ca\\u200bfe'],
    ['BOM', '\ufeffcafe', '\\ufeffcafe'],
  ])('%s', (_name, input, output) => {
    expect(safeText(input)).toBe(output);
  });

  it.each(['cafe.lumière', 'ünïcödé 日本語 😀', 'a-b_c.d', 'tab-free text'])('leaves printable text alone: %j', (s) => {
    expect(safeText(s)).toBe(s);
  });
});

describe('csvCell', () => {
  it.each<[string, string | number | null | undefined, string]>([
    ['a formula', '=HYPERLINK("http://evil","x")', `"'=HYPERLINK(""http://evil"",""x"")"`],
    ['plus', '+1+2', "'+1+2"],
    ['minus', '-1', "'-1"],
    ['at', '@SUM(A1)', "'@SUM(A1)"],
    ['tab', '\t=1', "'\\x09=1"],
    ['CR', '\r=1', "'\\x0d=1"],
    ['a lone dash', '-', "'-"],
    ['a quote', 'say "hi"', '"say ""hi"""'],
    ['a comma', 'a,b', '"a,b"'],
    ['LF escaped like CR: one account, one line', 'a\nb', 'a\\x0ab'],
    ['CRLF inside a cell', 'a\r\nb', 'a\\x0d\\x0ab'],
    ['a line break and a comma', 'x\n,y', '"x\\x0a,y"'],
    ['leading space', ' x', '" x"'],
    ['trailing space', 'x ', '"x "'],
    ['an ANSI escape', 'a\u001b[2Jb', 'a\\x1b[2Jb'],
    ['plain', 'cafe.lumiere', 'cafe.lumiere'],
    ['empty', '', ''],
    ['a number', 95_400, '95400'],
    ['a negative number is data, not a formula', -5, '-5'],
    ['null', null, ''],
    ['undefined', undefined, ''],
  ])('%s', (_name, value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe('markdownText', () => {
  it.each([
    ['a|b', 'a\\|b'],
    ['<script>', '\\<script\\>'],
    ['**bold** _it_ `code` [l](u) #h ~s~ !i', '\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\[l\\](u) \\#h \\~s\\~ \\!i'],
    ['back\\slash', 'back\\\\slash'],
    ['line\nbreak', 'line\\\\x0abreak'], // the row stays one row
    ['plain', 'plain'],
  ])('%j → %j', (input, output) => {
    expect(markdownText(input)).toBe(output);
  });
});

describe('influaudit norms: a config\'s texts never reach the terminal raw', () => {
  it('escapes control sequences in a table\'s name, source, notes and tier labels', async () => {
    const { renderNormsText } = await import('../../src/render/score/norms-text.js');
    const text = renderNormsText([{
      name: 't1\u001b[31m', platform: 'instagram', basis: 'followers', year: 2026,
      source: '\u001b]0;pwned\u0007\u001b[2J', spreadSource: 'spread \u202e1', note: 'n\u009b1m',
      tiers: [{ label: 'a\u001b[1m', min: 0, max: null, medianPct: 2, spread: 1 }],
    }], {});
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(text).toContain('pwned');
  });
});
