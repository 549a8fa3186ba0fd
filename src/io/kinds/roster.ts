import type { ProfileFacts } from '../../core/account.js';
import { FOLLOWING_CAPS } from '../../core/follow-ratio.js';
import type { Platform } from '../../core/platform.js';
import { parseBoolean } from '../booleans.js';
import { ratesOnViews } from '../../core/platform.js';
import { aliases, fieldAliases, foldHeader, headerUnit, headerWithoutQualifiers, plainFoldHeader, type ColumnMap, type FieldSpec } from '../columns.js';
import type { FileConventions, RateColumn } from '../conventions.js';
import { handleSpansLines, parseHandle, parsePlatform, platformConflict } from '../handle.js';
import { digitsValue, parseHumanNumber, type NumberKind } from '../numbers.js';
import { isSummaryLabel, isSummaryName, isTotalLabel, TOTAL_ACCOUNT_REASON } from '../total-row.js';
import type { CellWarning, RejectedRow } from '../../shared/row-issues.js';

/**
 * "Engagement" alone says neither rate nor %: Heepsy- and Modash-style sheets use it for interactions per post as
 * often as for the rate. It is read as the rate unless the file's first rows show counts (`rateColumnHoldsCounts`).
 * "Avg engagement", "Engagements", "Engagement (avg)" are no alias at all: in agency tools they are interactions per post.
 */
const BARE_ENGAGEMENT_NAMES = ['engagement'];
const BARE_ENGAGEMENT: ReadonlySet<string> = new Set(fieldAliases(...BARE_ENGAGEMENT_NAMES));

/** Whether a header names engagement without saying rate or %: its values decide whether it holds rates. */
export function isBareEngagementHeader(header: string): boolean {
  if (header.includes('%')) return false;
  const h = headerWithoutQualifiers(header, { window: true }) ?? header;
  return BARE_ENGAGEMENT.has(foldHeader(h)) || BARE_ENGAGEMENT.has(plainFoldHeader(h));
}

