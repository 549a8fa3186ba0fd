import { PLATFORMS, type Platform } from '../core/platform.js';
import { handleKey } from '../io/handle.js';
import { UserError } from '../shared/user-error.js';

/** Bytes of one arena chunk; a record longer than half of it gets a chunk of its own. */
const CHUNK_BYTES = 1 << 20;
/** Addresses are `chunk × CHUNK_SPAN + offset` in 32 bits: 2,048 chunks, 2 GiB of keys. */
const CHUNK_SPAN = 1 << 21;
const MAX_CHUNKS = 2048;
const MAX_LOAD = 0.7;
/** The table grows by half, not double: its slots are most of what a run's memory grows by with the accounts. */
const GROWTH = 1.5;

/**
 * Where each account's roster row was first seen, keyed as the platform compares handles (case and a leading @ do not
 * matter): one rule for the whole run, whatever the split into files, so `a`, `A` and `@a` are one account and its
 * later rows are duplicates.
 *
 * It is the one thing a streamed roster keeps per account, so it is kept small and off the JavaScript heap: each
 * account is one record in an arena of 1 MiB buffers (the folded handle's UTF-8 bytes and where it was first seen)
 * and a 5-byte slot of an open-addressing table, about a tenth of what a Map of strings cost (docs/performance.md,
 * memory). Keys are compared byte for byte: no two accounts are ever taken for one. The hash is seeded
 * at random, so crafted handles cannot make every lookup probe the whole table; the seed changes the table's
 * layout, never an answer.
 */
export class FirstSeen {
  private readonly files: string[] = [];
  private readonly chunks: Buffer[] = [];
  /** Bytes used in each full chunk (the last one's is `at`). */
  private readonly ends: number[] = [];
  private chunk: Buffer = Buffer.alloc(0);
  private at = 0;
  /** Address + 1 of each account's record; 0 is an empty slot. */
  private slots = new Uint32Array(1024);
  /** The top byte of each slot's hash: most mismatches are settled without reading the arena. */
  private tags = new Uint8Array(1024);
  private count = 0;
  private scratch = Buffer.allocUnsafe(256);
  private readonly seed = (Math.random() * 0x1_0000_0000) >>> 0;

  /** Accounts seen. */
  get size(): number {
    return this.count;
  }

  /** Records the row; returns where the account's first row was (`file:line`) when this one is a repeat. */
  repeat(handle: string, platform: Platform, file: string, line: number): string | undefined {
    const n = this.keyBytes(handle, platform);
    const h = this.hash(this.scratch, 0, n);
    const tag = h & 0xff;
    const size = this.slots.length;
    for (let i = home(h, size); ; i = i + 1 === size ? 0 : i + 1) {
      const slot = this.slots[i]!;
      if (slot === 0) break;
      if (this.tags[i] === tag && this.sameKey(slot - 1, n)) return this.where(slot - 1);
    }
    this.insert(n, h, this.fileIndex(file), line);
    return undefined;
  }

  /**
   * The key in `scratch`: the platform's index, then the handle as platforms compare it (`handleKey`) in UTF-8.
   * Returns its length. An ASCII handle is lower-cased as it is copied: Unicode normalisation, which changes no ASCII
   * text, was most of the cost (bench).
   */
  private keyBytes(handle: string, platform: Platform): number {
    const n = handle.length;
    if (n + 1 > this.scratch.length) this.scratch = Buffer.allocUnsafe(Math.max(n + 1, this.scratch.length * 2));
    const scratch = this.scratch;
    scratch[0] = PLATFORMS.indexOf(platform);
    for (let i = 0; i < n; i++) {
      let c = handle.charCodeAt(i);
      if (c > 0x7f) return this.unicodeKeyBytes(handle);
      if (c >= 65 && c <= 90) c += 32;
      scratch[i + 1] = c;
    }
    return n + 1;
  }

  private unicodeKeyBytes(handle: string): number {
    const key = handleKey(handle);
    const need = 1 + Buffer.byteLength(key);
    if (need > this.scratch.length) {
      const platform = this.scratch[0]!;
      this.scratch = Buffer.allocUnsafe(Math.max(need, this.scratch.length * 2));
      this.scratch[0] = platform;
    }
    return 1 + this.scratch.write(key, 1, 'utf8');
  }

