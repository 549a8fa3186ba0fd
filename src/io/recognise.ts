import { Ambiguities, matchColumns, type ColumnMap, type ColumnOverrides, type FieldSpec } from './columns.js';
import { UserError } from '../shared/user-error.js';
import { listCut } from '../shared/list-text.js';
import type { Platform } from '../core/platform.js';
import { foldHeader, plainFoldHeader } from './columns.js';
import { FOLLOWER_FIELDS, followerMarkers, followersPlatformHint, hasFollowerFacts, type FollowerField } from './kinds/followers.js';
import { HISTORY_FIELDS, type HistoryField } from './kinds/history.js';
import { looksLikePosts, matchPostColumns, perDayExportProblem, POST_FIELDS, postsPlatformHint, postsToolDateOrder, type PostField } from './kinds/posts.js';
import type { DateOrder } from './dates.js';
import { ROSTER_FIELDS, type RosterField } from './kinds/roster.js';
import { lookupTable } from '../core/lookup-table.js';

/** What a file is, decided from its header alone, with its columns mapped. */
export type Recognised =
  | { kind: 'roster'; columns: ColumnMap<RosterField> }
  /** `toolDateOrder`: how the export's tool always writes numeric dates (Meta: month-first), when the file does not show it. */
  | { kind: 'posts'; columns: ColumnMap<PostField>; platformHint?: Platform; toolDateOrder?: DateOrder }
  | { kind: 'history'; layout: 'totals' | 'net'; columns: ColumnMap<HistoryField>; platformHint?: Platform }
  | { kind: 'history-wide'; dateColumn: number }
  /** `markers`: the follower-only headers that decided it, as written. */
  | { kind: 'followers'; columns: ColumnMap<FollowerField>; markers: string[]; platformHint?: Platform };

const KINDS: readonly { kind: string; specs: readonly FieldSpec[]; needs: string }[] = [
  { kind: 'roster', specs: ROSTER_FIELDS, needs: 'handle + followers (subscribers, abonnés…)' },
  { kind: 'history', specs: HISTORY_FIELDS, needs: 'date + followers total or gained/lost/net change, or date then one column per account' },
  { kind: 'posts', specs: POST_FIELDS, needs: 'publish time + a count per post (likes, views, impressions…)' },
  { kind: 'followers', specs: FOLLOWER_FIELDS, needs: 'a column only follower samples have (profile pic, private account, biography…)' },
];

/** Every column name a kind knows, plain-folded (`plainFoldHeader`): `fieldAliases` keeps that form of each spelling. */
const COLUMN_NAMES: ReadonlySet<string> = new Set(KINDS.flatMap((k) => k.specs.flatMap((s) => s.aliases)));
const LONGEST_NAME = Math.max(...[...COLUMN_NAMES].map((n) => n.length));
/** Latin letters with accents (U+00C0–U+024F) plain-folded: "é" → "e", "ß" → "ss"; "" for what is no letter. */
const LATIN = Array.from({ length: 0x250 - 0xc0 }, (_, i) => plainFoldHeader(String.fromCharCode(0xc0 + i)));
/** Each name's hash (`foldedHash`): most cells are settled by it, without the folded string being made. */
const NAME_HASHES: ReadonlySet<number> = new Set([...COLUMN_NAMES].map((n) => foldedHash(n)));

/**
 * Whether a cell, plain-folded, is a column name some kind knows: a cheap first test of whether a row below the
 * header may be another header, run on every row with no figure (a follower sample's often). Every name is in
 * a–z and 0–9, so a cell is folded without `normalize` or regexes, and only hashed unless the hash is a name's
 * (`foldHeader` on every cell of such rows showed in the bench). Other scripts' letters and symbols are left out, which
 * can only make a name of a cell that is none (the recogniser then says). A header has such a cell (its handle,
 * username or date), even when another is only known folded ("Abonnés Instagram").
 */
export function namesAColumn(cell: string): boolean {
  if (cell.length > 2 * LONGEST_NAME || !NAME_HASHES.has(foldedHash(cell))) return false;
  let key = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) key += cell[i];
    else if (c >= 65 && c <= 90) key += String.fromCharCode(c + 32);
    else if (c >= 0xc0 && c < 0x250) key += LATIN[c - 0xc0];
  }
  return COLUMN_NAMES.has(key);
}