export const ROSTER_FIELDS = [
  { field: 'handle', describe: 'handle (username, account, channel, compte…)', aliases: fieldAliases('handle', 'username', 'user name', 'account', 'account name', 'account username', 'channel', 'channel_info', 'channel name', 'chaîne', 'nom de la chaîne', 'compte', "nom d'utilisateur", 'identifiant', 'pseudo', 'screen_name', 'screen name', 'influencer', 'influenceur', 'influenceuse', 'creator', 'créateur', 'profile', 'profil', 'instagram handle', 'tiktok handle', 'compte ig', 'compte instagram', 'compte tiktok', 'profile url', 'url', 'name', 'nom') },
  { field: 'platform', describe: 'platform (network, réseau)', aliases: fieldAliases('platform', 'network', 'social network', 'réseau', 'réseau social', 'plateforme', 'channel type', 'site') },
  { field: 'followers', describe: 'followers (subscribers, fans, abonnés…)', aliases: fieldAliases('followers', 'followers_count', 'followers count', 'follower count', 'nb followers', 'number of followers', 'total followers', 'subscribers', 'subscriber count', 'subscribers count', 'subs', 'fans', 'fan count', 'abonnés', 'nb abonnés', "nombre d'abonnés", 'abonnes', 'audience', 'fans_count', 'abonnés (total)', 'total abonnés', "nombre total d'abonnés", 'followers (total)'), unit: true },
  { field: 'following', describe: 'following (follows, friends_count, abonnements)', aliases: fieldAliases('following', 'follows', 'following_count', 'following count', 'follows_count', 'friends_count', 'friends', 'abonnements', 'nb abonnements', "nombre d'abonnements", 'number of following'), unit: true },
  { field: 'posts', describe: 'posts (media_count, publications, videos)', aliases: fieldAliases('posts', 'media_count', 'media count', 'posts count', 'post count', 'nb posts', 'number of posts', 'publications', 'nb publications', 'videos', 'video count', 'videos count', 'uploads', 'statuses_count', 'tweets'), unit: true },
  { field: 'recent-avg-likes', describe: 'average likes of recent posts (new_post_avg_like)', aliases: fieldAliases('new_post_avg_like', 'new post avg likes', 'new post avg like', 'recent avg likes', 'recent average likes', 'avg likes recent posts', 'avg likes (recent)', 'avg likes last 30 posts', 'likes moyens récents', 'moyenne likes récents'), unit: true, window: true },
  { field: 'avg-likes', describe: 'average likes', aliases: fieldAliases('avg likes', 'avg_likes', 'average likes', 'mean likes', 'likes avg', 'avg. likes', 'likes per post', 'avg likes per post', 'avg hearts', 'average hearts', "moyenne j'aime", "moyenne de j'aime", "j'aime moyens", "j'aime moyen", 'likes moyens', 'moyenne likes', 'moy. likes', 'moy likes', "moy. j'aime", "moy j'aime"), unit: true, window: true },
  { field: 'avg-comments', describe: 'average comments', aliases: fieldAliases('avg comments', 'avg_comments', 'average comments', 'mean comments', 'comments avg', 'avg. comments', 'comments per post', 'moyenne commentaires', 'moyenne de commentaires', 'commentaires moyens', 'moy. commentaires', 'moy commentaires', 'moy. comm.'), unit: true, window: true },
  { field: 'avg-shares', describe: 'average shares', aliases: fieldAliases('avg shares', 'avg_shares', 'average shares', 'shares per post', 'moyenne partages', 'partages moyens'), unit: true, window: true },
  { field: 'avg-views', describe: 'average views', aliases: fieldAliases('avg views', 'avg_views', 'average views', 'mean views', 'avg plays', 'average plays', 'views per post', 'avg video views', 'moyenne vues', 'moyenne de vues', 'vues moyennes'), unit: true, window: true },
  { field: 'avg-impressions', describe: 'average impressions (X)', aliases: fieldAliases('avg impressions', 'avg_impressions', 'average impressions', 'avg. impressions', 'mean impressions', 'impressions per post', 'impressions per tweet', 'impressions moyennes', 'moyenne des impressions', 'moyenne impressions'), unit: true, window: true },
  { field: 'avg-engagements', describe: 'average engagements (interactions per post)', aliases: fieldAliases('avg engagements', 'avg_engagements', 'average engagements', 'avg. engagements', 'mean engagements', 'engagements per post', 'engagements per tweet', 'avg engagement', 'avg_engagement', 'average engagement', 'avg. engagement', 'avg interactions', 'average interactions', 'interactions per post', 'engagement moyen', 'engagements moyens', 'moyenne des engagements', 'interactions moyennes', 'moyenne des interactions'), unit: true, window: true },
  { field: 'recent-engagement-rate', describe: 'engagement rate over a recent window (60_day_eng_rate)', aliases: fieldAliases('60_day_eng_rate', '60 day eng rate', '60-day engagement rate', 'engagement rate 60 days', 'engagement rate (60 days)', 'er 60 days', '30 day engagement rate', 'engagement rate 30 days', 'recent engagement rate', "taux d'engagement 60 jours", "taux d'engagement 30 jours"), window: true },
  { field: 'engagement-rate', describe: 'engagement rate (ER, taux d\'engagement)', aliases: fieldAliases('engagement rate', 'engagement_rate', 'er', 'eng rate', 'avg engagement rate', 'average engagement rate', 'engagement rate %', 'er %', "taux d'engagement", 'taux engagement', "taux d'engagement moyen", 'mean engagement rate', 'engagement'), window: true },
  { field: 'verified', describe: 'verified (is_verified, vérifié)', aliases: fieldAliases('verified', 'is_verified', 'is verified', 'vérifié', 'vérifiée', 'certifié', 'compte vérifié', 'compte certifié', 'blue check') },
] as const satisfies readonly FieldSpec[];

export type RosterField = (typeof ROSTER_FIELDS)[number]['field'];

export interface RosterRow {
  line: number;
  handle: string;
  platform: Platform;
  /** Whether nothing in the row named the platform (no platform cell, no profile URL): it took the default. */
  defaultedPlatform: boolean;
  profile: ProfileFacts;
  /** Optional cells that could not be read: the row is used without them. */
  warnings: readonly CellWarning[];
}

