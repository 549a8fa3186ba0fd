import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldHeader, headerUnit, matchColumns, plainFoldHeader, type FieldSpec } from '../../src/io/columns.js';
import { recognise } from '../../src/io/recognise.js';
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

  it('the same header twice: no name can choose, the first is read', () => {
    expect(match(['Pseudo', 'Followers', 'Followers'])).toEqual({ handle: 0, followers: 1 });
  });

  it('the better alias wins whatever the column order, and a header serves one field only', () => {
    expect(match(['Name', 'Username', 'Followers']).handle).toBe(1);
    expect(match(['Username', 'Name', 'Followers'])).toEqual({ handle: 0, followers: 2 });
    expect(match(['Followers', 'Subscribers'])).toEqual({ followers: 0 });
  });

  // regression: filler words and platform names folded away, the first of two such headers silently won
  it.each<[string, string[], string]>([
    ['two platforms', ['Pseudo', 'Plateforme', 'Abonnés TikTok', 'Abonnés Instagram'], 'r.csv: columns "Abonnés TikTok" and "Abonnés Instagram" would both be read as followers; name the one to read with --map followers="Abonnés TikTok"'],
    ['with and without a platform', ['Pseudo', 'Abonnés', 'Abonnés Instagram'], 'r.csv: columns "Abonnés" and "Abonnés Instagram" would both be read as followers; name the one to read with --map followers="Abonnés"'],
    ['three rates', ['Pseudo', 'Abonnés', 'ER Instagram', 'ER TikTok', 'ER YouTube'], 'r.csv: columns "ER Instagram", "ER TikTok", "ER YouTube" would all be read as engagement-rate; name the one to read with --map engagement-rate="ER Instagram"'],
    ['an alias without its filler and a camel-case one', ['Pseudo', 'Nb followers', 'Followers'], 'r.csv: columns "Nb followers" and "Followers" would both be read as followers; name the one to read with --map followers="Nb followers"'],
  ])('two headers one alias names alike are a UserError, not the first: %s', (_name, header, message) => {
    expect(() => match(header)).toThrow(UserError);
    expect(() => match(header)).toThrow(message);
  });

  it('--map on the field settles two headers that fold alike; the other stays unread', () => {
    expect(match(['Pseudo', 'Abonnés Instagram', 'Abonnés TikTok'], { followers: 'Abonnés TikTok' })).toEqual({ handle: 0, followers: 2 });
  });

  it('a history with a column per platform is refused the same way', () => {
    const call = () => matchColumns(['Date', 'Abonnés Instagram', 'Abonnés TikTok'], HISTORY_FIELDS, {}, 'h.csv');
    expect(call).toThrow('h.csv: columns "Abonnés Instagram" and "Abonnés TikTok" would both be read as followers; name the one to read with --map followers="Abonnés Instagram"');
    expect(() => recognise(['Date', 'Abonnés Instagram', 'Abonnés TikTok'], {}, 'h.csv')).toThrow(/would both be read as followers/);
    expect(recognise(['Date', 'Abonnés Instagram', 'Abonnés TikTok'], { followers: 'Abonnés TikTok' }, 'h.csv')).toMatchObject({ kind: 'history', columns: { date: 0, followers: 2 } });
  });

  // regression: "nb followers" folds to "followers", and "NbFollowers" (no separator) to "nbfollowers"
  it.each<[string[], Partial<Record<RosterField, number>>]>([
    [['InstagramHandle', 'NbFollowers', 'AvgLikes'], { handle: 0, followers: 1, 'avg-likes': 2 }],
    [['handle', 'nbabonnes', 'nb_posts'], { handle: 0, followers: 1, posts: 2 }],
    [['Pseudo', "Nombred'abonnés", 'NbAbonnements'], { handle: 0, followers: 1, following: 2 }],
  ])('a filler word with no separator still matches: %j', (header, expected) => {
    expect(match(header)).toEqual(expected);
  });

  // regression: in agency tools these are interactions per post, not a rate ("ER 1450.00 %")
  it.each(['Avg. Engagement', 'Average engagement', 'Engagement moyen', 'avg_engagement'])('%j is average engagements, no engagement rate', (header) => {
    expect(match(['Username', 'Followers', header])).toEqual({ handle: 0, followers: 1, 'avg-engagements': 2 });
  });
});

describe('headerUnit: only a unit written in the header', () => {
  it.each<[string, number | undefined]>([
    ['Followers (K)', 1e3], ['Followers (k)', 1e3], ['Followers [K]', 1e3], ['Subscribers (M)', 1e6], ['Views (000)', 1e3],
    ['Views (000s)', 1e3], ["Followers ('000)", 1e3], ['Followers (thousands)', 1e3], ['Followers (in thousands)', 1e3],
    ['Followers (millions)', 1e6], ['Abonnés (en milliers)', 1e3], ['Abonnés (milliers)', 1e3], ['Abonnés (k abonnés)', 1e3],
    ['Abonnés (en millions)', 1e6], ['Followers in thousands', 1e3], ['Abonnés en milliers', 1e3], ['Followers (x1000)', 1e3],
    ['Followers (×1,000)', 1e3], ["Abonnés (milliers d'abonnés)", 1e3],
    ['Followers', undefined], ['Followers (total)', undefined], ['ER (%)', undefined], ['Average views (last 10 videos)', undefined],
    ['Followers K', undefined], ['Kfollowers', undefined], ['Followers (Instagram)', undefined],
  ])('%j → %s', (header, unit) => {
    expect(headerUnit(header)).toBe(unit);
  });
});

