import type { PostRecord } from '../../core/account.js';
import type { Platform } from '../../core/platform.js';
import { aliases, fieldAliases, foldHeader, matchColumns, type Ambiguities, type ColumnMap, type ColumnOverrides, type FieldSpec } from '../columns.js';
import { parseDate, type DateOrder, type YearPlacer } from '../dates.js';
import { parseHandle, parsePlatform } from '../handle.js';
import { linkPlatform } from '../profile-link.js';
import { parseHumanNumber, type DecimalMark } from '../numbers.js';
import { isSummaryLabel, TOTAL_ROW_REASON } from '../total-row.js';
import type { RejectedRow } from '../../shared/row-issues.js';

/**
 * Posts exports, one row per post: X Analytics per-tweet (English and French UI), YouTube Studio "Table data",
 * Meta Business Suite (Instagram, Facebook), TikTok Studio content, and generic sheets. Aliases are best first: Meta
 * writes both "Publish time" and a "Date" column holding "Lifetime", so the publish time must win.
 */
export const POST_FIELDS = [
  { field: 'handle', describe: 'account (account username, page name, compte…)', aliases: fieldAliases('account username', "nom d'utilisateur du compte", 'username', 'user name', 'handle', 'account', 'page name', 'nom de la page', 'account name', 'channel', 'channel name', 'compte', "nom d'utilisateur", 'screen_name', 'user.screen_name', 'author', 'creator', 'créateur', 'influencer', 'influenceur', 'profile') },
  { field: 'platform', describe: 'platform', aliases: fieldAliases('platform', 'network', 'social network', 'réseau', 'réseau social', 'plateforme') },
  { field: 'published', describe: 'publish time (time, heure, date…)', aliases: fieldAliases('publish time', 'video publish time', 'post time', 'published', 'published at', 'publish date', 'publication date', 'date de publication', 'heure de publication', 'posted', 'posted at', 'post date', 'created at', 'created_time', 'time', 'heure', 'date', 'datetime', 'timestamp') },
  { field: 'likes', describe: "likes (J'aime, reactions)", aliases: fieldAliases('likes', "j'aime", "mentions j'aime", 'total likes', 'like count', 'likes count', 'like_count', 'nb likes', "nombre de j'aime", 'reactions', 'réactions', 'hearts', 'favorites', 'favourites', 'favorite_count', 'favorite count', 'favourite_count') },
  { field: 'comments', describe: 'comments (replies, réponses, commentaires)', aliases: fieldAliases('comments', 'replies', 'réponses', 'commentaires', 'total comments', 'comment count', 'comments count', 'comment_count', 'reply count', 'reply_count', 'nb commentaires') },
  { field: 'shares', describe: 'shares (retweets, partages)', aliases: fieldAliases('shares', 'retweets', 'partages', 'total shares', 'share count', 'shares count', 'share_count', 'retweet count', 'retweet_count', 'reposts') },
  { field: 'saves', describe: 'saves (enregistrements)', aliases: fieldAliases('saves', 'enregistrements', 'saved', 'total saves', 'save count') },
  { field: 'views', describe: 'views (plays, vues)', aliases: fieldAliases('views', 'video views', 'total views', 'plays', 'total plays', 'play count', 'view count', 'views count', 'video_views', 'vues', 'vues de la vidéo', 'lectures') },
  { field: 'reach', describe: 'reach (couverture)', aliases: fieldAliases('reach', 'couverture', 'portée', 'accounts reached', 'comptes touchés') },
  { field: 'impressions', describe: 'impressions', aliases: fieldAliases('impressions', 'total impressions') },
  { field: 'engagements', describe: 'engagements (X Analytics)', aliases: fieldAliases('engagements', 'total engagements', 'interactions', 'total interactions') },
  { field: 'engagement-rate', describe: "engagement rate (taux d'engagement)", aliases: fieldAliases('engagement rate', "taux d'engagement", 'engagement rate %', 'er', 'taux engagement') },
  { field: 'permalink', describe: 'permalink (Tweet permalink, Video link, URL)', aliases: fieldAliases('permalink', 'tweet permalink', 'permalien du tweet', 'permalien', 'video link', 'post link', 'post url', 'video url', 'link', 'url', 'lien', 'lien de la publication', 'lien de la vidéo') },
  { field: 'id', describe: 'post id (Tweet id, video id)', aliases: fieldAliases('post id', 'tweet id', 'identifiant du tweet', 'video id', 'media id', 'post_id', 'tweet_id', 'video_id', 'identifiant de la publication', 'id') },
  // Not "subscribers": YouTube Studio's Subscribers column is the net gain in the period, not an audience size.
  { field: 'followers', describe: 'followers at the post', aliases: fieldAliases('followers', 'followers at post', 'followers at publish time', 'follower count', 'followers count', 'followers_count', 'user.followers_count', 'abonnés', "nombre d'abonnés") },
] as const satisfies readonly FieldSpec[];

