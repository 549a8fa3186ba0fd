import { usernameFeatures, type FollowerFacts } from '../../core/audience/follower-facts.js';
import { isoDay } from '../../core/growth/index.js';
import type { Platform } from '../../core/platform.js';
import { parseBoolean } from '../booleans.js';
import type { ColumnMap } from '../columns.js';
import { parseDate, type DateOrder } from '../dates.js';
import { parseHandle, parsePlatform, platformConflict } from '../handle.js';
import { parseHumanNumber, type DecimalMark } from '../numbers.js';
import type { CellWarning, RejectedRow } from '../../shared/row-issues.js';
import type { FollowerField } from './followers.js';

/**
 * How the external-URL column is written in this file, decided from its first rows: `flag` when it has filled cells
 * and every one is a yes/no (`has_url` 0/1, Kaggle's `external URL`), `text` otherwise (a scraper's link, where an
 * empty cell means no link).
 */
export type CellMode = 'flag' | 'text';

export interface FollowerContext {
  file: string;
  header: readonly string[];
  columns: ColumnMap<FollowerField>;
  decimalMark: DecimalMark;
  urlMode: CellMode;
  dateOrder: DateOrder | undefined;
  /** `--as-of`, else today, in days since 1970-01-01 UTC: a creation date becomes an account age counted to it. */
  asOfDay: number;
  /** Whether `asOfDay` was given (--as-of) rather than today: a creation date after it is said to be after that day. */
  asOfGiven?: boolean;
  /** The influencer of a file without an influencer column (`--of`, else the file name). */
  fallbackOf: string;
  /** `--platform`, else a platform the headers name (X API), else the config's default. */
  platform: Platform;
}

export interface FollowerRow {
  line: number;
  /** The influencer followed, as displayed. */
  of: string;
  platform: Platform;
  /** Whether nothing in the row named the platform (no platform cell, no profile URL): it took the file's. */
  defaultedPlatform: boolean;
  /** From the id column, else the username column; undefined when the file has neither (or the cell is empty). */
  id?: string;
  facts: FollowerFacts;
  /** Whether the account age was counted from a creation date to `asOfDay` (not read from an account-age column). */
  ageCounted: boolean;
  /** Cells that could not be read and were left out: the follower is classified from the rest. */
  warnings: readonly CellWarning[];
}

const NO_WARNINGS: readonly CellWarning[] = Object.freeze([]);

const COUNTS = [
  ['followers', 'followers'], ['following', 'following'], ['posts', 'posts'], ['bio-length', 'bioLength'],
  ['username-length', 'usernameLength'], ['username-digits', 'usernameDigits'], ['full-name-words', 'fullNameWords'],
  ['account-age', 'accountAgeDays'], ['likes-given', 'likesGiven'], ['listed', 'listed'],
] as const satisfies readonly (readonly [FollowerField, keyof FollowerFacts])[];

/** Columns holding numbers, for deciding the file's decimal mark. */
export function followerNumericColumns(c: ColumnMap<FollowerField>): number[] {
  return [...COUNTS.map(([f]) => c[f]), c['username-digit-ratio']].filter((i): i is number => i !== undefined);
}

