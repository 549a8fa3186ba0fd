import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChunkQueue, type Post, type QueueReader } from '../../src/app/parallel/chunk-queue.js';

interface Reader extends QueueReader {
  name: string;
  /** Posts received and not yet read to the end of their chunk. */
  inbox: Post<Reader>[];
  /** Every post received, in order. */
  got: Post<Reader>[];
  finished: number[];
}

const reader = (name: string, holds: number): Reader => ({ name, holds, pending: 0, open: 0, inbox: [], got: [], finished: [] });

/**
 * Drives a queue as the pool does: the file's chunks in order (whole ones, then maybe the rest in pieces), and
 * readers finishing, in any interleaving. A reader finishes its oldest chunk once it has all of that chunk's pieces.
 */
function run(holds: readonly number[], whole: number, pieces: number, steps: number[]): Reader[] {
  const readers = holds.map((h, i) => reader(`r${i}`, h));
  const queue = new ChunkQueue(readers);
  const messages: { chunk: number; last: boolean }[] = [];
  for (let c = 1; c <= whole; c++) messages.push({ chunk: c, last: true });
  for (let p = 1; p <= pieces; p++) messages.push({ chunk: whole + 1, last: p === pieces });
  const deliver = (posts: Post<Reader>[]) => {
    for (const p of posts) {
      p.reader.inbox.push(p);
      p.reader.got.push(p);
    }
  };
  const finishOne = (r: Reader): boolean => {
    const end = r.inbox.findIndex((p) => p.last);
    if (end === -1) return false;
    const chunk = r.inbox[0]!.chunk;
    // Its bytes were parsed: the acks take them off what it has pending.
    for (const p of r.inbox.splice(0, end + 1)) r.pending -= p.bytes.length;
    r.finished.push(chunk);
    deliver(queue.finished(r));
    return true;
  };
  let next = 0;
  for (const step of steps) {
    if (step === 0 && next < messages.length) {
      const m = messages[next++]!;
      deliver(queue.send(m.chunk, 0, new Uint8Array(3), m.last));
    } else finishOne(readers[step % readers.length]!);
  }
  // The rest of the file, then every reader reads to the end.
  while (next < messages.length) {
    const m = messages[next++]!;
    deliver(queue.send(m.chunk, 0, new Uint8Array(3), m.last));
    readers.forEach(finishOne);
  }
  while (readers.some(finishOne));
  return readers;
}

describe('ChunkQueue: which reader gets each chunk', () => {
  const scenario = fc.record({
    holds: fc.constantFrom([2, 1], [2, 2, 1], [1], [2]),
    whole: fc.integer({ min: 0, max: 12 }),
    pieces: fc.integer({ min: 0, max: 6 }),
    // 0: the next message is sent; 1-3: a reader (of index step % readers) finishes a chunk if it can.
    steps: fc.array(fc.oneof({ weight: 2, arbitrary: fc.constant(0) }, { weight: 3, arbitrary: fc.integer({ min: 1, max: 3 }) }), { maxLength: 80 }),
  });

  it("gives every chunk, all its pieces in order, to one reader, and a reader's messages never mix two chunks", () => {
    fc.assert(fc.property(scenario, ({ holds, whole, pieces, steps }) => {
      const readers = run(holds, whole, pieces, steps);
      const chunks = whole + (pieces > 0 ? 1 : 0);
      // Each reader's posts come chunk by chunk: a chunk's posts end with its last piece before another starts.
      for (const r of readers) {
        let open: number | undefined;
        for (const p of r.got) {
          if (open !== undefined) expect(p.chunk).toBe(open);
          open = p.last ? undefined : p.chunk;
        }
      }
      const all = readers.flatMap((r) => r.got);
      expect(new Set(all.map((p) => p.chunk)).size).toBe(chunks);
      for (let c = 1; c <= chunks; c++) {
        const posts = all.filter((p) => p.chunk === c);
        expect(new Set(posts.map((p) => p.reader)).size).toBe(1);
        expect(posts.length).toBe(c === whole + 1 ? pieces : 1);
        expect(posts.at(-1)!.last).toBe(true);
      }
      // Everything was read, nothing is held, nothing waits.
      expect(readers.flatMap((r) => r.finished).sort((a, b) => a - b)).toEqual(Array.from({ length: chunks }, (_, i) => i + 1));
      for (const r of readers) expect(r.open).toBe(0);
    }), { numRuns: 1000 });
  });

  it('never gives a reader more whole chunks than it holds', () => {
    fc.assert(fc.property(scenario, ({ holds, whole, steps }) => {
      const readers = holds.map((h, i) => reader(`r${i}`, h));
      const queue = new ChunkQueue(readers);
      let sent = 0;
      for (const step of steps) {
        if (step === 0 && sent < whole) queue.send(++sent, 0, new Uint8Array(1), true);
        else {
          const r = readers[step % readers.length]!;
          if (r.open > 0) queue.finished(r);
        }
        for (const r of readers) expect(r.open).toBeLessThanOrEqual(r.holds);
      }
    }));
  });

  it('a whole chunk queued while the rest of the file goes in pieces waits for another reader, or for the last piece', () => {
    const readers = [reader('worker', 2), reader('main', 1)];
    const [worker, main] = readers as [Reader, Reader];
    const queue = new ChunkQueue(readers);
    const names = (posts: Post<Reader>[]) => posts.map((p) => `${p.chunk}:${p.reader.name}${p.last ? '' : '…'}`);
    // Chunks 1-3 fill both readers; 4 and 5 wait.
    expect(names([1, 2, 3, 4, 5].flatMap((c) => queue.send(c, 0, new Uint8Array(10), true)))).toEqual(['1:worker', '2:worker', '3:main']);
    // The worker has parsed its bytes (acks): the rest of the file, in pieces, goes to it as the least busy.
    worker.pending = 0;
    expect(names(queue.send(6, 0, new Uint8Array(1), false))).toEqual(['6:worker…']);
    expect(names(queue.finished(main))).toEqual(['4:main']);
    // The worker finishes chunks 1 and 2 and has room, but it is between two pieces of chunk 6: chunk 5 waits.
    expect(names(queue.finished(worker))).toEqual([]);
    expect(names(queue.finished(worker))).toEqual([]);
    expect(names(queue.send(6, 0, new Uint8Array(1), false))).toEqual(['6:worker…']);
    // The last piece: chunk 5 can follow it.
    expect(names(queue.send(6, 0, new Uint8Array(1), true))).toEqual(['6:worker', '5:worker']);
    expect(queue.queuedBytes).toBe(0);
  });
});
