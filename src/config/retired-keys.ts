/**
 * Config keys whose meaning changed with output schema 2 (scores from log-odds of evidence, norms as distributions):
 * a config written for the old meaning is refused with what to write now, rather than read with a new meaning.
 */
const RETIRED: Record<string, string> = {
  weights: '`weights` (score points lost at severity 1) is now `maxLogOdds` (the most log-odds of evidence a signal may add, 0–20; a fully severe flag of 60 points, which left a score of 40, now needs 3.02 for the same score): see CHANGELOG.md',
  'engagement.lowFullSeverityFactor': 'engagement is now graded by rarity among genuine accounts: use `engagement.evidenceTail` (default 0.05)',
  'engagement.highFullSeverityFactor': 'engagement is now graded by rarity among genuine accounts: use `engagement.evidenceTail` and `engagement.highAloneMaxLogOdds`',
  'followRatio.followForFollowMinFollowers': 'renamed `followRatio.smallAccountMax`',
  'tiers.normPct': 'norm tiers now take `medianPct` (the median rate of genuine accounts) and `spread` (standard deviation of ln rate), not `normPct`',
  'tiers.lowPct': 'norm tiers now take `medianPct` and `spread` instead of a band (`lowPct`, `highPct`)',
  'tiers.highPct': 'norm tiers now take `medianPct` and `spread` instead of a band (`lowPct`, `highPct`)',
};

/** One line per retired key found, naming where it is. */
export function retiredKeyProblems(json: unknown): string[] {
  const found: string[] = [];
  const at = (o: unknown, key: string): unknown => (isObject(o) && Object.hasOwn(o, key) ? o[key] : undefined);
  const check = (o: unknown, key: string, path: string, rule: string) => {
    if (isObject(o) && Object.hasOwn(o, key)) found.push(`${path}: ${RETIRED[rule]}`);
  };
  check(json, 'weights', 'weights', 'weights');
  check(at(json, 'engagement'), 'lowFullSeverityFactor', 'engagement.lowFullSeverityFactor', 'engagement.lowFullSeverityFactor');
  check(at(json, 'engagement'), 'highFullSeverityFactor', 'engagement.highFullSeverityFactor', 'engagement.highFullSeverityFactor');
  check(at(json, 'followRatio'), 'followForFollowMinFollowers', 'followRatio.followForFollowMinFollowers', 'followRatio.followForFollowMinFollowers');
  const tables = at(at(json, 'norms'), 'tables');
  if (Array.isArray(tables)) {
    tables.forEach((t, i) => {
      const tiers = at(t, 'tiers');
      if (!Array.isArray(tiers)) return;
      tiers.forEach((tier, j) => {
        for (const key of ['normPct', 'lowPct', 'highPct']) check(tier, key, `norms.tables.${i}.tiers.${j}.${key}`, `tiers.${key}`);
      });
    });
  }
  return found;
}

function isObject(o: unknown): o is Record<string, unknown> {
  return typeof o === 'object' && o !== null && !Array.isArray(o);
}
