import type { OutputSink } from '../io/output-sink.js';
import { namesAColumn } from '../io/recognise.js';
import { HEADER_AGAIN_REASON, NOTE_REASON, preview, RowStructure, secondTableReason } from '../io/structure-rows.js';
import type { OpenedInput } from './open-inputs.js';
import type { Reader } from './readers/reader.js';
import type { RowLedger } from './row-ledger.js';

/**
 * Streams one opened input through its reader, counting every record read, reporting the records CSV syntax rejects,
 * and letting a slow stdout hold the reading back; stops when nobody reads the output any more, unless `toEnd`: a
 * judgement made on the whole input (a follower sample's shares) must not be made on the part read.
 *
 * Rows that are no data never reach the reader (structure-rows.ts): the header again (files joined with `cat`) and a
 * title, note or footer line are rejected as expected, like a Total row; a second table's header and every row after
 * it are rejected, and a note says so once: read with the first header's columns they would be misread, and a header
 * met once the first accounts were printed can no longer refuse the file.
 */
export async function readInput(input: OpenedInput<unknown>, reader: Reader, ledger: RowLedger, out: OutputSink, note: (message: string) => void, toEnd = false): Promise<void> {
  if (out.closed && !toEnd) return input.csv.close();
  const { source: file, header, delimiter } = input.csv.head;
  const structure = new RowStructure(header, (fields) => input.readsAsHeader(fields), namesAColumn);
  let secondTable: { line: number; header: string; reason: string; rows: number } | undefined;
  const whole = (fields: readonly string[]): string => {
    const text = fields.join(delimiter);
    return text.length > 120 ? `${text.slice(0, 120)}…` : text;
  };
  await input.csv.read({
    onRecord: (fields, line) => {
      // A row of separators alone (spreadsheets leave them below the data) is a blank line, not a row.
      if (fields[0] === '' && fields.every((f) => f === '')) return;
      ledger.read();
      if (secondTable !== undefined) {
        secondTable.rows++;
        return ledger.reject({ file, line, column: null, value: whole(fields), reason: secondTable.reason });
      }
      const role = structure.role(fields);
      if (role === 'header-again') return ledger.reject({ file, line, column: null, value: whole(fields), reason: HEADER_AGAIN_REASON, expected: true });
      if (role === 'note') return ledger.reject({ file, line, column: header[0] ?? null, value: whole(fields.filter((f) => f.trim() !== '')), reason: NOTE_REASON, expected: true });
      if (role === 'other-header') {
        secondTable = { line, header: preview(fields), reason: secondTableReason(line), rows: 1 };
        return ledger.reject({ file, line, column: null, value: whole(fields), reason: secondTable.reason });
      }
      // More fields than the header shifts every column after the split: an unquoted "12,345" would make 12
      // followers and 345 following. Empty extra fields (a trailing separator) shift nothing.
      if (fields.length > header.length && fields.some((f, i) => i >= header.length && f.trim() !== '')) {
        return ledger.reject({
          file, line, column: null, value: whole(fields),
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
  if (secondTable !== undefined) {
    const rows = secondTable.rows === 1 ? 'its header, the last row, was' : `its header and the ${secondTable.rows - 1} rows after it were`;
    note(`${file}: a second table with its own header starts on line ${secondTable.line} (${secondTable.header}): ${rows} not read (its columns are not the first header's); split the file and score each table on its own`);
  }
}