/** FNV-1a over the characters `namesAColumn` keeps, as it folds them. */
function foldedHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c >= 0xc0 && c < 0x250) {
      const folded = LATIN[c - 0xc0]!;
      for (let j = 0; j < folded.length; j++) h = Math.imul(h ^ folded.charCodeAt(j), 0x01000193);
      continue;
    } else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) continue;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h;
}

/**
 * The header of an influencer column (`of`: influencer, target…) beside a distinct column naming each row's own
 * account (username, id), in a file read as a roster: the usual agency layout (a person's name, then the handle),
 * or a follower sample without a follower-only column. Only the user can tell: `score` says how to read it as a
 * sample (`--map of=…`), and reads a roster.
 */
export function influencerBesideAccount(header: readonly string[], overrides: ColumnOverrides, fileName: string): string | undefined {
  // Only a hint: columns one alias names alike are said when the file is recognised, not here.
  const roster = matchColumns(header, ROSTER_FIELDS, pick(overrides, ROSTER_FIELDS), fileName, new Ambiguities());
  const columns = matchColumns(header, FOLLOWER_FIELDS, pick(overrides, FOLLOWER_FIELDS), fileName, new Ambiguities());
  const of = columns.of;
  const follower = columns.username ?? columns.id;
  if (of === undefined || follower === undefined || of === follower || roster.handle === of) return undefined;
  return header[of];
}

/**
 * Decides the kind: a publish time beside per-post counts makes a posts export (checked first: posts have dates too);
 * a column only follower samples have (profile pic, private account, biography, username length…) makes a follower
 * sample, unless the file also has roster averages;
 * a date column makes a follower history (long, net-change, or wide when the other columns are
 * accounts); otherwise handle + followers make a roster. Nothing fits → a UserError listing the headers seen and
 * what each kind needs.
 */
export function recognise(header: readonly string[], overrides: ColumnOverrides, fileName: string): Recognised {
  // Each kind's own ambiguities: only those of the kind the file is read as stop it.
  const rosterAmbiguities = new Ambiguities();
  const historyAmbiguities = new Ambiguities();
  const postsAmbiguities = new Ambiguities();
  const roster = matchColumns(header, ROSTER_FIELDS, pick(overrides, ROSTER_FIELDS), fileName, rosterAmbiguities);
  const history = matchColumns(header, HISTORY_FIELDS, pick(overrides, HISTORY_FIELDS), fileName, historyAmbiguities);
  const posts = matchPostColumns(header, pick(overrides, POST_FIELDS), fileName, postsAmbiguities);
  const followerHistory = history.followers !== undefined || history.gained !== undefined || history.lost !== undefined || history.net !== undefined;
  const rosterAverages = (['avg-likes', 'avg-comments', 'avg-shares', 'avg-views'] as const).some((f) => roster[f] !== undefined);
  const rosterOnly = rosterAverages || roster['engagement-rate'] !== undefined;
  const chart = Object.keys(overrides).length === 0 ? perDayExportProblem(header) : undefined;
  if (chart) throw new UserError(`${fileName}: ${chart}`);
  const isPosts = looksLikePosts(header, posts, { followerHistory, rosterAverages });
  const markers = [...followerMarkers(header), ...mappedFollowerOnly(header, overrides)];
  if (markers.length > 0 && !rosterOnly && !isPosts) {
    const followerAmbiguities = new Ambiguities();
    const columns = matchColumns(header, FOLLOWER_FIELDS, pick(overrides, FOLLOWER_FIELDS), fileName, followerAmbiguities);
    const hint = followersPlatformHint(header);
    if (hasFollowerFacts(columns)) followerAmbiguities.check();
    if (hasFollowerFacts(columns)) return { kind: 'followers', columns, markers, ...(hint ? { platformHint: hint } : {}) };
  }
  if (isPosts) {
    postsAmbiguities.check();
    const hint = postsPlatformHint(header);
    const order = postsToolDateOrder(header);
    return { kind: 'posts', columns: posts, ...(hint ? { platformHint: hint } : {}), ...(order ? { toolDateOrder: order } : {}) };
  }
  if (history.date !== undefined && (history.followers !== undefined || history.gained !== undefined || history.lost !== undefined || history.net !== undefined)) historyAmbiguities.check();
  if (history.date !== undefined) {
    const hasNet = history.gained !== undefined || history.lost !== undefined || history.net !== undefined;
    const hint = platformHint(header);
    const extra = hint ? { platformHint: hint } : {};
    if (history.followers !== undefined) return { kind: 'history', layout: 'totals', columns: history, ...extra };
    if (hasNet) return { kind: 'history', layout: 'net', columns: history, ...extra };
    const rosterish = Object.keys(roster).filter((f) => f !== 'handle' && f !== 'platform').length > 0;
    if (history.handle === undefined && !rosterish && header.length >= 2) return { kind: 'history-wide', dateColumn: history.date };
  }
  if (roster.handle !== undefined && roster.followers !== undefined) {
    rosterAmbiguities.check();
    return { kind: 'roster', columns: roster };
  }
  const seen = listCut(header.map((h) => JSON.stringify(h)));
  const needs = KINDS.map((k) => `${k.kind}: ${k.needs}`).join('; ');
  const hint = header.length === 1 && /[,;\t]/.test(header[0] ?? '') ? ' (one column only: is the separator unusual?)' : '';
  throw new UserError(`${fileName}: columns not recognised${hint}. Saw ${seen}. Needs ${needs}. Name a column with --map field="Header"`);
}

