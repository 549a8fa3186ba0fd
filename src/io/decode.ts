import { isAscii, isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import type { Encoding } from './sniff.js';

/** Bytes Windows-1252 leaves undefined: text with them is not Windows-1252 either. */
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** What Windows-1252 bytes 0x80–0x9F stand for (WHATWG encoding index); the 5 undefined ones stay U+0081 etc. */
const CP1252_80_9F = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const C1 = /[\u0080-\u009f]/g;

/** Windows-1252 `bytes` as text, per WHATWG; one byte one character, so chunks need no state. */
// Not TextDecoder('windows-1252'): since Node 20.18.3 / 22.13.0 it reads 0x80–0x9F as Latin-1 (nodejs/node#56542, #60888).
export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').replace(C1, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80]!);
}

/**
 * Turns an input's bytes into UTF-8 for the record feed, chunk by chunk. UTF-16 is decoded as sniffed. UTF-8 is
 * checked as it comes: bytes that are not UTF-8 in a file that had only ASCII before them are most often
 * Windows-1252 (French Excel's "CSV (séparateur : point-virgule)" writes `abonnés` that way), so the rest is read
 * as such, and said once; where neither fits (after real UTF-8, or bytes Windows-1252 lacks), the bad bytes read as
 * U+FFFD and the first one's offset is said once. The notes go to `note`.
 */
export class InputDecoder {
  private utf16: TextDecoder | undefined;
  private cp1252 = false;
  /** Bytes of a UTF-8 sequence cut by the end of the last chunk. */
  private held: Buffer = Buffer.alloc(0);
  private offset = 0;
  private sawNonAscii = false;
  private noted = false;
  private oddByte = false;

  constructor(
    private readonly encoding: Encoding,
    private readonly name: string,
    private readonly note: (message: string) => void,
  ) {
    if (encoding !== 'utf-8') this.utf16 = new TextDecoder(encoding);
  }

  /** The UTF-8 text of `bytes`; `last` for the input's end. */
  decode(bytes: Buffer, last: boolean): Buffer {
    if (this.utf16) return this.decodeUtf16(bytes, last);
    if (this.cp1252) return Buffer.from(decodeWindows1252(bytes), 'utf8');
    let data = this.held.length === 0 ? bytes : Buffer.concat([this.held, bytes]);
    const cut = last ? data.length : completeUtf8Length(data);
    this.held = data.subarray(cut);
    data = data.subarray(0, cut);
    const at = this.offset;
    this.offset += data.length;
    if (isUtf8(data)) {
      if (!this.sawNonAscii && !isAscii(data)) this.sawNonAscii = true;
      return data;
    }
    const bad = firstInvalidUtf8(data);
    // Only ASCII before the first bad byte, in this chunk too: real UTF-8 before it (an "é" of two bytes) would become
    // mojibake if the chunk were read as Windows-1252.
    if (!this.sawNonAscii && isAscii(data.subarray(0, bad)) && !data.some((b) => UNDEFINED_IN_1252.has(b))) {
      this.note(`${this.name}: byte ${at + bad} is not UTF-8: read as Windows-1252 (the encoding of French Excel's CSV); save as "CSV UTF-8" to avoid this`);
      this.cp1252 = true;
      const rest = Buffer.concat([data, this.held]);
      this.held = Buffer.alloc(0);
      return Buffer.from(decodeWindows1252(rest), 'utf8');
    }
    if (!this.noted) {
      this.noted = true;
      this.note(`${this.name}: byte ${at + bad} is neither UTF-8 nor Windows-1252: such bytes read as "\uFFFD"; export the file again as "CSV UTF-8"`);
    }
    this.sawNonAscii = true;
    return Buffer.from(data.toString('utf8'), 'utf8');
  }

  private decodeUtf16(bytes: Buffer, last: boolean): Buffer {
    this.offset += bytes.length;
    let data = bytes;
    if (last && this.offset % 2 === 1 && !this.oddByte) {
      // A file cut mid-character: its last byte is half a unit, not text.
      this.oddByte = true;
      this.note(`${this.name}: ends with half a UTF-16 character (an odd number of bytes): the last byte is dropped`);
      data = data.subarray(0, Math.max(0, data.length - 1));
    }
    return Buffer.from(this.utf16!.decode(data, { stream: !last }), 'utf8');
  }
}

/** The length of `data` without a UTF-8 sequence its end cuts short (kept for the next chunk). */
function completeUtf8Length(data: Buffer): number {
  const n = data.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const b = data[n - back]!;
    if (b < 0x80) return n;
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return need > back ? n - back : n;
    }
  }
  return n;
}

/** Offset of the first byte that breaks UTF-8 in `data` (which isUtf8 found invalid). */
function firstInvalidUtf8(data: Buffer): number {
  for (let i = 0; i < data.length; ) {
    const b = data[i]!;
    const need = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (need === 0) return i;
    if (need > 1 && !isUtf8(data.subarray(i, i + need))) return i;
    i += need;
  }
  return 0;
}
