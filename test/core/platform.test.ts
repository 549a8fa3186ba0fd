import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlatform, PLATFORMS } from '../../src/core/platform.js';

describe('parsePlatform', () => {
  it.each([
    ['Instagram', 'instagram'], ['IG', 'instagram'], ['Insta', 'instagram'], ['Instagram Reels', 'instagram'], ['Insta stories', 'instagram'],
    ['Compte Instagram', 'instagram'], ['Instagram (IG)', 'instagram'], ['IGTV', 'instagram'], ['Reels', 'instagram'],
    ['TikTok', 'tiktok'], ['TikTok 🎵', 'tiktok'], ['Tik Tok', 'tiktok'], ['TikTok account', 'tiktok'], ['Profil TikTok', 'tiktok'],
    ['YouTube', 'youtube'], ['YT', 'youtube'], ['YouTube Shorts', 'youtube'], ['Chaîne YouTube', 'youtube'], ['YouTube channel', 'youtube'],
    ['X', 'x'], ['Twitter/X', 'x'], ['X (Twitter)', 'x'], ['Twitter (X)', 'x'], ['X / Twitter', 'x'], ['twitter.com', 'x'],
    ['Facebook', 'facebook'], ['FB', 'facebook'], ['Facebook Page', 'facebook'], ['Page Facebook', 'facebook'], ['FB page', 'facebook'],
  ])('%j → %s', (cell, platform) => {
    expect(parsePlatform(cell)).toBe(platform);
  });

  it.each(['Myspace', 'Instagram/TikTok', 'Facebook + Instagram', 'Instagram giveaway', 'Page', 'profile', 'YouTube 2', 'Snapchat', ''])(
    '%j names no one platform',
    (cell) => {
      expect(parsePlatform(cell)).toBeUndefined();
    },
  );

  it('a platform name with words for a part of it, in any order and case, reads as that platform; two platforms as none', () => {
    const part = fc.constantFrom('page', 'Profile', 'ACCOUNT', 'reels', 'Shorts', 'stories', 'compte', '🎵', '(official)');
    const names = { instagram: ['Instagram', 'IG', 'Insta'], tiktok: ['TikTok', 'Tik Tok'], youtube: ['YouTube', 'YT'], x: ['X', 'Twitter'], facebook: ['Facebook', 'FB'] } as const;
    const platform = fc.constantFrom(...PLATFORMS);
    fc.assert(fc.property(platform, fc.nat(), fc.array(part, { maxLength: 2 }), fc.boolean(), (p, i, parts, before) => {
      const name = names[p][i % names[p].length]!;
      const words = before ? [...parts, name] : [name, ...parts];
      // "(official)" is no part of a platform: a cell with it names none.
      const expected = parts.includes('(official)') ? undefined : p;
      expect(parsePlatform(words.join(' '))).toBe(expected);
    }));
    fc.assert(fc.property(platform, platform, (a, b) => {
      fc.pre(a !== b);
      expect(parsePlatform(`${names[a][0]}/${names[b][0]}`)).toBeUndefined();
    }));
  });
});
