const TRUE = new Set(['1', 'true', 'yes', 'y', 'oui', 'o', 'vrai', 'verified', 'verifie', 'certifie', 'x', '✓', '✔', '✅', 'blue']);
const FALSE = new Set(['0', 'false', 'no', 'n', 'non', 'faux', 'unverified', '✗', '✘', '❌']);
const MISSING = new Set(['', '-', 'n/a', 'na', 'null', 'none', '?']);

export type ParsedBoolean = { ok: true; value: boolean | undefined } | { ok: false; reason: string };

/** Yes/no cells in English and French, 1/0, check marks; empty is missing. */
export function parseBoolean(raw: string): ParsedBoolean {
  const s = raw.trim().toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
  if (MISSING.has(s)) return { ok: true, value: undefined };
  if (TRUE.has(s)) return { ok: true, value: true };
  if (FALSE.has(s)) return { ok: true, value: false };
  return { ok: false, reason: 'not a yes/no value' };
}