/** The profile fact each numeric column fills, and how its cells read. */
const COUNTS = {
  followers: { field: 'followers', kind: 'count' },
  following: { field: 'following', kind: 'count' },
  posts: { field: 'posts', kind: 'count' },
  avgLikes: { field: 'avg-likes', kind: 'decimal' },
  recentAvgLikes: { field: 'recent-avg-likes', kind: 'decimal' },
  avgComments: { field: 'avg-comments', kind: 'decimal' },
  avgShares: { field: 'avg-shares', kind: 'decimal' },
  avgViews: { field: 'avg-views', kind: 'decimal' },
  avgImpressions: { field: 'avg-impressions', kind: 'decimal' },
  avgEngagements: { field: 'avg-engagements', kind: 'decimal' },
} as const satisfies Record<string, { field: RosterField; kind: NumberKind }>;

const RATES = { reportedEngagementPct: 'engagement-rate', recentEngagementPct: 'recent-engagement-rate' } as const satisfies Record<string, RosterField>;

/** The columns whose cells are numbers: they decide the file's decimal mark. */
export function rosterNumericColumns(columns: ColumnMap<RosterField>, postLikes: readonly number[] = []): number[] {
  return [...Object.values(COUNTS).map((c) => columns[c.field]), ...Object.values(RATES).map((f) => columns[f]), ...postLikes].filter((i): i is number => i !== undefined);
}

const MIN_POSTS_AVERAGED = 2;

/** `likes_post1`, `post 2 likes`, `J'aime publication 3`, folded: the likes of one recent post each. */
const POST_LIKES = /^(?:likes?|jaime)(?:of|de)?(?:the|la)?(?:post|publication)\d+$|^(?:post|publication)\d+(?:likes?|jaime)$/;

/** Columns that give a row's engagement themselves: beside any of them, single posts' likes are not averaged. */
const ENGAGEMENT_COLUMNS = ['recent-avg-likes', 'avg-likes', 'avg-engagements', 'recent-engagement-rate', 'engagement-rate'] as const satisfies readonly RosterField[];

/**
 * Columns holding the likes of single recent posts (a tracker's `likes_post1..3`): their mean is the row's recent
 * average likes in a file with no column of average likes or engagement rate (an export's own figures win).
 * Headers another field took are left to it.
 */
export function postLikeColumns(header: readonly string[], columns: ColumnMap<RosterField>): number[] {
  if (ENGAGEMENT_COLUMNS.some((f) => columns[f] !== undefined)) return [];
  const taken = new Set(Object.values(columns));
  return header.flatMap((h, i) => (!taken.has(i) && POST_LIKES.test(foldHeader(h)) ? [i] : []));
}

/**
 * Headers rosters carry that no signal reads, on purpose: ranks, places, categories, contacts, prices, free-text
 * remarks, and the extras of exports the tool knows (Kaggle's influence_score and total_likes, a tracker's
 * snapshot_run). They are left out of the unread columns: that note is for a column that may hold a figure the audit
 * would use under a name the aliases miss.
 */
export const KNOWN_UNUSED_ROSTER_HEADERS: ReadonlySet<string> = new Set(aliases(
  'rank', 'ranking', 'rang', 'no', 'n°', 'id', 'country', 'pays', 'city', 'ville', 'region', 'région', 'location', 'localisation',
  'language', 'langue', 'category', 'categories', 'catégorie', 'catégories', 'niche', 'topic', 'thématique', 'thème',
  'gender', 'genre', 'sexe', 'age', 'âge', 'email', 'e-mail', 'mail', 'contact', 'phone', 'téléphone', 'agent', 'agency', 'agence',
  'manager', 'price', 'prix', 'tarif', 'tarifs', 'budget', 'notes', 'note', 'remarque', 'remarques', 'bio', 'biography',
  'biographie', 'description', 'full name', 'nom complet', 'prénom', 'first name', 'last name', 'status', 'statut',
  'date', 'last updated', 'mis à jour', 'snapshot_run', 'influence_score', 'total_likes',
));

