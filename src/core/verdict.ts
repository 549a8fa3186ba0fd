import type { Signal } from './signal.js';

export const VERDICTS = ['authentic', 'suspicious', 'likely-fake', 'insufficient-data'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** A score exists exactly when a verdict could be reached: the type makes "insufficient-data with a score" unwritable. */
export type Judgement =
  | { verdict: 'insufficient-data'; score: null }
  | { verdict: Exclude<Verdict, 'insufficient-data'>; score: number };

export interface VerdictCutoffs {
  /** Scores at or above this are authentic. */
  authenticMin: number;
  /** Scores at or above this (and below authenticMin) are suspicious; below it, likely fake. */
  suspiciousMin: number;
}

export const DEFAULT_CUTOFFS: VerdictCutoffs = { authenticMin: 70, suspiciousMin: 40 };

/** Points a signal may take off the score at severity 1; ids absent here are informational and weigh nothing. */
export type Weights = Readonly<Record<string, number>>;

export interface ScoreBreakdown {
  judgement: Judgement;
  /** Each weighted signal's deduction, for --explain. */
  deductions: { id: string; weight: number; severity: number; points: number }[];
  bonus: number;
}

/** Each weighted signal's weight and whether it is primary, per (weights, primary) pair: looked up once a run. */
interface Role {
  weight: number;
  primary: boolean;
}
const ROLES = new WeakMap<Weights, WeakMap<readonly string[], Map<string, Role>>>();

function rolesOf(weights: Weights, primary: readonly string[]): Map<string, Role> {
  let byPrimary = ROLES.get(weights);
  if (byPrimary === undefined) ROLES.set(weights, (byPrimary = new WeakMap()));
  let roles = byPrimary.get(primary);
  if (roles === undefined) {
    roles = new Map();
    for (const [id, weight] of Object.entries(weights)) {
      if (weight !== undefined && weight > 0) roles.set(id, { weight, primary: primary.includes(id) });
    }
    byPrimary.set(primary, roles);
  }
  return roles;
}

/**
 * score = 100 − Σ weight × severity (+ the verified bonus, which can only win back lost points), clamped to
 * 0–100 and rounded. Severities only ever subtract, so a worse signal never raises the score.
 * Missing data weighs nothing, and absence of evidence is not a clean bill: unless a primary signal (engagement,
 * growth, audience) was computed, only a score already below the authentic cut-off is conclusive (secondary
 * evidence can convict but never clear); otherwise the verdict is insufficient-data and the score null. So neither
 * a good follow ratio nor a mildly bad one makes an account authentic on its own.
 */
export function judge(
  signals: readonly Signal[],
  weights: Weights,
  cutoffs: VerdictCutoffs,
  verifiedBonus: number,
  primary: readonly string[],
): ScoreBreakdown {
  // One pass with no intermediate arrays: this runs for every account of a roster.
  const deductions: ScoreBreakdown['deductions'] = [];
  const roles = rolesOf(weights, primary);
  let hasPrimary = false;
  let verified = false;
  let lost = 0;
  for (const s of signals) {
    if (s.id === 'verified' && s.evidence['verified'] === true) verified = true;
    const role = roles.get(s.id);
    if (role === undefined || s.status === 'skip') continue;
    const weight = role.weight;
    if (role.primary) hasPrimary = true;
    if (s.status === 'flag') {
      const points = weight * s.severity;
      deductions.push({ id: s.id, weight, severity: s.severity, points });
      lost += points;
    }
  }
  const bonus = verified ? Math.min(verifiedBonus, lost) : 0;
  const score = Math.max(0, Math.min(100, Math.round(100 - lost + bonus)));
  if (!hasPrimary && score >= cutoffs.authenticMin) return { judgement: { verdict: 'insufficient-data', score: null }, deductions, bonus: 0 };
  const verdict = score >= cutoffs.authenticMin ? 'authentic' : score >= cutoffs.suspiciousMin ? 'suspicious' : 'likely-fake';
  return { judgement: { verdict, score }, deductions, bonus };
}