/** The platform's own default picture: Instagram's anonymous avatar file, X's default_profile_images folder. */
const DEFAULT_PICTURE = /44884218_345707102882519_2446069589734326272_n|YW5vbnltb3VzX3Byb2ZpbGVfcGlj|default_profile_images|default_profile\b/i;
const PRIVATE_WORDS: Record<string, boolean> = { private: true, 'privé': true, prive: true, public: false };
/** X API's created_at: "Wed Oct 10 20:19:24 +0000 2018". */
const X_CREATED = /^[a-z]{3},?\s+([a-z]{3})\s+(\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s+[+-]\d{4}\s+(\d{4})$/i;

/**
 * One follower record → a follower, or the reason it is rejected. Only what says whose follower it is can reject the
 * row (an empty influencer, an unknown platform) or a row with nothing readable to classify it by; an unreadable
 * number, yes/no or date costs that cell alone, as a warning (the facts are optional: a model or rule without one
 * does not use it). Numbers and yes/no cells that are empty are missing, never 0 or no. A text column's empty cell is
 * an empty text: an export that has a Biography column and writes nothing in it says the bio is empty (bio length 0),
 * and an empty external-URL cell says there is no link. With only a username, its length and digits are counted from
 * it; the file's own length or digits columns win. `default_profile_image` is read inverted: yes means no picture.
 */
export function followerRow(fields: readonly string[], line: number, ctx: FollowerContext): FollowerRow | RejectedRow {
  const c = ctx.columns;
  const cell = (f: FollowerField) => (c[f] === undefined ? undefined : fields[c[f]!] ?? '');
  const reject = (f: FollowerField | null, reason: string): RejectedRow => {
    const idx = f === null ? undefined : c[f];
    return { file: ctx.file, line, column: idx === undefined ? null : ctx.header[idx] ?? null, value: idx === undefined ? null : fields[idx] ?? '', reason };
  };
  const warnings: CellWarning[] = [];
  const warn = (f: FollowerField, reason: string) => {
    const idx = c[f]!;
    warnings.push({ file: ctx.file, line, column: ctx.header[idx] ?? f, value: fields[idx] ?? '', reason });
  };
  if (fields.every((v) => v.trim() === '')) return reject(null, 'an empty row');
  let of = ctx.fallbackOf;
  let platform: Platform | undefined;
  const rawOf = cell('of');
  if (rawOf !== undefined) {
    const h = parseHandle(rawOf);
    if (!h) return reject('of', 'empty influencer');
    if (typeof h === 'string') return reject('of', h);
    of = h.display;
    platform = h.platform;
  }
  const rawPlatform = cell('platform')?.trim();
  if (rawPlatform) {
    const linked = platform;
    platform = parsePlatform(rawPlatform);
    if (!platform) return reject('platform', 'unknown platform (known: instagram, tiktok, youtube, x, facebook)');
    const conflict = platformConflict(linked, platform);
    if (conflict) warn('of', conflict);
  }
  const facts: FollowerFacts = {};
  for (const [field, key] of COUNTS) {
    const raw = cell(field);
    if (raw === undefined) continue;
    const n = parseHumanNumber(raw, 'count', ctx.decimalMark);
    if (!n.ok) warn(field, n.reason);
    else if (n.missing) continue;
    else if (n.value < 0) warn(field, 'cannot be negative');
    else facts[key] = n.value;
  }
  const ratio = cell('username-digit-ratio');
  if (ratio !== undefined) {
    const n = parseHumanNumber(ratio, 'rate', ctx.decimalMark);
    const v = n.ok && !n.missing ? (n.percent ? n.value / 100 : n.value) : undefined;
    if (!n.ok) warn('username-digit-ratio', n.reason);
    else if (v !== undefined && (v < 0 || v > 1)) warn('username-digit-ratio', 'a ratio must be between 0 and 1 (or 0 % and 100 %)');
    else if (v !== undefined) facts.usernameDigitRatio = v;
  }
  for (const [field, key] of [['private', 'isPrivate'], ['verified', 'verified']] as const) {
    const raw = cell(field);
    if (raw === undefined) continue;
    const word = PRIVATE_WORDS[raw.trim().toLowerCase()];
    if (field === 'private' && word !== undefined) { facts.isPrivate = word; continue; }
    const b = parseBoolean(raw);
    if (!b.ok) warn(field, b.reason);
    else if (b.value !== undefined) facts[key] = b.value;
  }
  const pic = readPicture(cell('profile-pic'));
  if (typeof pic === 'string') warn('profile-pic', pic);
  const defaultImage = cell('default-profile-image');
  if (defaultImage !== undefined) {
    const b = parseBoolean(defaultImage);
    if (!b.ok) warn('default-profile-image', b.reason);
    else if (b.value !== undefined) facts.hasProfilePic = !b.value;
  }
  if (typeof pic === 'boolean' && facts.hasProfilePic === undefined) facts.hasProfilePic = pic;
  const url = cell('url');
  if (url !== undefined) {
    const b = parseBoolean(url);
    if (ctx.urlMode === 'text') facts.hasUrl = b.ok ? b.value ?? false : true;
    else if (!b.ok) warn('url', b.reason);
    else if (b.value !== undefined) facts.hasUrl = b.value;
  }
  const bio = cell('bio');
  if (bio !== undefined && facts.bioLength === undefined) facts.bioLength = [...bio.trim()].length;
  const name = cell('full-name');
  if (name !== undefined && facts.fullNameWords === undefined) facts.fullNameWords = name.trim().split(/\s+/u).filter((w) => w !== '').length;
  const rawUsername = cell('username');
  const readUsername = rawUsername === undefined ? undefined : parseHandle(rawUsername);
  if (typeof readUsername === 'string') warn('username', readUsername);
  const username = typeof readUsername === 'object' ? readUsername.display : undefined;
  if (username !== undefined) {
    const u = usernameFeatures(username);
    facts.usernameLength ??= u.usernameLength;
    facts.usernameDigits ??= u.usernameDigits;
  }
  if (facts.usernameDigits !== undefined && facts.usernameLength !== undefined && facts.usernameDigits > facts.usernameLength) {
    const field = c['username-digits'] !== undefined ? 'username-digits' : 'username-length';
    warn(field, `more digits than the username has characters (${facts.usernameLength})`);
    delete facts.usernameDigits;
  }
  const created = cell('created');
  let ageCounted = false;
  if (created !== undefined && facts.accountAgeDays === undefined) {
    const age = accountAge(created, ctx);
    if (typeof age === 'string') warn('created', age);
    else if (age !== undefined) {
      facts.accountAgeDays = age;
      ageCounted = true;
    }
  }
  if (Object.keys(facts).length === 0) {
    const first = warnings[0];
    if (first) return { file: first.file, line, column: first.column, value: first.value, reason: `${first.reason}, and no other cell to classify the follower by` };
    return reject(null, 'nothing to classify the follower by (every follower cell is empty)');
  }
  const id = (cell('id') ?? '').trim() || username;
  return { line, of, platform: platform ?? ctx.platform, defaultedPlatform: platform === undefined, ...(id ? { id } : {}), facts, ageCounted, warnings: warnings.length === 0 ? NO_WARNINGS : warnings };
}

/**
 * A picture cell: a yes/no, or the picture's URL, which is a picture of its own unless it is the platform's default.
 * Empty is missing either way: a scraper gets a URL even for the default avatar, so an empty cell is one it did not
 * fetch.
 */
function readPicture(raw: string | undefined): boolean | undefined | string {
  if (raw === undefined) return undefined;
  const b = parseBoolean(raw);
  if (b.ok) return b.value;
  const s = raw.trim();
  if (!/^(https?:)?\/\/|\/|\.(jpe?g|png|webp|gif|heic)\b/i.test(s)) return 'not a yes/no value or a picture URL';
  return !DEFAULT_PICTURE.test(s);
}

function accountAge(raw: string, ctx: FollowerContext): number | undefined | string {
  const x = X_CREATED.exec(raw.trim());
  const d = parseDate(x ? `${x[1]} ${x[2]}, ${x[3]}` : raw, ctx.dateOrder);
  // 03/04/2019 in a file that never shows its order: the age is unknown, the follower is not bad data.
  if (!d.ok) return ctx.dateOrder === undefined && /ambiguous/.test(d.reason) ? undefined : d.reason;
  if (d.missing) return undefined;
  if (!('day' in d)) return 'a creation date needs a year';
  if (d.day > ctx.asOfDay) return ctx.asOfGiven ? `a creation date after ${isoDay(ctx.asOfDay)}, the --as-of day` : 'a creation date after today';
  return ctx.asOfDay - d.day;
}

/** `flag` when the column's filled cells in the first rows are all yes/no (and there is one), else `text`. */
export function cellMode(rows: readonly (readonly string[])[], index: number | undefined): CellMode {
  if (index === undefined) return 'text';
  const filled = rows.map((r) => r[index] ?? '').filter((v) => v.trim() !== '');
  return filled.length > 0 && filled.every((v) => parseBoolean(v).ok) ? 'flag' : 'text';
}

export function isFollowerRow(r: FollowerRow | RejectedRow): r is FollowerRow {
  return 'facts' in r;
}
