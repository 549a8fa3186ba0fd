import { UserError } from '../shared/user-error.js';
import { firstLineEnd } from './line-tracker.js';
import { InputDecoder } from './decode.js';
import type { CsvHandlers, CsvHead, RecordHandlers } from './csv-handlers.js';
import { RecordFeed } from './record-feed.js';
import type { InputSource } from './source.js';
import { sniffDelimiter, sniffEncoding, type Delimiter, type Encoding } from './sniff.js';

export { MAX_RECORD_BYTES } from './csv-segment.js';
const HEAD_BYTES = 64 * 1024;
const HEAD_WAIT_MS = 100;


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

export type { CsvHandlers, CsvHead, RecordHandlers } from './csv-handlers.js';

/** An input whose header is known, ready to stream its records: opening reads as little as finding the header needs. */
export interface CsvInput {
  readonly head: CsvHead;
  /** Streams the records (those read with the header first); closes the input when done or failed. */
  read(handlers: RecordHandlers): Promise<void>;
  /** Closes an input that will not be read (another input failed its checks). */
  close(): void;
}

export interface OpenOptions {
  /** What the reading wants said on stderr (an encoding guessed, a cut-off byte). */
  note?(message: string): void;
  /** Whether a record is the header (`CsvHandlers.isHeader`): lets a title above it be passed over. */
  isHeader?(head: CsvHead): boolean;
}

type Queued = { fields: string[]; line: number } | { line: number; reason: string; column: string | undefined };

/**
 * Opens one CSV input: sniffs the encoding (BOM, UTF-16 LE/BE; UTF-8, else Windows-1252), an Excel `sep=` line and the
 * delimiter, and reads until the header record is known. Every check that can fail before output does: a file that
 * is not a CSV fails here, with one line naming it. Records are read by `read`, with their source lines; a record over
 * `MAX_RECORD_BYTES` is reported and reading resumes at the next line break.
 */
export async function openCsv(source: InputSource, opts: OpenOptions = {}): Promise<CsvInput> {
  const stream = source.open();
  const it = chunksOf(stream);
  const close = () => {
    // Destroyed, not only returned: a read may still be waiting on a silent stdin, which would keep the process alive.
    stream.destroy();
    it.return(undefined).catch(() => undefined);
  };
  try {
    return await open(source.name, it, close, opts);
  } catch (e) {
    close();
    throw asUserError(e, source.name);
  }
}

/** Reads one input in one go: the header to `onHead`, then every record. */
export async function readCsv(source: InputSource, handlers: CsvHandlers, opts: OpenOptions = {}): Promise<void> {
  const isHeader = handlers.isHeader?.bind(handlers);
  const input = await openCsv(source, isHeader ? { ...opts, isHeader } : opts);
  try {
    handlers.onHead(input.head);
  } catch (e) {
    input.close();
    throw e;
  }
  await input.read(handlers);
}

function asUserError(e: unknown, name: string): unknown {
  if (e instanceof UserError || !isSystemError(e)) return e;
  return new UserError(`${name}: cannot read (${e.code}: ${e.message.replace(/^\w+: /, '')})`);
}

function isSystemError(e: unknown): e is NodeJS.ErrnoException & { code: string } {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && typeof (e as NodeJS.ErrnoException).syscall === 'string';
}

async function open(name: string, it: AsyncGenerator<Buffer, undefined>, close: () => void, opts: OpenOptions): Promise<CsvInput> {
  const { head: rawHead, done, pending } = await readHead(it);
  if (rawHead.length === 0) throw new UserError(`${name}: is empty`);
  const sniffed = sniffEncoding(rawHead);
  if (!sniffed.ok) throw new UserError(`${name}: ${sniffed.reason}`);
  const decoder = new InputDecoder(sniffed.encoding, name, opts.note ?? (() => undefined));
  let head = decoder.decode(rawHead.subarray(sniffed.bomLength), done);
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) head = head.subarray(3);
  const { delimiter, sepLine } = sniffDelimiter(head.toString('utf8', 0, Math.min(head.length, HEAD_BYTES)), name);
  let crAtEnd = false;
  if (sepLine) {
    // The line ends at its first break, whichever it is: Excel "CSV (Macintosh)" writes CR only.
    const end = firstLineEnd(head);
    head = end === undefined ? Buffer.alloc(0) : head.subarray(end.end);
    crAtEnd = end?.crAtEnd === true && !done;
  }
  // Records read along with the header wait here until the caller reads them.
  let header: CsvHead | undefined;
  let target: RecordHandlers | undefined;
  const queued: Queued[] = [];
  const feed = new RecordFeed(name, sniffed.encoding, delimiter, {
    onHead: (h) => void (header = h),
    ...(opts.isHeader ? { isHeader: opts.isHeader } : {}),
    onRecord: (fields, line) => (target ? target.onRecord(fields, line) : void queued.push({ fields, line })),
    onBadRecord: (line, reason, column) => (target ? target.onBadRecord(line, reason, column) : void queued.push({ line, reason, column })),
  }, sepLine ? 1 : 0, crAtEnd);
  let next = pending;
  let ended = done;
  const more = async (): Promise<Buffer | undefined> => {
    if (ended) return undefined;
    const n = await (next ?? it.next());
    next = undefined;
    if (n.done) {
      ended = true;
      return decoder.decode(Buffer.alloc(0), true);
    }
    return decoder.decode(n.value, false);
  };
  if (head.length > 0) await feed.write(head);
  while (header === undefined && !ended && !feed.failed()) {
    const bytes = await more();
    if (bytes !== undefined && bytes.length > 0) await feed.write(bytes);
  }
  if (header === undefined) await feed.end(); // throws: no header line, or what the feed met on the way
  const known = header!;
  return {
    head: known,
    close,
    async read(handlers) {
      try {
        target = handlers;
        for (const q of queued.splice(0)) {
          if ('fields' in q) handlers.onRecord(q.fields, q.line);
          else handlers.onBadRecord(q.line, q.reason, q.column);
        }
        // Failed is checked before each read: a handler that threw must not wait for a silent stdin.
        while (!feed.failed() && !handlers.stopped?.()) {
          const bytes = await more();
          if (bytes === undefined) break;
          if (bytes.length > 0) await feed.write(bytes);
          const p = handlers.pause?.();
          if (p) await p;
        }
        // Stopped before the input's end (nobody reads the output): the line under way is not a last line cut short.
        if (!feed.failed() && handlers.stopped?.()) feed.abandon();
        else await feed.end();
      } catch (e) {
        throw asUserError(e, name);
      } finally {
        close();
      }
    },
  };
}