describe('matchColumns: a header stating a unit or a window names its field', () => {
  it.each<[RosterField, string]>([
    ['followers', 'Followers (K)'], ['followers', 'Abonnés (en milliers)'], ['followers', 'Subscribers (M)'], ['followers', 'Nb abonnés (k abonnés)'],
    ['following', 'Following (K)'], ['posts', 'Posts (000)'], ['avg-views', 'Avg views (K)'], ['avg-likes', 'Avg likes (000s)'],
    ['avg-views', 'Average views (last 10 videos)'], ['avg-views', 'Vues moyennes (30 derniers posts)'], ['avg-likes', 'Avg likes (last 30 days)'],
    ['avg-comments', 'Avg comments (90j)'], ['engagement-rate', 'Engagement rate (last 30 days)'], ['engagement-rate', "Taux d'engagement (30 derniers posts)"],
    ['avg-views', 'Avg views (K) (last 10 videos)'],
    // French and short forms of the rate stay what they were
    ['engagement-rate', 'ER (%)'], ['engagement-rate', 'Eng. rate'], ['engagement-rate', "Taux d'engagement"],
  ])('%s ← %j', (field, header) => {
    const map = match(['zzz', header]);
    expect(map[field]).toBe(1);
    expect(Object.keys(map)).toEqual([field]);
  });

  it.each([
    'Followers (last 30 days)', // followers gained in a window, not the count
    'Posts (last 30 days)', // posts of a window, not the account's
    'ER (K)', // no unit makes a rate
    'Followers (total) (K) x', 'Followers K',
  ])('%j names no field by its base name', (header) => {
    expect(match(['zzz', header])).toEqual({});
  });

  it('a header that is an alias as written wins over one that is only once its qualifier is set aside', () => {
    expect(match(['Handle', 'Followers (K)', 'Followers'])).toEqual({ handle: 0, followers: 2 });
    expect(match(['Handle', 'Avg likes (last 30 posts)', 'Avg likes (last 10 posts)'])).toEqual({ handle: 0, 'recent-avg-likes': 1, 'avg-likes': 2 });
  });

  // regression: a leading \s* in the qualifier pattern made a header of 20,000 spaces take minutes (the CLI fuzzing hung)
  it.each([' '.repeat(50_000) + 'x', '('.repeat(50_000), '(a'.repeat(50_000), ' in'.repeat(50_000), '( ' + 'last '.repeat(20_000) + ')'])('a long header of repeated parts is read in one pass (%#)', (header) => {
    expect(headerUnit(header)).toBeUndefined();
    expect(match(['Handle', 'Followers', header])).toEqual({ handle: 0, followers: 1 });
  });

  it('two headers alike once set aside are a UserError naming both', () => {
    expect(() => match(['Handle', 'Followers (K)', 'Followers (M)'])).toThrow('r.csv: columns "Followers (K)" and "Followers (M)" would both be read as followers; name the one to read with --map followers="Followers (K)"');
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

  // regression: the folded fallback took the first of the headers that fold alike ("Abonnés Instagram")
  it('a header in another case is the one it names, not the first that folds alike', () => {
    const header = ['Pseudo', 'Abonnés Instagram', 'Abonnés TikTok', 'ER Instagram', 'ER TikTok'];
    expect(match(header, { followers: 'abonnés tiktok', 'engagement-rate': 'er_tiktok' })).toEqual({ handle: 0, followers: 2, 'engagement-rate': 4 });
    expect(match(header, { followers: 'ABONNES TIKTOK', 'engagement-rate': 'ER Instagram' })).toEqual({ handle: 0, followers: 2, 'engagement-rate': 3 });
  });

  it('a name several headers fold to is a UserError naming them', () => {
    const call = () => match(['Pseudo', 'Abonnés Instagram', 'Abonnés TikTok'], { followers: 'abonnés' });
    expect(call).toThrow(UserError);
    expect(call).toThrow('r.csv: --map followers="abonnés" names several columns: "Abonnés Instagram", "Abonnés TikTok"; give the header exactly as written');
  });

  it('the exact header wins over one that only folds alike; one folding alike is still found', () => {
    expect(match(['Pseudo', 'Nb abonnés', 'Abonnés'], { followers: 'Abonnés' })).toEqual({ handle: 0, followers: 2 });
    expect(match(['Pseudo', 'Nb abonnés', 'Fans'], { followers: 'abonnés' })).toEqual({ handle: 0, followers: 1 });
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

  it('the plain-folded keys (no word dropped) are there too, so the clash test above covers them', () => {
    const followers = ROSTER_FIELDS.find((f) => f.field === 'followers')!.aliases;
    expect(followers).toEqual(expect.arrayContaining(['followers', 'nbfollowers', 'abonnes', 'nbabonnes', 'nombredabonnes']));
    expect(plainFoldHeader("Nombre d'abonnés")).toBe('nombredabonnes');
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

describe('the same header twice', () => {
  it('with a unit stated, reads the first, as without one', () => {
    expect(match(['handle', 'Followers (K)', 'Followers (K)'])).toEqual({ handle: 0, followers: 1 });
  });
});
