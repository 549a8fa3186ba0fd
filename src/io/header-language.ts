/**
 * The language a file's header is written in, when its words tell: French or English. A header is evidence of who
 * wrote the file and how they write dates (French is written day-first; English both ways, so English tells
 * nothing about the order), never of the data itself.
 */
export type HeaderLanguage = 'fr' | 'en';

/** Words (folded: lower case, no accents) that French headers use and English ones do not. */
const FRENCH = new Set([
  'abonne', 'abonnes', 'abonnee', 'abonnees', 'abonnement', 'abonnements', 'desabonnements', 'desabonnes', 'compte',
  'comptes', 'jour', 'jours', 'semaine', 'mois', 'annee', 'chaine', 'reseau', 'plateforme', 'heure', 'nombre', 'nom',
  'utilisateur', 'vues', 'partages', 'enregistrements', 'couverture', 'portee', 'gagnes', 'perdus', 'nouveaux',
  'evenement', 'campagne', 'aime', 'commentaires', 'publie', 'publiee', 'publiees', 'lien', 'permalien', 'taux',
  'moyenne', 'identifiant', 'creation', 'de', 'du', 'des', 'le', 'la', 'les', 'et', 'par',
]);

/** Words that English headers use and French ones do not. */
const ENGLISH = new Set([
  'follower', 'followers', 'following', 'follows', 'subscriber', 'subscribers', 'account', 'username', 'user', 'day',
  'published', 'publish', 'posted', 'time', 'likes', 'views', 'shares', 'saves', 'comments', 'reach', 'gained',
  'lost', 'new', 'count', 'change', 'net', 'link', 'rate', 'average', 'avg', 'created', 'name', 'handle', 'channel',
  'profile', 'platform', 'network', 'event', 'snapshot', 'the', 'of', 'per', 'by', 'and',
]);

/** A letter French writes with a diacritic: a header word holding one is not English. */
const FRENCH_LETTER = /[àâçéèêëîïôùûüÿœæ]/u;

/**
 * The header's language: French when some cell has a French word (or a French accented letter) and none an
 * English one; English the other way round; undefined when the header says nothing or mixes both (a hand-made
 * sheet, "Date;Handle;Abonnés", may follow either habit).
 */
export function headerLanguage(header: readonly string[]): HeaderLanguage | undefined {
  let fr = false, en = false;
  for (const cell of header) {
    const lower = cell.normalize('NFC').toLowerCase();
    const words = lower
      .normalize('NFKD').replace(/\p{M}/gu, '')
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length > 1);
    if (FRENCH_LETTER.test(lower) || words.some((w) => FRENCH.has(w))) fr = true;
    if (words.some((w) => ENGLISH.has(w))) en = true;
  }
  return fr === en ? undefined : fr ? 'fr' : 'en';
}
