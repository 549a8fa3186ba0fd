import { isoDay } from '../core/growth/index.js';
import { parseDate } from '../io/dates.js';
import { UserError } from '../shared/user-error.js';
import type { CliIo } from './cli-io.js';

const DAY_MS = 86_400_000;

/** Today, in days since 1970-01-01 UTC, by the CLI's clock (a test gives its own). */
export function today(io: CliIo): number {
  return Math.floor((io.now?.() ?? Date.now()) / DAY_MS);
}

/** A date option (`--since`, `--as-of`) as days since 1970-01-01 UTC, read as the date cells are; one line when it is not a date. */
export function dayFlag(flag: string, raw: string): number {
  const d = parseDate(raw, undefined);
  if (!d.ok || d.missing || !('day' in d)) throw new UserError(`${flag} ${raw}: expected a date such as 2026-01-01`);
  return d.day;
}

/**
 * `--as-of`: the day the follower sample was collected, which account ages are counted to; today when not given. A
 * day after today is refused (one day of grace: east of UTC, the local date is already tomorrow's).
 */
export function asOfFlag(raw: string | undefined, io: CliIo): { asOfDay: number; asOfGiven: boolean } {
  const now = today(io);
  if (raw === undefined) return { asOfDay: now, asOfGiven: false };
  const day = dayFlag('--as-of', raw);
  if (day > now + 1) throw new UserError(`--as-of ${raw}: a day in the future (today is ${isoDay(now)}): give the day the sample was collected`);
  return { asOfDay: day, asOfGiven: true };
}
