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
const NOT_BOOLEAN: ParsedBoolean = Object.freeze({ ok: false, reason: 'not a yes/no value' });

/**
 * Cells as written, with their reading: a yes/no column holds a handful of spellings, and folding each cell
 * (Unicode normalisation, two regexes) was a hot spot of reading a roster. Bounded, so a column of free text
 * cannot grow it without end.
 */
const SEEN = new Map<string, ParsedBoolean>();
const SEEN_MAX = 256;
const last: { raw: string | undefined; parsed: ParsedBoolean } = { raw: undefined, parsed: UNKNOWN };

/** Yes/no cells in English and French, 1/0, check marks; empty is missing. */
export function parseBoolean(raw: string): ParsedBoolean {
  // Row after row the same few spellings: comparing with the last cell beats hashing each new string.
  if (raw === last.raw) return last.parsed;
  let parsed = SEEN.get(raw);
  if (parsed === undefined) {
    parsed = fold(raw);
    if (SEEN.size < SEEN_MAX) SEEN.set(raw, parsed);
  }
  last.raw = raw;
  last.parsed = parsed;
  return parsed;
}

function fold(raw: string): ParsedBoolean {
  const s = raw.trim().toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/(?<=\S)[\s_-]+(?=\S)/g, ' ');
  if (MISSING.has(s)) return UNKNOWN;
  if (TRUE.has(s)) return YES;
  if (FALSE.has(s)) return NO;
  return NOT_BOOLEAN;
}
