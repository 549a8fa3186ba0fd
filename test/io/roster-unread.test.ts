import { describe, expect, it } from 'vitest';
import { foldHeader } from '../../src/io/columns.js';
import { KNOWN_UNUSED_ROSTER_HEADERS, ROSTER_FIELDS, unmappedRosterFields, unreadRosterColumns } from '../../src/io/kinds/roster.js';
import { recognise } from '../../src/io/recognise.js';

/** The columns of a header read as a roster, and what is left unread. */
function unread(header: string[], overrides: Record<string, string> = {}): string[] {
  const r = recognise(header, overrides, 'r.csv');
  if (r.kind !== 'roster') throw new Error(`read as ${r.kind}`);
  return unreadRosterColumns(header, r.columns);
}

describe('unreadRosterColumns: the headers no role took', () => {
  it.each<[string, string[], string[]]>([
    ['an agency sheet with figures under names no alias knows', ['Pseudo', 'Abonnés', 'Moyenne des vues par reel', 'Taux de clics'], ['Moyenne des vues par reel', 'Taux de clics']],
    ['every column read', ['Pseudo', 'Abonnés', "Nb d'abonnements", "Moyenne des j'aime", "Taux d'engagement moyen"], []],
    ['a trailing separator: an empty header names nothing', ['Compte', 'Abonnés', ''], []],
    ['descriptive columns left out on purpose', ['rank', 'Compte', 'Abonnés', 'Pays', 'Catégorie', 'Remarque', 'E-mail', 'Tarif'], []],
    ['the Kaggle export\'s own extras', ['rank', 'channel_info', 'influence_score', 'posts', 'followers', 'avg_likes', 'total_likes', 'country'], []],
    ['a tracker\'s likes of single posts are read', ['snapshot_run', 'username', 'followers', 'likes_post1', 'likes_post2', 'likes_post3'], []],
    ['an alias that lost its role to a better column', ['Name', 'Username', 'Followers', 'Abonnés'], []],
    ['a --map takes a column out of the list', ['Pseudo', 'Abonnés', 'Moyenne des vues par reel'], []],
  ])('%s', (name, header, expected) => {
    const overrides: Record<string, string> = name.startsWith('a --map') ? { 'avg-views': 'Moyenne des vues par reel' } : {};
    expect(unread(header, overrides)).toEqual(expected);
  });

  it('lists the fields a file has no column for, for the --map hint', () => {
    const r = recognise(['Pseudo', 'Abonnés', 'Abonnements'], {}, 'r.csv');
    if (r.kind !== 'roster') throw new Error('not a roster');
    expect(unmappedRosterFields(r.columns)).toEqual(ROSTER_FIELDS.map((f) => f.field).filter((f) => !['handle', 'followers', 'following'].includes(f)));
  });

  it('a header left out on purpose is no roster alias (it would never be read, or never be said)', () => {
    const aliases = new Set(ROSTER_FIELDS.flatMap((f) => f.aliases));
    expect([...KNOWN_UNUSED_ROSTER_HEADERS].filter((h) => aliases.has(h))).toEqual([]);
    expect([...KNOWN_UNUSED_ROSTER_HEADERS].every((h) => foldHeader(h) === h && h !== '')).toBe(true);
  });
});
