import { PLATFORMS, type Platform } from '../core/platform.js';
import { handleKey } from '../io/handle.js';

/**
 * Where each account's roster row was first seen, handles compared as the platform compares them (case and a
 * leading @ do not matter): one rule for the whole run, whatever the split into files, so `a`, `A` and `@a` are one
 * account and its later rows are duplicates. Memory grows with the accounts, never with the rows.
 *
 * Accounts are kept as a 64-bit hash of platform + handle in typed arrays: a Map of a million handle strings was a
 * quarter of a 1M-row run (its entries outlive the young generation, bench). Two different handles share a hash with
 * a chance of about n² / 2^65 (3 in 100 million for a million accounts).
 */
export class FirstSeen {
  private size = 0;
  private hi = new Int32Array(1 << 12);
  private lo = new Int32Array(1 << 12);
  /** The first row's line; 0 marks an empty slot (lines start at 1). */
  private line = new Int32Array(1 << 12);
  private file = new Uint16Array(1 << 12);
  private readonly files: string[] = [];

  /** Records the row; returns where the account's first row was ("file:line") when this one is a repeat. */
  repeat(handle: string, platform: Platform, file: string, line: number): string | undefined {
    const key = handleKey(handle);
    let h1 = (0x811c9dc5 ^ PLATFORMS.indexOf(platform)) | 0;
    let h2 = 0x9747b28c | 0;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    const mask = this.line.length - 1;
    let at = (h1 ^ h2) & mask;
    while (this.line[at] !== 0) {
      if (this.hi[at] === h1 && this.lo[at] === h2) return `${this.files[this.file[at]!]}:${this.line[at]}`;
      at = (at + 1) & mask;
    }
    if (this.files[this.files.length - 1] !== file) this.files.push(file);
    this.hi[at] = h1;
    this.lo[at] = h2;
    this.line[at] = line;
    this.file[at] = this.files.length - 1;
    if (++this.size * 2 > this.line.length) this.grow();
    return undefined;
  }

  private grow(): void {
    const { hi, lo, line, file } = this;
    const n = line.length * 2;
    this.hi = new Int32Array(n);
    this.lo = new Int32Array(n);
    this.line = new Int32Array(n);
    this.file = new Uint16Array(n);
    for (let i = 0; i < line.length; i++) {
      if (line[i] === 0) continue;
      let at = (hi[i]! ^ lo[i]!) & (n - 1);
      while (this.line[at] !== 0) at = (at + 1) & (n - 1);
      this.hi[at] = hi[i]!;
      this.lo[at] = lo[i]!;
      this.line[at] = line[i]!;
      this.file[at] = file[i]!;
    }
  }
}
