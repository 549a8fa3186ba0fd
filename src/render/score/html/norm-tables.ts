import { fmtInt } from '../../../core/format.js';
import { normAtSize } from '../../../core/norms/at-size.js';
import { BUILTIN_NORM_TABLES } from '../../../core/norms/tables.js';
import { roundTo } from '../../../core/signal.js';
import type { AccountResult } from '../../../core/score-account.js';
import { numberAt, stringAt } from './read-evidence.js';

export interface ShownTier {
  label: string;
  min?: number;
  max?: number | null;
  medianPct: number;
  spread: number;
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
 * The norm tables the report's accounts were judged on (named in their engagement evidence), gathered account by
 * account: a built-in table is shown whole when every account's evidence agrees with it; a table from a config file
 * (or one that shadows a built-in name) is shown as the tiers found at their own figures in the evidence, never as
 * figures the run did not use. Holds a few tiers per table, whatever the number of accounts.
 */
export class SeenNormTables {
  /** Per table: the tiers met at their own figures, and the sizes judged between two tiers (figures interpolated). */
  private readonly seen = new Map<string, { platforms: string[]; tiers: ShownTier[]; between: { followers: number; medianPct: number; spread: number; labels: string }[] }>();

  add(r: AccountResult): void {
    for (const s of r.signals) {
      if (s.id !== 'engagement-rate') continue;
      const table = stringAt(s.evidence, 'normTable');
      const label = stringAt(s.evidence, 'tier');
      const medianPct = numberAt(s.evidence, 'medianPct');
      const spread = numberAt(s.evidence, 'spread');
      if (table === undefined || label === undefined || medianPct === undefined || spread === undefined) continue;
      let entry = this.seen.get(table);
      if (entry === undefined) this.seen.set(table, (entry = { platforms: [], tiers: [], between: [] }));
      if (!entry.platforms.includes(r.platform)) entry.platforms.push(r.platform);
      const between = s.evidence['between'];
      if (between !== undefined) {
        // A few sizes are enough to tell a built-in table from one of the same name in a config.
        const labels = Array.isArray(between) ? between.join(' and ') : '';
        if (r.followers !== null && entry.between.length < 8) entry.between.push({ followers: r.followers, medianPct, spread, labels });
      } else if (!entry.tiers.some((t) => t.label === label)) entry.tiers.push({ label, medianPct, spread });
    }
  }

  tables(): ShownTable[] {
    return [...this.seen].map(([name, { platforms, tiers, between }]) => {
      const builtin = BUILTIN_NORM_TABLES.find((t) => t.name === name);
      const agrees = builtin !== undefined && tiers.every((e) => builtin.tiers.some((t) => t.label === e.label && t.medianPct === e.medianPct && t.spread === e.spread)) &&
        between.every((e) => {
          const at = normAtSize(builtin, e.followers);
          return at !== undefined && roundTo(at.medianPct, 3) === e.medianPct && roundTo(at.spread, 3) === e.spread;
        });
      if (builtin && agrees) return { name, platforms, from: 'builtin', source: builtin.source, year: builtin.year, tiers: builtin.tiers };
      // Figures met between two tiers are shown as what they were: the figures for one size.
      const sizes = between.map((e) => ({ label: `${fmtInt(e.followers)} followers (between ${e.labels})`, medianPct: e.medianPct, spread: e.spread }));
      return { name, platforms, from: 'evidence', tiers: [...tiers, ...sizes] };
    });
  }
}

/** The tables a list of accounts was judged on. */
export function shownNormTables(rows: readonly AccountResult[]): ShownTable[] {
  const seen = new SeenNormTables();
  for (const r of rows) seen.add(r);
  return seen.tables();
}
