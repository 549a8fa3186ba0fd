import { BreakCounter } from '../../io/line-tracker.js';
import type { HandOff } from '../../io/read-csv.js';
import { RecordBoundaries } from '../../io/record-boundaries.js';
import type { Delimiter } from '../../io/sniff.js';
import type { WorkerPool } from './pool.js';
import type { WorkerInit } from './protocol.js';

export interface SplitOptions {
  /** The main thread reads at least this much itself: its reader decides the file's conventions meanwhile. */
  firstBytes: number;
  /** Whether the main thread reads on until the workers have loaded, rather than queue bytes for them. */
  readOn: boolean;
  /** The size of a chunk that starts this many bytes into the file. */
  chunkBytes(at: number): number;
  /** Bytes posted to workers and not yet parsed, above which reading waits. */
  maxPending: number;
  /** What the workers need, once the main thread's reader has decided; undefined until then (or never). */
  ready(): WorkerInit | undefined;
  /** Awaited between reads: output backpressure, as in readCsv. */
  pause(): Promise<void> | undefined;
  stopped(): boolean;
}

/**
 * Cuts the rest of a file into chunks at record boundaries and sends them to worker threads, counting the line
 * breaks before each so every line number stays the file's. Once the boundaries cannot be trusted (see
 * RecordBoundaries) everything left goes to one worker as one chunk, in pieces: still right, only not parallel.
 */
export class ChunkedHandOff implements HandOff {
  private readonly scanner: RecordBoundaries;
  private init: WorkerInit | undefined;
  private chunk = 0;
  private parts: Buffer[] = [];
  private size = 0;
  /** Lines before what take() got, and breaks in everything sent since: the line count before any chunk. */
  private startLines = 0;
  private readonly breaks = new BreakCounter();
  private open = false;
  private chunkLinesBefore = 0;
  /** Everything from here on goes to one worker, piece by piece (the scanner gave up). */
  private tail = false;

  constructor(private readonly pool: WorkerPool, delimiter: Delimiter, private readonly opts: SplitOptions) {
    this.scanner = new RecordBoundaries(delimiter);
  }

  cut(bytes: Buffer): number {
    // What the workers get is asked for at the cut itself: the reader's decisions as of the last row it read.
    const cutting = !this.scanner.unsafe && this.scanner.scanned >= this.opts.firstBytes && (this.pool.ready || !this.opts.readOn);
    this.init = cutting ? this.opts.ready() : undefined;
    if (this.init === undefined) {
      this.scanner.skip(bytes);
      return -1;
    }
    return this.scanner.boundary(bytes);
  }

  async take(rest: Buffer, linesBefore: number, more: () => Promise<IteratorResult<Buffer, undefined>>): Promise<void> {
    this.pool.broadcast({ type: 'init', init: this.init! });
    this.startLines = linesBefore;
    this.add(rest);
    for (;;) {
      while (this.pool.pending > this.opts.maxPending) await this.pool.changed();
      const p = this.opts.pause();
      if (p) await p;
      if (this.opts.stopped()) return;
      const next = await more();
      if (next.done) break;
      this.add(next.value);
    }
    this.send(true);
    const chunks = this.chunk;
    while (this.pool.completed < chunks && !this.opts.stopped()) await this.pool.changed();
  }

  /** Adds bytes to the open chunk, sending each chunk once it is full and a record ends. */
  private add(piece: Buffer): void {
    while (piece.length > 0) {
      // Bytes kept so far were all scanned: the open chunk starts that many bytes before the scanner.
      const chunkBytes = this.opts.chunkBytes(this.scanner.scanned - this.size);
      if (this.tail || this.size + piece.length < chunkBytes) {
        if (!this.tail) this.scanner.skip(piece);
        this.keep(piece);
        if (this.tail || this.scanner.unsafe) this.send(false);
        return;
      }
      const fill = Math.max(0, chunkBytes - this.size);
      this.scanner.skip(piece.subarray(0, fill));
      const b = this.scanner.boundary(piece.subarray(fill));
      if (b === -1) {
        this.keep(piece);
        if (this.scanner.unsafe) this.send(false);
        return;
      }
      this.keep(piece.subarray(0, fill + b));
      this.send(true);
      piece = piece.subarray(fill + b);
    }
  }

  private keep(piece: Buffer): void {
    this.parts.push(piece);
    this.size += piece.length;
  }

  /**
   * Sends what is kept as (the rest of) the open chunk. `last: false` is the tail's way: the chunk stays open and
   * every later piece joins it.
   */
  private send(last: boolean): void {
    if (!last) this.tail = true;
    if (this.size === 0 && (!last || !this.open)) return;
    if (!this.open) {
      this.chunk++;
      this.open = true;
      this.chunkLinesBefore = this.startLines + this.breaks.count;
    }
    // A copy the reader owns: read-stream buffers may share their memory with others.
    const bytes = this.pool.bytesFor(this.size);
    let at = 0;
    for (const p of this.parts) {
      bytes.set(p, at);
      at += p.length;
      this.breaks.add(p);
    }
    this.pool.send(this.chunk, this.chunkLinesBefore, bytes, last);
    if (last) this.open = false;
    this.parts = [];
    this.size = 0;
  }
}
