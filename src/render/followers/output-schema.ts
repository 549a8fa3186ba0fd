import { z } from 'zod';
import { FOLLOWER_CLASSES } from '../../core/audience/classify-follower.js';
import { MODEL_FEATURES } from '../../core/audience/model/index.js';
import { RULE_IDS } from '../../core/audience/rule-config.js';
import type { AudienceReason, AudienceVerdict } from '../../core/audience/summarise-audience.js';
import { PLATFORMS } from '../../core/platform.js';
import { rejectedSchema, warningSchema } from '../output-schema.js';

/**
 * `influaudit followers --format json` (its own `schema: 1`) as zod: `influaudit schema output-followers` prints it, and
 * the tests hold real output to it, as `output-schema.ts` does for `score`.
 */
const share = z.object({
  count: z.number().int().min(0),
  share: z.number().min(0).max(1),
  low: z.number().min(0).max(1),
  high: z.number().min(0).max(1),
}).describe('a class share of the sample, with its Wilson interval (low–high)');

export const followerSchema = z.object({
  line: z.number().int().min(1).describe('the line the follower\'s record starts on'),
  id: z.string().nullable().describe('from the id column, else the username; null when the file has neither'),
  of: z.string().describe('the influencer the follower follows'),
  platform: z.enum(PLATFORMS),
  class: z.enum(FOLLOWER_CLASSES),
  rules: z.array(z.enum(RULE_IDS)).describe('the rules that fired, in the classifier\'s order'),
  model: z.object({
    probability: z.number().min(0).max(1).describe('the learned model\'s probability that the follower is fake'),
    baseline: z.number(),
    contributions: z.array(z.object({ feature: z.enum(MODEL_FEATURES), value: z.number(), weight: z.number() }))
      .describe('each fact read and the logit points it added: ln(p / (1 − p)) = baseline + Σ weight'),
  }).optional().describe('absent when the model did not score the follower'),
});

export const influencerSchema = z.object({
  of: z.string(),
  platform: z.enum(PLATFORMS),
  sampleSize: z.number().int().min(0),
  shares: z.object({ real: share, massFollower: share, suspicious: share, likelyFake: share }),
  genuine: share.describe('real or mass followers'),
  model: z.object({
    n: z.number().int().min(0),
    raw: share,
    corrected: z.object({ share: z.number(), low: z.number(), high: z.number(), sampling: z.object({ low: z.number(), high: z.number() }) }),
    sensitivity: z.number().min(0).max(1),
    specificity: z.number().min(0).max(1),
  }).optional().describe('the learned model\'s fake share, raw and corrected for its errors; absent when it scored no follower'),
  verdict: z.enum(['ok', 'suspicious', 'likely-fake', 'insufficient-sample']),
  reason: z.enum(['fake-share-above-problem', 'fake-share-above-normal', 'genuine-share-below-minimum', 'within-norms', 'sample-below-minimum', 'interval-too-wide']),
  message: z.string(),
  rulesFired: z.partialRecord(z.enum(RULE_IDS), z.number().int().min(0)).describe('how many followers each rule fired on, most first'),
  unchecked: z.array(z.enum(RULE_IDS)).describe('weighted rules no follower of the sample had the data for'),
});

export const followersOutputSchema = z.object({
  tool: z.literal('influaudit'),
  version: z.string(),
  schema: z.literal(1),
  kind: z.literal('followers'),
  followers: z.array(followerSchema),
  influencers: z.array(influencerSchema),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().describe('present when a follower\'s account age was counted from its creation date: the day it was counted to (--as-of, else the day of the run)'),
  notes: z.array(z.string()).describe('what the run assumed about its input (a platform by default, the influencer from the file name), as said on stderr'),
  rejected: z.array(rejectedSchema),
  warnings: z.array(warningSchema).describe('unreadable cells left out of followers still classified'),
  summary: z.object({
    influencers: z.number().int().min(0),
    ok: z.number().int().min(0),
    suspicious: z.number().int().min(0),
    likelyFake: z.number().int().min(0),
    insufficientSample: z.number().int().min(0),
    rows: z.object({ read: z.number().int().min(0), used: z.number().int().min(0), rejected: z.number().int().min(0) }).describe('read = used + rejected'),
    warnings: z.number().int().min(0),
    gate: z.object({ failOn: z.enum(['suspicious', 'likely-fake']).nullable(), failed: z.boolean() }),
  }),
});

/** Compile-time: the schema's words are the classifier's (a verdict or reason added there must be added here). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type FollowersSchemaMatches = [
  Same<z.infer<typeof influencerSchema>['verdict'], AudienceVerdict>,
  Same<z.infer<typeof influencerSchema>['reason'], AudienceReason>,
] extends [true, true] ? true : never;
export const followersSchemaMatches: FollowersSchemaMatches = true;
