import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { linkAccount, linkPlatform } from '../../src/io/kinds/posts.js';
import { mappableFields, recognise } from '../../src/io/recognise.js';

/** The header line of a fixture, split the way the exports write it (every field of X's quoted). */
function headerOf(file: string): string[] {
  const first = readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), 'utf8').split('\n')[0]!;
  const sep = first.includes(';') ? ';' : ',';
  return first.split(sep).map((h) => h.replace(/^"|"$/g, ''));
}

const X_DAILY = ['Date', 'Tweets published', 'impressions', 'engagements', 'engagement rate', 'retweets', 'replies', 'likes', 'user profile clicks', 'url clicks'];

describe('recognise: posts exports, from their real headers', () => {
  it.each<[string, string, Record<string, number>, string | undefined]>([
    ['X Analytics, English UI (40 columns)', 'posts-x-analytics-en.csv',
      { id: 0, permalink: 1, published: 3, impressions: 4, engagements: 5, 'engagement-rate': 6, shares: 7, comments: 8, likes: 9 }, 'x'],
    ['X Analytics, French UI', 'posts-x-analytics-fr.csv',
      { id: 0, permalink: 1, published: 3, impressions: 4, engagements: 5, 'engagement-rate': 6, shares: 7, comments: 8, likes: 9 }, 'x'],
    ['YouTube Studio Table data (Content is the video id; Subscribers is no audience size)', 'posts-youtube-studio-table.csv',
      { id: 0, published: 2, views: 4, impressions: 7 }, 'youtube'],
    ['Meta Business Suite, Instagram (Publish time, not Date = Lifetime)', 'posts-meta-instagram.csv',
      { id: 0, handle: 2, published: 6, permalink: 7, impressions: 11, reach: 12, likes: 13, shares: 14, comments: 16, saves: 17 }, 'instagram'],
    ['TikTok Studio content', 'posts-tiktok-studio.csv',
      { permalink: 1, published: 2, likes: 3, comments: 4, shares: 5, views: 6 }, 'tiktok'],
    ['a generic sheet with a date, counts, followers and permalinks', 'posts-viral-post.csv',
      { handle: 0, platform: 1, published: 2, likes: 3, comments: 4, reach: 5, followers: 6, permalink: 7 }, undefined],
    ['a French generic sheet (Date de publication, J\'aime, Couverture, Abonnés)', 'posts-comment-pod.csv',
      { handle: 0, platform: 1, published: 2, likes: 3, comments: 4, reach: 5, followers: 6 }, undefined],
  ])('%s', (_name, file, columns, hint) => {
    const r = recognise(headerOf(file), {}, file);
    expect(r.kind).toBe('posts');
    if (r.kind !== 'posts') return;
    expect(r.columns).toEqual(columns);
    expect(r.platformHint).toBe(hint);
  });

  it('X media views are not post views (most tweets have none, and likes would exceed them)', () => {
    const r = recognise(headerOf('posts-x-analytics-en.csv'), {}, 'x.csv');
    expect(r.kind === 'posts' && r.columns.views).toBeUndefined();
  });

  it('"Content" is a video id only beside YouTube Studio\'s "Video publish time"', () => {
    const r = recognise(['Date', 'Content', 'Likes', 'Comments'], {}, 'g.csv');
    expect(r).toEqual({ kind: 'posts', columns: { published: 0, likes: 2, comments: 3 } });
  });

  it('--map makes unknown headers a posts export', () => {
    const r = recognise(['Publié le', 'Coeurs'], { published: 'Publié le', likes: 'Coeurs' }, 'p.csv');
    expect(r).toEqual({ kind: 'posts', columns: { published: 0, likes: 1 } });
    expect(mappableFields()).toEqual(expect.arrayContaining(['published', 'likes', 'comments', 'permalink', 'id', 'impressions']));
  });
});

