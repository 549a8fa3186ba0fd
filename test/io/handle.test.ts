import { describe, expect, it } from 'vitest';
import { accountKey, parseHandle } from '../../src/io/handle.js';

describe('parseHandle', () => {
  it.each([
    ['@cafe.lumiere', { display: 'cafe.lumiere' }],
    ['  @@cafe  ', { display: 'cafe' }],
    ['https://www.instagram.com/cafe.lumiere/', { display: 'cafe.lumiere', platform: 'instagram' }],
    ['HTTPS://WWW.INSTAGRAM.COM/Cafe', { display: 'Cafe', platform: 'instagram' }],
    ['www.instagram.com/cafe', { display: 'cafe', platform: 'instagram' }],
    ['instagram.com/caf%C3%A9', { display: 'café', platform: 'instagram' }],
    ['https://www.instagram.com/stories/cafe/3141592/', { display: 'cafe', platform: 'instagram' }],
    ['https://www.tiktok.com/@name?lang=fr', { display: 'name', platform: 'tiktok' }],
    ['https://www.tiktok.com/@name/video/7301', { display: 'name', platform: 'tiktok' }],
    ['https://youtube.com/channel/UC123', { display: 'UC123', platform: 'youtube' }],
    ['youtube.com/@chan', { display: 'chan', platform: 'youtube' }],
    ['https://m.facebook.com/page', { display: 'page', platform: 'facebook' }],
    ['https://x.com/jack/status/1', { display: 'jack', platform: 'x' }],
    ['https://example.com/foo', { display: 'https://example.com/foo' }],
    ['https://www.instagram.com/', { display: 'https://www.instagram.com/' }],
  ])('%j → %j', (raw, parsed) => {
    expect(parseHandle(raw)).toEqual(parsed);
  });

  // regression: these read as the handles "p", "reel", "watch", "shorts", "i", "profile.php", merging accounts
  it.each([
    'https://www.instagram.com/p/C1a2b3/',
    'https://www.instagram.com/reel/C9z8y7/',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://www.youtube.com/shorts/abc',
    'https://x.com/i/web/status/1',
    'https://www.facebook.com/profile.php?id=1000',
  ])('a link to a post, not a profile, is kept as written: %s', (raw) => {
    expect(parseHandle(raw)).toEqual({ display: raw });
  });

  it.each(['', '   ', '@', '@@ '])('%j is no handle', (raw) => {
    expect(parseHandle(raw)).toBeUndefined();
  });
});

describe('accountKey', () => {
  it('ignores case and Unicode normalisation, not the platform', () => {
    expect(accountKey('Cafe.Lumière', 'instagram')).toBe(accountKey('cafe.lumie\u0300re', 'instagram'));
    expect(accountKey('cafe', 'instagram')).not.toBe(accountKey('cafe', 'tiktok'));
  });
});
