import type { ProfileFacts } from './account.js';
import { pass, skip, type Signal } from './signal.js';

export const VERIFIED_ID = 'verified';

/**
 * Verification is a weak positive, never an override: "verified = authentic" is a myth (HypeAuditor, "most common
 * myths"). It passes either way; only `verifiedBonus` points, capped at 100, come of it in the verdict.
 */
export function verifiedSignal(p: ProfileFacts, bonus: number): Signal {
  if (p.verified === undefined) return skip(VERIFIED_ID, 'no verified column in the data', {});
  return p.verified
    ? pass(VERIFIED_ID, `verified account: a weak positive (+${bonus} points at most), never an override`, { verified: true, bonus })
    : pass(VERIFIED_ID, 'not verified: most authentic accounts are not, so this weighs nothing', { verified: false, bonus: 0 });
}
