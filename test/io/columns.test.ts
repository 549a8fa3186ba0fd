import { describe, expect, it } from 'vitest';
import { foldHeader, matchColumns } from '../../src/io/columns.js';
import { UserError } from '../../src/shared/user-error.js';
import { ROSTER_FIELDS, type RosterField } from '../../src/io/kinds/roster.js';

const match = (header: string[], overrides: Record<string, string> = {}) => matchColumns(header, ROSTER_FIELDS, overrides, 'r.csv');

describe('foldHeader', () => {
  it.each([
    ["Nb d'abonnés", 'nbdabonnes'],
    ['NB ABONNÉS', 'nbabonnes'],
    ['nb_abonnes', 'nbabonnes'],
    ['  Followers  ', 'followers'],
    ['#followers', 'followers'],
    ['Avg. Likes', 'avglikes'],
    ['60_day_eng_rate', '60dayengrate'],
    ["Taux d'engagement (%)", 'tauxdengagement'],
    ['Ｆｏｌｌｏｗｅｒｓ', 'followers'], // full-width, as some CJK exports write it
    ['Abonnés\u200b', 'abonnes'], // a zero-width space
    ['Подписчики', 'подписчики'], // regression: other scripts used to fold to ''
  ])('%j → %j', (header, folded) => {
    expect(foldHeader(header)).toBe(folded);
  });
});

describe('matchColumns: roster aliases in English and French', () => {
  it.each<[RosterField, string]>([
    ['handle', 'Username'], ['handle', 'Compte'], ['handle', "Nom d'utilisateur"], ['handle', 'Pseudo'],
    ['handle', 'screen_name'], ['handle', 'Influenceuse'], ['handle', 'channel_info'], ['handle', 'Créateur'],
    ['platform', 'Platform'], ['platform', 'Réseau social'], ['platform', 'Plateforme'], ['platform', 'Network'],
    ['followers', 'Followers'], ['followers', 'Abonnés'], ['followers', "Nombre d'abonnés"], ['followers', 'NB ABONNÉS'],
    ['followers', 'Subscribers'], ['followers', 'fans_count'], ['followers', '#followers'],
    ['following', 'Following'], ['following', 'Abonnements'], ['following', 'friends_count'],
    ['posts', 'Posts'], ['posts', 'Publications'], ['posts', 'media_count'], ['posts', 'Vidéos'],
    ['avg-likes', 'Avg. Likes'], ['avg-likes', "Moyenne J'aime"], ['avg-likes', "J'aime moyens"], ['avg-likes', 'Moy. likes'], ['avg-comments', 'Moy. commentaires'], ['handle', 'Compte IG'], ['recent-avg-likes', 'new_post_avg_like'],
    ['avg-comments', 'Average Comments'], ['avg-comments', 'Moyenne commentaires'],
    ['avg-shares', 'Avg shares'], ['avg-shares', 'Partages moyens'],
    ['avg-views', 'Avg views'], ['avg-views', 'Vues moyennes'], ['avg-views', 'Average plays'],
    ['engagement-rate', 'Engagement Rate'], ['recent-engagement-rate', '60_day_eng_rate'], ['engagement-rate', "Taux d'engagement (%)"],
    ['engagement-rate', 'ER %'], ['engagement-rate', 'ER'],
    ['verified', 'Verified'], ['verified', 'is_verified'], ['verified', 'Vérifié'], ['verified', 'Compte certifié'],
  ])('%s ← %j', (field, header) => {
    const map = match(['zzz', header]);
    expect(map[field]).toBe(1);
    expect(Object.keys(map)).toEqual([field]);
  });

  it('maps a whole French export', () => {
    const header = ['Compte', 'Réseau', 'Abonnés', 'Abonnements', 'Publications', "Moyenne J'aime", 'Moyenne commentaires', "Taux d'engagement", 'Vérifié'];
    expect(match(header)).toEqual({
      handle: 0, platform: 1, followers: 2, following: 3, posts: 4, 'avg-likes': 5, 'avg-comments': 6, 'engagement-rate': 7, verified: 8,
    });
  });

  it('the better alias wins whatever the column order, and a header serves one field only', () => {
    expect(match(['Name', 'Username', 'Followers']).handle).toBe(1);
    expect(match(['Followers', 'Followers']).followers).toBe(0);
  });
});

describe('matchColumns: --map overrides', () => {
  it.each<[string, Record<string, string>, Partial<Record<RosterField, number>>]>([
    ['names a column no alias knows', { followers: 'Audience totale' }, { handle: 0, followers: 2 }],
    ['matches after folding', { followers: 'audience_totale' }, { handle: 0, followers: 2 }],
    ['takes a header an alias would have given another field', { following: 'Followers' }, { handle: 0, following: 1 }],
  ])('%s', (_name, overrides, expected) => {
    expect(match(['Username', 'Followers', 'Audience totale'], overrides)).toEqual(expected);
  });

  it('a header that does not exist is a UserError naming the field, the header and the columns', () => {
    const call = () => match(['Username', 'Nb abonnés'], { followers: 'Fans' });
    expect(call).toThrow(UserError);
    expect(call).toThrow('r.csv: --map followers="Fans": no such column (columns: "Username", "Nb abonnés")');
  });

  it.each<[string, string[], Record<string, string>]>([
    // regression: both folded to '' and took the first non-Latin column
    ['a name in another script, not in the file', ['Имя', 'Подписчики'], { followers: 'Фанаты' }],
    ['a name that folds to nothing', ['Имя', 'Подписчики'], { followers: '???' }],
  ])('%s is a UserError, not a silent match', (_name, header, overrides) => {
    expect(() => match(header, overrides)).toThrow(UserError);
  });

  it('non-Latin headers can be mapped case-insensitively', () => {
    expect(match(['Имя', 'Подписчики'], { handle: 'имя', followers: 'подписчики' })).toEqual({ handle: 0, followers: 1 });
  });
});
