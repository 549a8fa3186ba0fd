import { availableParallelism } from 'node:os';
import type { SplitOptions } from './hand-off.js';

/**
 * `--workers auto` reads a file this large with a worker thread; a smaller one is done before it pays for its start.
 * Measured in turns (npm run bench and 4-turn comparisons, 2026-12-01): at 9.4 MB one thread was faster in two runs
 * of three, at 14 MB and 19 MB the worker won by 9-18 %.
 */
export const AUTO_MIN_BYTES = 12 * 1024 * 1024;
/**
 * Output of a chunk finished out of order waits for the chunks before it: ndjson writes ~20 bytes per input byte,
 * so 4 MiB chunks held ~300 MB of text. 1 MiB keeps that bounded and costs a message per MiB.
 */
const MAX_CHUNK_BYTES = 1024 * 1024;
const MIN_CHUNK_BYTES = 4 * 1024;
/** The main thread reads this much itself, time enough for its reader to decide the file's conventions. */
const FIRST_BYTES = 64 * 1024;

export type WorkersFlag = number | 'auto';

/**
 * How many threads read a file of `size` bytes, the main thread among them, and in what chunks; undefined: the
 * main thread reads it alone. `auto` uses two (the main thread and a worker) when the machine has two cores and
 * the file is large enough to pay for the worker's start-up.
 * Chunks are small enough for each worker to get several (load balance) and large enough to cost one message each.
 */
export function planSplit(workers: WorkersFlag, size: number | undefined): Pick<SplitOptions, 'firstBytes' | 'chunkBytes' | 'maxPending' | 'readOn'> & { threads: number } | undefined {
  if (size === undefined) return undefined;
  const n = workers === 'auto' ? (size >= AUTO_MIN_BYTES ? Math.min(2, availableParallelism()) : 1) : workers;
  if (n < 2) return undefined;
  const most = Math.min(MAX_CHUNK_BYTES, Math.max(MIN_CHUNK_BYTES, Math.floor(size / (n * 4))));
  // `auto` reads on while the workers load (faster); a number asked for is used from the first chunk on.
  return {
    threads: n, chunkBytes: (at) => chunkAt(at, size, n, most), firstBytes: Math.min(FIRST_BYTES, most), maxPending: 2 * n * most,
    readOn: workers === 'auto',
  };
}

/**
 * The size of a chunk that starts `at` bytes into a file of `size`: the most, until the rest of the file is a few
 * chunks for each thread, then a share of what is left (guided self-scheduling), down to MIN_CHUNK_BYTES. The
 * threads finish together: with 1 MiB chunks to the end, the main thread of a 1M-row roster waited ~80 ms for a
 * worker's last chunk.
 */
export function chunkAt(at: number, size: number, threads: number, most: number): number {
  return Math.max(MIN_CHUNK_BYTES, Math.min(most, Math.floor((size - at) / (2 * threads))));
}