/** Every roster alias: a header that is one but lost its role to a better column (a person's name beside the handle) is known. */
const ROSTER_ALIASES: ReadonlySet<string> = new Set(ROSTER_FIELDS.flatMap((f) => f.aliases));

/**
 * The headers of a roster no role took and nothing leaves out on purpose, as written: without them being named, a
 * count under a name the aliases miss would be dropped unsaid, and a skip would then say the data is not there.
 * Empty headers (a trailing separator) name nothing to read.
 */
export function unreadRosterColumns(header: readonly string[], columns: ColumnMap<RosterField>): string[] {
  const taken = new Set<number>([...Object.values(columns), ...postLikeColumns(header, columns)]);
  return header.filter((h, i) => {
    const keys = [foldHeader(h), plainFoldHeader(h)];
    return !taken.has(i) && keys[0] !== '' && !keys.some((k) => KNOWN_UNUSED_ROSTER_HEADERS.has(k) || ROSTER_ALIASES.has(k));
  });
}

/** The roster fields a file has no column for: what `--map` could still give it. */
export function unmappedRosterFields(columns: ColumnMap<RosterField>): RosterField[] {
  return ROSTER_FIELDS.map((f) => f.field).filter((f) => columns[f] === undefined);
}

/** The columns holding rates: they decide the file's rate unit. */
export function rosterRateColumns(columns: ColumnMap<RosterField>, header: readonly string[]): RateColumn[] {
  return Object.values(RATES).flatMap((f) => (columns[f] === undefined ? [] : [{ index: columns[f], header: header[columns[f]] ?? '' }]));
}

export interface RosterContext {
  file: string;
  header: readonly string[];
  columns: ColumnMap<RosterField>;
  conventions: FileConventions;
  /** `--platform`, else the config's default: used when a row names none. */
  defaultPlatform: Platform;
  /** Columns of single posts' likes (`postLikeColumns`), averaged into the recent average likes. */
  postLikes: readonly number[];
  /** `unreadRosterColumns`: given to every row, so that a signal skipped for want of data names where it may be. */
  unread: readonly string[];
}

/**
 * One roster record → a typed row, or the reason it is rejected. Only the account's identity can reject a row (an
 * empty handle, an unknown platform); an unreadable number or flag costs that cell alone, as a warning.
 */
