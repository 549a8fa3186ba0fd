import { Worker } from 'node:worker_threads';
import { countOf } from '../../core/format.js';
import { UserError } from '../../io/errors.js';
import { ChunkQueue, type Post, type QueueReader } from './chunk-queue.js';
import { ChunkReader } from './chunk-reader.js';
import type { ChunkResult, FromWorker, ToWorker } from './protocol.js';

/**
 * The compiled worker. Under the test runner this module is the TypeScript source, which a worker thread cannot
 * load: it then uses the build (`npm test` builds first).
 */
function workerUrl(): URL {
  const here = import.meta.url;
  return here.endsWith('.ts') ? new URL('../../../dist/app/parallel/worker.js', here) : new URL('./worker.js', here);
}

/** Spare chunk memory kept at most (flow control keeps fewer chunks in flight), and its size steps. */
const MAX_SPARE = 16;
const SPARE_STEP = 256 * 1024;

/** The main thread parses its chunks this much at a time, reading the file and feeding the workers in between. */
const LOCAL_SLICE = 64 * 1024;

/** A reader of chunks: a worker thread, or the main thread's own ChunkReader. */
interface Slot extends QueueReader {
  post(m: ToWorker): void;
  /** Whether `post` copies the message (a worker), leaving the bytes free for the next chunk as soon as it returns. */
  readonly copies: boolean;
  /** Chunks it has read to the end. */
  finished: number;
}

/**
 * The threads that parse chunks of one file: worker threads and, beside them, the main thread itself. On two cores
 * the main thread reading chunks between its other work beat a second worker: that worker competed with it for a
 * core, loaded and warmed up its own copy of the code, and left the main thread idle once it had.
 * Which reader gets which chunk is the ChunkQueue's decision.
 * Results come back in any order and are handed on in chunk order; `pending` bytes give the reader its flow
 * control. A reader's failure fails the run: a user error as such, anything else as the bug it is, stack kept.
 */
export class WorkerPool {
  private readonly slots: Slot[];
  private readonly workers: Worker[] = [];
  private readonly waiting = new Map<number, ChunkResult[]>();
  private nextChunk = 1;
  private failure: Error | undefined;
  private wake: (() => void) | undefined;
  private readonly queue: ChunkQueue<Slot>;
  /** Memory readers handed back, for the next chunks' bytes (ChunkResult.spent). */
  private readonly spare: ArrayBuffer[] = [];

  /** `threads` readers in all: the main thread and `threads - 1` worker threads. */
  constructor(threads: number, private readonly onResult: (r: ChunkResult) => void) {
    this.slots = Array.from({ length: threads - 1 }, () => this.spawn());
    // Last: a queued chunk goes to the first reader with room, so the workers get the first chunks.
    this.slots.push(this.local());
    this.queue = new ChunkQueue(this.slots);
  }

  /** The main thread's reader: stopped on close, as the workers are terminated. */
  private localReader: ChunkReader | undefined;

  private local(): Slot {
    const slot: Slot = { pending: 0, open: 0, holds: 1, finished: 0, copies: false, post: (m) => reader.post(m) };
    const reader = new ChunkReader((m) => this.message(slot, m), { yieldEvery: LOCAL_SLICE, handsBack: true });
    this.localReader = reader;
    return slot;
  }

  private spawn(): Slot {
    const worker = new Worker(workerUrl());
    this.workers.push(worker);
    // No transfer list: see FromWorker in protocol.ts.
    const slot: Slot = { pending: 0, open: 0, holds: 2, finished: 0, copies: true, post: (m) => worker.postMessage(m) };
    worker.on('message', (m: FromWorker) => this.message(slot, m));
    worker.on('error', (e) => this.fail(e));
    worker.on('exit', (code) => {
      if (code !== 0 && !this.closing) this.fail(new Error(`a worker thread exited with code ${code}`));
    });
    return slot;
  }

  private closing = false;

  /** Bytes sent and not yet parsed, queued ones included. */
  get pending(): number {
    return this.slots.reduce((n, s) => n + s.pending, this.queue.queuedBytes);
  }

  /** Chunks whose final result has been handed on: chunk ids start at 1. */
  get completed(): number {
    return this.nextChunk - 1;
  }

  broadcast(m: ToWorker): void {
    for (const s of this.slots) s.post(m);
  }

