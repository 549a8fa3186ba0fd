/** What the queue needs to know of a reader of chunks (a worker thread, or the main thread). */
export interface QueueReader {
  /** Bytes posted and not yet parsed. */
  pending: number;
  /** Chunks posted and not yet read to the end. */
  open: number;
  /**
   * Chunks it may hold at once. A worker holds two, the one it reads and the next, so that it never waits for a
   * message; the main thread one, as it is given the next at once when it finishes one.
   */
  readonly holds: number;
}

/** Bytes to post to a reader, in the order given. */
export interface Post<R> {
  reader: R;
  chunk: number;
  linesBefore: number;
  bytes: Uint8Array;
  last: boolean;
}

/**
 * Which reader gets each chunk, as pure bookkeeping (the pool posts). A whole chunk waits until a reader has room
 * for one, rather than being shared out as it is read: a chunk given to a reader early could not go to another that
 * finished first, and with two chunks of 1 MiB queued on each side the main thread of a 1M-row roster waited
 * ~90 ms at the end for the worker. A chunk sent in pieces (the rest of a file whose record boundaries cannot be
 * trusted) goes to one reader from its first piece on, and that reader gets nothing else until its last piece:
 * a reader reads its messages in order, and a whole chunk between two pieces cut the chunk in two and lost the
 * accounts of its first part.
 */
export class ChunkQueue<R extends QueueReader> {
  private readonly waiting: { chunk: number; linesBefore: number; bytes: Uint8Array }[] = [];
  private waitingBytes = 0;
  /** The reader of the chunk being sent in pieces, until its last piece. */
  private inPieces: { chunk: number; reader: R } | undefined;

  /** Readers in the order they are offered chunks. */
  constructor(private readonly readers: readonly R[]) {}

  /** Bytes of the whole chunks that no reader has yet. */
  get queuedBytes(): number {
    return this.waitingBytes;
  }

  /** A chunk, or a piece of one (`last`: its end): the posts to make now. */
  send(chunk: number, linesBefore: number, bytes: Uint8Array, last: boolean): Post<R>[] {
    const open = this.inPieces;
    if (open !== undefined && open.chunk === chunk) {
      if (last) this.inPieces = undefined;
      return [this.post(open.reader, chunk, linesBefore, bytes, last), ...(last ? this.dispatch() : [])];
    }
    if (last) {
      this.waiting.push({ chunk, linesBefore, bytes });
      this.waitingBytes += bytes.length;
      return this.dispatch();
    }
    // Only the rest of a file is sent in pieces: one chunk, the last.
    if (open !== undefined) throw new Error(`chunk ${chunk} sent in pieces while chunk ${open.chunk} is`);
    // The first piece of a chunk in pieces: the least busy reader takes it, whatever it holds already.
    const reader = this.readers.reduce((a, b) => (b.pending < a.pending ? b : a));
    reader.open++;
    this.inPieces = { chunk, reader };
    return [this.post(reader, chunk, linesBefore, bytes, false)];
  }

  /** `reader` has read a chunk to the end: the queued chunks that it, or another reader, can take now. */
  finished(reader: R): Post<R>[] {
    reader.open--;
    return this.dispatch();
  }

  /** Queued chunks, in order, to the first readers with room. */
  private dispatch(): Post<R>[] {
    const posts: Post<R>[] = [];
    while (this.waiting.length > 0) {
      const reader = this.readers.find((r) => r.open < r.holds && r !== this.inPieces?.reader);
      if (reader === undefined) break;
      const q = this.waiting.shift()!;
      this.waitingBytes -= q.bytes.length;
      reader.open++;
      posts.push(this.post(reader, q.chunk, q.linesBefore, q.bytes, true));
    }
    return posts;
  }

  private post(reader: R, chunk: number, linesBefore: number, bytes: Uint8Array, last: boolean): Post<R> {
    reader.pending += bytes.length;
    return { reader, chunk, linesBefore, bytes, last };
  }
}
