import type { CountedSignalId, Signal, SignalId } from './signal.js';
import { andList } from './format.js';
import { roundTo } from './signal.js';

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

/** 70 and 40: a rounded score under them from above 1.20 and from 3.066 log-odds of evidence (odds ×3.3 and ×21 towards bought). */
export const DEFAULT_CUTOFFS: VerdictCutoffs = { authenticMin: 70, suspiciousMin: 40 };

/**
 * score = 100 × e^(−evidence / SCORE_SCALE): 100 with no evidence, 70 at 1.20 log-odds and 69 from 1.201, 39 from 3.066, 9 at 8. The scale
 * sets where the cut-offs fall. 3.3 is the smallest (one decimal) that keeps at most 5 % of genuine accounts suspicious on the fitting
 * half of a public tracker of Indian micro-influencers (GitHub Krishnateja001/Socialblade, 2019–20); the other half,
 * never fitted on, checks it (docs/accuracy.md).
 */
export const SCORE_SCALE = 3.3;

/** The most log-odds each signal may add (its flag at severity 1); ids absent here or at 0 are informational. */
export type MaxLogOdds = Readonly<Partial<Record<CountedSignalId, number>>>;

/**
 * Signals that read the same numbers count once: within a group only the strongest flag adds. Engagement and the
 * engagement after a spike both divide the same likes by the same followers; a spike and its drop are one event;
 * the follow ratio and a jump in following are one count; bursts and uniformity are two views of one like series.
 */
export const EVIDENCE_GROUPS: Readonly<Partial<Record<CountedSignalId, string>>> = {
  'engagement-rate': 'engagement',
  'growth-engagement-mismatch': 'engagement',
  'growth-spike-drop': 'growth',
  'growth-spike': 'growth',
  'follow-ratio': 'following',
  'following-jump': 'following',
  'like-burst': 'likes-over-posts',
  'like-uniformity': 'likes-over-posts',
};

/** Marks that bought likes leave: beside one of these flags, very high engagement counts in full. */
export const CORROBORATE_HIGH_ENGAGEMENT: readonly SignalId[] = ['comment-like-ratio', 'impossible-metrics', 'like-burst', 'growth-spike-drop'];

export interface Contribution {
  id: SignalId;
  group: string;
  /** Log-odds this flag carries after its weight cap (and the cap on uncorroborated high engagement). */
  logOdds: number;
  /** False when a stronger flag of the same group counted instead. */
  counted: boolean;
  /** Why the flag was capped, when it was. */
  note?: string;
}

export interface ScoreBreakdown {
  judgement: Judgement;
  /** Every flag's evidence, in signal order, for --explain. */
  contributions: Contribution[];
  /** The sum of the counted contributions. */
  logOdds: number;
  /** Points a verified badge won back. */
  bonus: number;
  /** Why the verdict is insufficient-data, when it is. */
  insufficient?: string;
}

export interface JudgeConfig {
  maxLogOdds: MaxLogOdds;
  verdict: VerdictCutoffs;
  verifiedBonus: number;
  /** Signals that, computed, can support a verdict by themselves. */
  primarySignals: readonly SignalId[];
  /** `highAloneMaxLogOdds`: the most an uncorroborated very high engagement rate adds. */
  engagement: { highAloneMaxLogOdds: number };
}

/**
 * Independent evidence adds up as log-odds: each flag brings `logOdds` (rarity-graded signals) or weight × severity,
 * capped at its maxLogOdds; signals of one group count once (the strongest); groups add. score = 100 × e^(−sum / 3.3),
 * plus a verified badge's bonus (points, never more than were lost: a weak positive, not an override).
 * Missing data weighs nothing, and absence of evidence is not a clean bill: an account is cleared (authentic) only
 * when a primary signal that weighs was computed and bought followers were assessed (`followersUnassessed` says why
 * they were not); otherwise only a score already below the authentic cut-off is conclusive, and the verdict is
 * insufficient-data. A signal weighing nothing (maxLogOdds 0 or absent) is informational: shown, never counted, and
 * its pass clears nothing, since its flag could not have convicted.
 */
