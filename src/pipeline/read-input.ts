import type { OutputSink } from '../io/output-sink.js';
import type { OpenedInput } from './open-inputs.js';
import type { Reader } from './readers/reader.js';
import type { RowLedger } from './row-ledger.js';

/**
 * Streams one opened input through its reader, counting every record read, reporting the records CSV syntax rejects,
 * and letting a slow stdout hold the reading back; stops when nobody reads the output any more, unless `toEnd`: a
 * judgement made on the whole input (a follower sample's shares) must not be made on the part read.
 */
export async function readInput(input: OpenedInput<unknown>, reader: Reader, ledger: RowLedger, out: OutputSink, toEnd = false): Promise<void> {
  if (out.closed && !toEnd) return input.csv.close();
  const { source: file, header, delimiter } = input.csv.head;
  await input.csv.read({
    onRecord: (fields, line) => {
      // A row of separators alone (spreadsheets leave them below the data) is a blank line, not a row.
      if (fields[0] === '' && fields.every((f) => f === '')) return;
      ledger.read();
      // More fields than the header shifts every column after the split: an unquoted "12,345" would make 12
      // followers and 345 following. Empty extra fields (a trailing separator) shift nothing.
      if (fields.length > header.length && fields.some((f, i) => i >= header.length && f.trim() !== '')) {
        const whole = fields.join(delimiter);
        return ledger.reject({
          file, line, column: null, value: whole.length > 120 ? `${whole.slice(0, 120)}…` : whole,
          reason: `${fields.length} fields where the header has ${header.length}: a separator inside a value, unquoted (such as 12,345)? (not read: its columns would be shifted)`,
        });
      }
      reader.record(fields, line);
    },
    onBadRecord: (line, reason, column) => {
      ledger.read();
      ledger.reject({ file, line, column: column ?? null, value: null, reason });
    },
    pause: () => out.ready(),
    stopped: () => out.closed && !toEnd,
  });
  reader.end();
}