describe('recognise: the date order a tool always writes', () => {
  const META_FR = ['Identifiant de la publication', 'Identifiant du compte', 'Nom d’utilisateur du compte', 'Nom du compte', 'Description', 'Durée (s)', 'Heure de publication', 'Permalien', 'Type de publication', 'Commentaire sur les données', 'Date', 'Vues', 'Couverture', 'Mentions J’aime', 'Partages', 'Abonnements', 'Commentaires', 'Enregistrements'];
  const META_FB = ['Post ID', 'Page ID', 'Page name', 'Title', 'Description', 'Duration (sec)', 'Publish time', 'Caption type', 'Permalink', 'Is crosspost', 'Is share', 'Post type', 'Languages', 'Custom labels', 'Funded content status', 'Data comment', 'Date', 'Views', 'Reach', 'Reactions', 'Comments', 'Shares'];

  it.each<[string, string[], string | undefined]>([
    ['Meta Business Suite, Instagram', headerOf('posts-meta-instagram.csv'), 'mdy'],
    ['Meta Business Suite, Instagram, French UI (still MM/DD/YYYY)', META_FR, 'mdy'],
    ['Meta Business Suite, Facebook', META_FB, 'mdy'],
    ['"Publish time" alone, in a sheet', ['account', 'publish time', 'likes', 'comments'], undefined],
    ['X Analytics', headerOf('posts-x-analytics-en.csv'), undefined],
    ['YouTube Studio', headerOf('posts-youtube-studio-table.csv'), undefined],
    ['a French generic sheet', headerOf('posts-comment-pod.csv'), undefined],
  ])('%s', (_name, header, order) => {
    const r = recognise(header, {}, 'p.csv');
    expect(r.kind).toBe('posts');
    expect(r.kind === 'posts' && r.toolDateOrder).toBe(order ?? undefined);
  });
});

describe('recognise: what is not a posts export', () => {
  it.each<[string, string[], string]>([
    ['a roster with averages', ['handle', 'platform', 'followers', 'avg likes', 'avg comments'], 'roster'],
    ['a roster with a likes column but no date', ['Username', 'Followers', 'Likes'], 'roster'],
    ['a follower history (date + followers)', ['handle', 'platform', 'date', 'followers', 'following'], 'history'],
    ['a history with a likes column: a bare date and a follower total, no post id', ['handle', 'date', 'followers', 'likes'], 'history'],
    ['YouTube subscribers gained / lost', ['Date', 'Subscribers gained', 'Subscribers lost'], 'history'],
    ['TikTok FollowerHistory', ['Date', 'Followers', 'Difference in followers from previous day'], 'history'],
  ])('%s', (_name, header, kind) => {
    expect(recognise(header, {}, 'f.csv').kind).toBe(kind);
  });

  it('X daily activity (one row per day, "Tweets published") is not one row per post', () => {
    let kind: string;
    try {
      kind = recognise(X_DAILY, {}, 'daily.csv').kind;
    } catch {
      kind = 'error';
    }
    expect(kind).not.toBe('posts');
  });

  it('the unrecognised-columns error says what a posts export needs', () => {
    expect(() => recognise(['foo', 'bar'], {}, 'f.csv')).toThrow(/posts: publish time .*\+ a count per post/);
  });
});

describe('post links', () => {
  it.each<[string, string | undefined, { handle: string; platform: string } | undefined]>([
    ['https://twitter.com/margot_velo/status/2027708105490804857', 'x', { handle: 'margot_velo', platform: 'x' }],
    ['https://x.com/margot_velo/status/1', 'x', { handle: 'margot_velo', platform: 'x' }],
    ['https://www.tiktok.com/@petit.chef.tok/video/7451366260159630665', 'tiktok', { handle: 'petit.chef.tok', platform: 'tiktok' }],
    ['https://www.instagram.com/p/GClYmSvu4Oc/', 'instagram', undefined],
    ['https://www.instagram.com/reel/GClYmSvu4Oc/', 'instagram', undefined],
    ['https://www.youtube.com/watch?v=UWQNrpakgcA', 'youtube', undefined],
    ['https://youtu.be/UWQNrpakgcA', 'youtube', undefined], // regression: read as the account "UWQNrpakgcA"
    ['https://vm.tiktok.com/ZMhvqK/', 'tiktok', undefined],
    ['https://www.facebook.com/cafe.lumiere/posts/pfbid02x', 'facebook', { handle: 'cafe.lumiere', platform: 'facebook' }],
    ['https://fb.watch/abc/', 'facebook', undefined],
    ['https://example.com/post/1', undefined, undefined],
    ['not a link', undefined, undefined],
  ])('%s', (link, platform, account) => {
    expect(linkPlatform(link)).toBe(platform);
    expect(linkAccount(link)).toEqual(account);
  });
});
