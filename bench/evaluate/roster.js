// Genuine accounts and injected purchases as roster CSVs, one file per scenario, each scored by one CLI run.
import { join } from 'node:path';
import { writeCsv } from './csv.js';
import { byHandle, runScore } from './run-cli.js';

/** Followers multiplied, likes unchanged: the textbook trace of bought followers (they never like anything). */
export const FACTORS = [3, 10, 30, 100];

/** Each account as its first pass shows it (pass 0 for all but the accounts added to the tracker later). */
export function genuineAccounts(snapshots, halfOf) {
  return [...snapshots.accounts].map(([handle, passes]) => {
    const { followers, likes } = passes[0];
    const avgLikes = Math.round(likes.reduce((a, b) => a + b, 0) / likes.length);
    return { handle, half: halfOf(handle), followers, avgLikes, firstRun: passes[0].run };
  });
}

/** Scores the genuine roster and one roster per factor: [{ factor, results: Map handle → account } | { factor, error }]. */
export async function scoreRosters(accounts, bin, outDir) {
  const scenarios = [];
  for (const factor of [1, ...FACTORS]) {
    const file = join(outDir, factor === 1 ? 'roster-genuine.csv' : `roster-followers-x${factor}.csv`);
    writeCsv(file, ['handle', 'platform', 'followers', 'avg likes'],
      accounts.map((a) => [a.handle, 'instagram', a.followers * factor, a.avgLikes]));
    const run = await runScore(bin, [file]);
    scenarios.push(run.ok ? { factor, results: byHandle(run.accounts), summary: run.summary } : { factor, error: run.error });
  }
  return scenarios;
}
