import type { AudienceRuleConfig, RuleId } from '../core/audience/rule-config.js';
import type { AudienceThresholds } from '../core/audience/thresholds.js';
import type { NormTable } from '../core/norms/types.js';
import type { NormSelection } from '../core/norms/select.js';
import type { RateBasis } from '../core/norms/types.js';
import { PLATFORMS, type Platform } from '../core/platform.js';
import { deepFreeze } from '../core/deep-freeze.js';
import { DEFAULT_SCORING, type ScoringConfig } from '../core/scoring-config.js';
import { UserError } from '../shared/user-error.js';
import { listCut } from '../shared/list-text.js';
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
  const byPlatform = resolveByPlatform(d.norms.byPlatform, file.norms?.byPlatform ?? {}, tables, source);
  const verdict = { ...d.verdict, ...stripUndefined(file.verdict ?? {}) };
  if (verdict.suspiciousMin > verdict.authenticMin) {
    throw new UserError(`${source}: verdict.suspiciousMin (${verdict.suspiciousMin}) must not be above verdict.authenticMin (${verdict.authenticMin})`);
  }
  const followRatio = { ...d.followRatio, ...stripUndefined(file.followRatio ?? {}) };
  for (const [start, full] of [['massRatioStart', 'massRatioFull'], ['followForFollowRatioStart', 'followForFollowRatioFull']] as const) {
    if (followRatio[start] > followRatio[full]) {
      throw new UserError(`${source}: followRatio.${start} (${followRatio[start]}) must not be above followRatio.${full} (${followRatio[full]})`);
    }
  }
  return {
    defaultPlatform: file.defaultPlatform ?? 'instagram',
    scoring: deepFreeze({
      maxLogOdds: { ...d.maxLogOdds, ...stripUndefined(file.maxLogOdds ?? {}) },
      verifiedBonus: file.verifiedBonus ?? d.verifiedBonus,
      verdict,
      primarySignals: d.primarySignals,
      norms: { tables, byPlatform },
      engagement: { ...d.engagement, ...stripUndefined(file.engagement ?? {}) },
      followRatio,
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
  return {
    name: t.name, platform: t.platform, basis: t.basis, year: t.year, source: t.source,
    ...(t.spreadSource ? { spreadSource: t.spreadSource } : {}), ...(t.note ? { note: t.note } : {}),
    tiers: t.tiers.map((x) => ({ label: x.label, min: x.min, max: x.max, medianPct: x.medianPct, spread: x.spread })),
  };
}

type ByPlatform = NormSelection['byPlatform'];
type ByPlatformFile = NonNullable<NonNullable<ConfigFile['norms']>['byPlatform']>;

/**
 * The tables in force per platform and basis: a name sets its table's basis for that platform, an object sets one
 * name per basis. A name must exist and measure that platform (or any), on the basis it is set for.
 */
function resolveByPlatform(defaults: ByPlatform, file: ByPlatformFile, tables: readonly NormTable[], source: string): ByPlatform {
  const out: Record<Platform, Partial<Record<RateBasis, string>>> = { ...defaults };
  for (const p of PLATFORMS) {
    const given = file[p];
    if (given === undefined) continue;
    const entries: [RateBasis | undefined, string][] = typeof given === 'string'
      ? [[undefined, given]]
      : (Object.entries(given) as [RateBasis, string | undefined][]).filter((e): e is [RateBasis, string] => e[1] !== undefined);
    const merged = { ...out[p] };
    for (const [basis, name] of entries) {
      const where = `${source}: norms.byPlatform.${p}${basis ? `.${basis}` : ''}`;
      const table = tables.find((t) => t.name === name);
      if (!table) throw new UserError(`${where}: no norm table named "${name}" (known: ${listCut(tables.map((t) => t.name))})`);
      if (table.platform !== 'any' && table.platform !== p) throw new UserError(`${where}: table "${name}" measures ${table.platform}, not ${p}`);
      if (basis !== undefined && table.basis !== basis) throw new UserError(`${where}: table "${name}" is on ${table.basis}, not ${basis}`);
      merged[table.basis] = name;
    }
    out[p] = merged;
  }
  return out;
}

function stripUndefined<T extends object>(o: T): { [K in keyof T]-?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as never;
}
