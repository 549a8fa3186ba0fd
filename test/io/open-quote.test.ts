import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { characterColumn, scanQuotes } from '../../src/io/open-quote.js';
import { RecordWindow } from '../../src/io/record-window.js';

const COMMA = 0x2c;
const scan = (text: string, firstLine = 1) => {
  const bytes = Buffer.from(text);
  return scanQuotes(bytes, bytes.length, COMMA, firstLine);
};

/** Whether csv-parse, configured as Segment configures it, ends inside a quote. */
function csvParseEndsInQuote(text: string): boolean {
  try {
    parse(text, { record_delimiter: ['\r\n', '\n', '\r'], relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
    return false;
  } catch (e) {
    if ((e as { code?: string }).code === 'CSV_QUOTE_NOT_CLOSED') return true;
    throw e;
  }
}

describe('scanQuotes: where csv-parse is still inside a quote', () => {
  it.each<[string, string, { line: number; at: number; field: number } | undefined]>([
    ['a quote opening a field', 'a,1\n"b,2\nc,3\n', { line: 2, at: 4, field: 0 }],
    ['a quote opening a later field', 'a,1\nb,"2\nc,3\n', { line: 2, at: 6, field: 1 }],
    ['after a closed multi-line field', '"x\ny",1,"2\nc\n', { line: 2, at: 8, field: 2 }],
    ['closed fields and escaped quotes', '"a ""b"" c",1\n"",2\n', undefined],
    ['a quote inside an unquoted field is a character', 'a"b,1\n', undefined],
    // relaxed: a quote followed by anything but a separator or line end ends the quoting, and the next field
    // may open another
    ['relaxed close, then a new quote', '"a"b,"c\nd\n', { line: 1, at: 5, field: 1 }],
    ['an escaped quote inside a quote left open', '"a""b\nc\n', { line: 1, at: 0, field: 0 }],
    ['CRLF and lone CR are line ends', 'a\r\nb\rc,"d\r\ne', { line: 3, at: 7, field: 1 }],
    ['a quote closed by the end of the input', '"abc"', undefined],
  ])('%s', (_name, text, open) => {
    const s = scan(text);
    expect(s.open === undefined ? undefined : { line: s.open.line, at: s.open.at, field: s.open.field }).toEqual(open);
  });

  it('agrees with csv-parse on random text of quotes, separators, line ends and letters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('"', '""', ',', '\n', '\r\n', '\r', 'a', 'é'), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(scan(text).open !== undefined).toBe(csvParseEndsInQuote(text));
      }),
      { numRuns: 2_000 },
    );
  });

  it('stops at `to`, peeking one byte past it to tell an escaped quote from a closing one', () => {
    const bytes = Buffer.from('"ab""cd\nef');
    expect(scanQuotes(bytes, 3, COMMA, 7)).toMatchObject({ open: { line: 7, at: 0 }, line: 7, at: 3 });
    // `to` falls between the two quotes of `""`: still inside the quote, one byte past `to`.
    expect(scanQuotes(bytes, 4, COMMA, 7)).toMatchObject({ open: { line: 7 }, at: 5 });
    expect(scanQuotes(bytes, 9, COMMA, 7)).toMatchObject({ open: { line: 7 }, line: 8, at: 9 });
  });

  it('counts characters, not bytes, for the column', () => {
    const bytes = Buffer.from('😀é,"x');
    const s = scanQuotes(bytes, bytes.length, COMMA, 1);
    expect(characterColumn(bytes, s.open!.lineStart, s.open!.at)).toBe(4);
  });
});

describe('RecordWindow', () => {
  it('drops whole lines up to the one asked for, CRLF and lone CR alike', () => {
    const w = new RecordWindow(5);
    w.append(Buffer.from('a\r\nb\rc\nd,'));
    w.trimTo(8);
    expect([w.line, w.bytes.toString()]).toEqual([8, 'd,']);
    w.append(Buffer.from('e\nf'));
    w.trimTo(9);
    expect([w.line, w.bytes.toString()]).toEqual([9, 'f']);
  });

  it('a CR ending the window: an LF coming next is its second half, not a line of its own', () => {
    const w = new RecordWindow(1);
    w.append(Buffer.from('a,1\r'));
    w.trimTo(2);
    expect([w.line, w.length]).toEqual([2, 0]);
    w.append(Buffer.from('\nb,2\n'));
    expect([w.line, w.bytes.toString()]).toEqual([2, 'b,2\n']);
  });

  it('keeps what it cannot trim yet', () => {
    const w = new RecordWindow(1);
    w.append(Buffer.from('"a\nb'));
    w.trimTo(3);
    expect([w.line, w.bytes.toString()]).toEqual([2, 'b']);
  });

  it('given pieces of any size, trims exactly as the same bytes in one piece would (CRLF split between pieces too)', () => {
    const op = fc.oneof(
      fc.array(fc.constantFrom('a', ',', '\n', '\r', '\r\n'), { minLength: 1, maxLength: 5 }).map((p) => ({ append: p.join('') })),
      fc.integer({ min: 0, max: 3 }).map((ahead) => ({ ahead })),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        const w = new RecordWindow(1);
        let all = '';
        let line = 1;
        let start = 0;
        let crEnded = false;
        for (const o of ops) {
          if ('append' in o) {
            if (crEnded && o.append.startsWith('\n')) start++;
            crEnded = false;
            all += o.append;
            w.append(Buffer.from(o.append));
          } else {
            const target = line + o.ahead;
            while (line < target) {
              const m = /\r\n|\r|\n/.exec(all.slice(start));
              if (!m) break;
              start += m.index + m[0].length;
              crEnded = m[0] === '\r' && start === all.length;
              line++;
            }
            if (start < all.length) crEnded = false;
            w.trimTo(target);
          }
          expect([w.line, w.length, w.bytes.toString()]).toEqual([line, all.length - start, all.slice(start)]);
        }
      }),
      { numRuns: 2_000 },
    );
  });
});