/**
 * Headers only one platform's tools write name the platform of a single-account history: its own analytics, or a
 * Social Blade history (X: Tweets; YouTube: Subscribers, Video Views, Uploads; Instagram: Media).
 */
const SIGNATURE_HEADERS = lookupTable<Platform>({
  differenceinfollowersfrompreviousday: 'tiktok', // TikTok Studio FollowerHistory
  subscribersgained: 'youtube', subscriberslost: 'youtube', // YouTube Studio
  newfollows: 'x', unfollows: 'x', // X account analytics
  tweets: 'x', tweetcount: 'x', // Social Blade (X)
  subscribers: 'youtube', totalsubscribers: 'youtube', videoviews: 'youtube', uploads: 'youtube', // Social Blade (YouTube)
  media: 'instagram', mediacount: 'instagram', // Social Blade (Instagram)
});

function platformHint(header: readonly string[]): Platform | undefined {
  for (const h of header) {
    const p = SIGNATURE_HEADERS[foldHeader(h)];
    if (p) return p;
  }
  return undefined;
}

/** `--map profile-pic="Photo"` names a follower-only column: the file is a follower sample as surely as by its headers. */
function mappedFollowerOnly(header: readonly string[], overrides: ColumnOverrides): string[] {
  const elsewhere = new Set([...ROSTER_FIELDS, ...HISTORY_FIELDS, ...POST_FIELDS].map((s) => s.field as string));
  return FOLLOWER_FIELDS.filter((f) => !elsewhere.has(f.field) && f.field !== 'id' && overrides[f.field] !== undefined)
    .map((f) => overrides[f.field]!)
    .filter((h) => header.some((x) => x.trim() === h.trim() || plainFoldHeader(x) === plainFoldHeader(h) || foldHeader(x) === foldHeader(h)));
}

function pick(overrides: ColumnOverrides, specs: readonly FieldSpec[]): ColumnOverrides {
  const fields = new Set(specs.map((s) => s.field));
  return Object.fromEntries(Object.entries(overrides).filter(([k]) => fields.has(k)));
}

/** Every field name `--map` accepts, for its error message. */
export function mappableFields(): string[] {
  return [...new Set(KINDS.flatMap((k) => k.specs.map((s) => s.field)))];
}

/** The fields `--map` accepts, kind by kind (the README lists them so, and a test holds it to this). */
export function mappableFieldsByKind(): Record<string, string[]> {
  return Object.fromEntries(KINDS.map((k) => [k.kind, k.specs.map((s) => s.field)]));
}
