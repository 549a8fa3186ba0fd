import { openCsv, type CsvHead, type CsvInput } from '../io/read-csv.js';
import type { InputSource } from '../io/source.js';

/** An input whose header has been read and recognised, ready to stream its records. */
export interface OpenedInput<R> {
  source: InputSource;
  csv: CsvInput;
  recognised: R;
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
      const csv = await openCsv(source, { note });
      opened.push({ source, csv, recognised: undefined as R });
      opened[opened.length - 1]!.recognised = recognise(csv.head);
    }
    return opened;
  } catch (e) {
    for (const o of opened) o.csv.close();
    throw e;
  }
}
