import { z } from 'zod';
import { RULE_IDS, type RuleId } from '../core/audience/rule-config.js';
import type { GrowthThresholds } from '../core/growth/thresholds.js';
import { RATE_BASES, type RateBasis } from '../core/norms/types.js';
import { PLATFORMS } from '../core/platform.js';
import { DEFAULT_MAX_LOG_ODDS } from '../core/scoring-config.js';
import type { CountedSignalId } from '../core/signal.js';
import type { PostThresholds } from '../core/posts/thresholds.js';

/**
 * Every number has the bounds the code can run with, so a value the schema accepts never ends in an internal error
 * (`posts.minPosts: 0` used to reach a median of no posts). The kinds of number:
 */
/** A count of posts, points or accounts the code takes a median or a spread of: at least `min`, whole. */
const count = (min: number, why: string) => z.number().int(`a whole number (${why})`).min(min, `at least ${min} (${why})`);
/** Something the code divides by: above 0. */
const divisor = z.number().positive('above 0 (it divides)');
/** A limit, a number of days, a multiple of the noise: 0 or more. */
const limit = z.number().nonnegative();
/** A share of something, 0 to 1. */
const fraction = z.number().min(0).max(1);

/** One bound per key of `T` (the compiler checks none is missing): a new threshold must say what it can run with. */
function thresholdsSchema<T>(bounds: Record<keyof T, z.ZodNumber>) {
  const shape = Object.fromEntries(Object.entries<z.ZodNumber>(bounds).map(([k, v]) => [k, v.optional()]));
  return z.strictObject(shape as { [K in keyof T]: z.ZodOptional<z.ZodNumber> });
}

const growth = thresholdsSchema<GrowthThresholds>({
  minPoints: count(2, 'a baseline needs two points'),
  minSpanDays: limit,
  minSpikeShareOfFollowers: limit,
  minSpikeGain: limit,
  spikeNoiseMultiple: limit,
  dropWindowDays: limit,
  minDropShareOfSpike: limit,
  dropNoiseMultiple: limit,
  eventToleranceDays: limit,
  severeSpikeShareOfFollowers: divisor,
  severeDropShareOfSpike: divisor,
  largeSpikeShareOfFollowers: divisor,
  adsMaxGainPerDay: limit,
  followingJumpMinCount: limit,
  followingJumpMinShare: divisor,
  engagementWindowDays: limit,
  engagementMinPostsPerSide: count(1, 'a median needs one post'),
  engagementMinGrowthShare: limit,
  engagementMinKeptPace: divisor,
});

const posts = thresholdsSchema<Omit<PostThresholds, 'commentLikeTypical'>>({
  lastN: count(1, 'posts measured'),
  rateMinPosts: count(1, 'a median needs one post'),
  minPosts: count(2, 'a spread needs two posts'),
  uniformityMaxCv: divisor,
  uniformityMinMedianLikes: limit,
  burstMinZ: limit,
  burstMinMultiple: limit,
  burstMinExtraLikes: limit,
  burstMatchLogShare: limit,
  burstPostsForFullSeverity: divisor,
  ratioMinLikes: z.number().positive('above 0 (comments are divided by likes)'),
  ratioMinExpectedComments: limit,
  commentLikeFarFactor: z.number().min(1, 'at least 1 (it widens the typical band)'),
  impossibleBaseSeverity: fraction,
});

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
}).refine((t) => t.max === null || t.max > t.min, { path: ['max'], message: 'must be above min (or null)' });

export const normTableSchema = z.strictObject({
  name: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'lowercase letters, digits, dots and dashes'),
  platform: z.enum([...PLATFORMS, 'any']),
  basis: z.enum(['followers', 'views', 'impressions']),
  year: z.number().int().min(2000).max(2100),
  source: z.string().min(1),
  spreadSource: z.string().optional(),
  note: z.string().optional(),
  tiers: z.array(tier).min(1),
}).superRefine((t, ctx) => {
  // Tiers in order from 0 followers, each starting where the one before ends, the last open: every account meets
  // exactly one. A gap would leave accounts unjudged (insufficient data, which passes a gate).
  t.tiers.forEach((tier, i) => {
    const before = t.tiers[i - 1];
    if (i === 0 && tier.min !== 0) ctx.addIssue({ code: 'custom', path: ['tiers', 0, 'min'], message: `must be 0: accounts under ${tier.min} followers would meet no tier` });
    if (before && before.max !== tier.min) {
      ctx.addIssue({ code: 'custom', path: ['tiers', i, 'min'], message: `must be ${before.max ?? 'below an open tier (only the last tier may have max null)'}, where tier ${i - 1} ends: tiers must not leave a gap or overlap` });
    }
    if (i === t.tiers.length - 1 && tier.max !== null) ctx.addIssue({ code: 'custom', path: ['tiers', i, 'max'], message: `must be null: accounts of ${tier.max} followers or more would meet no tier` });
  });
});

/** A platform's table: one name (for that table's basis), or one name per basis. */
const platformTables = z.union([z.string(), z.strictObject(Object.fromEntries(RATE_BASES.map((b) => [b, z.string().optional()])) as Record<RateBasis, z.ZodOptional<z.ZodString>>)]);
const platformMap = z.strictObject(Object.fromEntries(PLATFORMS.map((p) => [p, platformTables.optional()])) as Record<(typeof PLATFORMS)[number], z.ZodOptional<typeof platformTables>>);

/**
 * The signals a cap can be given to, one key per id of the defaults (every counted signal has one): a misspelt id is
 * an error that names it, not a cap silently ignored, and the parsed keys are `CountedSignalId`s.
 */
const maxLogOdds = z.strictObject(Object.fromEntries(Object.keys(DEFAULT_MAX_LOG_ODDS).map((id) => [id, z.number().min(0).max(20).optional()])) as Record<CountedSignalId, z.ZodOptional<z.ZodNumber>>);

const positive = z.number().positive();
const share = z.number().min(0).max(1);

/**
 * One platform's follower classifier, merged onto that platform's default (Instagram's for a platform without its
 * own): a weight of null turns a rule off; params and cut-offs override key by key.
 */
const audienceRules = z.strictObject({
  // A strict object, not a record: a record let "__proto__" through, silently dropped.
  weights: z.strictObject(Object.fromEntries(RULE_IDS.map((id) => [id, z.number().min(-10).max(10).nullable().optional()])) as Record<RuleId, z.ZodOptional<z.ZodNullable<z.ZodNumber>>>).optional(),
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
  norms: z.strictObject({
    byPlatform: platformMap.optional(),
    tables: z.array(normTableSchema).optional().superRefine((tables, ctx) => {
      tables?.forEach((t, i) => {
        if (tables.findIndex((o) => o.name === t.name) < i) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `"${t.name}" is already the name of an earlier table: each table needs its own name` });
      });
    }),
  }).optional(),
  engagement: z.strictObject({ evidenceTail: z.number().gt(0).max(0.3).optional(), highAloneMaxLogOdds: z.number().min(0).max(20).optional() }).optional(),
  growth: growth.optional(),
  posts: posts.optional(),
  followRatio: z.strictObject({
    smallAccountMax: limit.optional(),
    massFollowingMin: limit.optional(),
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
