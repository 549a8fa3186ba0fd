import { lookupTable } from './lookup-table.js';
/** Platforms whose engagement definitions and norm tables influaudit knows. */
export const PLATFORMS = ['instagram', 'tiktok', 'youtube', 'x', 'facebook'] as const;
export type Platform = (typeof PLATFORMS)[number];

const ALIASES = lookupTable<Platform>({
  instagram: 'instagram', insta: 'instagram', ig: 'instagram',
  tiktok: 'tiktok', tt: 'tiktok', douyin: 'tiktok',
  youtube: 'youtube', yt: 'youtube', youtubeshorts: 'youtube', shorts: 'youtube',
  x: 'x', twitter: 'x', tw: 'x', xtwitter: 'x', twitterx: 'x',
  facebook: 'facebook', fb: 'facebook', meta: 'facebook',
});

const last: { raw: string | undefined; platform: Platform | undefined } = { raw: undefined, platform: undefined };

/** Reads a platform name as exports write it ("Instagram", "TikTok", "X (Twitter)", "YT"); undefined when unknown. */
export function parsePlatform(raw: string): Platform | undefined {
  // A roster names a platform or two, row after row: comparing with the last cell beats hashing each new string.
  if (raw === last.raw) return last.platform;
  const platform = ALIASES[raw] ?? ALIASES[raw.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]/g, '')];
  last.raw = raw;
  last.platform = platform;
  return platform;
}

/** Platforms whose public benchmarks define engagement on views rather than on followers (HypeAuditor, seed 000). */
export function ratesOnViews(platform: Platform): boolean {
  return platform === 'tiktok' || platform === 'youtube';
}
