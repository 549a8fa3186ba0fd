import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountKey, parseHandle } from '../../src/io/handle.js';
import { excelText } from '../../src/io/excel-text.js';

const POST = "a post or video link, not a profile: give the account's profile link or handle";
const SHORT = "a short share link, which names no account: give the account's profile link or handle";
const SEVERAL = "several lines, and not exactly one of them an @handle or a profile link: give the account's handle alone";

describe('parseHandle', () => {
  it.each([
    ['@cafe.lumiere', { display: 'cafe.lumiere' }],
    ['  @@cafe  ', { display: 'cafe' }],
    ['cafe.lumiere', { display: 'cafe.lumiere' }],
    ['maya.cooks.paris', { display: 'maya.cooks.paris' }],
    ['https://www.instagram.com/cafe.lumiere/', { display: 'cafe.lumiere', platform: 'instagram' }],
    ['HTTPS://WWW.INSTAGRAM.COM/Cafe', { display: 'Cafe', platform: 'instagram' }],
    ['www.instagram.com/cafe', { display: 'cafe', platform: 'instagram' }],
    ['instagram.com/caf%C3%A9', { display: 'café', platform: 'instagram' }],
    ['https://www.instagram.com/cafe.lumiere?igsh=MWx0cnRzM2Zk', { display: 'cafe.lumiere', platform: 'instagram' }],
    ['https://www.instagram.com/stories/cafe/3141592/', { display: 'cafe', platform: 'instagram' }],
    ['https://www.instagram.com/cafe/p/C1a2b3/', { display: 'cafe', platform: 'instagram' }],
    ['https://www.tiktok.com/@name?lang=fr', { display: 'name', platform: 'tiktok' }],
    ['https://www.tiktok.com/@name/video/7301', { display: 'name', platform: 'tiktok' }],
    ['https://youtube.com/channel/UC123', { display: 'UC123', platform: 'youtube' }],
    ['youtube.com/@chan', { display: 'chan', platform: 'youtube' }],
    ['https://www.youtube.com/@chan/videos', { display: 'chan', platform: 'youtube' }],
    ['https://www.youtube.com/c/Chan', { display: 'Chan', platform: 'youtube' }],
    ['https://m.facebook.com/page', { display: 'page', platform: 'facebook' }],
    ['https://x.com/jack/status/1', { display: 'jack', platform: 'x' }],
    ['https://twitter.com/#!/jack', { display: 'jack', platform: 'x' }],
    ['https://instagram.com/maya (main account)', { display: 'maya', platform: 'instagram' }],
  ])('%j → %j', (raw, parsed) => {
    expect(parseHandle(raw)).toEqual(parsed);
  });

  // regression: the deep link's "_u" was read as the handle, so every such row was the first one's duplicate
  it.each([
    ['https://instagram.com/_u/sophie.lens', { display: 'sophie.lens', platform: 'instagram' }],
    ['https://www.instagram.com/_u/boughtking/', { display: 'boughtking', platform: 'instagram' }],
    ['instagram.com/_n/boughtking', { display: 'boughtking', platform: 'instagram' }],
    ['https://twitter.com/intent/user?screen_name=jules_b', { display: 'jules_b', platform: 'x' }],
    ['https://x.com/intent/follow?screen_name=jules_b&lang=fr', { display: 'jules_b', platform: 'x' }],
    ['https://vm.tiktok.com/@dance.duo', { display: 'dance.duo', platform: 'tiktok' }],
    ['https://www.facebook.com/profile.php?id=100064', { display: '100064', platform: 'facebook' }],
    ['https://www.facebook.com/people/Cafe-Lumiere/100087/', { display: '100087', platform: 'facebook' }],
    ['https://www.facebook.com/pg/CafeLumiere/posts/', { display: 'CafeLumiere', platform: 'facebook' }],
    ['https://fr-fr.facebook.com/CafeLumiere', { display: 'CafeLumiere', platform: 'facebook' }],
  ])('a profile link with its account further on: %j → %j', (raw, parsed) => {
    expect(parseHandle(raw)).toEqual(parsed);
  });

  // regression: these were scored as Instagram accounts named after the whole link, or as "p", "watch", a video id
  it.each([
    ['https://www.instagram.com/p/C1a2B3c4D5e/', POST],
    ['https://www.instagram.com/reel/C9z8y7/', POST],
    ['https://www.instagram.com/tv/C9z8y7/', POST],
    ['https://www.instagram.com/stories/highlights/1789/', POST],
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', POST],
    ['https://youtu.be/dQw4w9WgXcQ', POST],
    ['https://www.youtube.com/shorts/abc', POST],
    ['https://www.tiktok.com/video/7301', POST],
    ['https://x.com/i/web/status/1', POST],
    ['https://www.facebook.com/watch/?v=1', POST],
    ['https://fb.watch/abc/', POST],
    ['https://vm.tiktok.com/ZMhvqK/', SHORT],
    ['https://www.tiktok.com/t/ZThvqK/', SHORT],
    ['https://www.instagram.com/accounts/login/', "a link to instagram.com/accounts/…, not a profile: give the account's profile link or handle"],
    ['https://www.instagram.com/', "a link to instagram.com with no account in it: give the account's profile link or handle"],
    ['https://x.com/intent/tweet?text=hi', "a link to x.com/intent/…, not a profile: give the account's profile link or handle"],
    ['https://www.tiktok.com/dance.duo/video', "a link to tiktok.com/dance.duo/…, not a profile (a TikTok profile link has an @: tiktok.com/@name): give the account's profile link or handle"],
    ['https://help.instagram.com/581066165581870', "a link to help.instagram.com, not a profile: give the account's profile link or handle"],
    ['https://linktr.ee/julia', 'a link to linktr.ee, not a profile on a platform influaudit knows (instagram, tiktok, youtube, x, facebook)'],
    ['www.julia-cooks.fr', 'a link to julia-cooks.fr, not a profile on a platform influaudit knows (instagram, tiktok, youtube, x, facebook)'],
  ])('a link that names no account says why: %s', (raw, reason) => {
    expect(parseHandle(raw)).toBe(reason);
  });

  // review: hand-typed rosters leave out TikTok's @, and `www.` starts valid Instagram usernames
  it.each([
    ['https://www.tiktok.com/dance.duo', { display: 'dance.duo', platform: 'tiktok' }],
    ['tiktok.com/maya.cooks', { display: 'maya.cooks', platform: 'tiktok' }],
    ['www.foodie.paris', { display: 'www.foodie.paris' }],
  ])('%s is an account', (raw, parsed) => {
    expect(parseHandle(raw)).toEqual(parsed);
  });

  // regression: `="maya.cooks"` and `'boughtking` kept Excel's escape, so they joined nothing
  it.each([
    ['="maya.cooks"', { display: 'maya.cooks' }],
    ["'boughtking", { display: 'boughtking' }],
    ["'@boughtking", { display: 'boughtking' }],
    ['="https://www.instagram.com/maya.cooks/"', { display: 'maya.cooks', platform: 'instagram' }],
    ['=A1', { display: '=A1' }],
  ])('Excel text escapes: %j → %j', (raw, parsed) => {
    expect(parseHandle(raw)).toEqual(parsed);
  });

  // regression: "Name⏎@handle" became an account named with the whole text
  it.each([
    ['Maya C.\n@maya.cooks', { display: 'maya.cooks' }],
    ['Maya C.\r\nhttps://www.instagram.com/maya.cooks/', { display: 'maya.cooks', platform: 'instagram' }],
    ['@maya.cooks\nhttps://www.instagram.com/maya.cooks/', { display: 'maya.cooks', platform: 'instagram' }],
    ['@maya\nhttps://www.tiktok.com/@maya', { display: 'maya', platform: 'tiktok' }],
    ['\n@maya.cooks\n', { display: 'maya.cooks' }],
    ['maya.cooks\n', { display: 'maya.cooks' }],
  ])('a cell of several lines is read from its one handle line: %j → %j', (raw, parsed) => {
    expect(parseHandle(raw)).toEqual(parsed);
  });

  it.each([
    'Maya C.\nmaya.cooks',
    'quoted,\nhandle',
    'Maya & Leo\n@maya.cooks\n@leo.runs',
    'https://www.instagram.com/maya/\nhttps://www.tiktok.com/@maya',
    'Maya\nhttps://www.instagram.com/p/C1a2B3/',
  ])('several lines without exactly one account are no handle: %j', (raw) => {
    expect(parseHandle(raw)).toBe(SEVERAL);
  });

  it.each(['', '   ', '@', '@@ ', "'", '=""'])('%j is no handle', (raw) => {
    expect(parseHandle(raw)).toBeUndefined();
  });

  it('a bare handle of letters, digits, dots and underscores reads as itself, written bare, with @ or as Excel text', () => {
    const handle = fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9._]{0,29}$/);
    fc.assert(fc.property(handle, fc.constantFrom('', '@', "'", '="'), fc.constantFrom('', ' ', '\n'), (h, prefix, pad) => {
      const cell = `${pad}${prefix}${h}${prefix === '="' ? '"' : ''}${pad}`;
      expect(parseHandle(cell)).toEqual({ display: h });
    }));
  });

  it('an Instagram, TikTok or X profile link reads as its account, whatever the front end, path after it or query', () => {
    const handle = fc.stringMatching(/^[a-z0-9_][a-z0-9._]{0,20}[a-z0-9_]$/).filter((h) => !['p', 'tv', 'i', 's', 't'].includes(h));
    const link = fc.constantFrom(
      (h: string) => `https://www.instagram.com/${h}/`, (h: string) => `instagram.com/_u/${h}`, (h: string) => `https://m.instagram.com/${h}?hl=fr`,
      (h: string) => `https://www.tiktok.com/@${h}/video/7301`, (h: string) => `https://vm.tiktok.com/@${h}`,
      (h: string) => `https://x.com/${h}/status/1`, (h: string) => `https://twitter.com/intent/user?screen_name=${h}`,
      (h: string) => `https://www.youtube.com/@${h}/videos`,
    );
    fc.assert(fc.property(handle, link, (h, make) => {
      const parsed = parseHandle(make(h));
      expect(typeof parsed === 'object' ? parsed.display : parsed).toBe(h);
    }));
  });
});

