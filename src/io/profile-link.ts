import { PLATFORMS, type Platform } from '../core/platform.js';
import { lookupTable } from '../core/lookup-table.js';

/** The account a profile link names, with its platform. */
export interface LinkedAccount {
  display: string;
  platform: Platform;
}

const GIVE = "give the account's profile link or handle";
const POST = `a post or video link, not a profile: ${GIVE}`;
const SHORT = `a short share link, which names no account: ${GIVE}`;

/** Sites whose profile links influaudit reads; `video` marks a host of videos only (`youtu.be/ID`, `fb.watch/…`). */
const SITES = lookupTable<{ platform: Platform; video?: true }>({
  'instagram.com': { platform: 'instagram' }, 'instagr.am': { platform: 'instagram' },
  'tiktok.com': { platform: 'tiktok' },
  'youtube.com': { platform: 'youtube' }, 'youtu.be': { platform: 'youtube', video: true },
  'x.com': { platform: 'x' }, 'twitter.com': { platform: 'x' },
  'facebook.com': { platform: 'facebook' }, 'fb.com': { platform: 'facebook' }, 'fb.watch': { platform: 'facebook', video: true },
});

/** Subdomains that serve the same profiles as the site itself (mobile and web front ends, a language's site). */
const SAME_SITE = /^(?:|www|m|mobile|web|music|[a-z]{2}(?:-[a-z]{2})?)$/;

/**
 * First path segments, per platform, of links to a page that is not a profile. Links to a post or a video are told
 * apart (`post`) from the site's other pages (`page`), and share short links (`short`) name no account at all.
 */
const PATHS: Record<Platform, Readonly<Record<string, 'post' | 'page' | 'short' | undefined>>> = {
  instagram: lookupTable({
    p: 'post', reel: 'post', reels: 'post', tv: 'post', s: 'short', share: 'short',
    explore: 'page', accounts: 'page', direct: 'page', about: 'page', legal: 'page', developer: 'page', web: 'page',
    emails: 'page', challenge: 'page', privacy: 'page', login: 'page', oauth: 'page', api: 'page', directory: 'page',
  }),
  tiktok: lookupTable({
    video: 'post', v: 'post', embed: 'post', photo: 'post', t: 'short',
    discover: 'page', tag: 'page', music: 'page', explore: 'page', foryou: 'page', following: 'page', live: 'page',
    search: 'page', upload: 'page', login: 'page', legal: 'page', about: 'page', business: 'page',
    friends: 'page', messages: 'page', coins: 'page', channel: 'page', inbox: 'page', setting: 'page', feedback: 'page',
    creators: 'page', trending: 'page', shop: 'page', profile: 'page', privacy: 'page', terms: 'page', support: 'page',
    'creator-center': 'page', 'creator-academy': 'page', download: 'page', safety: 'page', transparency: 'page',
    en: 'page', fr: 'page', de: 'page', es: 'page', it: 'page', pt: 'page', ja: 'page', ko: 'page', 'pt-br': 'page',
  }),
  youtube: lookupTable({
    watch: 'post', shorts: 'post', live: 'post', embed: 'post', v: 'post', clip: 'post', post: 'post',
    playlist: 'page', results: 'page', feed: 'page', hashtag: 'page', redirect: 'page', attribution_link: 'page',
    account: 'page', premium: 'page', gaming: 'page', kids: 'page', about: 'page', signin: 'page', logout: 'page',
    howyoutubeworks: 'page', channels: 'page',
  }),
  x: lookupTable({
    i: 'page', intent: 'page', home: 'page', search: 'page', hashtag: 'page', explore: 'page', share: 'page',
    settings: 'page', messages: 'page', notifications: 'page', login: 'page', signup: 'page', logout: 'page',
    compose: 'page', tos: 'page', privacy: 'page', account: 'page',
  }),
  facebook: lookupTable({
    watch: 'post', reel: 'post', reels: 'post', videos: 'post', video: 'post', photo: 'post', 'photo.php': 'post',
    photos: 'post', 'story.php': 'post', 'permalink.php': 'post', posts: 'post',
    groups: 'page', events: 'page', sharer: 'page', 'sharer.php': 'page', marketplace: 'page', gaming: 'page',
    login: 'page', 'login.php': 'page', help: 'page', hashtag: 'page', search: 'page', 'home.php': 'page',
    friends: 'page', notifications: 'page', messages: 'page', settings: 'page', privacy: 'page', policies: 'page',
    business: 'page', ads: 'page', dialog: 'page', plugins: 'page', 'l.php': 'page', bookmarks: 'page',
  }),
};

/**
 * A cell that is a link: a scheme, `www.`, or a host followed by a path (`tiktok.com/@name`). A bare name with dots
 * (`maya.cooks`) is no link. What follows the link after a space (`… (main account)`) is left out.
 */