export type PostField = (typeof POST_FIELDS)[number]['field'];

const COUNTS = ['likes', 'comments', 'shares', 'saves', 'views', 'reach', 'impressions', 'engagements', 'followers'] as const satisfies readonly (PostField & keyof PostRecord)[];
const INTERACTIONS: readonly PostField[] = ['likes', 'comments', 'shares', 'saves', 'views', 'reach', 'impressions', 'engagements'];
/** Time headers that only a posts export writes; a bare "date" could as well be a history's. */
const GENERIC_TIME = new Set(aliases('date', 'datetime', 'timestamp'));
/** X's daily activity export has a row per day, with the day's tweets counted: not one row per post. */
const PER_DAY = new Set(aliases('tweets published', 'tweets publiés', 'posts published', 'publications publiées'));

/**
 * The posts columns of a header. YouTube Studio names its video id "Content", a word that in a generic sheet is the
 * post's text, so it is an id only beside Studio's "Video publish time".
 */
export function matchPostColumns(header: readonly string[], overrides: ColumnOverrides, fileName: string, ambiguities?: Ambiguities): ColumnMap<PostField> {
  const columns = matchColumns(header, POST_FIELDS, overrides, fileName, ambiguities);
  const folded = header.map(foldHeader);
  const content = folded.indexOf('content');
  if (columns.id === undefined && content !== -1 && folded.includes('videopublishtime')) columns.id = content;
  return columns;
}

/**
 * Whether a header is a posts export: a publish time and at least one per-post count, not a roster (averages) nor a
 * per-day aggregate. Beside a follower total (which a history has too) it also needs a post id or permalink, or a
 * time header only posts exports write ("Publish time", not "date").
 */
export function looksLikePosts(
  header: readonly string[],
  columns: ColumnMap<PostField>,
  other: { followerHistory: boolean; rosterAverages: boolean },
): boolean {
  if (columns.published === undefined || other.rosterAverages) return false;
  if (!INTERACTIONS.some((f) => columns[f] !== undefined)) return false;
  if (header.some((h) => PER_DAY.has(foldHeader(h)))) return false;
  const identity = columns.id !== undefined || columns.permalink !== undefined;
  const postTime = !GENERIC_TIME.has(foldHeader(header[columns.published] ?? ''));
  return identity || postTime || !other.followerHistory;
}

/**
 * Exports of the right tools laid out by day instead of by post, with what to export instead (undefined for any
 * other header). YouTube Studio's "Chart data" has a row per video per day (a day's "Date" beside the video's "Video
 * publish time"): read as posts, every day after a video's first would be a rejected duplicate.
 */
export function perDayExportProblem(header: readonly string[]): string | undefined {
  const folded = new Set(header.map(foldHeader));
  if (folded.has('date') && folded.has('videopublishtime') && folded.has('content')) {
    return 'is YouTube Studio "Chart data" (one row per video per day), not one row per video: export "Table data" (one row per video) from the same YouTube Studio report instead';
  }
  // X Analytics' daily summary sums each day's tweets: per-tweet bursts, likes above views and the like cannot be
  // seen in it, and its rate is not the per-tweet rate the X norms describe.
  const tweetsPublished = folded.has('tweetspublished') || folded.has('tweetspublies');
  if (folded.has('date') && tweetsPublished && folded.has('impressions') && folded.has('engagements')) {
    return 'is X Analytics\' daily summary (one row per day, the day\'s tweets added up), not one row per tweet: export the tweet activity (tweet_activity_metrics_….csv, one row per tweet) from the same X Analytics page instead';
  }
  return undefined;
}

/** Headers, or pairs of headers, only one tool writes: they name the platform of a single-account export. */
const SIGNATURES: readonly [readonly string[], Platform][] = [
  [['tweet permalink'], 'x'], [['tweet id'], 'x'], [['permalien du tweet'], 'x'], [['identifiant du tweet'], 'x'],
  [['favorite_count', 'retweet_count'], 'x'], // the X API's tweet objects (v1.1)
  [['content', 'video publish time'], 'youtube'], [['content', 'video title'], 'youtube'], [['watch time (hours)'], 'youtube'],
  [['impressions click-through rate (%)'], 'youtube'], [['average view duration'], 'youtube'],
  [['total views', 'video link'], 'tiktok'], [['post time', 'video link'], 'tiktok'],
  [['page name', 'publish time'], 'facebook'],
  [['account username', 'post type'], 'instagram'],
].map(([names, p]) => [aliases(...(names as string[])), p as Platform]);

export function postsPlatformHint(header: readonly string[]): Platform | undefined {
  const folded = new Set(header.map(foldHeader));
  return SIGNATURES.find(([names]) => names.every((n) => folded.has(n)))?.[1];
}

/**
 * Meta Business Suite's publish time beside a column only its exports write, in English or French: Meta writes
 * `MM/DD/YYYY HH:MM` whatever the language (its French export too), so a month with no post after the 12th
 * would otherwise leave every date ambiguous.
 */
