import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { configSchema, type ConfigFile } from '../../src/config/schema.js';
import { formatIssues } from '../../src/config/load.js';
import { resolveConfig } from '../../src/config/resolve.js';
import type { AccountInput, PostRecord } from '../../src/core/account.js';
import { classifyFollower } from '../../src/core/audience/classify-follower.js';
import type { FollowerFacts } from '../../src/core/audience/follower-facts.js';
import { FollowerSample } from '../../src/core/audience/follower-sample.js';
import { judgeFollower } from '../../src/core/audience/judge-follower.js';
import { summariseAudience } from '../../src/core/audience/summarise-audience.js';
import { audienceRulesFor } from '../../src/core/audience/thresholds.js';
import { PLATFORMS } from '../../src/core/platform.js';
import { scoreAccount } from '../../src/core/score-account.js';
import type { ScoringConfig } from '../../src/core/scoring-config.js';
import { UserError } from '../../src/shared/user-error.js';
import { daily, JAN1 } from '../core/growth/build.js';
import { postsArb } from '../core/posts/arbitraries.js';

/**
 * The config schema refuses what the code cannot run: every number has bounds, every key and id is known. The other
 * half: every value it accepts, at the edges of its bounds, runs on accounts built to reach each signal's corners.
 */

function problems(json: unknown): string | undefined {
  const parsed = configSchema.safeParse(json);
  return parsed.success ? undefined : formatIssues(parsed.error);
}

