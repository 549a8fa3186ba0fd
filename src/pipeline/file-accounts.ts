import type { Recognised } from '../io/recognise.js';
import { UserError } from '../shared/user-error.js';
import { handleFromFileName } from './file-handle.js';

/** Whether a recognised file holds one account it does not name (no account column): its account comes from elsewhere. */
export function isSingleAccount(r: Recognised): boolean {
  if (r.kind === 'history' || r.kind === 'posts') return r.columns.handle === undefined;
  if (r.kind === 'followers') return r.columns.of === undefined;
  return false;
}

/**
 * The single-account files named after their file. Two different files with one name (the `Table data.csv` of two
 * YouTube channels, each in its folder) would silently become one account: the second claim of a name is refused,
 * before anything is written, saying how to name each file's account.
 */
export class FileNamedAccounts {
  private readonly byName = new Map<string, string>();

  claim(file: string): void {
    const name = handleFromFileName(file);
    const key = name.normalize('NFC').toLowerCase();
    const first = this.byName.get(key);
    if (first === undefined) {
      this.byName.set(key, file);
      return;
    }
    if (first === file) return;
    throw new UserError(
      `"${first}" and "${file}" name no account and would both be read as "${name}" (from the file name), merging two accounts: ` +
      `name each file's account, e.g. --handle '${first}=@first' --handle '${file}=@second' (or one plain --handle when they are the same account)`,
    );
  }
}
