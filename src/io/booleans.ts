import { rememberingReader } from '../core/lookup-table.js';

// '1.0' / '0.0': a 0/1 column that pandas wrote as floats because some cells were empty (Twitter API dumps).
const TRUE = new Set(['1', '1.0', 'true', 'yes', 'y', 'oui', 'o', 'vrai', 'verified', 'verifie', 'verifiee', 'certifie', 'certifiee', 'x', '✓', '✔', '✅', 'blue']);
// Exports that write "Vérifié" for yes write "Non vérifié" for no: each yes word has its negation here.
const FALSE = new Set([
  '0', '0.0', 'false', 'no', 'n', 'non', 'faux', 'unverified', 'not verified', 'non verified',
  'non verifie', 'non verifiee', 'non certifie', 'non certifiee', 'pas verifie', 'pas certifie', '✗', '✘', '❌',
]);
const MISSING = new Set(['', '-', 'n/a', 'na', 'nan', 'null', 'none', '?']);

export type ParsedBoolean = { ok: true; value: boolean | undefined } | { ok: false; reason: string };

const YES: ParsedBoolean = Object.freeze({ ok: true, value: true });
const NO: ParsedBoolean = Object.freeze({ ok: true, value: false });
const UNKNOWN: ParsedBoolean = Object.freeze({ ok: true, value: undefined });
const NOT_BOOLEAN: ParsedBoolean = Object.freeze({ ok: false, reason: 'not a yes/no value' });

/** Yes/no cells in English and French, 1/0 (and pandas' 1.0/0.0), check marks; empty is missing. */
export const parseBoolean: (raw: string) => ParsedBoolean = rememberingReader(fold);

function fold(raw: string): ParsedBoolean {
  const s = raw.trim().toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/(?<=\S)[\s_-]+(?=\S)/g, ' ');
  if (MISSING.has(s)) return UNKNOWN;
  if (TRUE.has(s)) return YES;
  if (FALSE.has(s)) return NO;
  return NOT_BOOLEAN;
}