describe('excelText', () => {
  it.each([
    ['="00123"', '00123'],
    ['="a ""quoted"" name"', 'a "quoted" name'],
    ["'12500", '12500'],
    ['="a"&"b"', '="a"&"b"'],
    ['=SUM(A1:A3)', '=SUM(A1:A3)'],
    ['plain', 'plain'],
    ['O\'Brien', "O'Brien"],
  ])('%j → %j', (cell, text) => {
    expect(excelText(cell)).toBe(text);
  });
});

describe('accountKey', () => {
  it('ignores case and Unicode normalisation, not the platform', () => {
    expect(accountKey('Cafe.Lumière', 'instagram')).toBe(accountKey('cafe.lumie\u0300re', 'instagram'));
    expect(accountKey('cafe', 'instagram')).not.toBe(accountKey('cafe', 'tiktok'));
  });
});

describe('parseHandle: marks a copy leaves around a handle', () => {
  it.each([
    ['\u200f@maya', 'maya'], ['@maya\u200b', 'maya'], ['\uff20maya', 'maya'], ['\ufeff@maya', 'maya'], ['\u200e maya \u200f', 'maya'],
  ])('%j is %j', (cell, display) => {
    expect(parseHandle(cell)).toEqual({ display });
  });

  it('keeps what is inside a name: it is the data', () => {
    expect(parseHandle('zero\u200bwidth')).toEqual({ display: 'zero\u200bwidth' });
    expect(parseHandle('gnp.\u202ecod.exe')).toEqual({ display: 'gnp.\u202ecod.exe' });
    expect(parseHandle('\u202amaya.k\u202c')).toEqual({ display: 'maya.k' });
  });

  it('keeps the joiner inside an emoji name', () => {
    expect(parseHandle('chef 👩\u200d🍳')).toEqual({ display: 'chef 👩\u200d🍳' });
  });
});
