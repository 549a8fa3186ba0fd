import type { IssueList } from '../shared/row-issues.js';

const CHUNK_BYTES = 1 << 20;

/**
 * Rejected rows or unreadable cells kept for the end of a document that lists them (json, markdown, html): each as
 * one line of JSON in 1 MiB buffers, off the JavaScript heap, read back in order. ~100 bytes a row where objects
 * cost ~200 bytes, and the garbage collector's headroom over them as much again: a file whose every row is rejected
 * no longer holds a million objects to the end.
 */
export class IssueLog<T> implements IssueList<T> {
  private readonly chunks: { buf: Buffer; used: number }[] = [];
  length = 0;

  add(issue: T): void {
    // JSON.stringify escapes line breaks: one line per issue.
    const line = `${JSON.stringify(issue)}\n`;
    const bytes = Buffer.byteLength(line);
    let last = this.chunks[this.chunks.length - 1];
    if (last === undefined || last.used + bytes > last.buf.length) {
      last = { buf: Buffer.allocUnsafeSlow(Math.max(CHUNK_BYTES, bytes)), used: 0 };
      this.chunks.push(last);
    }
    last.used += last.buf.write(line, last.used, 'utf8');
    this.length++;
  }

  *[Symbol.iterator](): Iterator<T> {
    for (const { buf, used } of this.chunks) {
      for (let at = 0; at < used; ) {
        const end = buf.indexOf(0x0a, at);
        yield JSON.parse(buf.toString('utf8', at, end)) as T;
        at = end + 1;
      }
    }
  }
}
