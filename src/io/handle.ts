import { parsePlatform, type Platform } from '../core/platform.js';
import { lookupTable } from '../core/lookup-table.js';

/** Hosts of profile URLs, so a roster holding links instead of handles still joins and knows its platform. */
const HOSTS = lookupTable<Platform>({
  'instagram.com': 'instagram', 'tiktok.com': 'tiktok', 'youtube.com': 'youtube', 'youtu.be': 'youtube',
  'x.com': 'x', 'twitter.com': 'x', 'facebook.com': 'facebook', 'fb.com': 'facebook',
});

export interface ParsedHandle {
  /** As displayed: without `@` or URL, case kept. */
  display: string;
  /** Platform read from a profile URL, when the cell was one. */
  platform?: Platform;
}

/**
 * First path segments of links that name no account (a post, a reel, a video, a search): reading "p" or "watch"
 * as a handle would merge every such row into one account.
 */
const NOT_A_PROFILE = new Set([
  'p', 'reel', 'reels', 'tv', 'explore', 'accounts', 'direct', // instagram
  'watch', 'shorts', 'playlist', 'results', 'embed', 'feed', 'live', // youtube
  'video', 'tag', 'discover', 'music', // tiktok
  'i', 'intent', 'home', 'search', 'hashtag', 'share', // x
  'sharer', 'sharer.php', 'profile.php', 'groups', 'events', 'pages', 'photo', 'photo.php', 'story.php', 'permalink.php', // facebook
]);

/**
 * Reads a handle cell: `@cafe.lumiere`, `cafe.lumiere`, `https://www.instagram.com/cafe.lumiere/`,
 * `tiktok.com/@name`. A link to a post rather than a profile is kept as written, without a platform. Returns
 * undefined for an empty cell.
 */
export function parseHandle(raw: string): ParsedHandle | undefined {
  const s = raw.trim();
  if (s === '') return undefined;
  // Only a cell with a slash can be a link: most handles skip the regex.
  const url = s.includes('/') && /^(?:https?:\/\/)?(?:www\.|m\.|mobile\.)?([a-z0-9.-]+\.[a-z]{2,})\/+(channel\/|c\/|user\/|stories\/)?@?([^/?#\s]+)/i.exec(s);
  if (url) {
    const platform = HOSTS[url[1]!.toLowerCase()];
    const name = url[3]!;
    const profile = url[2] !== undefined || !NOT_A_PROFILE.has(name.toLowerCase());
    if (platform && profile) return { display: decodeURIComponentSafe(name), platform };
  }
  // Most handles are written bare: only one that starts with @ needs the regex.
  const display = s.charCodeAt(0) === 0x40 ? s.replace(/^@+/, '').trim() : s;
  return display === '' ? undefined : { display };
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * The join key across files: platforms treat handles case-insensitively, so `@Cafe.Lumiere` on instagram and
 * `cafe.lumiere` are one account.
 */
export function accountKey(handle: string, platform: Platform): string {
  return `${platform}\u0000${handleKey(handle)}`;
}

/** A handle as platforms compare them: case does not matter, and one spelling of each accented letter. */
export function handleKey(handle: string): string {
  return handle.normalize('NFC').toLowerCase();
}

export { parsePlatform };

/**
 * Why a handle cell holding whole lines is no handle, or undefined. A quote opened by mistake (`"bob,…`) and closed
 * by a later one (any quoted cell: `"Paris, FR"`) makes the lines between one record, and its handle cell holds them
 * all, separators included. Said with the lines it took, so that what
 * was lost shows and `--strict` fails on it.
 */
export function handleSpansLines(raw: string, fields: readonly string[], line: number, width: number): string | undefined {
  if (!raw.includes('\n') && !raw.includes('\r')) return undefined;
  // A line swallowed whole brings a row's separators along (`width` fields, so width − 1 of them); a quoted handle
  // that only holds a line break or a comma ("quoted,\nhandle") is a handle, escaped wherever it is shown.
  if ((raw.match(/[,;\t]/g)?.length ?? 0) < Math.max(1, width - 1)) return undefined;
  const breaks = fields.reduce((n, f) => n + (f.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
  return `a handle cannot span lines: lines ${line}–${line + breaks} were read as one record (a quote opened on line ${line} closed by a later one?): not read`;
}