describe('refused, naming the key', () => {
  it.each<[string, unknown, RegExp]>([
    ['posts.minPosts 0 (was: internal error, a quantile of no data)', { posts: { minPosts: 0 } }, /^posts\.minPosts: at least 2 \(a spread needs two posts\)$/],
    ['posts.minPosts 2.5', { posts: { minPosts: 2.5 } }, /^posts\.minPosts: a whole number/],
    ['posts.lastN 0', { posts: { lastN: 0 } }, /^posts\.lastN: at least 1/],
    ['posts.rateMinPosts 0', { posts: { rateMinPosts: 0 } }, /^posts\.rateMinPosts: at least 1/],
    ['posts.uniformityMaxCv 0', { posts: { uniformityMaxCv: 0 } }, /^posts\.uniformityMaxCv: above 0 \(it divides\)$/],
    ['posts.burstPostsForFullSeverity 0', { posts: { burstPostsForFullSeverity: 0 } }, /^posts\.burstPostsForFullSeverity: above 0/],
    ['posts.ratioMinLikes 0', { posts: { ratioMinLikes: 0 } }, /^posts\.ratioMinLikes: above 0 \(comments are divided by likes\)$/],
    ['posts.commentLikeFarFactor 0.5', { posts: { commentLikeFarFactor: 0.5 } }, /^posts\.commentLikeFarFactor: at least 1/],
    ['posts.impossibleBaseSeverity 2', { posts: { impossibleBaseSeverity: 2 } }, /^posts\.impossibleBaseSeverity: /],
    ['posts.commentLikeTypical (not a number key)', { posts: { commentLikeTypical: 1 } }, /^posts: Unrecognized key: "commentLikeTypical"$/],
    ['growth.minPoints 1', { growth: { minPoints: 1 } }, /^growth\.minPoints: at least 2 \(a baseline needs two points\)$/],
    ['growth.engagementMinPostsPerSide 0', { growth: { engagementMinPostsPerSide: 0 } }, /^growth\.engagementMinPostsPerSide: at least 1/],
    ['growth.severeSpikeShareOfFollowers 0', { growth: { severeSpikeShareOfFollowers: 0 } }, /^growth\.severeSpikeShareOfFollowers: above 0/],
    ['growth.severeDropShareOfSpike 0', { growth: { severeDropShareOfSpike: 0 } }, /^growth\.severeDropShareOfSpike: above 0/],
    ['growth.largeSpikeShareOfFollowers 0', { growth: { largeSpikeShareOfFollowers: 0 } }, /^growth\.largeSpikeShareOfFollowers: above 0/],
    ['growth.followingJumpMinShare 0', { growth: { followingJumpMinShare: 0 } }, /^growth\.followingJumpMinShare: above 0/],
    ['growth.engagementMinKeptPace 0', { growth: { engagementMinKeptPace: 0 } }, /^growth\.engagementMinKeptPace: above 0/],
    ['growth.dropWindowDays -3', { growth: { dropWindowDays: -3 } }, /^growth\.dropWindowDays: /],
    ['a misspelt maxLogOdds id', { maxLogOdds: { 'engagement-rat': 2 } }, /^maxLogOdds: Unrecognized key: "engagement-rat"$/],
    ['a maxLogOdds as text (the message formatIssues documents)', { maxLogOdds: { 'engagement-rate': 'high' } }, /^maxLogOdds\.engagement-rate: Invalid input: expected number, received string$/],
    ['a maxLogOdds for verified (its bonus is verifiedBonus)', { maxLogOdds: { verified: 1 } }, /^maxLogOdds: Unrecognized key: "verified"$/],
    ['__proto__ in maxLogOdds', JSON.parse('{"maxLogOdds":{"__proto__":2}}'), /^maxLogOdds: Unrecognized key: "__proto__"$/],
    ['__proto__ at the top', JSON.parse('{"__proto__":{"verifiedBonus":1}}'), /^\(top level\): Unrecognized key: "__proto__"$/],
    ['__proto__ in audience weights (was: silently dropped)', JSON.parse('{"audience":{"rules":{"instagram":{"weights":{"__proto__":1}}}}}'), /^audience\.rules\.instagram\.weights: Unrecognized key: "__proto__"$/],
    ['a misspelt audience rule id', { audience: { rules: { x: { weights: { 'few-postz': 1 } } } } }, /^audience\.rules\.x\.weights: Unrecognized key: "few-postz"$/],
    ['a tier whose max is not above its min', { norms: { tables: [{ name: 't', platform: 'any', basis: 'followers', year: 2026, source: 's', tiers: [{ label: 'a', min: 0, max: 10, medianPct: 2, spread: 1 }, { label: 'b', min: 10, max: 10, medianPct: 2, spread: 1 }] }] } }, /^norms\.tables\.0\.tiers\.1\.max: must be above min \(or null\);/],
    ['tiers with a gap (accounts in it would pass a gate unjudged)', { norms: { tables: [{ name: 't1', platform: 'instagram', basis: 'followers', year: 2026, source: 's', tiers: [{ label: 'a', min: 0, max: 1000, medianPct: 2, spread: 1 }, { label: 'b', min: 50000, max: null, medianPct: 2, spread: 1 }] }] } }, /^norms\.tables\.0\.tiers\.1\.min: must be 1000, where tier 0 ends: tiers must not leave a gap or overlap$/],
    ['overlapping tiers', { norms: { tables: [{ name: 't1', platform: 'instagram', basis: 'followers', year: 2026, source: 's', tiers: [{ label: 'a', min: 0, max: 1000, medianPct: 2, spread: 1 }, { label: 'b', min: 500, max: null, medianPct: 2, spread: 1 }] }] } }, /^norms\.tables\.0\.tiers\.1\.min: must be 1000, where tier 0 ends/],
    ['a first tier that does not start at 0', { norms: { tables: [{ name: 't1', platform: 'instagram', basis: 'followers', year: 2026, source: 's', tiers: [{ label: 'a', min: 1000, max: null, medianPct: 2, spread: 1 }] }] } }, /^norms\.tables\.0\.tiers\.0\.min: must be 0: accounts under 1000 followers would meet no tier$/],
    ['a last tier with an upper bound', { norms: { tables: [{ name: 't1', platform: 'instagram', basis: 'followers', year: 2026, source: 's', tiers: [{ label: 'a', min: 0, max: 1000, medianPct: 2, spread: 1 }] }] } }, /^norms\.tables\.0\.tiers\.0\.max: must be null: accounts of 1000 followers or more would meet no tier$/],
    ['two tables of one name', { norms: { tables: [{ name: 't1', platform: 'instagram', basis: 'followers', year: 2026, source: 's', tiers: [{ label: 'a', min: 0, max: null, medianPct: 2, spread: 1 }] }, { name: 't1', platform: 'instagram', basis: 'followers', year: 2026, source: 's', tiers: [{ label: 'a', min: 0, max: null, medianPct: 5, spread: 1 }] }] } }, /^norms\.tables\.1\.name: "t1" is already the name of an earlier table/],
  ])('%s', (_name, json, message) => {
    expect(problems(json)).toMatch(message);
  });

  it.each([
    [{ followRatio: { massRatioStart: 5 } }, /followRatio\.massRatioStart \(5\) must not be above followRatio\.massRatioFull \(4\)/],
    [{ followRatio: { followForFollowRatioFull: 0.5 } }, /followRatio\.followForFollowRatioStart \(0\.6\) must not be above followRatio\.followForFollowRatioFull \(0\.5\)/],
  ])('merged with the defaults: %j', (json, message) => {
    expect(problems(json)).toBeUndefined();
    expect(() => resolveConfig(configSchema.parse(json), 'c.json')).toThrow(message);
  });
});

