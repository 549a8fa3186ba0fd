const TRUE = new Set(['1', 'true', 'yes', 'y', 'oui', 'o', 'vrai', 'verified', 'verifie', 'verifiee', 'certifie', 'certifiee', 'x', '✓', '✔', '✅', 'blue']);
// Exports that write "Vérifié" for yes write "Non vérifié" for no: each yes word has its negation here.
const FALSE = new Set([
  '0', 'false', 'no', 'n', 'non', 'faux', 'unverified', 'not verified', 'non verified',
  'non verifie', 'non verifiee', 'non certifie', 'non certifiee', 'pas verifie', 'pas certifie', '✗', '✘', '❌',
]);
const MISSING = new Set(['', '-', 'n/a', 'na', 'null', 'none', '?']);

export type ParsedBoolean = { ok: true; value: boolean | undefined } | { ok: false; reason: string };

const YES: ParsedBoolean = Object.freeze({ ok: true, value: true });
const NO: ParsedBoolean = Object.freeze({ ok: true, value: false });
const UNKNOWN: ParsedBoolean = Object.freeze({ ok: true, value: undefined });
/** Cells exactly as most exports write them, answered without folding (a roster has one per row); exported for the test that checks each agrees with the folded reading. */
export const AS_WRITTEN = new Map<string, ParsedBoolean>([
  ['', UNKNOWN], ['yes', YES], ['no', NO], ['Yes', YES], ['No', NO], ['YES', YES], ['NO', NO], ['true', YES], ['false', NO],
  ['True', YES], ['False', NO], ['TRUE', YES], ['FALSE', NO], ['1', YES], ['0', NO], ['oui', YES], ['non', NO], ['Oui', YES], ['Non', NO],
]);

/** Yes/no cells in English and French, 1/0, check marks; empty is missing. */
export function parseBoolean(raw: string): ParsedBoolean {
  const known = AS_WRITTEN.get(raw);
  if (known !== undefined) return known;
  const s = raw.trim().toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/(?<=\S)[\s_-]+(?=\S)/g, ' ');
  if (MISSING.has(s)) return { ok: true, value: undefined };
  if (TRUE.has(s)) return { ok: true, value: true };
  if (FALSE.has(s)) return { ok: true, value: false };
  return { ok: false, reason: 'not a yes/no value' };
}