  /** Sends a chunk, or a piece of one, to be read, now or once a reader has room (ChunkQueue). */
  send(chunk: number, linesBefore: number, bytes: Uint8Array, last: boolean): void {
    this.post(this.queue.send(chunk, linesBefore, bytes, last));
  }

  /**
   * Memory for a chunk of `size` bytes, to be filled and sent: memory a reader handed back when it is large enough,
   * else new memory, rounded up so that the next chunks, a record longer or shorter, fit in it too. Memory is free
   * again once a worker's copy is posted, or once the main thread's reader hands it back. A new megabyte for every
   * chunk cost page faults and the kernel's work of mapping and unmapping it (bench).
   */
  bytesFor(size: number): Uint8Array {
    const spare = this.spare.pop();
    if (spare !== undefined && spare.byteLength >= size) return new Uint8Array(spare, 0, size);
    return new Uint8Array(Buffer.allocUnsafeSlow(Math.ceil(size / SPARE_STEP) * SPARE_STEP).buffer, 0, size);
  }

  private recycle(b: ArrayBuffer): void {
    if (this.spare.length < MAX_SPARE) this.spare.push(b);
  }

  private post(posts: Post<Slot>[]): void {
    for (const { reader, chunk, linesBefore, bytes, last } of posts) {
      const m: ToWorker = { type: 'bytes', chunk, linesBefore, bytes, last };
      reader.post(m);
      if (reader.copies) this.recycle(bytes.buffer as ArrayBuffer);
    }
  }

  /** Resolves on the next message from any worker (or at once after a failure, which it throws). */
  async changed(): Promise<void> {
    this.check();
    await new Promise<void>((resolve) => {
      this.wake = resolve;
    });
    this.check();
  }

  /**
   * Throws what failed in a worker, if anything did. Called once the reading is done too: a worker that could not
   * even load leaves the main thread to read the whole file, correct but silent about a broken build.
   */
  check(): void {
    if (this.failure) throw this.failure;
  }

  /** Workers that have loaded their code. */
  private loaded = 0;

  /**
   * Whether every worker has loaded its code. Loading takes a quarter of a second on two busy cores: until then the
   * main thread goes on reading the file itself rather than queueing bytes for threads that cannot start.
   */
  get ready(): boolean {
    return this.loaded === this.workers.length;
  }

  private message(slot: Slot, m: FromWorker): void {
    if (m.type === 'ready') this.loaded++;
    else if (m.type === 'ack') slot.pending -= m.bytes;
    else if (m.type === 'error') {
      const e = m.user ? new UserError(m.message) : Object.assign(new Error(m.message), { stack: m.stack });
      this.fail(e);
    } else {
      if (m.final) {
        for (const b of m.spent) this.recycle(b);
        slot.finished++;
        this.post(this.queue.finished(slot));
      }
      const list = this.waiting.get(m.chunk) ?? [];
      list.push(m);
      this.waiting.set(m.chunk, list);
      this.drain();
    }
    this.notify();
  }

  /** Hands on results of the oldest unfinished chunk, and of the next ones once it is final. */
  private drain(): void {
    for (let list = this.waiting.get(this.nextChunk); list && list.length > 0; list = this.waiting.get(this.nextChunk)) {
      const r = list.shift()!;
      try {
        this.onResult(r);
      } catch (e) {
        this.fail(e instanceof Error ? e : new Error(String(e)));
        return;
      }
      if (r.final) {
        this.waiting.delete(this.nextChunk);
        this.nextChunk++;
      }
    }
  }

  private fail(e: Error): void {
    this.failure ??= e;
    this.notify();
  }

  private notify(): void {
    const w = this.wake;
    this.wake = undefined;
    w?.();
  }

  async close(): Promise<void> {
    // For the tests that must know the workers really read (a file small enough is read before they load).
    if (process.env['INFLUAUDIT_TRACE_WORKERS'] === '1') {
      // Chunks each side read to the end (a run stopped early may not have handed them all on).
      const local = this.slots[this.slots.length - 1]!.finished;
      const onWorkers = this.slots.reduce((n, s) => n + s.finished, 0) - local;
      process.stderr.write(`influaudit: trace: ${onWorkers + local} chunks read: ${onWorkers} on ${countOf(this.workers.length, 'worker thread')}, ${local} on the main thread\n`);
    }
    this.closing = true;
    this.localReader?.stop();
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