export function rosterRow(fields: readonly string[], line: number, ctx: RosterContext): RosterRow | RejectedRow {
  const c = ctx.columns;
  const rawHandle = cell(fields, c.handle);
  // `Average` with no platform named is a spreadsheet's summary; `mean` on TikTok is an account.
  const namesPlatform = c.platform !== undefined && cell(fields, c.platform).trim() !== '';
  if (namesPlatform ? isTotalLabel(rawHandle) : isSummaryName(rawHandle)) return { ...issue(fields, line, ctx, 'handle', TOTAL_ACCOUNT_REASON), expected: true };
  // An agency sheet's Total row often says so in its first column (a name) and leaves the handle empty.
  if (rawHandle.trim() === '' && isSummaryLabel(fields[0] ?? '')) {
    return { file: ctx.file, line, column: ctx.header[0] ?? null, value: fields[0] ?? '', reason: TOTAL_ACCOUNT_REASON, expected: true };
  }
  const spans = handleSpansLines(rawHandle, fields, line, ctx.header.length);
  if (spans) return issue(fields, line, ctx, 'handle', spans);
  const handle = parseHandle(rawHandle);
  if (!handle) return issue(fields, line, ctx, 'handle', 'empty handle');
  if (typeof handle === 'string') return issue(fields, line, ctx, 'handle', handle);
  let platform = handle.platform;
  if (namesPlatform) {
    const p = parsePlatform(cell(fields, c.platform));
    if (!p) return issue(fields, line, ctx, 'platform', 'unknown platform (known: instagram, tiktok, youtube, x, facebook)');
    platform = p;
  }
  const warnings: CellWarning[] = [];
  const conflict = namesPlatform ? platformConflict(handle.platform, platform!) : undefined;
  if (conflict) warnings.push(warning(fields, line, ctx, 'handle', conflict));
  const profile: ProfileFacts = {};
  for (const { fact, field, kind, index, unit } of numericPlan(c, ctx.header)) {
    const raw = fields[index] ?? '';
    if (kind === 'rate') {
      const r = rate(raw, ctx.conventions, platform ?? ctx.defaultPlatform, ctx.header[index] ?? '');
      if (typeof r === 'string') warnings.push(warning(fields, line, ctx, field, r));
      else if (r !== undefined) profile[fact] = r;
      continue;
    }
    // Most cells are plain digits: read without a parse result object per cell (bench).
    const digits = unit === 1 ? digitsValue(raw) : -1;
    if (digits !== -1) {
      profile[fact] = digits;
      continue;
    }
    const n = parseHumanNumber(raw, kind, ctx.conventions.decimalMark, unit === 1 ? undefined : { unit });
    if (!n.ok) warnings.push(warning(fields, line, ctx, field, n.reason));
    else if (n.missing) continue;
    else if (n.percent) warnings.push(warning(fields, line, ctx, field, 'a percentage where an average count is expected'));
    else if (n.value < 0) warnings.push(warning(fields, line, ctx, field, 'cannot be negative'));
    else profile[fact] = n.value;
  }
  if (ctx.postLikes.length > 0) {
    const mean = meanOfPostLikes(fields, line, ctx, warnings);
    if (typeof mean === 'number') profile.recentAvgLikes = mean;
    else profile.postLikesTooFew = { readable: mean.readable, of: ctx.postLikes.length };
  }
  if (ctx.unread.length > 0) profile.unreadColumns = ctx.unread;
  const cap = FOLLOWING_CAPS[platform ?? ctx.defaultPlatform];
  if (cap !== undefined && profile.following !== undefined && profile.following > cap) {
    // Kept for follow-ratio, which says so in its evidence; said here too, since only flags reach a CSV.
    warnings.push(warning(fields, line, ctx, 'following', `above ${platform ?? ctx.defaultPlatform}'s following cap of ${cap.toLocaleString('en-US')}: impossible data (a wrong column or platform?), not scored`));
  }
  if (c.verified !== undefined) {
    const v = parseBoolean(cell(fields, c.verified));
    if (!v.ok) warnings.push(warning(fields, line, ctx, 'verified', v.reason));
    else if (v.value !== undefined) profile.verified = v.value;
  }
  return { line, handle: handle.display, platform: platform ?? ctx.defaultPlatform, defaultedPlatform: platform === undefined, profile, warnings: warnings.length === 0 ? NO_WARNINGS : warnings };
}

/**
 * The mean of the readable post-likes cells (to two decimals); with fewer than two, one post being no average, how
 * many were readable. A bad cell is a warning.
 */
function meanOfPostLikes(fields: readonly string[], line: number, ctx: RosterContext, warnings: CellWarning[]): number | { readable: number } {
  let sum = 0;
  let n = 0;
  for (const index of ctx.postLikes) {
    const raw = fields[index] ?? '';
    const digits = digitsValue(raw);
    const parsed = digits !== -1 ? { ok: true as const, missing: false as const, value: digits } : parseHumanNumber(raw, 'count', ctx.conventions.decimalMark);
    if (!parsed.ok || (!parsed.missing && parsed.value < 0)) {
      warnings.push({ file: ctx.file, line, column: ctx.header[index] ?? '', value: raw, reason: parsed.ok ? 'cannot be negative' : parsed.reason });
      continue;
    }
    if (parsed.missing) continue;
    sum += parsed.value;
    n++;
  }
  return n < MIN_POSTS_AVERAGED ? { readable: n } : Math.round((sum / n) * 100) / 100;
}

/** Shared by the rows without a bad cell: most rows, and an array each was garbage to collect. */
const NO_WARNINGS: readonly CellWarning[] = Object.freeze([]);

type NumericFact = Exclude<keyof ProfileFacts, 'verified' | 'postLikesTooFew' | 'unreadColumns'>;
interface NumericColumn {
  fact: NumericFact;
  field: RosterField;
  kind: NumberKind | 'rate';
  index: number;
  /** The multiplier the column's header states (`Followers (K)`), 1 when none. */
  unit: number;
}

