import type { OutputSink } from '../io/output-sink.js';
import type { OpenedInput } from './open-inputs.js';
import type { Reader } from './readers/reader.js';
import type { RowLedger } from './row-ledger.js';

/**
 * Streams one opened input through its reader, counting every record read, reporting the records CSV syntax rejects,
 * and letting a slow stdout hold the reading back; stops when nobody reads the output any more.
 */
export async function readInput(input: OpenedInput<unknown>, reader: Reader, ledger: RowLedger, out: OutputSink): Promise<void> {
  if (out.closed) return input.csv.close();
  const file = input.csv.head.source;
  await input.csv.read({
    onRecord: (fields, line) => {
      ledger.read();
      reader.record(fields, line);
    },
    onBadRecord: (line, reason) => {
      ledger.read();
      ledger.reject({ file, line, column: null, value: null, reason });
    },
    pause: () => out.ready(),
    stopped: () => out.closed,
  });
  reader.end();
}
