import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/shared/user-error.js';
import { influencerBesideAccount, recognise } from '../../src/io/recognise.js';

function thrown(f: () => unknown): Error {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a throw');
}

describe('recognise: rosters', () => {
  it.each<[string, string[], Record<string, number>]>([
    ['English', ['Username', 'Platform', 'Followers', 'Following', 'Avg Likes', 'ER', 'Verified'],
      { handle: 0, platform: 1, followers: 2, following: 3, 'avg-likes': 4, 'engagement-rate': 5, verified: 6 }],
    ['French', ['Compte', 'Réseau', "Nombre d'abonnés", 'Abonnements', "Taux d'engagement"],
      { handle: 0, platform: 1, followers: 2, following: 3, 'engagement-rate': 4 }],
    ['Kaggle top Instagram', ['rank', 'channel_info', 'influence_score', 'posts', 'followers', 'avg_likes', '60_day_eng_rate', 'new_post_avg_like'],
      { handle: 1, posts: 3, followers: 4, 'avg-likes': 5, 'recent-engagement-rate': 6, 'recent-avg-likes': 7 }],
  ])('%s header', (_name, header, columns) => {
    const r = recognise(header, {}, 'r.csv');
    expect(r.kind).toBe('roster');
    if (r.kind === 'roster') expect(r.columns).toEqual(columns);
  });

  it('--map makes an unknown header usable', () => {
    const r = recognise(['Qui', 'Combien'], { handle: 'Qui', followers: 'Combien' }, 'r.csv');
    expect(r).toEqual({ kind: 'roster', columns: { handle: 0, followers: 1 } });
  });
});

describe('recognise: what it cannot read', () => {
  it('an unrecognisable header is a UserError listing the headers seen and what a roster needs', () => {
    const e = thrown(() => recognise(['foo', 'bar baz'], {}, 'r.csv'));
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).exitCode).toBe(2);
    expect(e.message).toMatch(/^r\.csv: columns not recognised\./);
    expect(e.message).toContain('Saw "foo", "bar baz"');
    expect(e.message).toMatch(/roster: handle .*\+ followers/);
    expect(e.message).toContain('--map field="Header"');
  });

  it('a handle without followers is not a roster', () => {
    expect(() => recognise(['Username', 'Posts'], {}, 'r.csv')).toThrow(/Saw "Username", "Posts"/);
  });

  it('one column holding separators hints at the separator', () => {
    expect(() => recognise(['handle:followers;x'], {}, 'r.csv')).toThrow(/one column only/);
  });

  it('--map naming a missing header is a UserError naming the columns', () => {
    expect(() => recognise(['Username', 'Followers'], { followers: 'Abonnés' }, 'r.csv'))
      .toThrow('r.csv: --map followers="Abonnés": no such column (columns: "Username", "Followers")');
  });
});

describe('recognise: an influencer column beside each row\'s own account stays a roster, with a hint', () => {
  it.each<[string, string[], string | undefined]>([
    ['influencer + username (a sample, or an agency roster: only the user can tell)', ['influencer', 'username', 'followers', 'following', 'posts'], 'influencer'],
    ['French agency layout', ['Influenceur', 'Pseudo', 'Abonnés'], 'Influenceur'],
    ['the influencer column is the only account column', ['influencer', 'followers', 'following'], undefined],
  ])('%s', (_name, header, hint) => {
    expect(recognise(header, {}, 'f.csv').kind).toBe('roster');
    expect(influencerBesideAccount(header, {}, 'f.csv')).toBe(hint);
  });

  it('--map of= reads it as a follower sample', () => {
    expect(recognise(['influencer', 'username', 'followers', 'following', 'posts'], { of: 'influencer' }, 'f.csv').kind).toBe('followers');
  });
});
