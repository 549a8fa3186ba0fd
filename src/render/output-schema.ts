import { z } from 'zod';
import { PLATFORMS } from '../core/platform.js';
import { TIERS } from '../core/tier.js';
import { VERDICTS } from '../core/verdict.js';
import { CHANGES } from '../shared/account-change.js';

/**
 * The JSON output (schema 2) as zod schemas: the renderers' types are inferred from them, and
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
  severity: z.number().min(0).max(1).describe('how strong the finding is on its own scale; 0 for pass and skip'),
  logOdds: z.number().min(0).describe('log-odds of evidence this signal adds to the verdict (0 unless a counted flag)'),
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
  logOdds: z.number().min(0).describe('evidence of a purchase, summed over independent signals; score = 100 × e^(−logOdds / 3.3) (+ verified bonus)'),
  insufficient: z.string().optional().describe('why the verdict is insufficient-data, when it is'),
  signals: z.array(signalSchema),
  scoring: z.object({
    contributions: z.array(z.object({ id: z.string(), group: z.string(), logOdds: z.number(), counted: z.boolean(), note: z.string().optional() })),
    bonus: z.number(),
    arithmetic: z.string(),
  }).optional().describe('with --explain'),
  change: z.enum(CHANGES).optional().describe('with --baseline: new (not in it), worse (a lower verdict, or under --min-score now and not then), better, or unchanged'),
  baseline: z.object({ verdict: z.enum(VERDICTS), score: z.number().int().min(0).max(100).nullable() }).nullable().optional()
    .describe('with --baseline: the verdict and score it held for the account; null for a new account'),
  gateFailed: z.string().optional().describe('why the account failed the gate; absent when it passed or no gate was set'),
});

export const disappearedSchema = z.object({
  handle: z.string(),
  platform: z.enum(PLATFORMS),
  verdict: z.enum(VERDICTS),
  score: z.number().int().min(0).max(100).nullable(),
});

export const rejectedSchema = z.object({
  file: z.string(),
  line: z.number().int().min(1),
  column: z.string().nullable(),
  value: z.string().nullable(),
  reason: z.string(),
  expected: z.literal(true).optional().describe("a row every export of its kind has (YouTube Studio's Total row): not counted by --strict"),
});

export const warningSchema = z.object({
  file: z.string(),
  line: z.number().int().min(1),
  column: z.string(),
  value: z.string(),
  reason: z.string(),
});

export const summarySchema = z.object({
  accounts: z.number().int().min(0),
  authentic: z.number().int().min(0),
  suspicious: z.number().int().min(0),
  likelyFake: z.number().int().min(0),
  insufficientData: z.number().int().min(0),
  rows: z.object({ read: z.number().int().min(0), used: z.number().int().min(0), rejected: z.number().int().min(0) }).describe('read = used + rejected'),
  warnings: z.number().int().min(0).describe('optional cells left out of rows still used (unreadable or impossible)'),
  normsUsed: z.record(z.string(), z.array(z.string())).describe('platform → the norm tables its accounts\' engagement was judged on'),
  gate: z.object({
    failOn: z.enum(['suspicious', 'likely-fake']).nullable(),
    minScore: z.number().nullable(),
    strict: z.boolean().describe('--strict: a rejected row or an insufficient-data account fails the gate too'),
    baseline: z.string().nullable().describe('--baseline: only accounts new or worse than in this file can fail the gate'),
    failed: z.boolean(),
    failedAccounts: z.number().int().min(0).describe('accounts that failed the gate (each has gateFailed)'),
    failedRows: z.number().int().min(0).describe('rejected rows that failed the gate (--strict)'),
  }),
  baseline: z.object({
    file: z.string(),
    new: z.number().int().min(0),
    unchanged: z.number().int().min(0),
    better: z.number().int().min(0),
    worse: z.number().int().min(0),
    disappeared: z.number().int().min(0),
  }).optional().describe('with --baseline: accounts by change, and the baseline\'s accounts this run did not see'),
  failed: z.literal(true).optional().describe('present when the run failed (exit 2): the counts stop where it stopped; see error'),
});

export const outputSchema = z.object({
  tool: z.literal('influaudit'),
  version: z.string(),
  schema: z.literal(2),
  norms: z.string().describe('the default platform\'s norm table (summary.normsUsed names the tables the accounts were judged on)'),
  normsByPlatform: z.record(z.string(), z.record(z.string(), z.string())).describe('platform → basis → norm table in force'),
  accounts: z.array(accountSchema),
  error: z.string().optional().describe('present when the run failed after its output began, or scored nothing (exit 2): why'),
  disappeared: z.array(disappearedSchema).optional().describe('with --baseline: its accounts this run did not see (listed, never failed)'),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().describe('present when a follower\'s account age was counted from its creation date: the day it was counted to (--as-of, else the day of the run)'),
  notes: z.array(z.string()).describe('what the run assumed about its inputs (a platform by default, a handle from the file name, an encoding guessed), as said on stderr'),
  rejected: z.array(rejectedSchema),
  warnings: z.array(warningSchema).describe('optional cells that could not be read; their rows were used without them'),
  summary: summarySchema,
});

export type AccountJson = z.infer<typeof accountSchema>;
export type SignalJson = z.infer<typeof signalSchema>;
