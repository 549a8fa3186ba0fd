import { parse, type CsvError } from 'csv-parse';
import { UserError } from './errors.js';
import type { InputSource } from './source.js';
import { sniffDelimiter, sniffEncoding, type Delimiter, type Encoding } from './sniff.js';
import { LineTracker } from './line-tracker.js';

/** Limits that turn a runaway field into a clear error instead of a memory blow-up. */
export const MAX_RECORD_BYTES = 1 << 20;
const HEAD_BYTES = 64 * 1024;

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

async function* chunksOf(stream: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  for await (const c of stream) yield typeof c === 'string' ? Buffer.from(c) : c;
}

/** Reads until `HEAD_BYTES` are buffered (or the input ends), so the encoding and delimiter can be sniffed. */
async function readHead(it: AsyncGenerator<Buffer>): Promise<{ head: Buffer; done: boolean }> {
  const parts: Buffer[] = [];
  let size = 0;
  while (size < HEAD_BYTES) {
    const next = await it.next();
    if (next.done) return { head: Buffer.concat(parts), done: true };
    parts.push(next.value);
    size += next.value.length;
  }
  return { head: Buffer.concat(parts), done: false };
}

function decoderFor(encoding: Encoding): ((b: Buffer, last: boolean) => Buffer) | undefined {
  if (encoding === 'utf-8') return undefined;
  const dec = new TextDecoder(encoding);
  return (b, last) => Buffer.from(dec.decode(b, { stream: !last }), 'utf8');
}

/**
 * Streams one CSV input through csv-parse in arrays mode (its fastest, performance.md), after sniffing the
 * encoding (BOM, UTF-16 LE/BE), an Excel `sep=` line and the delimiter. Keeps every record's source line.
 */
export async function readCsv(source: InputSource, handlers: CsvHandlers): Promise<void> {
  const it = chunksOf(source.open());
  const { head: rawHead, done } = await readHead(it);
  if (rawHead.length === 0) throw new UserError(`${source.name}: is empty`);
  const sniffed = sniffEncoding(rawHead);
  if (!sniffed.ok) throw new UserError(`${source.name}: ${sniffed.reason}`);
  const decode = decoderFor(sniffed.encoding);
  let head = rawHead.subarray(sniffed.bomLength);
  head = decode ? decode(head, done) : head;
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) head = head.subarray(3);
  const { delimiter, sepLine } = sniffDelimiter(head.toString('utf8', 0, Math.min(head.length, HEAD_BYTES)), source.name);
  let firstLine = 1;
  if (sepLine) {
    const nl = head.indexOf(0x0a);
    head = nl === -1 ? Buffer.alloc(0) : head.subarray(nl + 1);
    firstLine = 2;
  }
  const tracker = new LineTracker(firstLine - 1);
  tracker.offset = firstLine - 1;
  let header: string[] | undefined;
  const parser = parse({
    delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    skip_records_with_error: true,
    max_record_size: MAX_RECORD_BYTES,
    on_skip: (err: CsvError | undefined) => {
      if (!err) return;
      const line = tracker.skipped(typeof err.lines === "number" ? err.lines : undefined);
      handlers.onBadRecord(line, csvErrorReason(err));
    },
  });
  // An exception from a handler is the caller's (a UserError, or a bug that must keep its stack), not a CSV
  // problem: it is kept aside and rethrown as is once the parser is stopped.
  let handlerError: unknown;
  const finished = new Promise<void>((resolve, reject) => {
    parser.on('data', (record: string[]) => {
      if (handlerError !== undefined) return;
      try {
        const line = tracker.record(record);
        if (line === undefined) return;
        if (header === undefined) {
          header = record;
          handlers.onHead({ source: source.name, encoding: sniffed.encoding, delimiter, header, headerLine: line });
        } else handlers.onRecord(record, line);
      } catch (e) {
        handlerError = e;
        reject(e);
      }
    });
    parser.on('error', (e) => reject(e));
    parser.on('end', () => resolve());
  });
  finished.catch(() => undefined);
  const write = (b: Buffer) => (parser.write(b) ? Promise.resolve() : new Promise<void>((r) => parser.once('drain', () => r())));
  try {
    if (head.length > 0) await write(head);
    if (!done) {
      for await (const chunk of it) {
        await write(decode ? decode(chunk, false) : chunk);
        const p = handlers.pause?.();
        if (p) await p;
        if (handlers.stopped?.()) break;
      }
    }
    if (decode && !done) await write(decode(Buffer.alloc(0), true));
    parser.end();
    await finished;
  } catch (e) {
    parser.destroy();
    if (handlerError !== undefined) throw handlerError;
    throw e instanceof UserError ? e : new UserError(`${source.name}: ${(e as Error).message}`);
  }
  if (handlerError !== undefined) throw handlerError;
  if (header === undefined) throw new UserError(`${source.name}: has no header line`);
}

function csvErrorReason(err: CsvError): string {
  switch (err.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quote opened on this line is never closed: the rest of the file was read as one field';
    case 'CSV_MAX_RECORD_SIZE':
      return `record longer than ${MAX_RECORD_BYTES} bytes (a field that never ends?)`;
    default:
      return err.message.replace(/\s+/g, ' ');
  }
}
