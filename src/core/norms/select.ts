import type { Platform } from '../platform.js';
import type { NormTable, NormTier } from './types.js';

export interface NormSelection {
  tables: readonly NormTable[];
  /** Table name per platform. */
  byPlatform: Readonly<Record<Platform, string>>;
}

/** Each selection's table per platform, found once: the scorer asks for every account. */
const RESOLVED = new WeakMap<NormSelection, Map<Platform, NormTable | undefined>>();

/** The table in force for a platform. A missing name is a config error caught when the config loads. */
export function tableFor(platform: Platform, selection: NormSelection): NormTable | undefined {
  let byPlatform = RESOLVED.get(selection);
  if (byPlatform === undefined) RESOLVED.set(selection, (byPlatform = new Map()));
  if (byPlatform.has(platform)) return byPlatform.get(platform);
  const name = selection.byPlatform[platform];
  const table = selection.tables.find((t) => t.name === name);
  byPlatform.set(platform, table);
  return table;
}

export function findTable(name: string, tables: readonly NormTable[]): NormTable | undefined {
  return tables.find((t) => t.name === name);
}

/** The tier whose [min, max) holds `followers`. */
export function findTier(table: NormTable, followers: number): NormTier | undefined {
  // A loop, not `tiers.find` with a closure: this runs for every account, and the closure was a hot spot (bench).
  const tiers = table.tiers;
  for (let i = 0; i < tiers.length; i++) {
    const t = tiers[i]!;
    if (followers >= t.min && (t.max === null || followers < t.max)) return t;
  }
  return undefined;
}

/**
 * Applies `--norms NAME`: a platform table replaces that platform's default; a platform-agnostic table ('any')
 * replaces every platform's, so `--norms generic-1-5` judges all accounts on the one band.
 */
export function withNormsOverride(selection: NormSelection, table: NormTable): NormSelection {
  const byPlatform = { ...selection.byPlatform };
  for (const p of Object.keys(byPlatform) as Platform[]) {
    if (table.platform === 'any' || table.platform === p) byPlatform[p] = table.name;
  }
  return { tables: selection.tables, byPlatform };
}
