import { openCsv, type CsvHead, type CsvInput } from '../io/read-csv.js';
import { recognise as recogniseKind } from '../io/recognise.js';
import type { InputSource } from '../io/source.js';
import { UserError } from '../shared/user-error.js';

/** An input whose header has been read and recognised, ready to stream its records. */
export interface OpenedInput<R> {
  source: InputSource;
  csv: CsvInput;
  recognised: R;
  /**
   * Whether a record below the header would be recognised as a header: by this run's recogniser (its `--map`
   * included), or as a header of any kind `score` reads. A second table's header is one.
   */
  readsAsHeader(fields: readonly string[]): boolean;
}

/**
 * Opens every input and recognises its header before anything is written: a file that cannot be read, is not a CSV
 * or has columns nobody recognises fails the run here, with stdout still empty. The inputs already open are closed
 * when one fails.
 */
export async function openInputs<R>(sources: readonly InputSource[], recognise: (head: CsvHead) => R, note: (message: string) => void): Promise<OpenedInput<R>[]> {
  const opened: OpenedInput<R>[] = [];
  try {
    for (const source of sources) {
      let accepted: { head: CsvHead; recognised: R } | undefined;
      // A header is a line the recogniser reads: one it refuses may be an export's title above the header.
      const isHeader = (head: CsvHead): boolean => {
        try {
          accepted = { head, recognised: recognise(head) };
          return true;
        } catch (e) {
          if (e instanceof UserError) return false;
          throw e;
        }
      };
      const csv = await openCsv(source, { note, isHeader });
      const readsAsHeader = (fields: readonly string[]): boolean =>
        accepts(() => recognise({ ...csv.head, header: [...fields] })) || accepts(() => recogniseKind(fields, {}, source.name));
      opened.push({ source, csv, recognised: undefined as R, readsAsHeader });
      // Refused everywhere, the first line is the header after all, and recognising it again gives its error.
      opened[opened.length - 1]!.recognised = accepted?.head.header === csv.head.header ? accepted.recognised : recognise(csv.head);
      if (csv.head.skipped) note(linesAboveHeaderNote(source.name, csv.head.headerLine, csv.head.skipped));
    }
    return opened;
  } catch (e) {
    for (const o of opened) o.csv.close();
    throw e;
  }
}

/** Whether `recognise` accepts what it is given: false for a UserError, which says it is no header. */
function accepts(recognise: () => unknown): boolean {
  try {
    recognise();
    return true;
  } catch (e) {
    if (e instanceof UserError) return false;
    throw e;
  }
}

const SHOWN = 3;

/** Said when the header is not on the file's first line: what was passed over, so that a row taken for a title shows. */
export function linesAboveHeaderNote(file: string, headerLine: number, skipped: readonly { line: number; fields: readonly string[] }[]): string {
  const described = skipped.slice(0, SHOWN).map(({ line, fields }) => {
    const text = fields.map((f) => f.trim()).filter((f) => f !== '').join(' ');
    return `line ${line}: ${text === '' ? 'separators only' : JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text)}`;
  });
  const more = skipped.length > SHOWN ? `; and ${skipped.length - SHOWN} more` : '';
  const them = skipped.length === 1 ? 'the line above it, a title, is' : 'the lines above it, a title, are';
  return `${file}: the header is on line ${headerLine}; ${them} not read as data (${described.join('; ')}${more})`;
}
