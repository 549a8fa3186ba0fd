import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recognise } from '../../src/io/recognise.js';
import { readAll } from './csv-harness.js';

const followers = (header: string[], overrides: Record<string, string> = {}) => {
  const r = recognise(header, overrides, 'f.csv');
  if (r.kind !== 'followers') throw new Error(`read as ${r.kind}`);
  return r;
};

describe('recognise: follower samples', () => {
  it.each<[string, string[], Record<string, number>]>([
    ['InstaFake', ['followers', 'following', 'posts', 'has_profile_pic', 'is_private', 'bio_length', 'username_length', 'username_digits', 'label'],
      { followers: 0, following: 1, posts: 2, 'profile-pic': 3, private: 4, 'bio-length': 5, 'username-length': 6, 'username-digits': 7 }],
    ['Cresci 2015', ['posts', 'followers', 'following', 'likes_given', 'listed', 'account_age_days', 'has_profile_pic', 'bio_length', 'has_url', 'username_length', 'username_digits', 'verified', 'label'],
      { posts: 0, followers: 1, following: 2, 'likes-given': 3, listed: 4, 'account-age': 5, 'profile-pic': 6, 'bio-length': 7, url: 8, 'username-length': 9, 'username-digits': 10, verified: 11 }],
    ['Kaggle fake/spammer', ['profile pic', 'nums/length username', 'fullname words', 'nums/length fullname', 'name==username', 'description length', 'external URL', 'private', '#posts', '#followers', '#follows', 'fake'],
      { 'profile-pic': 0, 'username-digit-ratio': 1, 'full-name-words': 2, 'bio-length': 5, url: 6, private: 7, posts: 8, followers: 9, following: 10 }],
    ['Instagram scraper', ['Username', 'Full name', 'Number of followers', 'Number of people they follow', 'Number of posts', 'Private account', 'Verified', 'Profile pic', 'Biography', 'External URL'],
      { username: 0, 'full-name': 1, followers: 2, following: 3, posts: 4, private: 5, verified: 6, 'profile-pic': 7, bio: 8, url: 9 }],
    ['Magi Metrics', ['Profile URL', 'Username', 'Number of posts', 'Number of people they follow', 'Number of followers', 'has_profile_picture', 'Private account'],
      { username: 1, posts: 2, following: 3, followers: 4, 'profile-pic': 5, private: 6 }],
    ['Instagram scraper, French', ["Nom d'utilisateur", 'Nom complet', "Nombre d'abonnés", "Nombre d'abonnements", 'Publications', 'Compte privé', 'Photo de profil', 'Biographie'],
      { username: 0, 'full-name': 1, followers: 2, following: 3, posts: 4, private: 5, 'profile-pic': 6, bio: 7 }],
    ['Phantombuster follower collector', ['profileUrl', 'username', 'fullName', 'imgUrl', 'id', 'isPrivate', 'isVerified', 'query', 'timestamp'],
      { username: 1, 'full-name': 2, 'profile-pic': 3, id: 4, private: 5, verified: 6, of: 7 }],
    ['X API user objects', ['id_str', 'screen_name', 'name', 'description', 'url', 'followers_count', 'friends_count', 'listed_count', 'favourites_count', 'statuses_count', 'created_at', 'verified', 'protected', 'default_profile_image'],
      { id: 0, username: 1, 'full-name': 2, bio: 3, url: 4, followers: 5, following: 6, listed: 7, 'likes-given': 8, posts: 9, created: 10, verified: 11, private: 12, 'default-profile-image': 13 }],
    ['several influencers in one file', ['influencer', 'username', 'followers', 'following', 'posts', 'has profile picture', 'bio'],
      { of: 0, username: 1, followers: 2, following: 3, posts: 4, 'profile-pic': 5, bio: 6 }],
  ])('%s', (_name, header, columns) => {
    expect(followers(header).columns).toEqual(columns);
  });

  it('the X API names hint the platform; an Instagram scraper names none', () => {
    expect(followers(['screen_name', 'followers_count', 'friends_count', 'default_profile_image']).platformHint).toBe('x');
    expect(followers(['posts', 'followers', 'following', 'likes_given', 'listed', 'has_profile_pic']).platformHint).toBe('x');
    expect(followers(['Username', 'Number of followers', 'Profile pic']).platformHint).toBeUndefined();
  });

  it('names the follower-only headers that decided it', () => {
    expect(followers(['Username', 'Followers', 'Following', 'Private account', 'Biography']).markers).toEqual(['Private account', 'Biography']);
  });

  it('--map naming a follower-only field makes a sample of a header with no marker', () => {
    expect(recognise(['Pseudo', 'Abonnés', 'Photo'], {}, 'f.csv').kind).toBe('roster');
    const r = followers(['Pseudo', 'Abonnés', 'Photo'], { 'profile-pic': 'Photo' });
    expect(r.columns).toMatchObject({ username: 0, followers: 1, 'profile-pic': 2 });
  });

  it.each<[string, string[], string]>([
    ['a roster: handle + followers, no follower-only column', ['username', 'followers', 'following', 'posts', 'verified'], 'roster'],
    ['a roster with averages, even beside a bio column', ['username', 'followers', 'avg likes', 'bio'], 'roster'],
    ['a roster with an engagement rate and a private flag', ['handle', 'followers', 'engagement rate', 'private'], 'roster'],
    ['a posts export', ['Post ID', 'Publish time', 'Likes', 'Comments', 'Description'], 'posts'],
    ['a follower history', ['handle', 'date', 'followers'], 'history'],
  ])('%s stays what it was', (_name, header, kind) => {
    expect(recognise(header, {}, 'r.csv').kind).toBe(kind);
  });

  it('every fixture that is not a follower sample is read as before', async () => {
    const dir = new URL('../../fixtures/', import.meta.url);
    const others = readdirSync(dir).filter((f) => !f.startsWith('followers-') && !f.startsWith('config-') && !f.includes('unrecognised') && !f.includes('chart-data') && !f.includes('analytics-daily') && !f.startsWith('events-') && !f.endsWith('.json') && !f.includes('utf32')); // chart-data, analytics-daily, utf32: refused by design
    expect(others.length).toBeGreaterThan(15);
    for (const f of others) {
      const run = await readAll(f, readFileSync(new URL(f, dir)));
      expect(recognise(run.head!.header, {}, f).kind, f).not.toBe('followers');
    }
  });

  it('every follower fixture but the roster is read as a follower sample', async () => {
    const dir = new URL('../../fixtures/', import.meta.url);
    const samples = readdirSync(dir).filter((f) => f.startsWith('followers-') && f !== 'followers-roster.csv');
    expect(samples).toHaveLength(7);
    for (const f of samples) {
      const run = await readAll(f, readFileSync(new URL(f, dir)));
      expect(recognise(run.head!.header, {}, f).kind, f).toBe('followers');
    }
  });

  it('lists what a follower sample needs when nothing fits', () => {
    expect(() => recognise(['foo', 'bar'], {}, 'r.csv')).toThrow(/followers: a column only follower samples have/);
  });
});
