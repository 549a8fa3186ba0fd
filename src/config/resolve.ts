import type { AudienceRuleConfig, RuleId } from '../core/audience/rule-config.js';
import type { AudienceThresholds } from '../core/audience/thresholds.js';
import type { NormTable, NormTier } from '../core/norms/types.js';
import { BAND_FROM_NORM } from '../core/norms/tables.js';
import { PLATFORMS, type Platform } from '../core/platform.js';
import { deepFreeze } from '../core/deep-freeze.js';
import { DEFAULT_SCORING, type ScoringConfig } from '../core/scoring-config.js';
import { UserError } from '../io/errors.js';
import type { ConfigFile } from './schema.js';

export interface ResolvedConfig {
  scoring: ScoringConfig;
  defaultPlatform: Platform;
}

/** Defaults, then the config file's overrides, key by key; custom norm tables join (or replace) the built-in ones. */
export function resolveConfig(file: ConfigFile, source: string): ResolvedConfig {
  const d = DEFAULT_SCORING;
  const custom = (file.norms?.tables ?? []).map(toTable);
  const tables = [...d.norms.tables.filter((t) => !custom.some((c) => c.name === t.name)), ...custom];
  const byPlatform = { ...d.norms.byPlatform, ...stripUndefined(file.norms?.byPlatform ?? {}) } as Record<Platform, string>;
  for (const [platform, name] of Object.entries(byPlatform)) {
    if (!tables.some((t) => t.name === name)) {
      throw new UserError(`${source}: norms.byPlatform.${platform}: no norm table named "${name}" (known: ${tables.map((t) => t.name).join(', ')})`);
    }
  }
  const verdict = { ...d.verdict, ...stripUndefined(file.verdict ?? {}) };
  if (verdict.suspiciousMin > verdict.authenticMin) {
    throw new UserError(`${source}: verdict.suspiciousMin (${verdict.suspiciousMin}) must not be above verdict.authenticMin (${verdict.authenticMin})`);
  }
  return {
    defaultPlatform: file.defaultPlatform ?? 'instagram',
    scoring: deepFreeze({
      weights: { ...d.weights, ...(file.weights ?? {}) },
      verifiedBonus: file.verifiedBonus ?? d.verifiedBonus,
      verdict,
      primarySignals: d.primarySignals,
      norms: { tables, byPlatform },
      engagement: { ...d.engagement, ...stripUndefined(file.engagement ?? {}) },
      followRatio: { ...d.followRatio, ...stripUndefined(file.followRatio ?? {}) },
      growth: { ...d.growth, ...stripUndefined(file.growth ?? {}) },
      posts: { ...d.posts, ...stripUndefined(file.posts ?? {}) },
      audience: resolveAudience(d.audience, file.audience, source),
    }),
  };
}

type AudienceFile = NonNullable<ConfigFile['audience']>;

/**
 * The audience thresholds: the file's keys over the defaults; each platform's rules over that platform's default
 * classifier (Instagram's when it has none), a null weight turning a rule off. Checks what only the merged values
 * can show: the normal fake share not above the problem one, the suspicious cut-off not above the likely-fake one.
 */
function resolveAudience(d: AudienceThresholds, file: AudienceFile | undefined, source: string): AudienceThresholds {
  if (!file) return d;
  const rules: AudienceThresholds['rules'] = { ...d.rules };
  for (const p of PLATFORMS) {
    const over = file.rules?.[p];
    if (!over) continue;
    const base = d.rules[p] ?? d.rules.instagram;
    const weights: Partial<Record<RuleId, number>> = { ...base.weights };
    for (const [id, w] of Object.entries(over.weights ?? {}) as [RuleId, number | null | undefined][]) {
      if (w === null) delete weights[id];
      else if (w !== undefined) weights[id] = w;
    }
    const merged: AudienceRuleConfig = {
      weights,
      params: { ...base.params, ...stripUndefined(over.params ?? {}) },
      cutoffs: { ...base.cutoffs, ...stripUndefined(over.cutoffs ?? {}) },
    };
    if (merged.cutoffs.suspicious > merged.cutoffs.likelyFake) {
      throw new UserError(`${source}: audience.rules.${p}.cutoffs.suspicious (${merged.cutoffs.suspicious}) must not be above cutoffs.likelyFake (${merged.cutoffs.likelyFake})`);
    }
    rules[p] = merged;
  }
  const { rules: _rules, severity, ...numbers } = file;
  const t: AudienceThresholds = { ...d, ...stripUndefined(numbers), rules, severity: { ...d.severity, ...stripUndefined(severity ?? {}) } };
  if (t.normalFakeShare > t.problemFakeShare) {
    throw new UserError(`${source}: audience.normalFakeShare (${t.normalFakeShare}) must not be above audience.problemFakeShare (${t.problemFakeShare})`);
  }
  return t;
}

function toTable(t: NonNullable<NonNullable<ConfigFile['norms']>['tables']>[number]): NormTable {
  const tiers: NormTier[] = t.tiers.map((x) => {
    const norm = x.normPct ?? null;
    if (norm === null && (x.lowPct === undefined || x.highPct === undefined)) {
      throw new UserError(`norm table ${t.name}, tier ${x.label}: give normPct, or both lowPct and highPct`);
    }
    return {
      label: x.label, min: x.min, max: x.max, normPct: norm,
      lowPct: x.lowPct ?? norm! * BAND_FROM_NORM.low,
      highPct: x.highPct ?? norm! * BAND_FROM_NORM.high,
    };
  });
  return { name: t.name, platform: t.platform, basis: t.basis, year: t.year, source: t.source, ...(t.note ? { note: t.note } : {}), tiers };
}

function stripUndefined<T extends object>(o: T): { [K in keyof T]-?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as never;
}
