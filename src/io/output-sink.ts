import type { Writable } from 'node:stream';

/**
 * Buffered writes to stdout with backpressure and a quiet stop on a closed pipe (`| head -1`): an EPIPE marks the
 * sink closed, later writes are dropped, and the run ends early instead of crashing.
 */
export class OutputSink {
  private parts: string[] = [];
  private size = 0;
  private waiting: Promise<void> | undefined;
  closed = false;

  constructor(private readonly stream: Writable, private readonly flushAt = 64 * 1024) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') this.closed = true;
      else throw e;
    });
  }

  write(text: string): void {
    if (this.closed || text === '') return;
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= this.flushAt) this.flush();
  }

  /** Resolves when the stream can take more; undefined when it can already. */
  ready(): Promise<void> | undefined {
    return this.closed ? undefined : this.waiting;
  }

  flush(): void {
    if (this.parts.length === 0 || this.closed) return;
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
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

  /** Flushes and waits until everything written has been handed to the OS (or the pipe closed). */
  async end(): Promise<void> {
    this.flush();
    if (this.waiting) await this.waiting;
  }
}