/** Every number of the config with the bounds `schema config` publishes, found by walking the JSON Schema. */
interface NumberKey {
  path: string[];
  low: number;
  high: number;
}

function numberKeys(): NumberKey[] {
  const root = z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const out: NumberKey[] = [];
  const walk = (s: JsonSchema, path: string[]) => {
    for (const alt of s.anyOf ?? []) walk(alt, path);
    if (s.type === 'number' || s.type === 'integer') {
      const low = s.minimum ?? (s.exclusiveMinimum === undefined ? -1e9 : s.exclusiveMinimum + (s.type === 'integer' ? 1 : 1e-9));
      const high = s.maximum ?? (s.exclusiveMaximum === undefined ? 1e12 : s.exclusiveMaximum - 1e-9);
      out.push({ path, low, high });
    }
    for (const [k, v] of Object.entries(s.properties ?? {})) walk(v, [...path, k]);
  };
  walk(root, []);
  return out;
}

interface JsonSchema {
  type?: string;
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
}

function nested(path: readonly string[], value: number): ConfigFile {
  return path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value) as ConfigFile;
}

const post = (i: number, m: Partial<PostRecord>): PostRecord => ({ day: JAN1 + i, published: `t${i}`, id: `p${i}`, ...m });

/** Accounts that reach the corners: one-point and flat histories, a spike with posts either side, zero likes. */
const CORNERS: AccountInput[] = [
  { handle: 'empty', platform: 'instagram' },
  { handle: 'zeros', platform: 'instagram', profile: { followers: 0, following: 0, posts: 0, avgLikes: 0, avgComments: 0, avgViews: 0, recentAvgLikes: 0, verified: true } },
  { handle: 'comments-no-likes', platform: 'tiktok', profile: { followers: 20_000, following: 7_499, avgLikes: 0, avgComments: 40, avgViews: 10 } },
  { handle: 'likes-above-views', platform: 'youtube', profile: { followers: 5_000_000, following: 10, avgLikes: 900, avgComments: 1, avgViews: 100, reportedEngagementPct: 250 } },
  { handle: 'one-point', platform: 'instagram', history: { days: Int32Array.of(JAN1), followers: Float64Array.of(100) } },
  { handle: 'two-points', platform: 'instagram', history: { days: Int32Array.of(JAN1, JAN1 + 1), followers: Float64Array.of(100, 100) } },
  { handle: 'flat', platform: 'x', history: daily({ days: 40, perDay: 0, noise: 0 }) },
  {
    handle: 'spike-and-posts', platform: 'instagram',
    history: { ...daily({ days: 90, extra: { 40: 20_000, 45: -12_000 } }), following: Float64Array.from({ length: 90 }, (_, d) => (d < 50 ? 300 : 4_000)) },
    posts: Array.from({ length: 24 }, (_, i) => post(i * 4, { likes: i === 11 ? 0 : 500 + (i % 3), comments: i % 2, views: 10_000 })),
    events: [{ day: JAN1 + 60, label: 'ad' }],
  },
  { handle: 'relative', platform: 'youtube', history: { relativeTotals: true, days: Int32Array.of(JAN1, JAN1 + 1, JAN1 + 2), followers: Float64Array.of(0, 5, 10) } },
  { handle: 'one-post', platform: 'x', posts: [post(0, { likes: 0, comments: 0, impressions: 0, engagements: 0 })] },
  { handle: 'same-likes', platform: 'instagram', profile: { followers: 40_000 }, posts: Array.from({ length: 12 }, (_, i) => post(i, { likes: 300, comments: 0, reach: 300 })) },
];

/** Followers at the corners of the rules and the model: no followers, mass following, no picture, all digits. */
const FOLLOWERS: FollowerFacts[] = [
  { followers: 0, following: 0, posts: 0, usernameLength: 0, usernameDigits: 0, usernameDigitRatio: 0, hasProfilePic: false },
  { followers: 3, following: 7_400, posts: 0, usernameLength: 12, usernameDigits: 8, hasProfilePic: false, bioLength: 0 },
  { followers: 320, following: 290, posts: 45, usernameLength: 9, usernameDigits: 0, hasProfilePic: true, bioLength: 40, hasUrl: true, verified: true },
  {},
];

