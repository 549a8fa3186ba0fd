import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldHeader, matchColumns, type FieldSpec } from '../../src/io/columns.js';
import { FOLLOWER_FIELDS } from '../../src/io/kinds/followers.js';
import { EVENT_FIELDS, HISTORY_FIELDS } from '../../src/io/kinds/history.js';
import { POST_FIELDS } from '../../src/io/kinds/posts.js';
import { UserError } from '../../src/shared/user-error.js';
import { ROSTER_FIELDS, type RosterField } from '../../src/io/kinds/roster.js';

const match = (header: string[], overrides: Record<string, string> = {}) => matchColumns(header, ROSTER_FIELDS, overrides, 'r.csv');

describe('foldHeader', () => {
  it.each([
    ["Nb d'abonnés", 'abonnes'],
    ['Nb d’abonnés', 'abonnes'], // a typographic apostrophe, as Excel and Word write it
    ['NB ABONNÉS', 'abonnes'],
    ['nb_abonnes', 'abonnes'],
    ["Nombre d'abonnés", 'abonnes'],
    ['Nombre abonnés', 'abonnes'],
    ['Abonnés Instagram', 'abonnes'],
    ['Instagram followers', 'followers'],
    ['Number of followers', 'followers'],
    ["Moyenne des j'aime", 'moyennejaime'],
    ["J'aime moyens", 'jaimemoyens'], // j' is no elision: "j'aime" is the word
    ['Moyenne de commentaires', 'moyennecommentaires'],
    ['Abonnés (total)', 'abonnestotal'], // "total" stays: a roster's "total likes" is not its likes per post
    ['total_likes', 'totallikes'],
    ['Instagram', 'instagram'], // a noise word alone keeps its name
    ['Nombre', 'nombre'],
    ['Total', 'total'],
    ['  Followers  ', 'followers'],
    ['#followers', 'followers'],
    ['Avg. Likes', 'avglikes'],
    ['60_day_eng_rate', '60dayengrate'],
    ["Taux d'engagement (%)", 'tauxengagement'],
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
    // Agency spellings the folding reads without an alias each (elisions, articles, "nb", "nombre", a platform's name).
    ['followers', "Nb d'abonnés"], ['followers', 'Nb d’abonnés'], ['followers', 'Nombre abonnés'], ['followers', 'Nombre d’abonnés'],
    ['followers', 'Abonnés (total)'], ['followers', 'Instagram followers'], ['followers', 'Abonnés Instagram'], ['followers', 'TikTok Followers'],
    ['following', "Nb d'abonnements"], ['following', 'Nombre d’abonnements'],
    ['avg-likes', "Moyenne des j'aime"], ['avg-likes', 'J’aime moyens'], ['avg-comments', 'Moyenne de commentaires'], ['avg-views', 'Moyenne des vues'],
    ['engagement-rate', "Taux d'engagement moyen"], ['engagement-rate', 'Average engagement rate'], ['engagement-rate', 'Taux d’engagement (%)'],
    ['handle', 'Nom d’utilisateur'], ['handle', 'Compte Instagram'],
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

describe('aliases: no two roles of a kind share a folded name', () => {
  // The folding drops words (elisions, "nb", a platform's name): two aliases of different roles that fold alike
  // would make a header's role depend on the order of the fields.
  it.each<[string, readonly FieldSpec[]]>([
    ['roster', ROSTER_FIELDS], ['history', HISTORY_FIELDS], ['events', EVENT_FIELDS], ['posts', POST_FIELDS], ['followers', FOLLOWER_FIELDS],
  ])('%s', (_kind, specs) => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const spec of specs) {
      for (const alias of spec.aliases) {
        const other = owner.get(alias);
        if (other !== undefined && other !== spec.field) clashes.push(`${alias}: ${other} and ${spec.field}`);
        owner.set(alias, spec.field);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('every alias is stored folded, so a header folded once meets it', () => {
    for (const spec of [...ROSTER_FIELDS, ...HISTORY_FIELDS, ...EVENT_FIELDS, ...POST_FIELDS, ...FOLLOWER_FIELDS]) {
      for (const alias of spec.aliases) expect(foldHeader(alias)).toBe(alias);
    }
  });
});

describe('foldHeader: properties', () => {
  const word = fc.stringMatching(/^[a-zA-Zéèàç0-9]{1,8}$/).filter((w) => !['de', 'des', 'du', 'nb', 'nbr', 'nombre', 'number', 'of', 'instagram', 'insta', 'ig', 'tiktok', 'youtube', 'twitter', 'facebook', 'd', 'l'].includes(w.toLowerCase()));
  const sep = fc.constantFrom(' ', '_', '-', '. ', ' (', ') ', '/', '  ');
  const header = fc.tuple(fc.array(fc.tuple(word, sep), { maxLength: 4 }), word).map(([parts, last]) => parts.map(([w, s]) => w + s).join('') + last);

  it('is idempotent: an alias folded once is what a header folds to', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (h) => foldHeader(foldHeader(h)) === foldHeader(h)));
  });

  it('keeps something of any header that has a letter or a digit', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (h) => !/[\p{L}\p{N}]/u.test(h.normalize('NFKD').replace(/\p{M}/gu, '')) || foldHeader(h) !== ''));
  });

  it('case, separators and the words around a count do not change the name', () => {
    const noise = fc.constantFrom('Nb ', 'Nombre ', 'Nombre de ', 'Nb d’', "Nombre d'", 'Number of ', 'Instagram ', 'TikTok ');
    const suffix = fc.constantFrom('', ' Instagram', ' (YouTube)', ' TikTok');
    fc.assert(fc.property(header, noise, suffix, (h, before, after) => {
      const folded = foldHeader(h);
      return foldHeader(`${before}${h.toUpperCase()}${after}`) === folded && foldHeader(` ${h}_`) === folded;
    }));
  });
});
