import { z } from 'zod';
import { PLATFORMS } from '../core/platform.js';
import { TIERS } from '../core/tier.js';
import { VERDICTS } from '../core/verdict.js';

/**
 * The JSON output (cli-contract.md, schema 1) as zod schemas: the renderers' types are inferred from them, and
 * `influaudit schema output` prints them as JSON Schema, so the documented shape and the code cannot drift apart.
 */
const evidenceValue: z.ZodType<unknown> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(evidenceValue), z.record(z.string(), evidenceValue)]),
);

export const explanationSchema = z.object({
  formula: z.string(),
  inputs: z.record(z.string(), evidenceValue),
  norm: z.string().optional(),
  result: z.string(),
});

export const signalSchema = z.object({
  id: z.string().describe('stable signal id, e.g. engagement-rate, follow-ratio, growth-spike-drop'),
  status: z.enum(['pass', 'flag', 'skip']).describe('skip = could not be computed; weighs nothing'),
  severity: z.number().min(0).max(1),
  message: z.string(),
  evidence: z.record(z.string(), evidenceValue),
  explain: explanationSchema.optional().describe('with --explain'),
});

export const accountSchema = z.object({
  handle: z.string(),
  platform: z.enum(PLATFORMS),
  followers: z.number().nullable(),
  tier: z.enum(TIERS).nullable(),
  score: z.number().int().min(0).max(100).nullable().describe('null exactly when verdict is insufficient-data'),
  verdict: z.enum(VERDICTS),
  signals: z.array(signalSchema),
  deductions: z.array(z.object({ id: z.string(), weight: z.number(), severity: z.number(), points: z.number() })).optional().describe('with --explain'),
  bonus: z.number().optional().describe('with --explain'),
});

export const rejectedSchema = z.object({
  file: z.string(),
  line: z.number().int().min(1),
  column: z.string().nullable(),
  value: z.string().nullable(),
  reason: z.string(),
});

export const summarySchema = z.object({
  accounts: z.number().int().min(0),
  authentic: z.number().int().min(0),
  suspicious: z.number().int().min(0),
  likelyFake: z.number().int().min(0),
  insufficientData: z.number().int().min(0),
  rows: z.object({ read: z.number().int().min(0), used: z.number().int().min(0), rejected: z.number().int().min(0) }).describe('read = used + rejected'),
  gate: z.object({ failOn: z.enum(['suspicious', 'likely-fake']).nullable(), minScore: z.number().nullable(), failed: z.boolean() }),
});

export const outputSchema = z.object({
  tool: z.literal('influaudit'),
  version: z.string(),
  schema: z.literal(1),
  norms: z.string(),
  normsByPlatform: z.record(z.string(), z.string()),
  accounts: z.array(accountSchema),
  rejected: z.array(rejectedSchema),
  summary: summarySchema,
});

export type AccountJson = z.infer<typeof accountSchema>;
export type SignalJson = z.infer<typeof signalSchema>;
