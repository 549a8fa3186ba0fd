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
}

export type ColumnMap<F extends string> = Partial<Record<F, number>>;

/** `--map followers="Nb abonnés"`: canonical field → header as written in the file. */
export type ColumnOverrides = Readonly<Record<string, string>>;

/**
 * Maps each field to the index of the first header that one of its aliases names. A header is used by one field
 * only; overrides win. Pure apart from the UserError for an override naming a header the file lacks.
 */
export function matchColumns<F extends string>(
  header: readonly string[],
  specs: readonly FieldSpec<F>[],
  overrides: ColumnOverrides,
  fileName: string,
): ColumnMap<F> {
  const folded = header.map(foldHeader);
  const used = new Set<number>();
  const map: ColumnMap<F> = {};
  for (const spec of specs) {
    const wanted = overrides[spec.field];
    if (wanted === undefined) continue;
    let idx = header.findIndex((h) => h.trim() === wanted.trim());
    // A name that folds to nothing ("???") would match any header that does: only an exact match counts then.
    const foldedWanted = foldHeader(wanted);
    if (idx === -1 && foldedWanted !== '') idx = folded.indexOf(foldedWanted);
    if (idx === -1) {
      throw new UserError(`${fileName}: --map ${spec.field}="${wanted}": no such column (columns: ${listCut(header.map((h) => JSON.stringify(h)))})`);
    }
    map[spec.field] = idx;
    used.add(idx);
  }
  for (const spec of specs) {
    if (map[spec.field] !== undefined) continue;
    for (const alias of spec.aliases) {
      const idx = folded.findIndex((h, i) => h === alias && !used.has(i));
      if (idx !== -1) {
        map[spec.field] = idx;
        used.add(idx);
        break;
      }
    }
  }
  return map;
}

/** Builds alias lists from human spellings, folding each once at load. */
export function aliases(...names: string[]): string[] {
  return [...new Set(names.map(foldHeader))];
}
