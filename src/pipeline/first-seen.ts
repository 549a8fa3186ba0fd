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
  /**
   * Slots of four: hash high, hash low, the first row's line (0 marks an empty slot: lines start at 1), its file's
   * index. One array, so a probe touches one cache line instead of four (docs/performance.md).
   */
  private slots = new Int32Array(4 << 12);
  private readonly files: string[] = [];

  /** Records the row; returns where the account's first row was ("file:line") when this one is a repeat. */
  repeat(handle: string, platform: Platform, file: string, line: number): string | undefined {
    // An ASCII handle is lower-cased as it is hashed; only others pay for Unicode normalisation (most of the cost).
    const key = isAscii(handle) ? handle : handleKey(handle);
    let h1 = (0x811c9dc5 ^ PLATFORMS.indexOf(platform)) | 0;
    let h2 = 0x9747b28c | 0;
    for (let i = 0; i < key.length; i++) {
      let c = key.charCodeAt(i);
      if (c >= 65 && c <= 90) c += 32;
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    const slots = this.slots;
    const mask = (slots.length >> 2) - 1;
    let at = ((h1 ^ h2) & mask) << 2;
    while (slots[at + 2] !== 0) {
      if (slots[at] === h1 && slots[at + 1] === h2) return `${this.files[slots[at + 3]!]}:${slots[at + 2]}`;
      at = (at + 4) & (slots.length - 1);
    }
    if (this.files[this.files.length - 1] !== file) this.files.push(file);
    slots[at] = h1;
    slots[at + 1] = h2;
    slots[at + 2] = line;
    slots[at + 3] = this.files.length - 1;
    if (++this.size * 2 > mask + 1) this.grow();
    return undefined;
  }

  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = (slots.length >> 2) - 1;
    for (let i = 0; i < old.length; i += 4) {
      if (old[i + 2] === 0) continue;
      let at = ((old[i]! ^ old[i + 1]!) & mask) << 2;
      while (slots[at + 2] !== 0) at = (at + 4) & (slots.length - 1);
      slots.set(old.subarray(i, i + 4), at);
    }
    this.slots = slots;
  }
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}
