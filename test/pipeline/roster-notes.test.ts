import { describe, expect, it } from 'vitest';
import { runInProcess } from '../fuzz/cli-harness.js';
import { tempFiles } from '../temp-files.js';

const file = tempFiles('roster-notes');

describe('a roster says how it read its bare rates', () => {
  it('rates of 0.1 and up, none above 1, are read as fractions and a note says so', async () => {
    const r = await runInProcess(['score', file('ambiguous.csv', 'handle,followers,engagement rate\nmega1,2500000,0.8\nmega3,1500000,0.3\n'), '--platform', 'instagram', '--format', 'csv']);
    expect(r.stderr).toContain('ambiguous.csv: engagement rates without % and none above 1 (up to 0.8) are read as fractions (0.8 = 80 %)');
    expect(r.stdout).toContain('ER 80.00 %');
  });

  it('plain fractions (0.0139) and rates in percent need no note', async () => {
    const fractions = await runInProcess(['score', file('fractions.csv', 'handle,followers,engagement rate\na,25000,0.0139\nb,40000,0.021\n'), '--platform', 'instagram', '--format', 'csv']);
    const percents = await runInProcess(['score', file('percents.csv', 'handle,followers,engagement rate %\na,25000,0.8\nb,40000,0.5\n'), '--platform', 'instagram', '--format', 'ndjson']);
    expect(fractions.stderr).not.toContain('read as fractions');
    expect(percents.stderr).not.toContain('read as fractions');
    expect(percents.stdout).toContain('"ratePct":0.8,');
  });
});
