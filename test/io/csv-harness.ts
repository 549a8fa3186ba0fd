import { Readable } from 'node:stream';
import { readCsv, type CsvHead } from '../../src/io/read-csv.js';

export interface CsvRun {
  head?: CsvHead;
  /** [start line, fields] per data record. */
  records: [number, string[]][];
  /** [start line, reason] per record csv-parse rejected. */
  bad: [number, string][];
  error?: Error;
}

/** Splits bytes into chunks of the given sizes, cycling through them. */
export function chunked(bytes: Buffer, sizes: readonly number[] = [bytes.length || 1]): Buffer[] {
  const out: Buffer[] = [];
  for (let i = 0, k = 0; i < bytes.length; k++) {
    const n = Math.max(1, sizes[k % sizes.length]!);
    out.push(bytes.subarray(i, i + n));
    i += n;
  }
  return out;
}

/** Runs readCsv over an in-memory input and records everything it reports (never throws). */
export async function readAll(name: string, input: string | Buffer, sizes?: readonly number[]): Promise<CsvRun> {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const run: CsvRun = { records: [], bad: [] };
  try {
    await readCsv(
      { name, open: () => Readable.from(chunked(bytes, sizes)) },
      {
        onHead: (h) => { run.head = h; },
        onRecord: (fields, line) => { run.records.push([line, fields]); },
        onBadRecord: (line, reason) => { run.bad.push([line, reason]); },
      },
    );
  } catch (e) {
    run.error = e as Error;
  }
  return run;
}