const META_DATES = [
  ['publish time', 'post type'], ['publish time', 'data comment'],
  ['heure de publication', 'type de publication'], ['heure de publication', 'commentaire sur les données'],
].map((names) => aliases(...names));

/** The order a tool always writes its numeric dates in, known from its header; undefined for any other. */
export function postsToolDateOrder(header: readonly string[]): DateOrder | undefined {
  const folded = new Set(header.map(foldHeader));
  return META_DATES.some((names) => names.every((n) => folded.has(n))) ? 'mdy' : undefined;
}

/** The platform of a post link from its host (`instagram.com/p/…` names no account, but it names Instagram). */
export { linkPlatform };

/** The account a post link names, when it names one (`twitter.com/name/status/…`, `tiktok.com/@name/video/…`). */
export function linkAccount(link: string): { handle: string; platform: Platform } | undefined {
  const h = parseHandle(link);
  return typeof h === 'object' && h.platform ? { handle: h.display, platform: h.platform } : undefined;
}

export interface PostRow {
  line: number;
  /** From the account column; undefined in a single-account export. */
  handle?: string;
  /** From the account cell's link or the platform column. */
  platform?: Platform;
  post: PostRecord;
  yearless: boolean;
}

export interface PostContext {
  file: string;
  header: readonly string[];
  columns: ColumnMap<PostField>;
  decimalMark: DecimalMark;
  dateOrder: DateOrder | undefined;
  /** Places year-less dates (TikTok "August 31"); stateful, rows must come in file order. */
  years: YearPlacer;
}


/**
 * One posts record → a post, or the reason it is rejected (the first bad cell, with its column and value). Counts
 * written as floats ("89.0") are whole; "-" and empty cells are missing, never 0; ids stay strings (X ids have 19
 * digits, beyond a double's exact integers). YouTube Studio's leading `Total` row is rejected as not a post.
 */
export function postRow(fields: readonly string[], line: number, ctx: PostContext): PostRow | RejectedRow {
  const c = ctx.columns;
  const reject = (field: PostField | null, reason: string): RejectedRow => {
    const idx = field === null ? undefined : c[field];
    return { file: ctx.file, line, column: idx === undefined ? null : ctx.header[idx] ?? null, value: idx === undefined ? null : fields[idx] ?? '', reason };
  };
  const rawTime = cell(fields, c.published).trim();
  const first = c.id !== undefined ? cell(fields, c.id) : fields[0] ?? '';
  if (rawTime === '' && isSummaryLabel(first)) {
    const total = c.id !== undefined ? reject('id', TOTAL_ROW_REASON) : { file: ctx.file, line, column: ctx.header[0] ?? null, value: fields[0] ?? '', reason: TOTAL_ROW_REASON };
    return { ...total, expected: true };
  }
  let handle: string | undefined;
  let platform: Platform | undefined;
  if (c.handle !== undefined) {
    const h = parseHandle(cell(fields, c.handle));
    if (!h) return reject('handle', 'empty handle');
    if (typeof h === 'string') return reject('handle', h);
    handle = h.display;
    platform = h.platform;
  }
  if (c.platform !== undefined && cell(fields, c.platform).trim() !== '') {
    platform = parsePlatform(cell(fields, c.platform));
    if (!platform) return reject('platform', 'unknown platform (known: instagram, tiktok, youtube, x, facebook)');
  }
  const d = parseDate(rawTime, ctx.dateOrder);
  if (!d.ok) return reject('published', d.reason);
  if (d.missing) return reject('published', 'missing publish time');
  const yearless = 'yearless' in d;
  const day = 'day' in d ? d.day : ctx.years.place(d.yearless.month, d.yearless.dayOfMonth);
  const post: PostRecord = { day, published: rawTime };
  const id = cell(fields, c.id).trim();
  if (id !== '') post.id = id;
  const permalink = cell(fields, c.permalink).trim();
  if (permalink !== '') post.permalink = permalink;
  for (const field of COUNTS) {
    const idx = c[field];
    if (idx === undefined) continue;
    const n = parseHumanNumber(fields[idx] ?? '', 'count', ctx.decimalMark);
    if (!n.ok) return reject(field, n.reason);
    if (n.missing) continue;
    if (n.value < 0) return reject(field, 'cannot be negative');
    post[field] = n.value;
  }
  return { line, ...(handle !== undefined ? { handle } : {}), ...(platform !== undefined ? { platform } : {}), post, yearless };
}

/** Columns holding counts, for deciding the file's decimal mark. */
export function postNumericColumns(columns: ColumnMap<PostField>): number[] {
  return COUNTS.map((f) => columns[f]).filter((i): i is number => i !== undefined);
}

export function isPostRow(r: PostRow | RejectedRow): r is PostRow {
  return 'post' in r;
}

function cell(fields: readonly string[], idx: number | undefined): string {
  return idx === undefined ? '' : fields[idx] ?? '';
}
