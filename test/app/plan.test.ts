import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { AUTO_MIN_BYTES, planSplit } from '../../src/app/parallel/plan.js';

describe('planSplit: how many threads read one file, the main thread among them', () => {
  it('1 is the main thread alone, and a size unknown (stdin) is never split', () => {
    expect(planSplit(1, 50_000_000)).toBeUndefined();
    expect(planSplit(4, undefined)).toBeUndefined();
  });

  it('N is N threads in all, from the first chunk on, in chunks of 4 KiB to 1 MiB that give each several', () => {
    const p = planSplit(3, 50_000_000)!;
    expect(p).toMatchObject({ threads: 3, readOn: false, chunkBytes: 1024 * 1024 });
    expect(p.maxPending).toBe(2 * 3 * p.chunkBytes);
    expect(planSplit(2, 100_000)!.chunkBytes).toBe(12_500);
    expect(planSplit(2, 1_000)!.chunkBytes).toBe(4 * 1024);
    expect(planSplit(2, 1_000)!.firstBytes).toBe(4 * 1024);
  });

  it('auto reads a small file on the main thread, and a large one on two threads if there are two cores, reading on while the worker loads', () => {
    expect(planSplit('auto', AUTO_MIN_BYTES - 1)).toBeUndefined();
    const p = planSplit('auto', AUTO_MIN_BYTES);
    if (availableParallelism() < 2) expect(p).toBeUndefined();
    else expect(p).toMatchObject({ threads: 2, readOn: true });
  });
});
