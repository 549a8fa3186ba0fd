import { lookupTable, rememberingReader } from './lookup-table.js';
/** Platforms whose engagement definitions and norm tables influaudit knows. */
export const PLATFORMS = ['instagram', 'tiktok', 'youtube', 'x', 'facebook'] as const;
export type Platform = (typeof PLATFORMS)[number];

const ALIASES = lookupTable<Platform>({
  instagram: 'instagram', insta: 'instagram', ig: 'instagram', instagramreels: 'instagram', reels: 'instagram',
  tiktok: 'tiktok', tt: 'tiktok', douyin: 'tiktok',
  youtube: 'youtube', yt: 'youtube', youtubeshorts: 'youtube', shorts: 'youtube',
  x: 'x', twitter: 'x', tw: 'x', xtwitter: 'x', twitterx: 'x',
  facebook: 'facebook', fb: 'facebook', meta: 'facebook',
});

/** Reads a platform name as exports write it ("Instagram", "TikTok", "X (Twitter)", "YT"); undefined when unknown. */
export const parsePlatform: (raw: string) => Platform | undefined = rememberingReader(
  (raw) => ALIASES[raw] ?? ALIASES[raw.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]/g, '')],
);

/** Platforms whose public benchmarks define engagement on views rather than on followers (HypeAuditor). */
export function ratesOnViews(platform: Platform): boolean {
  return platform === 'tiktok' || platform === 'youtube';
}
