// npm run evaluate: the accuracy harness. Scores real accounts, injected purchases, real histories and real
// exports with the built CLI, then writes docs/accuracy.md and prints a short summary.
// Usage: npm run evaluate [-- --data DIR]   (DIR defaults to ../shared/data from the repository root)
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { headline, limits, method } from './document.js';
import { evaluateExports } from './exports.js';
import { fitSection } from './fit.js';
import { evaluateGrowth } from './growth.js';
import { genuineAccounts, scoreRosters } from './roster.js';
import { DataError, readSnapshots } from './snapshots.js';
import { splitHalves } from './split.js';
import { genuineSection, headlineFigures, injectedSection, likelyFakeConflict, tradeoffSection } from './verdicts.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/influaudit.js');
const OUT = join(ROOT, 'bench/out/evaluate');
const REPORT = join(ROOT, 'docs/accuracy.md');
const FOLLOWERS = new URL('./followers.js', import.meta.url);

function fail(message) {
  console.error(`evaluate: ${message}`);
  process.exit(2);
}

/** Follower-level accuracy is another engineer's module; until it lands the section says so. */
async function followersSection(context) {
  let module;
  try {
    module = await import(FOLLOWERS.href);
  } catch (e) {
    // Only the module itself being absent means "not yet"; a missing import inside it is a real error.
    if (e?.code === 'ERR_MODULE_NOT_FOUND' && e.url === FOLLOWERS.href) {
      return { markdown: '## Follower level\n\nNot yet available.\n', summary: 'follower level: not yet available' };
    }
    throw e;
  }
  mkdirSync(context.outDir, { recursive: true });
  const { markdown, summary } = await module.evaluateFollowers(context);
  return { markdown: markdown.startsWith('## ') ? markdown : `## Follower level\n\n${markdown}`, summary };
}

const { values } = parseArgs({ options: { data: { type: 'string' } } });
const dataDir = resolve(ROOT, values.data ?? '../shared/data');
if (!existsSync(dataDir)) fail(`no data folder at ${dataDir} (give one with --data DIR)`);
if (!existsSync(BIN)) fail('no built CLI: run `npm run build` first');

let snapshots;
try {
  snapshots = readSnapshots(dataDir);
} catch (e) {
  if (e instanceof DataError) fail(e.message);
  throw e;
}
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const halfOf = splitHalves([...snapshots.accounts.keys()]);
const accounts = genuineAccounts(snapshots, halfOf);
const scenarios = await scoreRosters(accounts, BIN, OUT);
const figures = headlineFigures(scenarios, accounts);
const growth = await evaluateGrowth(snapshots, accounts, BIN, OUT);
const exportsResult = await evaluateExports(dataDir, BIN);
const followers = await followersSection({ dataDir, bin: BIN, outDir: join(OUT, 'followers') });

const halfB = accounts.filter((a) => a.half === 'B').length;
const report = [
  `# Accuracy of influaudit on real data

Generated on ${new Date().toISOString().slice(0, 10)} by \`npm run evaluate\` (from the repository root; the real data
is not part of the repository: give its folder with \`npm run evaluate -- --data DIR\`). Every figure below comes from
the built CLI's JSON output.

## What a verdict means in numbers

${headline(figures, growth.summary, likelyFakeConflict(scenarios, accounts)?.summary)}
`,
  method(accounts, snapshots),
  genuineSection(scenarios, accounts),
  injectedSection(scenarios, accounts),
  tradeoffSection(scenarios, accounts),
  fitSection(scenarios, accounts),
  growth.markdown,
  exportsResult.markdown,
  followers.markdown,
  limits(halfB),
].join('\n');
mkdirSync(join(ROOT, 'docs'), { recursive: true });
writeFileSync(REPORT, report);

const [genuine, ...injected] = figures;
console.log([
  `wrote docs/accuracy.md (half B: ${halfB} accounts)`,
  genuine.error ? `genuine: CLI error: ${genuine.error}` : `genuine flagged suspicious or worse: ${genuine.flagged}/${genuine.n}, likely-fake ${genuine.likelyFake}`,
  ...injected.map((f) => (f.error ? `followers ×${f.factor}: CLI error` : `followers ×${f.factor}: recall ${f.flagged}/${f.n}, likely-fake ${f.likelyFake}/${f.n}`)),
  growth.summary,
  exportsResult.summary,
  followers.summary,
].join('\n'));
if (scenarios.some((s) => s.error) || !growth.ok) process.exitCode = 1;
