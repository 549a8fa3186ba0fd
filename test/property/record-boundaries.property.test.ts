import { parse, type Options } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecordBoundaries } from '../../src/io/record-boundaries.js';
import type { Delimiter } from '../../src/io/sniff.js';

// The options of src/io/csv-segment.ts that decide where records end.
const OPTIONS = (delimiter: string): Options => ({
  delimiter, record_delimiter: ['\r\n', '\n', '\r'], relax_column_count: true, relax_quotes: true,
  skip_empty_lines: false, skip_records_with_error: true,
});

const records = (text: string, delimiter: string): string[][] => parse(text, OPTIONS(delimiter)) as string[][];

/** Cuts `bytes` at every boundary the scanner offers, fed in pieces of the given sizes. */
function split(bytes: Buffer, delimiter: Delimiter, pieceSizes: number[]): { parts: Buffer[]; unsafe: boolean } {
  const scanner = new RecordBoundaries(delimiter);
  const cuts: number[] = [];
  let at = 0;
  for (let i = 0; at < bytes.length; i++) {
    const size = pieceSizes[i % pieceSizes.length]!;
    let piece = bytes.subarray(at, Math.min(bytes.length, at + size));
    let base = at;
    at += piece.length;
    for (let b = scanner.boundary(piece); b !== -1; b = scanner.boundary(piece)) {
      cuts.push(base + b);
      base += b;
      piece = piece.subarray(b);
    }
  }
  const parts: Buffer[] = [];
  let from = 0;
  for (const c of cuts) {
    parts.push(bytes.subarray(from, c));
    from = c;
  }
  parts.push(bytes.subarray(from));
  return { parts, unsafe: scanner.unsafe };
}

const delimiterArb = fc.constantFrom<Delimiter>(',', ';', '\t', '|');
/** Cells as exports write them (quoted when needed) and as broken tools do (stray quotes, lone CRs). */
const cellArb = (d: string) => fc.oneof(
  fc.string({ unit: fc.constantFrom('a', '1', ' ', 'é'), maxLength: 6 }),
  fc.string({ unit: fc.constantFrom('a', '"', d, '\n', '\r', ' '), maxLength: 6 }).map((s) => `"${s.replace(/"/g, '""')}"`),
  fc.string({ unit: fc.constantFrom('a', '"', d, '\n', '\r'), maxLength: 5 }),
);
const csvArb = delimiterArb.chain((d) => fc.record({
  delimiter: fc.constant(d),
  rows: fc.array(fc.array(cellArb(d), { minLength: 1, maxLength: 4 }), { maxLength: 30 }),
  ends: fc.array(fc.constantFrom('\n', '\r\n', '\r', ''), { minLength: 1, maxLength: 5 }),
  pieces: fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 5 }),
}));

describe('RecordBoundaries', () => {
  it('parsing the parts it cuts gives the records of parsing the whole', () => {
    fc.assert(fc.property(csvArb, ({ delimiter, rows, ends, pieces }) => {
      const text = rows.map((r, i) => r.join(delimiter) + (ends[i % ends.length] ?? '\n')).join('');
      const bytes = Buffer.from(text);
      const { parts } = split(bytes, delimiter, pieces);
      expect(Buffer.concat(parts).equals(bytes)).toBe(true);
      const pieced = parts.flatMap((p) => records(p.toString(), delimiter));
      expect(pieced).toEqual(records(text, delimiter));
    }), { numRuns: 3000 });
  });

  it('cuts a well-formed export after every record, quoted line breaks and doubled quotes included', () => {
    const text = 'handle,bio\r\na,"two\nlines"\r\nb,"say ""hi"", then\r\ngo"\r\nc,plain\r\n';
    const { parts, unsafe } = split(Buffer.from(text), ',', [7]);
    expect(unsafe).toBe(false);
    expect(parts.map(String)).toEqual(['handle,bio\r\n', 'a,"two\nlines"\r\n', 'b,"say ""hi"", then\r\ngo"\r\n', 'c,plain\r\n', '']);
  });

  it('a quote inside an unquoted field is text (relax_quotes), not the start of a span', () => {
    const { parts, unsafe } = split(Buffer.from('a,5" screen\nb,x\n'), ',', [100]);
    expect(unsafe).toBe(false);
    expect(parts.map(String)).toEqual(['a,5" screen\n', 'b,x\n', '']);
  });

  it('gives up for good after a closing quote followed by text, or a runaway line', () => {
    const broken = split(Buffer.from('a,"x"y\nb,c\nd,e\n'), ',', [100]);
    expect(broken.unsafe).toBe(true);
    expect(broken.parts.map(String)).toEqual(['a,"x"y\nb,c\nd,e\n']);
    const runaway = split(Buffer.from(`a,${'x'.repeat(600_000)}\nb,c\n`), ',', [65_536]);
    expect(runaway.unsafe).toBe(true);
    expect(runaway.parts).toHaveLength(1);
    const crOnly = split(Buffer.from('a,b\r'.repeat(200_000)), ',', [65_536]);
    expect(crOnly.unsafe).toBe(true);
  });

  it('a quoted span of half a megabyte gives up: csv-parse would cut that record elsewhere', () => {
    const { unsafe } = split(Buffer.from(`a,"${'line\n'.repeat(120_000)}"\nb,c\n`), ',', [65_536]);
    expect(unsafe).toBe(true);
  });
});
