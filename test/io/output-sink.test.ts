import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { OutputSink } from '../../src/io/output-sink.js';

class Collect extends Writable {
  chunks: Buffer[] = [];
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: () => void): void {
    this.chunks.push(Buffer.from(chunk));
    cb();
  }
}

describe('OutputSink', () => {
  it('writes text and bytes (a worker thread\'s rendered accounts) in the order they came', async () => {
    const stream = new Collect();
    const sink = new OutputSink(stream, 4);
    sink.write('a');
    sink.write(new TextEncoder().encode('é-bytes'));
    sink.write('b');
    sink.write(new Uint8Array(0));
    sink.write('cdef');
    await sink.end();
    expect(Buffer.concat(stream.chunks).toString()).toBe('aé-bytesbcdef');
  });
});
