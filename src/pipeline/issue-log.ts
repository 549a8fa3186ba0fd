import { closeSync, mkdtempSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IssueList } from '../shared/row-issues.js';

const CHUNK_BYTES = 1 << 20;

/**
 * Rejected rows or unreadable cells kept for the end of a document that lists them (json, markdown, html): each as
 * one line of JSON, read back in order. The latest 1 MiB stays in memory; what came before goes to a temporary file,
 * so memory stays the same whether a file has ten bad rows or a million. The file is unlinked as soon as it is
 * opened (nothing is left behind, even by a killed run); where it cannot be written, the issues stay in memory.
 */
export class IssueLog<T> implements IssueList<T> {
  private chunk = Buffer.alloc(0);
  private used = 0;
  /** Full chunks not in the file: all of them when no file could be opened. */
  private readonly held: { buf: Buffer; used: number }[] = [];
  private spill: { fd: number; bytes: number } | 'unavailable' | undefined;
  length = 0;

  constructor(private readonly chunkBytes = CHUNK_BYTES) {}

  add(issue: T): void {
    // JSON.stringify escapes line breaks: one line per issue.
    const line = `${JSON.stringify(issue)}\n`;
    const bytes = Buffer.byteLength(line);
    if (this.used + bytes > this.chunk.length) {
      if (this.used > 0) this.putAway(this.chunk, this.used);
      this.chunk = Buffer.allocUnsafeSlow(Math.max(this.chunkBytes, bytes));
      this.used = 0;
    }
    this.used += this.chunk.write(line, this.used, 'utf8');
    this.length++;
  }

  *[Symbol.iterator](): Iterator<T> {
    if (this.spill !== undefined && this.spill !== 'unavailable') yield* linesOfFile<T>(this.spill.fd, this.spill.bytes, this.chunkBytes);
    for (const { buf, used } of this.held) yield* linesOf<T>(buf, used);
    yield* linesOf<T>(this.chunk, this.used);
  }

  /** Frees the file; the log is empty afterwards. */
  close(): void {
    if (this.spill !== undefined && this.spill !== 'unavailable') closeSync(this.spill.fd);
    this.spill = undefined;
    this.held.length = 0;
    this.used = 0;
    this.length = 0;
  }

  private putAway(buf: Buffer, used: number): void {
    if (this.spill === undefined) this.spill = openSpill() ?? 'unavailable';
    if (this.spill === 'unavailable' || this.held.length > 0) {
      this.held.push({ buf, used });
      return;
    }
    try {
      for (let at = 0; at < used; ) at += writeSync(this.spill.fd, buf, at, used - at, this.spill.bytes + at);
      this.spill.bytes += used;
    } catch {
      // A full disk mid-run: this chunk and the later ones stay in memory, after what the file holds.
      this.held.push({ buf, used });
    }
  }
}

/** A temporary file already unlinked where the system allows it (POSIX), else removed when the process exits. */
function openSpill(): { fd: number; bytes: number } | undefined {
  let dir: string | undefined;
  try {
    dir = mkdtempSync(join(tmpdir(), 'influaudit-'));
    const path = join(dir, 'issues.ndjson');
    const fd = openSync(path, 'w+', 0o600);
    try {
      unlinkSync(path);
      rmSync(dir, { recursive: true, force: true });
    } catch {
      process.once('exit', () => rmSync(dir!, { recursive: true, force: true }));
    }
    return { fd, bytes: 0 };
  } catch {
    // The folder was made but the file could not be: leave nothing behind.
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
}

function* linesOf<T>(buf: Buffer, used: number): Generator<T> {
  for (let at = 0; at < used; ) {
    const end = buf.indexOf(0x0a, at);
    yield JSON.parse(buf.toString('utf8', at, end)) as T;
    at = end + 1;
  }
}

/** The file read back a block at a time: a line cut by a block's end is carried into the next read. */
function* linesOfFile<T>(fd: number, bytes: number, blockBytes: number): Generator<T> {
  let block = Buffer.allocUnsafe(blockBytes);
  let carry = 0;
  for (let offset = 0; offset < bytes; ) {
    if (carry === block.length) block = Buffer.concat([block, Buffer.allocUnsafe(block.length)]);
    const n = readSync(fd, block, carry, Math.min(block.length - carry, bytes - offset), offset);
    if (n === 0) throw new Error('issue log: the temporary file ended early');
    offset += n;
    const filled = carry + n;
    const lastLf = block.lastIndexOf(0x0a, filled - 1);
    if (lastLf === -1) {
      carry = filled;
      continue;
    }
    yield* linesOf<T>(block, lastLf + 1);
    carry = filled - lastLf - 1;
    block.copy(block, 0, lastLf + 1, filled);
  }
}
