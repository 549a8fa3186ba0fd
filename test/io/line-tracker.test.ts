import { parse, type CsvError } from 'csv-parse';
import { describe, expect, it } from 'vitest';
import { LineTracker } from '../../src/io/line-tracker.js';

/** Drives a LineTracker with csv-parse configured as read-csv.ts configures it; returns each record's start line. */
function lines(text: string): Promise<{ records: number[]; skipped: number[] }> {
  const tracker = new LineTracker(0);
  const out = { records: [] as number[], skipped: [] as number[] };
  return new Promise((resolve, reject) => {
    const parser = parse({
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      skip_records_with_error: true,
      on_skip: (err: CsvError | undefined) => {
        if (!err) return;
        out.skipped.push(tracker.skipped(typeof err.lines === 'number' ? err.lines : undefined));
      },
    });
    parser.on('data', (record: string[]) => {
      const line = tracker.record(record);
      if (line !== undefined) out.records.push(line);
    });
    parser.on('error', reject);
    parser.on('end', () => resolve(out));
    parser.end(text);
  });
}

describe('LineTracker', () => {
  it.each<[string, string, number[]]>([
    ['plain', 'h,f\na,1\nb,2\n', [1, 2, 3]],
    ['blank lines', 'h,f\n\na,1\n\n\nb,2\n', [1, 3, 6]],
    ['CRLF inside quotes counted once', 'h,f\r\n"a\r\nb\r\nc",1\r\nd,2\r\n', [1, 2, 5]],
    ['lone CR inside quotes', 'h,f\n"a\rb",1\nc,2\n', [1, 2, 4]],
  ])('%s', async (_name, text, expected) => {
    expect((await lines(text)).records).toEqual(expected);
  });

  it.each<[string, string, number[], number[]]>([
    ['right after a record', 'h,f\na,1\n"b,2\nc,3\n', [1, 2], [3]],
    ['after blank lines', 'h,f\na,1\n\n\n"b,2\nc,3\n', [1, 2], [5]],
    ['after a multi-line record and a blank line', 'h,f\n"a\nb",1\n\nc,"2\nd,3\n', [1, 2], [5]],
  ])('a skipped record %s starts on its own line', async (_name, text, records, skipped) => {
    expect(await lines(text)).toEqual({ records, skipped });
  });
});
