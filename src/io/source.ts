import { createReadStream, fstatSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { UserError } from '../shared/user-error.js';

/** Where rows come from: a file, or standard input for `-`. `name` is what diagnostics print. */
export interface InputSource {
  name: string;
  open(): Readable;
  /** A regular file's device and inode: the same file under two names is one file. */
  fileId?: string;
}

/** Standard input; redirected from a directory (`< dir`) it would read as empty, so that is said up front. */
export function stdinSource(stdin: Readable): InputSource {
  const fd = (stdin as Readable & { fd?: unknown }).fd;
  if (typeof fd === 'number') {
    let isDirectory = false;
    try {
      isDirectory = fstatSync(fd).isDirectory();
    } catch {
      // not a descriptor fstat knows: read it and see
    }
    if (isDirectory) throw new UserError('<stdin>: is a directory, not a CSV file');
  }
  return { name: '<stdin>', open: () => stdin };
}

/**
 * Checks up front what the OS would otherwise report with a stack: missing file, a directory, no permission. `what`
 * the file should be, for the message about a directory.
 */
export async function fileSource(path: string, what = 'a CSV file'): Promise<InputSource> {
  let fileId: string | undefined;
  try {
    const s = await stat(path);
    if (s.isDirectory()) throw new UserError(`${path}: is a directory, not ${what}`);
    if (s.isFile()) fileId = `${s.dev}:${s.ino}`;
  } catch (e) {
    if (e instanceof UserError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`${path}: no such file`);
    if (code === 'EACCES') throw new UserError(`${path}: permission denied`);
    throw new UserError(`${path}: cannot read (${code ?? 'unknown error'})`);
  }
  return { name: path, open: () => createReadStream(path, { highWaterMark: 256 * 1024 }), ...(fileId === undefined ? {} : { fileId }) };
}
