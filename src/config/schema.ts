import { z } from 'zod';
import { RULE_IDS } from '../core/audience/rule-config.js';
import { DEFAULT_GROWTH } from '../core/growth/thresholds.js';
import { RATE_BASES, type RateBasis } from '../core/norms/types.js';
import { PLATFORMS } from '../core/platform.js';
import { DEFAULT_WEIGHTS } from '../core/scoring-config.js';
import { DEFAULT_POSTS } from '../core/posts/thresholds.js';

/** A strict object of optional non-negative numbers, one per numeric key of a defaults object. */
function numbersLike(defaults: object) {
  const keys = Object.entries(defaults).filter(([, v]) => typeof v === 'number').map(([k]) => k);
  return z.strictObject(Object.fromEntries(keys.map((k) => [k, z.number().nonnegative().optional()])) as Record<string, z.ZodOptional<z.ZodNumber>>);
}

/**
 * The config file (`influaudit.config.json`): every key optional, each overriding one default. Strict objects, so
 * a misspelt key is an error that names it rather than a setting silently ignored.
 */
const tier = z.strictObject({
  label: z.string().min(1),
  min: z.number().nonnegative(),
  max: z.number().positive().nullable(),
  medianPct: z.number().positive().max(1000),
  spread: z.number().min(0.1).max(5),
});

export const normTableSchema = z.strictObject({
  name: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'lowercase letters, digits, dots and dashes'),
  platform: z.enum([...PLATFORMS, 'any']),
  basis: z.enum(['followers', 'views', 'impressions']),
  year: z.number().int().min(2000).max(2100),
  source: z.string().min(1),
  spreadSource: z.string().optional(),
  note: z.string().optional(),
  tiers: z.array(tier).min(1),
});

/** A platform's table: one name (for that table's basis), or one name per basis. */
const platformTables = z.union([z.string(), z.strictObject(Object.fromEntries(RATE_BASES.map((b) => [b, z.string().optional()])) as Record<RateBasis, z.ZodOptional<z.ZodString>>)]);
const platformMap = z.strictObject(Object.fromEntries(PLATFORMS.map((p) => [p, platformTables.optional()])) as Record<(typeof PLATFORMS)[number], z.ZodOptional<typeof platformTables>>);

/** The signals a weight can be given to: a misspelt id is an error that names it, not a weight silently ignored. */
const maxLogOdds = z.strictObject(Object.fromEntries(Object.keys(DEFAULT_WEIGHTS).map((id) => [id, z.number().min(0).max(20).optional()])) as Record<string, z.ZodOptional<z.ZodNumber>>);

const positive = z.number().positive();
const share = z.number().min(0).max(1);

/**
 * One platform's follower classifier, merged onto that platform's default (Instagram's for a platform without its
 * own): a weight of null turns a rule off; params and cut-offs override key by key.
 */
const audienceRules = z.strictObject({
  weights: z.partialRecord(z.enum(RULE_IDS), z.number().min(-10).max(10).nullable()).optional(),
  params: z.strictObject({
    fewFollowers: z.number().nonnegative().optional(),
    fewPosts: z.number().nonnegative().optional(),
    maxFollowerRatio: z.number().nonnegative().optional(),
    massFollowing: z.number().nonnegative().optional(),
    manyFollowing: z.number().nonnegative().optional(),
    fewFollowersForMany: z.number().nonnegative().optional(),
    minUsernameDigits: z.number().nonnegative().optional(),
    minUsernameDigitRatio: share.optional(),
  }).optional(),
  cutoffs: z.strictObject({ suspicious: z.number().optional(), likelyFake: z.number().optional() }).optional(),
});

const audience = z.strictObject({
  classifier: z.enum(['model', 'rules']).optional(),
  rules: z.strictObject(Object.fromEntries(PLATFORMS.map((p) => [p, audienceRules.optional()])) as Record<(typeof PLATFORMS)[number], z.ZodOptional<typeof audienceRules>>).optional(),
  minSample: z.number().int().min(1).optional(),
  confidence: z.number().gt(0).lt(1).optional(),
  normalFakeShare: share.optional(),
  problemFakeShare: share.optional(),
  minGenuineShare: share.optional(),
  severity: z.strictObject({ suspicious: z.number().gt(0).max(1).optional(), likelyFake: z.number().gt(0).max(1).optional() }).optional(),
});

export const configSchema = z.strictObject({
  $schema: z.string().optional(),
  defaultPlatform: z.enum(PLATFORMS).optional(),
  maxLogOdds: maxLogOdds.optional(),
  verifiedBonus: z.number().min(0).max(100).optional(),
  verdict: z.strictObject({ authenticMin: z.number().min(0).max(100).optional(), suspiciousMin: z.number().min(0).max(100).optional() }).optional(),
  norms: z.strictObject({ byPlatform: platformMap.optional(), tables: z.array(normTableSchema).optional() }).optional(),
  engagement: z.strictObject({ evidenceTail: z.number().gt(0).max(0.3).optional(), highAloneMaxLogOdds: z.number().min(0).max(20).optional() }).optional(),
  growth: numbersLike(DEFAULT_GROWTH).optional(),
  posts: numbersLike(DEFAULT_POSTS).optional(),
  followRatio: z.strictObject({
    smallAccountMax: z.number().nonnegative().optional(),
    massFollowingMin: z.number().nonnegative().optional(),
    massRatioStart: positive.optional(),
    massRatioFull: positive.optional(),
    followForFollowRatioStart: positive.optional(),
    followForFollowRatioFull: positive.optional(),
    parkedShareOfCap: z.number().gt(0).max(1).optional(),
  }).optional(),
  audience: audience.optional(),
}).superRefine((c, ctx) => {
  const v = c.verdict;
  if (v?.authenticMin !== undefined && v.suspiciousMin !== undefined && v.suspiciousMin > v.authenticMin) {
    ctx.addIssue({ code: 'custom', path: ['verdict', 'suspiciousMin'], message: 'must not be above verdict.authenticMin' });
  }
});

export type ConfigFile = z.infer<typeof configSchema>;
