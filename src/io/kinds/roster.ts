import type { ProfileFacts } from '../../core/account.js';
import type { Platform } from '../../core/platform.js';
import { parseBoolean } from '../booleans.js';
import { aliases, type ColumnMap, type FieldSpec } from '../columns.js';
import type { FileConventions } from '../conventions.js';
import { parseHandle, parsePlatform } from '../handle.js';
import { digitsValue, parseHumanNumber, type NumberKind } from '../numbers.js';
import type { RejectedRow } from '../rejected.js';

export const ROSTER_FIELDS = [
  { field: 'handle', describe: 'handle (username, account, channel, compte…)', aliases: aliases('handle', 'username', 'user name', 'account', 'account name', 'account username', 'channel', 'channel_info', 'channel name', 'compte', "nom d'utilisateur", 'identifiant', 'pseudo', 'screen_name', 'screen name', 'influencer', 'influenceur', 'influenceuse', 'creator', 'créateur', 'profile', 'profil', 'instagram handle', 'tiktok handle', 'profile url', 'url', 'name', 'nom') },
  { field: 'platform', describe: 'platform (network, réseau)', aliases: aliases('platform', 'network', 'social network', 'réseau', 'réseau social', 'plateforme', 'channel type', 'site') },
  { field: 'followers', describe: 'followers (subscribers, fans, abonnés…)', aliases: aliases('followers', 'followers_count', 'followers count', 'follower count', 'nb followers', 'number of followers', 'total followers', 'subscribers', 'subscriber count', 'subscribers count', 'subs', 'fans', 'fan count', 'abonnés', 'nb abonnés', "nombre d'abonnés", 'abonnes', 'audience', 'fans_count') },
  { field: 'following', describe: 'following (follows, friends_count, abonnements)', aliases: aliases('following', 'follows', 'following_count', 'following count', 'follows_count', 'friends_count', 'friends', 'abonnements', 'nb abonnements', "nombre d'abonnements", 'number of following') },
  { field: 'posts', describe: 'posts (media_count, publications, videos)', aliases: aliases('posts', 'media_count', 'media count', 'posts count', 'post count', 'nb posts', 'number of posts', 'publications', 'nb publications', 'videos', 'video count', 'videos count', 'uploads', 'statuses_count', 'tweets') },
  { field: 'avg-likes', describe: 'average likes', aliases: aliases('avg likes', 'avg_likes', 'average likes', 'mean likes', 'likes avg', 'avg. likes', 'likes per post', 'avg likes per post', 'avg hearts', 'average hearts', "moyenne j'aime", "moyenne de j'aime", "j'aime moyens", "j'aime moyen", 'likes moyens', 'moyenne likes', 'new_post_avg_like') },
  { field: 'avg-comments', describe: 'average comments', aliases: aliases('avg comments', 'avg_comments', 'average comments', 'mean comments', 'comments avg', 'avg. comments', 'comments per post', 'moyenne commentaires', 'moyenne de commentaires', 'commentaires moyens') },
  { field: 'avg-shares', describe: 'average shares', aliases: aliases('avg shares', 'avg_shares', 'average shares', 'shares per post', 'moyenne partages', 'partages moyens') },
  { field: 'avg-views', describe: 'average views', aliases: aliases('avg views', 'avg_views', 'average views', 'mean views', 'avg plays', 'average plays', 'views per post', 'avg video views', 'moyenne vues', 'moyenne de vues', 'vues moyennes') },
  { field: 'engagement-rate', describe: 'engagement rate (ER, taux d\'engagement)', aliases: aliases('engagement rate', 'engagement_rate', 'er', 'eng rate', '60_day_eng_rate', 'avg engagement rate', 'average engagement rate', 'engagement rate %', 'er %', "taux d'engagement", 'taux engagement', 'engagement') },
  { field: 'verified', describe: 'verified (is_verified, vérifié)', aliases: aliases('verified', 'is_verified', 'is verified', 'vérifié', 'vérifiée', 'certifié', 'compte vérifié', 'compte certifié', 'blue check') },
] as const satisfies readonly FieldSpec[];

export type RosterField = (typeof ROSTER_FIELDS)[number]['field'];

export interface RosterRow {
  line: number;
  handle: string;
  platform: Platform;
  profile: ProfileFacts;
}

interface NumericField {
  field: RosterField;
  kind: NumberKind;
}

/** In this order: the profile literal in rosterRow reads them by index. */
const NUMERIC: readonly NumericField[] = [
  { field: 'followers', kind: 'count' },
  { field: 'following', kind: 'count' },
  { field: 'posts', kind: 'count' },
  { field: 'avg-likes', kind: 'decimal' },
  { field: 'avg-comments', kind: 'decimal' },
  { field: 'avg-shares', kind: 'decimal' },
  { field: 'avg-views', kind: 'decimal' },
];

