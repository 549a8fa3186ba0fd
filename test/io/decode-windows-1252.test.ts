import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeWindows1252, InputDecoder } from '../../src/io/decode.js';

/**
 * Bytes 0x80–0x9F of windows-1252, copied from the WHATWG Encoding Standard's index-windows-1252.txt (pointers 0–31).
 * The 5 bytes Windows leaves undefined map to the C1 control of the same value there. Every other byte is its own
 * code point (0x00–0x7F ASCII, 0xA0–0xFF Latin-1).
 */
const WHATWG_80_9F: readonly (readonly [number, number])[] = [
  [0x80, 0x20ac], [0x81, 0x0081], [0x82, 0x201a], [0x83, 0x0192], [0x84, 0x201e], [0x85, 0x2026], [0x86, 0x2020], [0x87, 0x2021],
  [0x88, 0x02c6], [0x89, 0x2030], [0x8a, 0x0160], [0x8b, 0x2039], [0x8c, 0x0152], [0x8d, 0x008d], [0x8e, 0x017d], [0x8f, 0x008f],
  [0x90, 0x0090], [0x91, 0x2018], [0x92, 0x2019], [0x93, 0x201c], [0x94, 0x201d], [0x95, 0x2022], [0x96, 0x2013], [0x97, 0x2014],
  [0x98, 0x02dc], [0x99, 0x2122], [0x9a, 0x0161], [0x9b, 0x203a], [0x9c, 0x0153], [0x9d, 0x009d], [0x9e, 0x017e], [0x9f, 0x0178],
];

/** Code point of each byte 0x00–0xFF. */
const CODE_POINT: readonly number[] = Array.from({ length: 256 }, (_, b) => WHATWG_80_9F.find(([byte]) => byte === b)?.[1] ?? b);
const BYTE_OF = new Map(CODE_POINT.map((cp, b) => [String.fromCodePoint(cp), b]));
const encode1252 = (s: string) => Buffer.from([...s].map((c) => BYTE_OF.get(c)!));

/** What an InputDecoder gives for `chunks`, with its notes. */
function decodeStream(chunks: readonly Buffer[]): { text: string; notes: string[] } {
  const notes: string[] = [];
  const d = new InputDecoder('utf-8', 'fr.csv', (m) => void notes.push(m));
  const out = chunks.map((c, i) => d.decode(c, i === chunks.length - 1));
  return { text: Buffer.concat(out).toString('utf8'), notes };
}

/** Splits `bytes` into chunks of `sizes`, cycling. */
function cut(bytes: Buffer, sizes: readonly number[]): Buffer[] {
  const chunks: Buffer[] = [];
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const n = sizes[i % sizes.length]!;
    chunks.push(bytes.subarray(at, at + n));
    at += n;
  }
  return chunks;
}

describe('Windows-1252 as WHATWG defines it (not as Node 20.18.3+ TextDecoder reads 0x80–0x9F)', () => {
  it.each(WHATWG_80_9F.map(([b, cp]) => [b.toString(16), cp.toString(16).padStart(4, '0'), b, cp] as const))('byte 0x%s is U+%s', (_b, _cp, byte, cp) => {
    expect(decodeWindows1252(Buffer.from([byte])).codePointAt(0)).toBe(cp);
    // Through the input decoder too: in the chunk that switches it to Windows-1252, which is the last one (no streaming),
    // and in a later chunk.
    const line = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x3b, byte]); // "café;" + the byte
    const expected = `café;${String.fromCodePoint(cp)}`;
    if (![0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(byte)) expect(decodeStream([line]).text).toBe(expected);
    for (const sizes of [[5, 1], [1]]) {
      const run = decodeStream(cut(line, sizes));
      expect(run.text).toBe(expected);
      expect(run.notes).toEqual(['fr.csv: byte 3 is not UTF-8: read as Windows-1252 (the encoding of French Excel\'s CSV); save as "CSV UTF-8" to avoid this']);
    }
  });

  it('every other byte is its own code point', () => {
    const bytes = Buffer.from(Array.from({ length: 256 }, (_, b) => b).filter((b) => b < 0x80 || b > 0x9f));
    expect([...decodeWindows1252(bytes)].map((c) => c.codePointAt(0))).toEqual([...bytes]);
  });

  it('a view into a larger buffer decodes only its own bytes', () => {
    const whole = Buffer.from([0x41, 0x92, 0x42, 0x80, 0x43]);
    expect(decodeWindows1252(whole.subarray(1, 4))).toBe('’B€');
  });

  it('any text of characters Windows-1252 can encode comes back as itself, whatever the chunks', () => {
    const char = fc.constantFrom(...BYTE_OF.keys());
    fc.assert(fc.property(fc.array(char, { maxLength: 300 }).map((cs) => cs.join('')), fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 5 }), (text, sizes) => {
      const bytes = encode1252(text);
      expect(decodeWindows1252(bytes)).toBe(text);
      // Switched to Windows-1252 by a first chunk "café;", then the text in chunks.
      expect(decodeStream([Buffer.from('caf\xe9;', 'latin1'), ...cut(bytes, sizes)]).text).toBe(`café;${text}`);
    }));
  });
});
