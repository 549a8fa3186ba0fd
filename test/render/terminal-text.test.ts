import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakWord, colorizeLines, displayWidth, fitCell, wrapWords } from '../../src/render/terminal-text.js';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Pieces of text as table cells hold it: escaped already, wide and combining characters, emoji sequences, chalk's codes. */
const cellUnit = fc.constantFrom('a', 'b', 'x', '.', ' ', '  ', '漢', '字', 'ｶ', 'é', 'e\u0301', '😀', '👍🏽', '❤️', '#️⃣', '☺', '—', '\\u202e', '\x1b[1m', '\x1b[22m', '\x1b[31m', '\x1b[39m', '–', '→', '≈', 'µ');
const cellText = fc.string({ unit: cellUnit, maxLength: 60 });

describe('displayWidth', () => {
  it.each([
    ['plain', 'abc', 3],
    ['colour codes count nothing', '\x1b[1mab\x1b[22m', 2],
    ['East Asian wide', '漢字ｶ', 5],
    ['a combining accent', 'e\u0301', 1],
    ['emoji, with a skin tone, as a keycap, with VS16', '😀👍🏽#️⃣❤️', 8],
    ['text-style pictograph', '☺', 1],
    ['a reason\'s dashes and arrows', '500k–10M → ≈ 2 µs', 17],
  ])('%s', (_name, text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it('a text is as wide as its pieces, whichever way it is measured (code unit by code unit, or glyph by glyph)', () => {
    fc.assert(
      fc.property(fc.array(cellUnit, { maxLength: 30 }), (units) => {
        expect(displayWidth(units.join(''))).toBe(units.reduce((sum, u) => sum + displayWidth(u), 0));
      }),
    );
  });
});

describe('fitCell', () => {
  it('pads to the width, left or right', () => {
    expect(fitCell('ab', 5, 'left')).toBe('ab   ');
    expect(fitCell('ab', 5, 'right')).toBe('   ab');
  });

  it('cuts with "…", closing the styles left open before it', () => {
    expect(fitCell('abcdefgh', 5, 'left')).toBe('abcd…');
    expect(fitCell('\x1b[1mabcdefgh\x1b[22m', 5, 'left')).toBe('\x1b[1mabcd\x1b[22m…');
    expect(fitCell('\x1b[31mabcdefgh\x1b[39m', 5, 'left')).toBe('\x1b[31mabcd\x1b[39m…');
  });

  it('any text fits exactly, never splitting a character or sequence in two', () => {
    fc.assert(
      fc.property(cellText, fc.integer({ min: 1, max: 40 }), fc.constantFrom<'left' | 'right'>('left', 'right'), (text, width, align) => {
        const fitted = fitCell(text, width, align);
        expect(displayWidth(fitted)).toBeLessThanOrEqual(width);
        expect(displayWidth(fitted)).toBeGreaterThanOrEqual(width - 1); // a wide character may leave one column
        expect(fitted).not.toMatch(LONE_SURROGATE);
      }),
    );
  });
});

describe('wrapWords', () => {
  it('packs words while they fit and keeps a longer word alone on its line', () => {
    expect(wrapWords('aa bb cc dd', 5)).toEqual(['aa bb', 'cc dd']);
    expect(wrapWords('a averyveryverylongword b', 8)).toEqual(['a', 'averyveryverylongword', 'b']);
    expect(wrapWords('one\ntwo', 20)).toEqual(['one', 'two']);
  });

  it('only a single word is ever wider than the width, and no word is lost', () => {
    fc.assert(
      fc.property(cellText, fc.integer({ min: 1, max: 40 }), (text, width) => {
        const lines = wrapWords(text, width);
        for (const line of lines) if (displayWidth(line) > width) expect(line.trim()).not.toMatch(/\s/);
        const words = (s: string) => s.split(/\s+/).filter((w) => displayWidth(w) > 0);
        expect(lines.flatMap(words)).toEqual(words(text));
      }),
    );
  });

  it('wraps 16,000 words, 23 to a line of 70 columns', () => {
    expect(wrapWords('ab '.repeat(16_000), 70)).toHaveLength(Math.ceil(16_000 / 23));
  });
});

describe('wrapWords with a break width: a word wider than its cell is broken, not cut', () => {
  const paris = 'the.official.channel.of.maison.deco.paris';

  it('a 40-character handle in a 30-column cell: two lines, the handle whole once joined, broken after a dot', () => {
    const handle = 'the.official.channel.of.maison.deco.lyon';
    expect(handle).toHaveLength(40);
    const lines = wrapWords(handle, 30, 30);
    expect(lines).toEqual(['the.official.channel.of.', 'maison.deco.lyon']);
    expect(lines.join('')).toBe(handle);
    // Two handles alike up to the 31st character no longer look the same.
    expect(wrapWords(paris, 30, 30)).not.toEqual(lines);
  });

  it('breaks after ".", "_" or "-" only near the width (three quarters full at least), else at the width', () => {
    expect(breakWord('abcdefgh_ijklmnopqrstuvwxyz', 10)).toEqual(['abcdefgh_', 'ijklmnopqr', 'stuvwxyz']);
    expect(breakWord('ab-cdefghijklmnopq', 10)).toEqual(['ab-cdefghi', 'jklmnopq']);
    expect(breakWord('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });

  it('counts display width: wide CJK characters take two columns and are never split', () => {
    const lines = breakWord('漢字漢字漢字漢字', 7);
    expect(lines).toEqual(['漢字漢', '字漢字', '漢字']);
    expect(lines.map(displayWidth)).toEqual([6, 6, 4]);
    expect(breakWord('ab漢字cd', 3)).toEqual(['ab', '漢', '字c', 'd']);
  });

  it('never splits an escape, a colour code, an emoji sequence or a letter from its accent', () => {
    expect(breakWord('abcd\\u202eefgh', 6)).toEqual(['abcd', '\\u202e', 'efgh']);
    expect(breakWord('ab\\u{e0041}cd', 10)).toEqual(['ab', '\\u{e0041}c', 'd']);
    expect(breakWord('abc\\x1bdef', 4)).toEqual(['abc', '\\x1b', 'def']);
    expect(breakWord('abe\u0301fg', 3)).toEqual(['abe\u0301', 'fg']);
    expect(breakWord('ab👍🏽cd', 3)).toEqual(['ab', '👍🏽c', 'd']);
    expect(breakWord('a🇫🇷b', 4)).toEqual(['a', '🇫🇷', 'b']);
    // A colour code stays on the line it follows; colorizeLines closes and reopens the style.
    const bold = wrapWords(`\x1b[1m${'x'.repeat(12)}\x1b[22m`, 8, 8);
    expect(bold).toEqual([`\x1b[1m${'x'.repeat(8)}`, `${'x'.repeat(4)}\x1b[22m`]);
    expect(colorizeLines(bold)).toEqual([`\x1b[1m${'x'.repeat(8)}\x1b[22m`, `\x1b[1m${'x'.repeat(4)}\x1b[22m`]);
  });

  it('a broken word starts its own line and its last piece packs with the words after it', () => {
    expect(wrapWords(`see ${'y'.repeat(12)} for more`, 10, 10)).toEqual(['see', 'y'.repeat(10), 'yy for', 'more']);
  });

  it('a word wider than the wrap width but within the break width stays whole (a span wraps short of its width)', () => {
    expect(wrapWords('a averyverylongword b', 8, 20)).toEqual(['a', 'averyverylongword', 'b']);
    expect(wrapWords('a averyveryverylongword b', 8)).toEqual(['a', 'averyveryverylongword', 'b']);
  });

  it('any word: pieces at most the width, joined the word again, each cut between two of its pieces', () => {
    const wordUnit = cellUnit.filter((u) => !/\s/.test(u));
    fc.assert(
      fc.property(fc.array(wordUnit, { minLength: 1, maxLength: 40 }), fc.integer({ min: 6, max: 40 }), (units, width) => {
        const word = units.join('');
        const lines = breakWord(word, width);
        expect(lines.join('')).toBe(word);
        for (const line of lines) {
          expect(displayWidth(line)).toBeLessThanOrEqual(width);
          expect(line).not.toMatch(LONE_SURROGATE);
        }
        const bounds = new Set(units.map((_, i) => units.slice(0, i).join('').length));
        let at = 0;
        for (const line of lines.slice(0, -1)) expect(bounds.has((at += line.length))).toBe(true);
      }),
    );
  });

  it('any text: no line wider than the break width, and every visible character kept in order', () => {
    fc.assert(
      fc.property(cellText, fc.integer({ min: 6, max: 40 }), (text, width) => {
        const lines = wrapWords(text, width, width);
        for (const line of lines) if (displayWidth(line) > width) expect(line).toMatch(/^\s/); // leading spaces are not counted
        const visible = (s: string) => s.split(/\s+/).filter((w) => displayWidth(w) > 0).join('');
        expect(lines.map(visible).join('')).toBe(visible(text));
      }),
    );
  });
});

describe('colorizeLines', () => {
  it('closes bold and colour at the end of a line and reopens them on the next; dim is not carried (as cli-table3)', () => {
    expect(colorizeLines(['\x1b[1mone', 'two\x1b[22m'])).toEqual(['\x1b[1mone\x1b[22m', '\x1b[1mtwo\x1b[22m']);
    expect(colorizeLines(['\x1b[31mone', 'two\x1b[39m'])).toEqual(['\x1b[31mone\x1b[39m', '\x1b[31mtwo\x1b[39m']);
    expect(colorizeLines(['\x1b[2mone', 'two\x1b[22m'])).toEqual(['\x1b[2mone', 'two\x1b[22m']);
  });
});
