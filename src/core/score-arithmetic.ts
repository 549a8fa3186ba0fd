import { fixed2 } from './format.js';
import type { Judgement, ScoreBreakdown } from './verdict.js';
import { SCORE_SCALE } from './verdict.js';

/**
 * The score's arithmetic in one line, for --explain: each flag's log-odds (those not counted say why), their sum,
 * the score it gives, the verified bonus, and the verdict.
 * "evidence 6.10 (engagement-rate) + 2.50 (follow-ratio) = 8.60 log-odds → score 100 × e^(−8.60 / 3.3) = 7 → likely-fake"
 */
export function scoreArithmetic(b: Omit<ScoreBreakdown, 'judgement'>, j: Judgement): string {
  const counted = b.contributions.filter((c) => c.counted);
  const dropped = b.contributions.filter((c) => !c.counted);
  const terms = counted.map((c) => `${fixed2(c.logOdds)} (${c.id}${c.note ? `: ${c.note}` : ''})`);
  const sum = counted.length === 0 ? 'evidence 0' : `evidence ${terms.join(' + ')}${counted.length > 1 ? ` = ${fixed2(b.logOdds)}` : ''} log-odds`;
  const notCounted = dropped.length === 0 ? '' : ` (not counted, a stronger flag of the same group did: ${dropped.map((c) => `${c.id} ${fixed2(c.logOdds)}`).join(', ')})`;
  const base = Math.round(100 * Math.exp(-b.logOdds / SCORE_SCALE));
  const score = `score 100 × e^(−${fixed2(b.logOdds)} / ${SCORE_SCALE}) = ${base}${b.bonus ? ` + ${b.bonus} (verified) = ${base + b.bonus}` : ''}`;
  // No verdict from a score that would clear an account the data cannot clear: say so instead of the score.
  if (j.verdict === 'insufficient-data') return `${sum}${notCounted} → would score ${base}, but no score: insufficient-data (${b.insufficient ?? 'no conclusive evidence'})`;
  return `${sum}${notCounted} → ${score} → ${j.verdict}`;
}
