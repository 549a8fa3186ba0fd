import { expect } from 'vitest';
import { runInProcess } from './cli-harness.js';
import { brokenPromises } from './check-run.js';
import { chunks, type FuzzInput } from './csv-arbitraries.js';

/** The bytes as a string a reader can paste into a test. */
export const show = (input: FuzzInput) => JSON.stringify(input.bytes.toString('latin1').slice(0, 2_000));

/** Exit codes seen, so each property can show it did not only test exit 2. */
const seen = new Map<string, number[]>();

export async function check(args: string[], input: FuzzInput, format: string, tally: string): Promise<void> {
  const r = await runInProcess(args, chunks(input.bytes, input.chunkSizes));
  expect(brokenPromises(r, format), `${args.join(' ')} < ${show(input)}`).toEqual([]);
  seen.set(tally, [...(seen.get(tally) ?? []), r.code]);
}

/** Non-vacuity: at least `share` of the runs got past the header to a scored result. */
export function scoredAtLeast(tally: string, share: number): void {
  const codes = seen.get(tally) ?? [];
  expect(codes.filter((c) => c !== 2).length / codes.length).toBeGreaterThanOrEqual(share);
}

