import type { ProfileFacts } from './account.js';
import { frozenSignal, pass, skip, type Evidence, type Signal, type VerdictFacts } from './signal.js';

export const VERIFIED_ID = 'verified';

/**
 * Verification is a weak positive, never an override: "verified = authentic" is a myth (HypeAuditor, "most common
 * myths"). It passes either way; only `verifiedBonus` points, capped at 100, come of it in the verdict.
 */
export function verifiedSignal(p: ProfileFacts, bonus: number): Signal {
  if (p.verified === undefined) return NO_COLUMN;
  return p.verified ? verifiedPass(bonus) : NOT_VERIFIED;
}

// Every account of a roster gets one of these: built once (per bonus), frozen, shared.
const NO_COLUMN = frozenSignal(skip(VERIFIED_ID, 'no verified value in the data', {}));
const NOT_VERIFIED = frozenSignal(pass(VERIFIED_ID, 'not verified: most authentic accounts are not, so this weighs nothing', { verified: false, bonus: 0 } satisfies VerifiedEvidence));
/** The badge (read by the verdict) and the bonus it may win back. */
type VerifiedEvidence = Evidence & Pick<VerdictFacts, 'verified'> & { bonus: number };
const VERIFIED_BY_BONUS = new Map<number, Signal>();

function verifiedPass(bonus: number): Signal {
  let s = VERIFIED_BY_BONUS.get(bonus);
  if (s === undefined) {
    s = frozenSignal(pass(VERIFIED_ID, `verified account: a weak positive (+${bonus} points at most), never an override`, { verified: true, bonus } satisfies VerifiedEvidence));
    VERIFIED_BY_BONUS.set(bonus, s);
  }
  return s;
}