/** An account with a follower sample judged under `config` (rules or model), as the pipeline judges one. */
function sampled(config: ScoringConfig): AccountInput {
  const sample = new FollowerSample();
  for (let i = 0; i < 12; i++) for (const f of FOLLOWERS) sample.add(judgeFollower(f, 'instagram', config.audience));
  return { handle: 'sample', platform: 'instagram', profile: { followers: 12_000 }, followerSample: sample };
}

function expectSound(input: AccountInput, config: ScoringConfig): void {
  const r = scoreAccount(input, config);
  expect(r.score === null, `${input.handle}: score ${r.score}, ${r.verdict}`).toBe(r.verdict === 'insufficient-data');
  if (r.score !== null) expect(Number.isInteger(r.score) && r.score >= 0 && r.score <= 100, `${input.handle}: score ${r.score}`).toBe(true);
  expect(Number.isFinite(r.breakdown.logOdds), `${input.handle}: logOdds`).toBe(true);
  for (const s of r.signals) {
    expect(s.severity >= 0 && s.severity <= 1, `${input.handle}: ${s.id} severity ${s.severity}`).toBe(true);
    expect(typeof s.message, `${input.handle}: ${s.id}`).toBe('string');
  }
}

/** Resolves a config the schema accepted; undefined when a check on the merged values refuses it (cleanly). */
function resolved(json: ConfigFile): ScoringConfig | undefined {
  try {
    return resolveConfig(configSchema.parse(json), 'c.json').scoring;
  } catch (e) {
    if (e instanceof UserError) return undefined;
    throw e;
  }
}

describe('accepted, it runs: every number at the edges of its bounds', () => {
  const keys = numberKeys();

  it('the walk finds the numbers of every section', () => {
    const sections = new Set(keys.map((k) => k.path[0]));
    for (const s of ['maxLogOdds', 'verifiedBonus', 'verdict', 'engagement', 'growth', 'posts', 'followRatio', 'audience']) expect(sections).toContain(s);
    expect(keys.find((k) => k.path.join('.') === 'posts.minPosts')).toEqual({ path: ['posts', 'minPosts'], low: 2, high: Number.MAX_SAFE_INTEGER });
  });

  it('one key at a time, at its lowest and at its highest', () => {
    let ran = 0;
    for (const key of keys) {
      for (const value of [key.low, key.high]) {
        const json = nested(key.path, value);
        expect(problems(json), key.path.join('.')).toBeUndefined();
        const config = resolved(json);
        if (!config) continue;
        ran++;
        for (const input of [...CORNERS, sampled(config)]) expectSound(input, config);
        for (const platform of PLATFORMS) for (const f of FOLLOWERS) classifyFollower(f, audienceRulesFor(platform, config.audience));
        summariseAudience(['real', 'likely-fake'], config.audience);
      }
    }
    expect(ran).toBeGreaterThan(keys.length);
  });

  it('property: posts and follower histories of any shape, under any mix of edge values', () => {
    const edge = fc.constantFrom(...keys).chain((k) => fc.constantFrom(k.low, k.high).map((v) => [k.path, v] as const));
    const historyArb = fc.array(fc.integer({ min: 0, max: 2_000_000 }), { minLength: 1, maxLength: 40 }).map((f) => ({
      days: Int32Array.from(f, (_, i) => JAN1 + i * 3), followers: Float64Array.from(f),
    }));
    fc.assert(fc.property(fc.array(edge, { maxLength: 6 }), postsArb, fc.option(historyArb, { nil: undefined }), fc.constantFrom(...PLATFORMS), (edges, posts, history, platform) => {
      const json = edges.reduce<Record<string, unknown>>((acc, [path, v]) => merge(acc, nested(path, v) as Record<string, unknown>), {});
      if (problems(json) !== undefined) return;
      const config = resolved(json as ConfigFile);
      if (!config) return;
      expectSound({ handle: 'a', platform, posts, ...(history ? { history } : {}) }, config);
    }), { numRuns: 300 });
  });
});

function merge(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const prev = out[k];
    out[k] = typeof prev === 'object' && prev !== null && typeof v === 'object' && v !== null ? merge(prev as Record<string, unknown>, v as Record<string, unknown>) : v;
  }
  return out;
}
