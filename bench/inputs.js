// The bench's synthetic inputs, generated once into bench/out/ (gitignored) and reused by later runs.
import { existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateHistory, generateRoster } from './generate.js';

export const OUT = fileURLToPath(new URL('./out/', import.meta.url));

const INPUTS = {
  'roster-10': { kind: 'roster', label: 'roster 10 rows', rows: 10, file: 'roster-10.csv', make: (p) => generateRoster(p, 10) },
  'roster-200k': { kind: 'roster', label: 'roster 200k rows', rows: 200_000, file: 'roster-200k.csv', make: (p) => generateRoster(p, 200_000) },
  'roster-1m': { kind: 'roster', label: 'roster 1M rows', rows: 1_000_000, file: 'roster-1m.csv', make: (p) => generateRoster(p, 1_000_000) },
  'history-10k': { kind: 'history', label: 'history 10k × 365 days (3.65M rows)', rows: 3_650_000, file: 'history-3.65m.csv', make: (p) => generateHistory(p, 10_000, 365) },
};

/** The input's path, size and row count (data rows, header not counted), generating the file when it is missing. */
export async function input(name) {
  const spec = INPUTS[name];
  mkdirSync(OUT, { recursive: true });
  const path = OUT + spec.file;
  if (!existsSync(path)) {
    process.stderr.write(`generating ${spec.file}…\n`);
    await spec.make(path + '.part'); // renamed once whole: an interrupted run leaves no short file to measure
    renameSync(path + '.part', path);
  }
  return { ...spec, name, path, mb: statSync(path).size / 1e6 };
}
