import { typicalRange } from '../../core/engagement/signal.js';
import { fmtInt } from '../../core/format.js';
import { tierCentre } from '../../core/norms/at-size.js';
import type { NormTable } from '../../core/norms/types.js';
import { safeLines } from '../safe-text.js';

/**
 * Plain text: every table with its tiers (median, spread, the size where they hold, where nine genuine accounts in
 * ten lie), source and year.
 */
export function renderNormsText(
  tables: readonly NormTable[],
  byPlatform: Readonly<Record<string, Readonly<Record<string, string>>>>,
  thresholds?: object,
): string {
  const out: string[] = [];
  for (const t of tables) {
    const users = Object.entries(byPlatform).flatMap(([p, bases]) => Object.entries(bases).filter(([, n]) => n === t.name).map(([b]) => `${p} (${b})`));
    out.push(`${t.name}  (${t.platform}, ER on ${t.basis}, ${t.year})${users.length ? `  in force for: ${users.join(', ')}` : ''}`);
    out.push(`  source: ${t.source}`);
    if (t.spreadSource) out.push(`  ${t.spreadSource}`);
    if (t.note) out.push(`  note: ${t.note}`);
    for (const tier of t.tiers) {
      const [low, high] = typicalRange(tier);
      const at = t.tiers.length > 1 ? ` (at ${fmtInt(Math.round(tierCentre(tier)))} followers)` : '';
      out.push(`  ${tier.label.padEnd(10)} median ${tier.medianPct.toFixed(2)} %, spread ${tier.spread}${at}: 90 % of genuine accounts ${low!.toFixed(2)}–${high!.toFixed(2)} %`);
    }
    if (t.tiers.length > 1) out.push('  between two tiers\' centres, median and spread are interpolated for the account\'s size');
    out.push('');
  }
  if (thresholds) out.push('thresholds:', JSON.stringify(thresholds, null, 2), '');
  // Names, sources and notes may come from a config file (one in the current directory is read by itself).
  return safeLines(out.join('\n'));
}
