import { RULE_IDS } from '../../core/audience/rule-config.js';
import type { AudienceThresholds } from '../../core/audience/thresholds.js';

const pct = (x: number) => `${+(x * 100).toFixed(1)} %`;
// A source is credited only while the threshold is still its figure (a config file may have changed it).
const cite = (value: number, published: number, who: string) => (value === published ? ` (${who})` : '');

/**
 * The audience thresholds as `influaudit norms` prints them: the verdict's limits with their sources, then each
 * platform's classifier (weights, numbers, cut-offs); platforms without their own use Instagram's.
 */
export function renderAudienceText(t: AudienceThresholds): string {
  const out = [
    'audience quality (influaudit followers, audience-quality in score):',
    `  sample: at least ${t.minSample} followers; shares with ${pct(t.confidence)} Wilson intervals, decided on their bounds`,
    `  likely fake: normal up to ${pct(t.normalFakeShare)}${cite(t.normalFakeShare, 0.1, 'StatusPeople Fakers, 2012')}, a problem above ${pct(t.problemFakeShare)}${cite(t.problemFakeShare, 0.3, 'StatusPeople Fakers, 2012')}`,
    `  suspicious: under ${pct(t.minGenuineShare)} real or mass followers${cite(t.minGenuineShare, 0.6, 'IG Audit, 2019')}`,
    `  severity: suspicious ${t.severity.suspicious}, likely fake ${t.severity.likelyFake}`,
  ];
  for (const [platform, rules] of Object.entries(t.rules)) {
    if (!rules) continue;
    const weights = RULE_IDS.filter((id) => rules.weights[id] !== undefined).map((id) => `${id} ${rules.weights[id]}`).join(', ');
    const params = Object.entries(rules.params).map(([k, v]) => `${k} ${v}`).join(', ');
    out.push(
      `  ${platform} rules (cut-offs: suspicious from ${rules.cutoffs.suspicious} points, likely fake from ${rules.cutoffs.likelyFake}):`,
      `    weights: ${weights}`,
      `    numbers: ${params}`,
    );
  }
  out.push('  platforms without rules of their own use the instagram rules', '');
  return out.join('\n');
}
