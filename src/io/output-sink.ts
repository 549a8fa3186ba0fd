import type { Writable } from 'node:stream';
import { UserError } from '../shared/user-error.js';
import { Utf8Parts } from './utf8-parts.js';

/** How long written text may wait for more before it is flushed anyway (`tail -f export.csv | influaudit score -`). */
const IDLE_FLUSH_MS = 50;

/**
 * Buffered writes to stdout with backpressure and a quiet stop on a closed pipe (`| head -1`): an EPIPE marks the
 * sink closed, later writes are dropped, and the run ends early instead of crashing. Any other write error (a full
 * disk, `> /dev/full`) also stops the run, and `end` reports it as a user error: the output is incomplete. Output
 * waits for 64 KiB, or `IDLE_FLUSH_MS` at most, so a slow or endless stdin still streams its accounts as they come.
 */
export class OutputSink {
  /** Text waiting, already UTF-8: encoded as it comes rather than joined and encoded at each flush (bench). */
  private readonly pending: Utf8Parts;
  private waiting: Promise<void> | undefined;
  private failure: NodeJS.ErrnoException | undefined;
  private timer: NodeJS.Timeout | undefined;
  closed = false;

  constructor(private readonly stream: Writable, private readonly flushAt = 64 * 1024) {
    this.pending = new Utf8Parts(flushAt * 2);
    stream.on('error', (e: NodeJS.ErrnoException) => {
      this.closed = true;
      if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') this.failure ??= e;
    });
  }

  /** Text, or UTF-8 bytes already encoded (by a worker thread), written after the text before them. */
  write(text: string | Uint8Array): void {
    if (this.closed || text.length === 0) return;
    if (typeof text !== 'string') {
      this.flush();
      return this.send(text);
    }
    this.pending.add(text);
    if (this.pending.size >= this.flushAt) this.flush();
    else if (!this.timer) {
      this.timer = setTimeout(() => this.flush(), IDLE_FLUSH_MS);
      this.timer.unref();
    }
  }

  /** Resolves when the stream can take more; undefined when it can already. */
  ready(): Promise<void> | undefined {
    return this.closed ? undefined : this.waiting;
  }

  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending.size === 0 || this.closed) return;
    this.send(this.pending.take());
  }

  private send(chunk: Uint8Array): void {
    if (!this.stream.write(chunk) && !this.waiting) {
      this.waiting = new Promise<void>((resolve) => {
        const done = () => {
          this.waiting = undefined;
          this.stream.off('drain', done);
          this.stream.off('close', done);
          resolve();
        };
        this.stream.on('drain', done);
        this.stream.on('close', done);
      });
    }
  }

  /**
   * Flushes and waits until everything written has been handed to the OS (or the pipe closed). Throws a UserError
   * when the output could not be written for another reason than a reader that left.
   */
  async end(): Promise<void> {
    this.flush();
    if (this.waiting) await this.waiting;
    // A failed write is reported on the next tick: give it that tick before saying all went well.
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (this.failure) {
      const { code, message } = this.failure;
      throw new UserError(`cannot write the output${code ? ` (${code}: ${message.replace(/^\w+: /, '').replace(/, write$/, '')})` : `: ${message}`}`);
    }
  }
}
