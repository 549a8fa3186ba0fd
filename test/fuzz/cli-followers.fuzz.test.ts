import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runBin } from '../e2e/run-cli.js';
import { brokenPromises, unsafeChars } from './check-run.js';
import { flagsArb, inputArb } from './csv-arbitraries.js';
import { check, scoredAtLeast, show } from './fuzz-check.js';

/**
 * The fuzzing of cli.fuzz.test.ts for `followers`, and a fixed sample through the real executable: a file of its
 * own so that the suite's workers share the fuzzing (one file of it was the suite's longest pole).
 */

describe('followers - on hostile bytes (in-process)', () => {
  it('json reconciles; ndjson and csv keep their promises', async () => {
    await fc.assert(
      fc.asyncProperty(inputArb(), fc.constantFrom('json', 'ndjson', 'csv'), async (input, format) => check(['followers', '-', '--format', format], input, format, 'followers')),
      { numRuns: 400 },
    );
    scoredAtLeast('followers', 0.05);
  }, 120_000);
});

describe('the executable on a fixed sample of the same inputs', () => {
  // Seeded, so the spawned runs are the same every time: they check what in-process runs cannot (the process
  // shim's exit code, stderr escaped by main.ts) and cost ~150 ms each.
  const codes: (number | null)[] = [];
  const formats = fc.constantFrom('json', 'ndjson', 'csv', 'markdown', 'table');
  const sample = [
    ...fc.sample(fc.tuple(inputArb({ maxRows: 6 }), flagsArb, formats), { numRuns: 8, seed: 20_260_601 }),
    ...fc.sample(fc.tuple(inputArb({ maxRows: 6, clean: true }), flagsArb, formats), { numRuns: 8, seed: 20_260_602 }),
  ];
  it.each(sample.map((s, i) => [i, ...s] as const))('sample %i', (_i, input, flags, format) => {
    // A sample's creation dates become ages counted to --as-of: without it, these runs would change with the date.
    const args = ['score', '-', '--format', format, ...flags, '--as-of', '2026-06-01'];
    const r = runBin(args, { input: input.bytes });
    codes.push(r.code);
    const run = { code: r.code ?? -1, stdout: r.stdout, stderr: r.stderr };
    expect(brokenPromises(run, format), `${args.join(' ')} < ${show(input)}`).toEqual([]);
    expect(unsafeChars(r.stderr)).toEqual([]);
  });

  it('the sample is not all exit 2', () => {
    expect(codes).toHaveLength(sample.length);
    expect(codes.filter((c) => c === 0 || c === 1).length).toBeGreaterThanOrEqual(2);
  });
});
