import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell, markdownText, safeText } from '../../src/render/safe-text.js';

/** What must never reach a terminal raw: controls, format characters, separators, lone surrogates, blank fillers. */
export const TERMINAL_UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\u115f\u1160\u3164\uffa0]/u;

/** Strings rich in what attacks a terminal or a spreadsheet, mixed with ordinary text. */
const hostileString = fc.string({
  unit: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('\x1b', '[', '3', '1', 'm', ']', ';', '\x07', '\x9b', '\x85', '\x00', '\x7f', '\r', '\n', '\t') },
    { weight: 3, arbitrary: fc.constantFrom('\u202e', '\u202d', '\u2066', '\u2067', '\u2068', '\u2069', '\u200b', '\u200c', '\u200d', '\u2060', '\u00ad', '\ufeff', '\u061c', '\u180e', '\u2028', '\u2029', '\u3164', '\u{e0041}', '\ud800', '\udfff') },
    { weight: 3, arbitrary: fc.constantFrom('=', '+', '-', '@', '"', ',', '|', '<', '>', '&', '#', '*', '_', '`', '\\', '!', '~') },
    { weight: 4, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  ),
  maxLength: 40,
});

describe('safeText: more invisible and direction-changing characters', () => {
  it.each([
    ['soft hyphen', 'ad\u00admin', 'ad\\xadmin'],
    ['Arabic letter mark', 'a\u061cb', 'a\\u061cb'],
    ['Mongolian vowel separator', 'a\u180eb', 'a\\u180eb'],
    ['LRO, PDF', '\u202dx\u202c', '\\u202dx\\u202c'],
    ['invisible times', 'a\u2062b', 'a\\u2062b'],
    ['deprecated format controls', 'a\u206ab', 'a\\u206ab'],
    ['tag characters (ASCII smuggling)', 'ok\u{e0068}\u{e0069}', 'ok\\u{e0068}\\u{e0069}'],
    ['Hangul filler (a blank handle)', '\u3164', '\\u3164'],
    ['half-width Hangul filler', 'a\uffa0', 'a\\uffa0'],
    ['lone high surrogate', 'a\ud800b', 'a\\ud800b'],
    ['lone low surrogate', 'a\udc00', 'a\\udc00'],
    ['paragraph separator', 'a\u2029b', 'a\\u2029b'],
  ])('%s', (_name, input, output) => {
    expect(safeText(input)).toBe(output);
  });

  it('leaves a well-formed emoji and accented text alone', () => {
    expect(safeText('😀 café Ελληνικά ✓')).toBe('😀 café Ελληνικά ✓');
  });
});

describe('untrusted text, any string', () => {
  it('safeText: nothing unsafe left, idempotent, and only ever adds text', () => {
    fc.assert(
      fc.property(hostileString, (s) => {
        const out = safeText(s);
        expect(out).not.toMatch(TERMINAL_UNSAFE);
        expect(safeText(out)).toBe(out);
        if (!TERMINAL_UNSAFE.test(s)) expect(out).toBe(s);
      }),
      { numRuns: 2000 },
    );
  });

  it('markdownText: one table cell, no markup, no entity, nothing unsafe', () => {
    fc.assert(
      fc.property(hostileString, (s) => {
        const out = markdownText(s);
        expect(out).not.toMatch(TERMINAL_UNSAFE);
        // every markup character is escaped: removing the escapes leaves none of them
        expect(out.replace(/\\./g, '')).not.toMatch(/[|<>`*_[\]#~!&\\]/);
      }),
      { numRuns: 2000 },
    );
  });

  it('csvCell: parses back as one cell, never a formula, nothing unsafe but the newline', () => {
    fc.assert(
      fc.property(hostileString, (s) => {
        const cell = csvCell(s);
        expect(cell.replace(/\n/g, '')).not.toMatch(TERMINAL_UNSAFE);
        const rows = parse(`${cell},end\r\n`, { relax_quotes: false }) as string[][];
        expect(rows).toHaveLength(1);
        expect(rows[0]).toHaveLength(2);
        expect(rows[0]![0]).not.toMatch(/^[=+\-@\t\r]/);
        expect(rows[0]![1]).toBe('end');
      }),
      { numRuns: 2000 },
    );
  });
});
