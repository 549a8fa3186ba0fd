/**
 * The evidence a rare observation carries, as log-odds (natural log of a likelihood ratio, "nats"), from its tail
 * probability p among genuine accounts: −ln(−e · p · ln p) for p < 1/e, else 0. This is the upper bound on the
 * Bayes factor against "genuine" that a p-value can support (Sellke, Bayarri & Berger, "Calibration of p values
 * for testing precise null hypotheses", The American Statistician, 2001): it grows slowly, so one merely unusual
 * value weighs little (p = 0.05 → 0.9, p = 0.01 → 2.1) while an overwhelming one convicts (p = 1e-5 → 8.1).
 */
export function tailLogOdds(p: number): number {
  if (!(p < 1 / Math.E)) return 0;
  if (p <= 0) return Infinity;
  return -Math.log(-Math.E * p * Math.log(p));
}
