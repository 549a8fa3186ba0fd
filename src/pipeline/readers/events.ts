import type { KnownEvent } from '../../core/account.js';
import type { Platform } from '../../core/platform.js';
import { matchColumns } from '../../io/columns.js';
import { parseDate, shownDateOrder, type DateOrder } from '../../io/dates.js';
import { UserError } from '../../shared/user-error.js';
import { listCut } from '../../shared/list-text.js';
import { parseHandle, parsePlatform } from '../../io/handle.js';
import { EVENT_FIELDS } from '../../io/kinds/history.js';
import { readCsv } from '../../io/read-csv.js';
import type { InputSource } from '../../io/source.js';

export interface AccountEvent extends KnownEvent {
  handle: string;
  /** Undefined: the event applies to the handle on every platform. */
  platform?: Platform;
}

/**
 * `--events file.csv` (handle, date, label; platform optional): known events that excuse a spike. The file is
 * written by hand and small, so it is read whole, and any bad row is an error naming its line.
 */
export async function readEvents(source: InputSource, dateOrder: DateOrder | undefined): Promise<AccountEvent[]> {
  const rows: { fields: string[]; line: number }[] = [];
  let header: string[] = [];
  await readCsv(source, {
    onHead: (h) => {
      header = h.header;
    },
    onRecord: (fields, line) => rows.push({ fields, line }),
    onBadRecord: (line, reason) => {
      throw new UserError(`${source.name}:${line}: ${reason}`);
    },
  });
  const c = matchColumns(header, EVENT_FIELDS, {}, source.name);
  if (c.handle === undefined || c.date === undefined) {
    throw new UserError(`${source.name}: an events file needs handle and date columns (a label column is optional); saw ${listCut(header.map((h) => JSON.stringify(h)))}`);
  }
  const order = shownDateOrder(rows.map((r) => r.fields[c.date!] ?? ''), dateOrder, source.name);
  return rows.map(({ fields, line }) => {
    const handle = parseHandle(fields[c.handle!] ?? '');
    if (!handle) throw new UserError(`${source.name}:${line}: empty handle`);
    if (typeof handle === 'string') throw new UserError(`${source.name}:${line}: handle: ${handle}`);
    const d = parseDate(fields[c.date!] ?? '', order);
    if (!d.ok || d.missing || !('day' in d)) throw new UserError(`${source.name}:${line}: date: ${d.ok ? 'a full date with its year is needed' : d.reason}`);
    const platformCell = c.platform === undefined ? '' : (fields[c.platform] ?? '').trim();
    const platform = platformCell === '' ? handle.platform : parsePlatform(platformCell);
    if (platformCell !== '' && !platform) throw new UserError(`${source.name}:${line}: unknown platform "${platformCell}"`);
    const label = c.label === undefined ? 'known event' : (fields[c.label] ?? '').trim() || 'known event';
    return { handle: handle.display, day: d.day, label, ...(platform ? { platform } : {}) };
  });
}
