// Real single-account exports, each scored alone as a user would: does a real export reach a verdict?
import { existsSync, readdirSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { code, esc, table, truncate } from './markdown.js';
import { runScore, signal, verdictOf } from './run-cli.js';

/** Publications by their own names: readers of the report do not have our data folder. */
const SOURCES = {
  'x-analytics-en': 'X Analytics exports published with the book Applied Data Skills (DeBruine & Nordmann, CC BY-SA 4.0)',
  'youtube-studio': 'a YouTube Studio export published on GitHub (priyankapatel05/YouTube-Channel-Analytics-Dashboard, 2025)',
};

function csvFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name, 'en'))
    .flatMap((e) => (e.isDirectory() ? csvFiles(join(dir, e.name)) : e.name.toLowerCase().endsWith('.csv') ? [join(dir, e.name)] : []));
}

export async function evaluateExports(dataDir, bin) {
  const dir = join(dataDir, 'exports');
  const files = existsSync(dir) ? csvFiles(dir) : [];
  const rows = [];
  let reached = 0;
  for (const file of files) {
    const source = SOURCES[relative(dir, file).split(sep)[0]] ?? 'another real export';
    const run = await runScore(bin, [file]);
    if (!run.ok) {
      rows.push([source, code(basename(file)), '–', `CLI error (exit ${run.exitCode ?? '?'})`, '–', '–', '–', esc(truncate(run.error, 300))]);
      continue;
    }
    for (const account of run.accounts) {
      const er = signal(account, 'engagement-rate');
      const verdict = verdictOf(account);
      if (verdict !== 'insufficient-data' && verdict !== 'missing') reached++;
      rows.push([source, code(basename(file)), `${esc(account.handle ?? '?')} (${esc(account.platform ?? '?')})`, verdict,
        er ? (er.status !== 'skip' ? 'yes' : 'no (skip)') : 'no signal', esc(er?.evidence?.basis ?? '–'), esc(er?.evidence?.normTable ?? '–'),
        esc(truncate(er?.message ?? '', 300))]);
    }
  }
  const markdown = `## Real exports

Each real export file scored alone, exactly as downloaded, with no other file: the verdict, whether the engagement
rate could be measured, its basis and norm table, and the engagement signal's message (or the CLI's error).

${files.length === 0 ? 'No export files were found.' : table(['source', 'file', 'account', 'verdict', 'ER measured', 'basis', 'norm table', 'message'], rows)}
`;
  return { markdown, summary: `real exports: ${reached} of ${rows.length} reach a verdict` };
}
