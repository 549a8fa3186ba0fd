import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { colorizeLines, displayWidth, fitCell, wrapWords } from '../../src/render/terminal-text.js';

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

describe('colorizeLines', () => {
  it('closes bold and colour at the end of a line and reopens them on the next; dim is not carried (as cli-table3)', () => {
    expect(colorizeLines(['\x1b[1mone', 'two\x1b[22m'])).toEqual(['\x1b[1mone\x1b[22m', '\x1b[1mtwo\x1b[22m']);
    expect(colorizeLines(['\x1b[31mone', 'two\x1b[39m'])).toEqual(['\x1b[31mone\x1b[39m', '\x1b[31mtwo\x1b[39m']);
    expect(colorizeLines(['\x1b[2mone', 'two\x1b[22m'])).toEqual(['\x1b[2mone', 'two\x1b[22m']);
  });
});