const LINK = /^(?:https?:\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?::\d+)?([/?#]\S*)?(?=\s|$)/i;

/**
 * Reads a cell written as a link: the account of a profile link (`instagram.com/_u/name`, `tiktok.com/@name/video/1`,
 * `youtube.com/@name/videos`, `x.com/name/status/1`, `twitter.com/intent/user?screen_name=name`,
 * `facebook.com/profile.php?id=1`), why it names none (a post or a video, another page of the site, another site),
 * or undefined when the cell is no link.
 */
export function readProfileLink(cell: string): LinkedAccount | string | undefined {
  const m = LINK.exec(cell);
  if (!m) return undefined;
  const rest = m[2] ?? '';
  const host = m[1]!.toLowerCase();
  const scheme = m[0].includes('://');
  const labels = host.split('.');
  const site = SITES[labels.slice(-2).join('.')];
  // `www.foodie.paris` with no path is an Instagram username as well as a host: a handle, unless the site is known
  // or the name could be no handle (`www.julia-cooks.fr`: no platform allows a hyphen).
  if (!scheme && rest === '' && (!host.startsWith('www.') || (!site && /^[a-z0-9._]+$/.test(host)))) return undefined;
  const shown = host.replace(/^www\./, '');
  if (!site) return `a link to ${shown}, not a profile on a platform influaudit knows (${PLATFORMS.join(', ')})`;
  const sub = labels.slice(0, -2).join('.');
  const { platform } = site;
  const [pathPart = '', fragment = ''] = rest.split('#', 2);
  const [path = '', query = ''] = pathPart.split('?', 2);
  let segments = path.split('/').filter((s) => s !== '').map(decodeSafe);
  // twitter.com/#!/name: the old client's links kept the path in the fragment.
  if (segments.length === 0 && fragment.startsWith('!/')) segments = fragment.slice(2).split('/').filter((s) => s !== '').map(decodeSafe);
  const params = new URLSearchParams(query);
  const named = (name: string | null | undefined): LinkedAccount | string => {
    const display = (name ?? '').replace(/^@+/, '').trim();
    return display === '' ? `a link to ${shown} with no account in it: ${GIVE}` : { display, platform };
  };
  if (site.video) return POST;
  const first = segments[0] ?? '';
  if (platform === 'tiktok' && (sub === 'vm' || sub === 'vt')) return first.startsWith('@') ? named(first) : SHORT;
  if (!SAME_SITE.test(sub)) return `a link to ${shown}, not a profile: ${GIVE}`;
  if (first === '') return named(undefined);
  if (first.startsWith('@')) return named(first);
  const lower = first.toLowerCase();
  // Profile links that name the account further on.
  switch (platform) {
    case 'instagram':
      if (lower === '_u' || lower === '_n') return named(segments[1]);
      if (lower === 'stories') return segments[1]?.toLowerCase() === 'highlights' ? POST : named(segments[1]);
      break;
    case 'youtube':
      if (lower === 'channel' || lower === 'c' || lower === 'user') return named(segments[1]);
      break;
    case 'x':
      if (lower === 'intent' && /^(?:user|follow)$/i.test(segments[1] ?? '') && params.has('screen_name')) return named(params.get('screen_name'));
      if (lower === 'i' && segments.some((s) => s.toLowerCase() === 'status')) return POST;
      break;
    case 'facebook':
      if (lower === 'profile.php' || lower === 'people') return named(params.get('id') ?? segments.slice(1).find((s) => /^\d+$/.test(s)));
      if (lower === 'pages') return named(segments.slice(1).find((s) => /^\d+$/.test(s)));
      if (lower === 'pg') return named(segments[1]);
      if (lower === 'share') return /^[pvr]$/i.test(segments[1] ?? '') ? POST : SHORT;
      break;
    case 'tiktok':
      break;
  }
  const kind = PATHS[platform][lower];
  if (kind === 'post') return POST;
  if (kind === 'short') return SHORT;
  if (kind === 'page') return `a link to ${shown}/${first}${segments.length > 1 ? '/…' : ''}, not a profile: ${GIVE}`;
  // tiktok.com/name without its @ is how a hand-typed roster writes a profile: the name is plain.
  if (platform === 'tiktok' && segments.length > 1) return `a link to ${shown}/${first}/…, not a profile (a TikTok profile link has an @: tiktok.com/@name): ${GIVE}`;
  return named(first);
}

/** The platform of any link to one of its sites, a post's as well as a profile's; undefined for other cells. */
export function linkPlatform(link: string): Platform | undefined {
  const m = LINK.exec(link.trim());
  return m ? SITES[m[1]!.toLowerCase().split('.').slice(-2).join('.')]?.platform : undefined;
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