/** The file's numeric columns, found once per column map: looking each field up for every row was a hot spot (bench). */
const PLANS = new WeakMap<ColumnMap<RosterField>, NumericColumn[]>();
function numericPlan(c: ColumnMap<RosterField>, header: readonly string[]): NumericColumn[] {
  let plan = PLANS.get(c);
  if (plan === undefined) {
    const units = rosterUnits(c, header);
    const counts = (Object.entries(COUNTS) as [NumericFact, { field: RosterField; kind: NumberKind }][]).map(([fact, { field, kind }]) => ({ fact, field, kind, index: c[field], unit: units[field] ?? 1 }));
    const rates = (Object.entries(RATES) as [NumericFact, RosterField][]).map(([fact, field]) => ({ fact, field, kind: 'rate' as const, index: c[field], unit: 1 }));
    plan = [...counts, ...rates].filter((x): x is NumericColumn => x.index !== undefined);
    PLANS.set(c, plan);
  }
  return plan;
}

function warning(fields: readonly string[], line: number, ctx: RosterContext, field: RosterField, reason: string): CellWarning {
  return issue(fields, line, ctx, field, reason) as CellWarning;
}

/** A bad cell with its column and value (or the whole row, for `null`): a rejection or a warning. */
function issue(fields: readonly string[], line: number, ctx: RosterContext, field: RosterField, reason: string): RejectedRow {
  const idx = ctx.columns[field];
  return { file: ctx.file, line, column: idx === undefined ? null : ctx.header[idx] ?? null, value: idx === undefined ? null : fields[idx] ?? '', reason };
}

function cell(fields: readonly string[], idx: number | undefined): string {
  return idx === undefined ? '' : fields[idx] ?? '';
}

/**
 * The multipliers the headers of a roster's count columns state (`Followers (K)`: followers × 1,000), by field: only
 * a unit written in the header counts, never one guessed from the values.
 */
export function rosterUnits(columns: ColumnMap<RosterField>, header: readonly string[]): Partial<Record<RosterField, number>> {
  const units: Partial<Record<RosterField, number>> = {};
  for (const { field } of Object.values(COUNTS)) {
    const i = columns[field];
    const u = i === undefined ? undefined : headerUnit(header[i] ?? '');
    if (u !== undefined) units[field] = u;
  }
  return units;
}

/**
 * The largest engagement rate a roster reads, in percent. On views, interactions cannot outnumber views; on followers,
 * an average rate above 100 % means every post drew more interactions than the account has followers, which no
 * export's average reaches: such a cell is a count of interactions (or a misread), not a rate.
 */
const MAX_RATE_PCT = 100;

/** A rate cell in percent, undefined when missing, or the reason it is unreadable. */
function rate(raw: string, conv: FileConventions, platform: Platform, header: string): number | undefined | string {
  const n = parseHumanNumber(raw, 'rate', conv.decimalMark);
  if (!n.ok) return n.reason;
  if (n.missing) return undefined;
  if (n.value < 0) return 'cannot be negative';
  if (n.percent || conv.rateUnit === 'percent') return n.value > MAX_RATE_PCT ? beyondRate(platform, header) : n.value;
  if (n.value > 1) return 'a rate above 1 in a column read as fractions (decided from the first rows; write it with %)';
  return n.value * 100;
}

/** Why a rate above 100 % is not read, by what the roster's rate is judged on (`reported` in core/engagement). */
function beyondRate(platform: Platform, header: string): string {
  const why = ratesOnViews(platform)
    ? `above 100 %, no ${platform} engagement rate (it is on views, and interactions cannot outnumber views)`
    : 'above 100 %, no engagement rate (every post would have drawn more interactions than the account has followers)';
  return `${why}: not read; if the column counts interactions per post, name it with --map avg-engagements="${header}"`;
}

export function isRosterRow(r: RosterRow | RejectedRow): r is RosterRow {
  return 'profile' in r;
}
