import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The cap on V8's young generation (src/cli/young-generation.ts) works through a V8 flag read at run time: a Node
 * release that froze its flags would silently lose it, so a fresh process proves it on the Node that runs the tests.
 * The program keeps 200,000 objects alive in a ring while it allocates, as a long roster does, and yields now and
 * then as the streaming pipeline does.
 */
const capModule = fileURLToPath(new URL('../../dist/cli/young-generation.js', import.meta.url));
const program = `
import { getHeapSpaceStatistics } from 'node:v8';
if (process.argv[1] === 'cap') (await import(${JSON.stringify(capModule)})).capYoungGeneration();
const ring = new Array(200000);
let max = 0;
for (let round = 0; round < 3000; round++) {
  for (let k = 0; k < 2000; k++) { const i = (round * 2000 + k) % ring.length; ring[i] = { round, i, s: 'x' + i }; }
  if (round % 10 === 0) await new Promise((r) => setTimeout(r, 0));
  max = Math.max(max, getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size);
}
console.log(max / 1048576);
`;

function youngPeakMiB(mode: 'cap' | 'free', nodeOptions = ''): number {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', program, mode], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: nodeOptions },
  });
  expect(r.stderr).toBe('');
  return Number(r.stdout.trim());
}

describe('capYoungGeneration', () => {
  it('keeps the young generation at 16 MiB where V8 alone takes it to 32', () => {
    expect(youngPeakMiB('free')).toBeGreaterThan(16);
    expect(youngPeakMiB('cap')).toBeLessThanOrEqual(16);
  });

  it('leaves a young generation the user sized alone', () => {
    expect(youngPeakMiB('cap', '--max-semi-space-size=32')).toBeGreaterThan(16);
  });
});
