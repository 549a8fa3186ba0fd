import { hasStack } from '../e2e/run-cli.js';
import type { InProcessRun } from './cli-harness.js';

/** `score --format json` lists accounts; `followers --format json` lists influencers; both count rows alike. */
interface JsonDoc {
  summary: Record<string, number> & { rows: { read: number; used: number; rejected: number } };
  accounts?: unknown[];
  influencers?: unknown[];
  rejected: { file: string; line: number; column: string | null }[];
}

const VERDICT_COUNTS = {
  accounts: ['authentic', 'suspicious', 'likelyFake', 'insufficientData'],
  influencers: ['ok', 'suspicious', 'likelyFake', 'insufficientSample'],
} as const;

/** What must never reach a terminal raw (the class safeText escapes). */
export const TERMINAL_UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\u115f\u1160\u3164\uffa0]/u;

/** The unsafe characters of `text`, but for those `allowed` (line ends). */
export function unsafeChars(text: string, allowed = '\n'): string[] {
  return [...text].filter((ch) => !allowed.includes(ch) && TERMINAL_UNSAFE.test(ch));
}

/**
 * What every run must satisfy, whatever the input: exit 0, 1 or 2; no stack and no "internal error"; an exit 2
 * says why on stderr; with `--format json` and exit 0 or 1, a JSON document whose rows and accounts reconcile;
 * `ndjson` lines that parse; `table`, `markdown` and `csv` without a raw control, bidi or invisible character.
 * Returns the broken promises (empty when none), so a failing case prints all of them.
 */
export function brokenPromises(r: InProcessRun, format: string): string[] {
  const problems: string[] = [];
  if (![0, 1, 2].includes(r.code)) problems.push(`exit ${r.code}`);
  if (hasStack(r.stderr) || /internal error/.test(r.stderr)) problems.push(`stack or internal error on stderr:\n${r.stderr.slice(0, 2000)}`);
  if (r.code === 2 && !/^influaudit: \S/m.test(r.stderr)) problems.push(`exit 2 without a message: ${JSON.stringify(r.stderr.slice(0, 300))}`);
  if (format === 'json' && r.code !== 2) problems.push(...jsonProblems(r.stdout));
  if (format === 'ndjson' && r.code !== 2) {
    for (const line of r.stdout.split('\n').filter((l) => l !== '')) {
      try {
        JSON.parse(line);
      } catch {
        problems.push(`ndjson line is not JSON: ${JSON.stringify(line.slice(0, 200))}`);
        break;
      }
    }
  }
  if (format === 'table' || format === 'markdown' || format === 'csv') {
    const bad = unsafeChars(r.stdout, format === 'csv' ? '\r\n' : '\n');
    if (bad.length > 0) problems.push(`unsafe characters on stdout: ${JSON.stringify(bad.slice(0, 10))}`);
  }
  return problems;
}

function jsonProblems(stdout: string): string[] {
  let doc: JsonDoc;
  try {
    doc = JSON.parse(stdout) as JsonDoc;
  } catch (e) {
    return [`stdout is not JSON (${(e as Error).message}): ${JSON.stringify(stdout.slice(0, 300))}`];
  }
  const problems: string[] = [];
  const kind = doc.influencers ? 'influencers' : 'accounts';
  const listed = doc[kind] ?? [];
  const { rows } = doc.summary;
  const total = doc.summary[kind];
  if (rows.read !== rows.used + doc.rejected.length) problems.push(`rows do not reconcile: ${JSON.stringify(rows)}`);
  if (doc.rejected.length !== rows.rejected) problems.push(`${doc.rejected.length} rejected listed, summary says ${rows.rejected}`);
  if (listed.length !== total) problems.push(`${listed.length} ${kind} listed, summary says ${total}`);
  const verdicts = VERDICT_COUNTS[kind].reduce((sum, k) => sum + (doc.summary[k] ?? Number.NaN), 0);
  if (verdicts !== total) problems.push(`verdict counts do not add up: ${JSON.stringify(doc.summary)}`);
  if (rows.used === 0) problems.push('exit 0/1 with no used row (contract: exit 2)');
  return problems;
}
