import { UserError } from '../shared/user-error.js';
import { listCut } from '../shared/list-text.js';

/**
 * Header folding: case, accents, spaces and punctuation do not matter, nor do the words agency sheets put around the
 * name of a count, so "Nb d'abonnés", "Nb d’abonnés", "Nombre d'abonnés", "Abonnés Instagram" and "abonnes" are one
 * name: French elisions and articles (d', l', de, des, du), "nb", "nombre", "number of", and a platform's name (the
 * platform is the row's, not the column's). Such words go only when others remain: "Instagram", "De" or "Nombre" alone
 * keep their name. "Total" stays: in a roster "total likes" (a lifetime sum) is not "likes" per post.
 * Digits stay ("60_day_eng_rate" → "60dayengrate"), and so do letters of other scripts: "Подписчики" must not fold to
 * "" and so match every other non-Latin header.
 */
export function foldHeader(header: string): string {
  const words = header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // An apostrophe of any kind after d or l is an elision; elsewhere ("j'aime") it only joins the word.
    .replace(/(?<![\p{L}\p{N}])[dl]['’ʼ‘`´](?=[\p{L}\p{N}])/gu, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  const kept = words.filter((w, i) => !NOISE.has(w) && !(w === 'number' && words[i + 1] === 'of') && !(w === 'of' && words[i - 1] === 'number'));
  return (kept.length > 0 ? kept : words).join('');
}

/** Words that say nothing about which count a header holds (see `foldHeader`). */
const NOISE = new Set(['de', 'des', 'du', 'nb', 'nbr', 'nombre', 'instagram', 'insta', 'ig', 'tiktok', 'youtube', 'twitter', 'facebook']);

/** A canonical field and the header names real exports use for it, in English and French, best first. */
export interface FieldSpec<F extends string = string> {
  field: F;
  aliases: readonly string[];
  /** How to describe the field in an error listing what a kind needs. */
  describe: string;
  /** A count whose header may state its unit (`Followers (K)`): such a header names the field, its cells multiplied. */
  unit?: boolean;
  /** A figure measured over a window the header may state (`Average views (last 10 videos)`): it names the field. */
  window?: boolean;
}

export type ColumnMap<F extends string> = Partial<Record<F, number>>;

/** `--map followers="Nb abonnés"`: canonical field → header as written in the file. */
export type ColumnOverrides = Readonly<Record<string, string>>;

/**
 * Headers one alias names alike, for a field: collected while a file's kind is still undecided, since only the
 * fields of the kind it is read as matter (a roster's two URL columns are no posts' permalinks to choose between).
 */
export class Ambiguities {
  private readonly found: string[] = [];

  add(message: string): void {
    this.found.push(message);
  }

  /** A UserError for the first ambiguity, when any. */
  check(): void {
    if (this.found.length > 0) throw new UserError(this.found[0]!);
  }
}

/**
 * A header with case, accents, spaces and punctuation taken out but no word dropped: "NbFollowers" and "nb_abonnes"
 * have no separator around their "nb", so only this form of an alias ("nb followers" → "nbfollowers") meets them.
 */
export function plainFoldHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Maps each field to the index of the header one of its aliases names, the first alias that names one winning
 * ("Username" before "Name"). A header is used by one field only; overrides win. A header matches an alias when its
 * folded or its plain-folded form (`plainFoldHeader`) is one of the alias's keys. Two headers one alias names alike
 * ("Abonnés Instagram" and "Abonnés TikTok" both fold to "abonnes") are never resolved by their order: a UserError
 * names them and the field, and `--map` can choose. UserErrors also for an override naming a header the file lacks,
 * or several.
 */
export function matchColumns<F extends string>(
  header: readonly string[],
  specs: readonly FieldSpec<F>[],
  overrides: ColumnOverrides,
  fileName: string,
  ambiguities?: Ambiguities,
): ColumnMap<F> {
  const folded = header.map(foldHeader);
  const plain = header.map(plainFoldHeader);
  const used = new Set<number>();
  const map: ColumnMap<F> = {};
  for (const spec of specs) {
    const wanted = overrides[spec.field];
    if (wanted === undefined) continue;
    const idx = overrideColumn(header, folded, plain, spec.field, wanted, fileName);
    map[spec.field] = idx;
    used.add(idx);
  }
  for (const spec of specs) {
    if (map[spec.field] !== undefined) continue;
    for (const alias of spec.aliases) {
      const found = header.flatMap((_, i) => (!used.has(i) && (folded[i] === alias || plain[i] === alias) ? [i] : []));
      if (found.length === 0) continue;
      // The same header twice leaves nothing to choose by name: the first is read, as a spreadsheet's lookup would.
      if (found.length > 1 && new Set(found.map((i) => header[i]!.trim())).size > 1) ambiguous(header, found, spec.field, fileName, ambiguities);
      map[spec.field] = found[0]!;
      used.add(found[0]!);
      break;
    }
  }
  // Then headers whose name is an alias once their stated unit or window is set aside: a header that is an alias as
  // written wins over them, whichever its field.
  for (const spec of specs) {
    if (map[spec.field] !== undefined || (!spec.unit && !spec.window)) continue;
    const bare = header.map((h, i) => (used.has(i) ? undefined : headerWithoutQualifiers(h, spec)));
    const keys = bare.map((b) => (b === undefined ? undefined : [foldHeader(b), plainFoldHeader(b)]));
    for (const alias of spec.aliases) {
      const found = keys.flatMap((k, i) => (k !== undefined && k.includes(alias) ? [i] : []));
      if (found.length === 0) continue;
      // As in the first pass, the same header twice is read at its first place.
      if (found.length > 1 && new Set(found.map((i) => header[i]!.trim())).size > 1) ambiguous(header, found, spec.field, fileName, ambiguities);
      map[spec.field] = found[0]!;
      used.add(found[0]!);
      break;
    }
  }
  return map;
}

/** Headers one alias names alike, for a field: a UserError naming them and `--map`, now or when the kind is decided. */
function ambiguous(header: readonly string[], found: readonly number[], field: string, fileName: string, ambiguities: Ambiguities | undefined): void {
  const names = found.map((i) => JSON.stringify(header[i]));
  const which = names.length === 2 ? `${names[0]} and ${names[1]} would both` : `${listCut(names)} would all`;
  const message = `${fileName}: columns ${which} be read as ${field}; name the one to read with --map ${field}=${names[0]}`;
  if (ambiguities === undefined) throw new UserError(message);
  ambiguities.add(message);
}

/**
 * A parenthesised or bracketed part of a header, and "in thousands" / "en milliers". Each alternative starts with a
 * literal and no part of it can match the same text two ways: linear in the header's length, whatever its spaces
 * (a leading `\s*` here made a header of 20,000 spaces take minutes).
 */
const QUALIFIER = /\(([^()]*)\)|\[([^[\]]*)\]|\b((?:in|en) +(?:thousands|milliers|millions))\b/giu;

/** Unit words, folded (accents and case out), and the multiplier each states. */
const UNIT_FORMS: readonly [RegExp, number][] = [
  [/^(?:k|x ?1 ?000|'?000s?|(?:in |en )?(?:thousands?|milliers?)|thousands? of \p{L}+|milliers d \p{L}+)$/u, 1e3],
  [/^k(?: \p{L}+){1,2}$/u, 1e3],
  [/^(?:m|mn|mio|x ?1 ?000 ?000|000 ?000s?|(?:in |en )?millions?|millions? of \p{L}+|millions d \p{L}+)$/u, 1e6],
  [/^(?:m|mn|mio)(?: \p{L}+){1,2}$/u, 1e6],
];

/** The words of a window: `last 10 videos`, `30 derniers posts`, `last 30 days`, `90j`. */
const WINDOW_WORDS = new Set(['last', 'past', 'recent', 'recents', 'recentes', 'over', 'the', 'sur', 'les', 'dernier', 'derniers', 'derniere', 'dernieres',
  'day', 'days', 'jour', 'jours', 'week', 'weeks', 'semaine', 'semaines', 'month', 'months', 'mois', 'post', 'posts', 'video', 'videos', 'reel', 'reels',
  'publication', 'publications', 'tweet', 'tweets', 'short', 'shorts', 'contenu', 'contenus', 'content', 'contents']);
const WINDOW_ANCHORS = new Set(['last', 'past', 'recent', 'recents', 'recentes', 'dernier', 'derniers', 'derniere', 'dernieres']);

function qualifierWords(text: string): string[] {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/×/g, 'x').replace(/[,.\u00a0\u202f]/g, ' ').replace(/[^\p{L}\p{N}' ]+/gu, ' ').trim().split(/\s+/).filter((w) => w !== '');
}

function unitOf(text: string): number | undefined {
  const folded = qualifierWords(text).join(' ').replace(/(?<=\p{L})'(?=\p{L})/gu, ' ');
  for (const [re, m] of UNIT_FORMS) if (re.test(folded)) return m;
  return undefined;
}

function isWindow(text: string): boolean {
  const words = qualifierWords(text).flatMap((w) => w.match(/^(\d+)([a-z]+)$/)?.slice(1) ?? [w]);
  const numbered = words.some((w) => /^\d+$/.test(w));
  return words.length > 0 && words.every((w) => /^\d+$/.test(w) || WINDOW_WORDS.has(w) || w === 'd' || w === 'j')
    && (words.some((w) => WINDOW_ANCHORS.has(w)) || (numbered && words.some((w) => !/^\d+$/.test(w))));
}

/**
 * The multiplier a header states for its cells: "Followers (K)", "Abonnés (en milliers)", "Views (000s)",
 * "Subscribers (M)", "Followers in thousands". Only a unit written in the header counts; undefined when none is.
 */
export function headerUnit(header: string): number | undefined {
  let unit: number | undefined;
  for (const m of header.matchAll(QUALIFIER)) {
    const u = unitOf(m[1] ?? m[2] ?? m[3] ?? '');
    if (u !== undefined) unit = u;
  }
  return unit;
}

/** The header with its stated unit (for a spec that takes one) and window (likewise) set aside; undefined when it has neither. */
export function headerWithoutQualifiers(header: string, spec: { unit?: boolean; window?: boolean }): string | undefined {
  let changed = false;
  const bare = header.replace(QUALIFIER, (whole, paren?: string, bracket?: string, trailing?: string) => {
    const text = paren ?? bracket ?? trailing ?? '';
    if ((spec.unit && unitOf(text) !== undefined) || (spec.window && paren !== undefined && isWindow(text)) || (spec.window && bracket !== undefined && isWindow(text))) {
      changed = true;
      return ' ';
    }
    return whole;
  });
  return changed ? bare.trim() : undefined;
}

/**
 * The column `--map field="wanted"` names: the header as written; else the one that is alike but for case, accents,
 * spaces and punctuation; else the one that folds alike, dropped words included ("Nb abonnés" for "abonnés"). At
 * each step several matches are a UserError naming them, never the first of them.
 */
export function overrideColumn(header: readonly string[], folded: readonly string[], plain: readonly string[], field: string, wanted: string, fileName: string): number {
  const found = findOverrideColumn(header, folded, plain, field, wanted, fileName);
  if (found !== undefined) return found;
  throw new UserError(noSuchColumn(header, field, wanted, fileName));
}

/** The message for a `--map` header the file does not have. */
export function noSuchColumn(header: readonly string[], field: string, wanted: string, fileName: string): string {
  return `${fileName}: --map ${field}="${wanted}": no such column (columns: ${listCut(header.map((h) => JSON.stringify(h)))})`;
}

/**
 * The overrides whose header this file has: `--map` names a column of one file of several (a roster's "Audience
 * totale" beside a history), and the others read their own columns. A header named ambiguously is still an error.
 */
export function overridesPresent(header: readonly string[], overrides: ColumnOverrides, fileName: string): ColumnOverrides {
  const entries = Object.entries(overrides);
  if (entries.length === 0) return overrides;
  const folded = header.map(foldHeader);
  const plain = header.map(plainFoldHeader);
  return Object.fromEntries(entries.filter(([field, wanted]) => wanted !== undefined && findOverrideColumn(header, folded, plain, field, wanted, fileName) !== undefined));
}

function findOverrideColumn(header: readonly string[], folded: readonly string[], plain: readonly string[], field: string, wanted: string, fileName: string): number | undefined {
  const steps: readonly [readonly string[], string][] = [
    [header.map((h) => h.trim()), wanted.trim()],
    // A name that folds to nothing ("???") would match any header that does: only an exact match counts then.
    [plain, plainFoldHeader(wanted)],
    [folded, foldHeader(wanted)],
  ];
  for (const [keys, key] of steps) {
    if (key === '') continue;
    const found = keys.flatMap((k, i) => (k === key ? [i] : []));
    if (found.length === 1) return found[0]!;
    if (found.length > 1) {
      throw new UserError(`${fileName}: --map ${field}="${wanted}" names several columns: ${listCut(found.map((i) => JSON.stringify(header[i])))}; give the header exactly as written`);
    }
  }
  return undefined;
}

/** Builds alias lists from human spellings, folding each once at load. */
export function aliases(...names: string[]): string[] {
  return [...new Set(names.map(foldHeader))];
}

/**
 * A field's aliases: each spelling folded (`foldHeader`) and plain-folded (`plainFoldHeader`), best first. Both are
 * kept so that a header whose filler word has no separator ("NbFollowers") still meets "nb followers".
 */
export function fieldAliases(...names: string[]): string[] {
  return [...new Set(names.flatMap((n) => [foldHeader(n), plainFoldHeader(n)]))];
}
