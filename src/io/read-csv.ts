import { UserError } from './errors.js';
import { firstLineEnd } from './line-tracker.js';
import { RecordFeed } from './record-feed.js';
import type { InputSource } from './source.js';
import { sniffDelimiter, sniffEncoding, type Delimiter, type Encoding } from './sniff.js';

export { MAX_RECORD_BYTES } from './csv-segment.js';
const HEAD_BYTES = 64 * 1024;
const HEAD_WAIT_MS = 100;

export interface CsvHead {
  source: string;
  encoding: Encoding;
  delimiter: Delimiter;
  header: string[];
  headerLine: number;
}

export interface CsvHandlers {
  /** Called once with the header, before any record; may throw a UserError (e.g. unrecognised columns). */
  onHead(head: CsvHead): void;
  /** A data record and the line it starts on (1-based, as an editor shows it). */
  onRecord(fields: string[], line: number): void;
  /** A record the CSV syntax itself rejects (unclosed quote, oversize): reported, never silently dropped. */
  onBadRecord(line: number, reason: string): void;
  /** Awaited between chunks: lets a slow stdout hold the reading back instead of buffering output. */
  pause?(): Promise<void> | undefined;
  /** True once nobody wants more (stdout closed): reading stops early. */
  stopped?(): boolean;
}

async function* chunksOf(stream: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer, undefined> {
  for await (const c of stream) yield typeof c === 'string' ? Buffer.from(c) : c;
}

type Next = Promise<IteratorResult<Buffer, undefined>>;

/**
 * Reads until `HEAD_BYTES` are buffered or the input ends, so the encoding and delimiter can be sniffed; or, once a
 * line is complete, until the input pauses for `HEAD_WAIT_MS`: a slow or endless stdin is sniffed on what came, and
 * its first rows are scored as they arrive. `pending` is the read still waiting then, for the caller to go on with.
 */
async function readHead(it: AsyncGenerator<Buffer, undefined>): Promise<{ head: Buffer; done: boolean; pending?: Next }> {
  const parts: Buffer[] = [];
  let size = 0;
  let lineSeen = false;
  while (size < HEAD_BYTES) {
    const next = it.next();
    const result: IteratorResult<Buffer, undefined> | undefined = lineSeen ? await orTimeout(next, HEAD_WAIT_MS) : await next;
    if (result === undefined) return { head: Buffer.concat(parts), done: false, pending: next };
    if (result.done) return { head: Buffer.concat(parts), done: true };
    parts.push(result.value);
    size += result.value.length;
    lineSeen ||= result.value.includes(0x0a) || result.value.includes(0x0d);
  }
  return { head: Buffer.concat(parts), done: false };
}

/** The promise's value, or undefined if it takes longer than `ms`. */
async function orTimeout<T>(p: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function decoderFor(encoding: Encoding): ((b: Buffer, last: boolean) => Buffer) | undefined {
  if (encoding === 'utf-8') return undefined;
  const dec = new TextDecoder(encoding);
  return (b, last) => Buffer.from(dec.decode(b, { stream: !last }), 'utf8');
}

/**
 * Streams one CSV input through csv-parse in arrays mode (its fastest, performance.md), after sniffing the
 * encoding (BOM, UTF-16 LE/BE), an Excel `sep=` line and the delimiter. Keeps every record's source line. A record
 * over `MAX_RECORD_BYTES` is reported and reading resumes at the next line break; the input is closed on every exit.
 */
export async function readCsv(source: InputSource, handlers: CsvHandlers): Promise<void> {
  const stream = source.open();
  const it = chunksOf(stream);
  try {
    await readAll(source.name, it, handlers);
  } catch (e) {
    if (e instanceof UserError || !isSystemError(e)) throw e;
    throw new UserError(`${source.name}: cannot read (${e.code}: ${e.message.replace(/^\w+: /, '')})`);
  } finally {
    // Destroyed, not only returned: a read may still be waiting on a silent stdin, which would keep the process alive.
    stream.destroy();
    it.return(undefined).catch(() => undefined);
  }
}

function isSystemError(e: unknown): e is NodeJS.ErrnoException & { code: string } {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && typeof (e as NodeJS.ErrnoException).syscall === 'string';
}

async function readAll(name: string, it: AsyncGenerator<Buffer, undefined>, handlers: CsvHandlers): Promise<void> {
  const { head: rawHead, done, pending } = await readHead(it);
  if (rawHead.length === 0) throw new UserError(`${name}: is empty`);
  const sniffed = sniffEncoding(rawHead);
  if (!sniffed.ok) throw new UserError(`${name}: ${sniffed.reason}`);
  const decode = decoderFor(sniffed.encoding);
  let head = rawHead.subarray(sniffed.bomLength);
  head = decode ? decode(head, done) : head;
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) head = head.subarray(3);
  const { delimiter, sepLine } = sniffDelimiter(head.toString('utf8', 0, Math.min(head.length, HEAD_BYTES)), name);
  let crAtEnd = false;
  if (sepLine) {
    // The line ends at its first break, whichever it is: Excel "CSV (Macintosh)" writes CR only.
    const end = firstLineEnd(head);
    head = end === undefined ? Buffer.alloc(0) : head.subarray(end.end);
    crAtEnd = end?.crAtEnd === true && !done;
  }
  const feed = new RecordFeed(name, sniffed.encoding, delimiter, handlers, sepLine ? 1 : 0, crAtEnd);
  let next = pending;
  const more = (): Promise<IteratorResult<Buffer, undefined>> => {
    const n = next ?? it.next();
    next = undefined;
    return n;
  };
  if (head.length > 0) await feed.write(head);
  if (!done) {
    // Failed is checked before each read: a handler that threw on the head must not wait for a silent stdin.
    while (!feed.failed()) {
      const result = await more();
      if (result.done || feed.failed()) break;
      await feed.write(decode ? decode(result.value, false) : result.value);
      const p = handlers.pause?.();
      if (p) await p;
      if (handlers.stopped?.()) break;
    }
    if (decode && !feed.failed()) await feed.write(decode(Buffer.alloc(0), true));
  }
  await feed.end();
}
