import { BUILTIN_NORM_TABLES } from '../../core/norms/tables.js';
import type { AccountResult } from '../../core/score-account.js';
import { numberAt, rangeAt, stringAt } from './read-evidence.js';

export interface ShownTier {
  label: string;
  min?: number;
  max?: number | null;
  normPct: number | null;
  lowPct: number;
  highPct: number;
}

export interface ShownTable {
  name: string;
  platforms: string[];
  /** Where the rows come from: the built-in table, or only the tiers this report's accounts were judged on. */
  from: 'builtin' | 'evidence';
  source?: string;
  year?: number;
  tiers: ShownTier[];
}

/**
 * The norm tables the report's accounts were judged on (by their platform), with their tiers. The renderer knows
 * only table names, so a built-in table is shown whole when every account's evidence agrees with it; a table from a
 * config file (or one that shadows a built-in name) is shown as the tiers found in the evidence, never as figures the
 * run did not use.
 */
export function shownNormTables(rows: readonly AccountResult[], normsByPlatform: Readonly<Record<string, string>>, fallback: string): ShownTable[] {
  const names = new Map<string, string[]>();
  for (const r of rows) {
    const name = normsByPlatform[r.platform];
    if (name === undefined) continue;
    const ps = names.get(name) ?? [];
    if (!ps.includes(r.platform)) ps.push(r.platform);
    names.set(name, ps);
  }
  if (names.size === 0 && fallback) names.set(fallback, []);
  const seen = seenTiers(rows);
  return [...names].map(([name, platforms]) => {
    const evidence = seen.get(name) ?? [];
    const builtin = BUILTIN_NORM_TABLES.find((t) => t.name === name);
    const agrees = builtin !== undefined && evidence.every((e) => builtin.tiers.some((t) => t.label === e.label && t.lowPct === e.lowPct && t.highPct === e.highPct && t.normPct === e.normPct));
    if (builtin && agrees) return { name, platforms, from: 'builtin', source: builtin.source, year: builtin.year, tiers: builtin.tiers };
    return { name, platforms, from: 'evidence', tiers: evidence };
  });
}

function seenTiers(rows: readonly AccountResult[]): Map<string, ShownTier[]> {
  const out = new Map<string, ShownTier[]>();
  for (const r of rows) {
    for (const s of r.signals) {
      if (s.id !== 'engagement-rate') continue;
      const table = stringAt(s.evidence, 'normTable');
      const label = stringAt(s.evidence, 'tier');
      const band = rangeAt(s.evidence, 'band');
      if (table === undefined || label === undefined || band === undefined) continue;
      const tiers = out.get(table) ?? [];
      if (!tiers.some((t) => t.label === label)) tiers.push({ label, normPct: numberAt(s.evidence, 'normPct') ?? null, lowPct: band[0], highPct: band[1] });
      out.set(table, tiers);
    }
  }
  return out;
}
