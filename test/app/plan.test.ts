import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AUTO_MIN_BYTES, chunkAt, planSplit } from '../../src/app/parallel/plan.js';

describe('planSplit: how many threads read one file, the main thread among them', () => {
  it('1 is the main thread alone, and a size unknown (stdin) is never split', () => {
    expect(planSplit(1, 50_000_000)).toBeUndefined();
    expect(planSplit(4, undefined)).toBeUndefined();
  });

  it('N is N threads in all, from the first chunk on, in chunks of 4 KiB to 1 MiB that give each several', () => {
    const p = planSplit(3, 50_000_000)!;
    expect(p).toMatchObject({ threads: 3, readOn: false });
    expect(p.chunkBytes(0)).toBe(1024 * 1024);
    expect(p.maxPending).toBe(2 * 3 * 1024 * 1024);
    expect(planSplit(2, 100_000)!.chunkBytes(0)).toBe(12_500);
    expect(planSplit(2, 1_000)!.chunkBytes(0)).toBe(4 * 1024);
    expect(planSplit(2, 1_000)!.firstBytes).toBe(4 * 1024);
  });

  it('chunks shrink toward the end of the file, so that no thread waits long for the last chunk of another', () => {
    const p = planSplit(2, 50_000_000)!;
    expect(p.chunkBytes(40_000_000)).toBe(1024 * 1024);
    expect(p.chunkBytes(50_000_000 - 1_000_000)).toBe(250_000);
    expect(p.chunkBytes(50_000_000 - 10_000)).toBe(4 * 1024);
    // A file that grew after it was measured: the smallest chunks, not a negative size.
    expect(p.chunkBytes(60_000_000)).toBe(4 * 1024);
  });

  it('a chunk is never larger than the most, never smaller than 4 KiB, and never grows further into the file', () => {
    fc.assert(fc.property(fc.nat(1e9), fc.nat(1e9), fc.nat(1e9), fc.integer({ min: 2, max: 16 }), (a, b, size, threads) => {
      const most = 1024 * 1024;
      const [near, far] = a <= b ? [a, b] : [b, a];
      const x = chunkAt(near, size, threads, most);
      expect(x).toBeGreaterThanOrEqual(4 * 1024);
      expect(x).toBeLessThanOrEqual(most);
      expect(chunkAt(far, size, threads, most)).toBeLessThanOrEqual(x);
    }));
  });

  it('auto reads a small file on the main thread, and a large one on two threads if there are two cores, reading on while the worker loads', () => {
    expect(planSplit('auto', AUTO_MIN_BYTES - 1)).toBeUndefined();
    const p = planSplit('auto', AUTO_MIN_BYTES);
    if (availableParallelism() < 2) expect(p).toBeUndefined();
    else expect(p).toMatchObject({ threads: 2, readOn: true });
  });
});
