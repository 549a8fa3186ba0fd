import type { Platform } from '../platform.js';
import { PLATFORMS } from '../platform.js';
import type { NormTable, RateBasis } from './types.js';

/** The tables known to a run, and which one judges each platform's rates on each basis. */
export interface NormSelection {
  tables: readonly NormTable[];
  byPlatform: Readonly<Record<Platform, Readonly<Partial<Record<RateBasis, string>>>>>;
}

/** The table in force for a platform's rates on a basis; undefined when none is (the signal then says so). */
export function tableFor(platform: Platform, basis: RateBasis, selection: NormSelection): NormTable | undefined {
  // Resolved once per selection: the scorer asks for every account, and a search by name each time showed (bench).
  let resolved = RESOLVED.get(selection);
  if (resolved === undefined) {
    resolved = {};
    for (const p of PLATFORMS) {
      const tables: Partial<Record<RateBasis, NormTable>> = {};
      for (const [b, name] of Object.entries(selection.byPlatform[p]) as [RateBasis, string][]) {
        const t = findTable(name, selection.tables);
        if (t) tables[b] = t;
      }
      resolved[p] = tables;
    }
    RESOLVED.set(selection, resolved);
  }
  return resolved[platform]?.[basis];
}

const RESOLVED = new WeakMap<NormSelection, Partial<Record<Platform, Partial<Record<RateBasis, NormTable>>>>>();

/** The name a platform's rates are usually judged by: its first basis's table (followers before views before impressions). */
export function mainTableName(selection: NormSelection, platform: Platform): string {
  const tables = selection.byPlatform[platform];
  return tables.followers ?? tables.views ?? tables.impressions ?? '';
}

export function findTable(name: string, tables: readonly NormTable[]): NormTable | undefined {
  return tables.find((t) => t.name === name);
}

/**
 * Applies `--norms NAME`: a platform's table replaces that platform's default on its basis; a platform-agnostic
 * table ('any') replaces every platform's, so `--norms generic-1-5` judges every follower-based rate on one band.
 */
export function withNormsOverride(selection: NormSelection, table: NormTable): NormSelection {
  const byPlatform = { ...selection.byPlatform };
  for (const p of PLATFORMS) {
    if (table.platform === 'any' || table.platform === p) byPlatform[p] = { ...byPlatform[p], [table.basis]: table.name };
  }
  return { tables: selection.tables, byPlatform };
}