  private hash(bytes: Uint8Array, from: number, to: number): number {
    let h = this.seed ^ (to - from);
    for (let i = from; i < to; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  }

  private fileIndex(file: string): number {
    const last = this.files.length - 1;
    if (last >= 0 && this.files[last] === file) return last;
    const i = this.files.indexOf(file);
    if (i !== -1) return i;
    this.files.push(file);
    return last + 1;
  }

  /** The record at `address`: its key's bytes, where it was first seen. */
  private record(address: number): { chunk: Buffer; key: number; keyEnd: number } {
    const chunk = this.chunks[Math.floor(address / CHUNK_SPAN)]!;
    const [length, key] = readVarint(chunk, address % CHUNK_SPAN);
    return { chunk, key, keyEnd: key + length };
  }

  // Keys are a few bytes: compared, copied and re-hashed in plain loops, not Buffer calls into C++ (bench).
  private sameKey(address: number, n: number): boolean {
    const chunk = this.chunks[Math.floor(address / CHUNK_SPAN)]!;
    let at = address % CHUNK_SPAN;
    if (chunk[at] !== n) return n >= 0x80 && this.sameLongKey(address, n);
    at++;
    const scratch = this.scratch;
    for (let i = 0; i < n; i++) if (chunk[at + i] !== scratch[i]) return false;
    return true;
  }

  private sameLongKey(address: number, n: number): boolean {
    const r = this.record(address);
    return r.keyEnd - r.key === n && this.scratch.compare(r.chunk, r.key, r.keyEnd, 0, n) === 0;
  }

  private where(address: number): string {
    const r = this.record(address);
    const [file, at] = readVarint(r.chunk, r.keyEnd);
    const [line] = readVarint(r.chunk, at);
    return `${this.files[file]}:${line}`;
  }

  private insert(n: number, h: number, file: number, line: number): void {
    if (this.count + 1 > this.slots.length * MAX_LOAD) this.grow();
    const size = varintLength(n) + n + varintLength(file) + varintLength(line);
    if (this.at + size > this.chunk.length) this.newChunk(size);
    const start = this.at;
    const chunk = this.chunk;
    const scratch = this.scratch;
    let at = writeVarint(chunk, start, n);
    for (let i = 0; i < n; i++) chunk[at + i] = scratch[i]!;
    at += n;
    at = writeVarint(this.chunk, at, file);
    this.at = writeVarint(this.chunk, at, line);
    this.place((this.chunks.length - 1) * CHUNK_SPAN + start + 1, h);
    this.count++;
  }

  private newChunk(size: number): void {
    if (this.chunks.length > 0) this.ends.push(this.at);
    if (this.chunks.length >= MAX_CHUNKS) throw new UserError('the roster rows hold more than 2 GiB of distinct handles: split the input');
    this.chunk = Buffer.allocUnsafeSlow(size > CHUNK_BYTES / 2 ? size : CHUNK_BYTES);
    this.chunks.push(this.chunk);
    this.at = 0;
  }

  private place(slot: number, h: number): void {
    const size = this.slots.length;
    let i = home(h, size);
    while (this.slots[i] !== 0) i = i + 1 === size ? 0 : i + 1;
    this.slots[i] = slot;
    this.tags[i] = h & 0xff;
  }

  /** Grows the table by half, walking the arena in order: records are re-hashed from memory read front to back. */
  private grow(): void {
    const size = Math.ceil(this.slots.length * GROWTH);
    release(this.slots);
    release(this.tags);
    this.slots = new Uint32Array(size);
    this.tags = new Uint8Array(size);
    this.chunks.forEach((chunk, c) => {
      const end = this.ends[c] ?? this.at;
      for (let at = 0; at < end; ) {
        const start = at;
        const length = varintAt(chunk, at);
        const key = skipVarint(chunk, at);
        at = skipVarint(chunk, skipVarint(chunk, key + length));
        this.place(c * CHUNK_SPAN + start + 1, this.hash(chunk, key, key + length));
      }
    });
  }
}

/**
 * Hands an outgrown table's memory back at the next minor GC: left to the full GC, the tables a growing FirstSeen
 * outgrew stayed in a long roster's peak memory. The transfer detaches `array`; its clone, never
 * referenced, dies young.
 */
function release(array: Uint32Array<ArrayBuffer> | Uint8Array<ArrayBuffer>): void {
  structuredClone(array.buffer, { transfer: [array.buffer] });
}

/**
 * A hash's first slot in a table of any size: its top 21 bits scaled to the size (Lemire's "fast range"), exact in
 * a double. The tag is the hash's low byte, independent of the slot.
 */
function home(h: number, size: number): number {
  return Math.floor(((h >>> 11) * size) / 0x20_0000);
}

/** LEB128, for numbers up to 2^53: most lengths, file indexes and lines take one to three bytes. */
function writeVarint(buf: Buffer, at: number, n: number): number {
  while (n >= 0x80) {
    buf[at++] = (n % 0x80) | 0x80;
    n = Math.floor(n / 0x80);
  }
  buf[at++] = n;
  return at;
}

function readVarint(buf: Buffer, at: number): [value: number, next: number] {
  let n = 0;
  let scale = 1;
  for (;;) {
    const b = buf[at++]!;
    n += (b & 0x7f) * scale;
    if (b < 0x80) return [n, at];
    scale *= 0x80;
  }
}

function varintAt(buf: Buffer, at: number): number {
  const b = buf[at]!;
  return b < 0x80 ? b : readVarint(buf, at)[0];
}

function skipVarint(buf: Buffer, at: number): number {
  while (buf[at++]! >= 0x80);
  return at;
}

function varintLength(n: number): number {
  let length = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 0x80);
    length++;
  }
  return length;
}
