import { lookupTable, rememberingReader } from './lookup-table.js';
/** Platforms whose engagement definitions and norm tables influaudit knows. */
export const PLATFORMS = ['instagram', 'tiktok', 'youtube', 'x', 'facebook'] as const;
export type Platform = (typeof PLATFORMS)[number];

const ALIASES = lookupTable<Platform>({
  instagram: 'instagram', insta: 'instagram', ig: 'instagram', instagramreels: 'instagram', reels: 'instagram', igtv: 'instagram',
  tiktok: 'tiktok', tt: 'tiktok', douyin: 'tiktok',
  youtube: 'youtube', yt: 'youtube', youtubeshorts: 'youtube', shorts: 'youtube',
  x: 'x', twitter: 'x', tw: 'x', xtwitter: 'x', twitterx: 'x',
  facebook: 'facebook', fb: 'facebook', meta: 'facebook',
});

/**
 * Words a platform cell may carry beside the platform's name ("Facebook Page", "Compte Instagram", "YouTube Shorts",
 * "Twitter.com"): they name a part of the same platform, never another one.
 */
const QUALIFIERS = new Set([
  'page', 'pages', 'profile', 'profil', 'account', 'compte', 'channel', 'chaine', 'reel', 'reels', 'short', 'shorts',
  'story', 'stories', 'post', 'posts', 'video', 'videos', 'live', 'feed', 'com',
]);

/**
 * Reads a platform name as exports write it ("Instagram", "TikTok", "X (Twitter)", "YT", "Facebook Page", "Twitter/X",
 * "TikTok 🎵"); undefined when unknown. Beside the name, only words for a part of the platform (page, profile,
 * account, reels…) and other names of that same platform are allowed: "Instagram/TikTok" and "Instagram giveaway"
 * name no one platform.
 */
export const parsePlatform: (raw: string) => Platform | undefined = rememberingReader((raw) => {
  const exact = ALIASES[raw];
  if (exact) return exact;
  const words = raw.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const whole = ALIASES[words.join('')];
  if (whole) return whole;
  // "Tik Tok Account": the name may be in pieces, the qualifiers around it.
  const named = words.filter((w) => !QUALIFIERS.has(w));
  return ALIASES[named.join('')] ?? oneOf(named);
});

/** The platform every word names, when they all name the same one ("X (Twitter)"). */
function oneOf(words: readonly string[]): Platform | undefined {
  const platforms = new Set(words.map((w) => ALIASES[w]));
  return platforms.size === 1 ? [...platforms][0] : undefined;
}

/** Platforms whose public benchmarks define engagement on views rather than on followers (HypeAuditor). */
export function ratesOnViews(platform: Platform): boolean {
  return platform === 'tiktok' || platform === 'youtube';
}
