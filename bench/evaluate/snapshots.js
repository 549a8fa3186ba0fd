// The micro-influencer tracker: repeated passes over a fixed list of accounts, each row one account at one pass.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readCsv } from './csv.js';

export const SNAPSHOTS = 'instagram-micro-snapshots/snapshots.csv';
const COLUMNS = ['snapshot_run', 'username', 'followers', 'likes_post1', 'likes_post2', 'likes_post3'];

export class DataError extends Error {}

/**
 * Map username → its passes in pass order: [{ run, followers, likes: [l1, l2, l3] }]. A row with an unreadable
 * number is left out (and counted) rather than read as 0.
 */
export function readSnapshots(dataDir) {
  const path = join(dataDir, SNAPSHOTS);
  if (!existsSync(path)) throw new DataError(`no ${SNAPSHOTS} under ${dataDir}`);
  const rows = readCsv(path);
  const missing = COLUMNS.filter((c) => rows.length > 0 && !(c in rows[0]));
  if (rows.length === 0 || missing.length > 0) throw new DataError(`${path}: expected columns ${COLUMNS.join(', ')}`);
  const count = (v) => (/^\d+$/.test(v) ? Number(v) : NaN);
  const accounts = new Map();
  let unreadable = 0;
  for (const r of rows) {
    const pass = {
      run: count(r.snapshot_run),
      followers: count(r.followers),
      likes: [count(r.likes_post1), count(r.likes_post2), count(r.likes_post3)],
    };
    if ([pass.run, pass.followers, ...pass.likes].some(Number.isNaN) || r.username === '') {
      unreadable++;
      continue;
    }
    if (!accounts.has(r.username)) accounts.set(r.username, []);
    accounts.get(r.username).push(pass);
  }
  for (const passes of accounts.values()) passes.sort((a, b) => a.run - b.run);
  return { accounts, rows: rows.length, unreadable };
}