/** rosterRow's cell values, by NUMERIC index: one array for every row (rosterRow never calls itself). */
const SCRATCH: (number | undefined)[] = NUMERIC.map(() => undefined);

/** Each column map's column per NUMERIC field, looked up once: seven lookups by field name a row were a hot spot. */
const NUMERIC_AT = new WeakMap<ColumnMap<RosterField>, readonly (number | undefined)[]>();
function numericColumns(columns: ColumnMap<RosterField>): readonly (number | undefined)[] {
  let at = NUMERIC_AT.get(columns);
  if (at === undefined) NUMERIC_AT.set(columns, (at = NUMERIC.map((n) => columns[n.field])));
  return at;
}

export function rosterNumericColumns(columns: ColumnMap<RosterField>): number[] {
  return [...NUMERIC.map((n) => columns[n.field]), columns['engagement-rate']].filter((i): i is number => i !== undefined);
}

export interface RosterContext {
  file: string;
  header: readonly string[];
  columns: ColumnMap<RosterField>;
  conventions: FileConventions;
  /** `--platform`, else the config's default: used when a row names none. */
  defaultPlatform: Platform;
}

/** One roster record → a typed row, or the reason it is rejected (the first bad cell, with its column and value). */
export function rosterRow(fields: readonly string[], line: number, ctx: RosterContext): RosterRow | RejectedRow {
  const c = ctx.columns;
  const handle = parseHandle(cell(fields, c.handle));
  if (!handle) return reject(fields, line, ctx, 'handle', 'empty handle');
  let platform = handle.platform;
  if (c.platform !== undefined && cell(fields, c.platform).trim() !== '') {
    const p = parsePlatform(cell(fields, c.platform));
    if (!p) return reject(fields, line, ctx, 'platform', 'unknown platform (known: instagram, tiktok, youtube, x, facebook)');
    platform = p;
  }
  // Read into a scratch array, then one object literal: the profile has one shape for every row, and storing each
  // value under a computed key (`profile[key] = …`) was a megamorphic store, the costliest line of reading a roster.
  const values = SCRATCH;
  const at = numericColumns(c);
  for (let i = 0; i < NUMERIC.length; i++) {
    const idx = at[i];
    values[i] = undefined;
    if (idx === undefined) continue;
    const raw = cell(fields, idx);
    // Most cells of a large roster are plain digits: read them without building a parse result.
    const digits = digitsValue(raw);
    if (digits !== -1) {
      values[i] = digits;
      continue;
    }
    const { field, kind } = NUMERIC[i]!;
    const n = parseHumanNumber(raw, kind, ctx.conventions.decimalMark);
    if (!n.ok) return reject(fields, line, ctx, field, n.reason);
    if (n.missing) continue;
    if (n.value < 0) return reject(fields, line, ctx, field, 'cannot be negative');
    values[i] = n.value;
  }
  const er = rate(fields, c['engagement-rate'], ctx.conventions);
  if (typeof er === 'string') return reject(fields, line, ctx, 'engagement-rate', er);
  let verified: boolean | undefined;
  if (c.verified !== undefined) {
    const v = parseBoolean(cell(fields, c.verified));
    if (!v.ok) return reject(fields, line, ctx, 'verified', v.reason);
    verified = v.value;
  }
  const profile: ProfileFacts = {
    followers: values[0], following: values[1], posts: values[2], avgLikes: values[3], avgComments: values[4],
    avgShares: values[5], avgViews: values[6], reportedEngagementPct: er, verified,
  };
  return { line, handle: handle.display, platform: platform ?? ctx.defaultPlatform, profile };
}

/** The rejected row for a bad cell: its column and value (or the row's, for `null`). */
function reject(fields: readonly string[], line: number, ctx: RosterContext, field: RosterField | null, reason: string): RejectedRow {
  const idx = field === null ? undefined : ctx.columns[field];
  return { file: ctx.file, line, column: idx === undefined ? null : ctx.header[idx] ?? null, value: idx === undefined ? null : fields[idx] ?? '', reason };
}

function cell(fields: readonly string[], idx: number | undefined): string {
  return idx === undefined ? '' : fields[idx] ?? '';
}

/** A rate cell in percent, undefined when missing, or the reason it is unreadable. */
function rate(fields: readonly string[], idx: number | undefined, conv: FileConventions): number | undefined | string {
  if (idx === undefined) return undefined;
  const n = parseHumanNumber(cell(fields, idx), 'rate', conv.decimalMark);
  if (!n.ok) return n.reason;
  if (n.missing) return undefined;
  if (n.value < 0) return 'cannot be negative';
  if (n.percent || conv.rateUnit === 'percent') return n.value;
  if (n.value > 1) return 'a rate above 1 in a column read as fractions (decided from the first rows; write it with %)';
  return n.value * 100;
}

export function isRosterRow(r: RosterRow | RejectedRow): r is RosterRow {
  return 'profile' in r;
}
