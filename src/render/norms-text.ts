import type { NormTable } from '../core/norms/types.js';

/** Plain text: every table with its tiers, bands, source and year, and which platform uses it by default. */
export function renderNormsText(tables: readonly NormTable[], byPlatform: Readonly<Record<string, string>>, thresholds?: object): string {
  const out: string[] = [];
  for (const t of tables) {
    const users = Object.entries(byPlatform).filter(([, n]) => n === t.name).map(([p]) => p);
    out.push(`${t.name}  (${t.platform}, ER on ${t.basis}, ${t.year})${users.length ? `  in force for: ${users.join(', ')}` : ''}`);
    out.push(`  source: ${t.source}`);
    if (t.note) out.push(`  note: ${t.note}`);
    for (const tier of t.tiers) {
      const norm = tier.normPct === null ? '' : `norm ${tier.normPct.toFixed(2)} %, `;
      out.push(`  ${tier.label.padEnd(10)} ${norm}band ${tier.lowPct.toFixed(2)}–${tier.highPct.toFixed(2)} %`);
    }
    out.push('');
  }
  if (thresholds) out.push('thresholds:', JSON.stringify(thresholds, null, 2), '');
  return out.join('\n');
}