export function judge(signals: readonly Signal[], config: JudgeConfig, followersUnassessed?: string): ScoreBreakdown {
  const rules = rulesOf(config);
  const contributions: Contribution[] = [];
  let hasPrimary = false;
  /** Primary signals computed but weighing nothing: they cannot clear, and the reason says so. */
  let unweighed: SignalId[] | undefined;
  let verified = false;
  for (const s of signals) {
    if (s.id === 'verified' && s.evidence.verified === true) verified = true;
    const rule = rules.get(s.id);
    if (rule === undefined || s.status === 'skip') continue;
    if (rule.weight === 0) {
      if (rule.primary) (unweighed ??= []).push(s.id);
      continue;
    }
    if (rule.primary) hasPrimary = true;
    if (s.status !== 'flag') continue;
    const weight = rule.weight;
    const own = s.evidence.logOdds ?? weight * s.severity;
    let logOdds = Math.min(weight, own);
    let note: string | undefined = own > weight ? `capped at its maxLogOdds ${weight}` : undefined;
    const alone = config.engagement.highAloneMaxLogOdds;
    if (s.id === 'engagement-rate' && s.evidence.direction === 'high' && logOdds > alone && !corroborated(signals)) {
      logOdds = alone;
      note = `high engagement alone: capped at ${alone} (no like burst, near-zero comments, likes above views or spike-then-drop beside it)`;
    }
    const c: Contribution = { id: s.id, group: rule.group, logOdds: roundTo(logOdds, 3), counted: false };
    if (note) c.note = note;
    contributions.push(c);
  }
  const total = countStrongestPerGroup(contributions);
  const base = Math.round(100 * Math.exp(-total / SCORE_SCALE));
  const bonus = verified ? Math.min(config.verifiedBonus, 100 - base) : 0;
  const score = Math.max(0, Math.min(100, base + bonus));
  const cut = config.verdict;
  if (score >= cut.authenticMin && (!hasPrimary || followersUnassessed !== undefined)) {
    const insufficient = hasPrimary ? followersUnassessed! : noPrimary(unweighed);
    return { judgement: { verdict: 'insufficient-data', score: null }, contributions, logOdds: roundTo(total, 3), bonus: 0, insufficient };
  }
  const verdict = score >= cut.authenticMin ? 'authentic' : score >= cut.suspiciousMin ? 'suspicious' : 'likely-fake';
  return { judgement: { verdict, score }, contributions, logOdds: roundTo(total, 3), bonus };
}

function noPrimary(unweighed: readonly SignalId[] | undefined): string {
  if (unweighed === undefined) return 'no engagement, growth or audience signal could judge the account (each skip says what was missing)';
  const which = unweighed.length === 1
    ? `${unweighed[0]} was computed but weighs nothing (maxLogOdds 0), so it cannot clear the account`
    : `${andList(unweighed)} were computed but weigh nothing (maxLogOdds 0), so they cannot clear the account`;
  return `${which}, and no other engagement, growth or audience signal could judge it (each skip says what was missing)`;
}

function corroborated(signals: readonly Signal[]): boolean {
  return signals.some((s) => s.status === 'flag' && CORROBORATE_HIGH_ENGAGEMENT.includes(s.id));
}

/** What the verdict needs of a signal: its weight (0: informational), whether it is primary, its evidence group. */
interface SignalRule {
  weight: number;
  primary: boolean;
  group: string;
}

/**
 * A config's caps, primary signals and groups as one lookup per signal id, made once per config (the verdict's
 * hot path: docs/performance.md). Configs are frozen: one changed in place after scoring keeps its first caps.
 * Every primary signal has a rule, weighing 0 when its cap is 0 or absent.
 */
const RULES = new WeakMap<JudgeConfig, Map<SignalId, SignalRule>>();
function rulesOf(config: JudgeConfig): Map<SignalId, SignalRule> {
  let rules = RULES.get(config);
  if (rules === undefined) {
    rules = new Map();
    for (const [id, weight] of Object.entries(config.maxLogOdds) as [CountedSignalId, number | undefined][]) {
      if (weight !== undefined && weight > 0) rules.set(id, { weight, primary: config.primarySignals.includes(id), group: EVIDENCE_GROUPS[id] ?? id });
    }
    for (const id of config.primarySignals) if (!rules.has(id)) rules.set(id, { weight: 0, primary: true, group: id });
    RULES.set(config, rules);
  }
  return rules;
}

/** Marks the strongest contribution of each group as counted and returns their sum. */
function countStrongestPerGroup(contributions: Contribution[]): number {
  // Most accounts of a roster carry no flag or one: no map to build then.
  if (contributions.length <= 1) {
    const only = contributions[0];
    if (only === undefined) return 0;
    only.counted = true;
    return only.logOdds;
  }
  const strongest = new Map<string, Contribution>();
  for (const c of contributions) {
    const best = strongest.get(c.group);
    if (best === undefined || c.logOdds > best.logOdds) strongest.set(c.group, c);
  }
  let total = 0;
  for (const c of strongest.values()) {
    c.counted = true;
    total += c.logOdds;
  }
  return total;
}
