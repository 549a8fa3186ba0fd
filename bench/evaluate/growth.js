// Growth on real curves: each account's passes as a daily follower history, as found and with a bought
// spike-then-drop injected, scored by the CLI's growth-spike-drop signal.
import { join } from 'node:path';
import { writeCsv } from './csv.js';
import { code, esc, int, share, table, truncate } from './markdown.js';
import { byHandle, runScore, signal } from './run-cli.js';
import { hashSeed, mulberry32 } from './stats.js';

/** Assumption, not data: the tracker stored no timestamps, so pass r is dated START + r days. */
const START = Date.UTC(2020, 0, 1);
const GROWTH_SEED = 20200101;
/**
 * The injected purchase: a one-pass gain of a share of followers (several sizes, at the same pass for one account),
 * then 30 % of that gain lost evenly over the next 5 passes, the rest kept.
 */
const SPIKE = { gains: [0.05, 0.1, 0.2], giveBack: 0.3, giveBackPasses: 5, minPassesBefore: 8 };

const dateOf = (run) => new Date(START + run * 86_400_000).toISOString().slice(0, 10);
const percent = (fraction) => Math.round(fraction * 100);
const gainLabel = (gain) => `+${percent(gain)} %`;

/** The pass index of an account's spike, seeded by its username; null when the history is too short for one. */
function spikeIndex(handle, passes) {
  const first = SPIKE.minPassesBefore;
  const last = passes.length - 1 - SPIKE.giveBackPasses;
  if (last < first) return null;
  return first + Math.floor(mulberry32(hashSeed(GROWTH_SEED, handle))() * (last - first + 1));
}

/** The account's followers with a bought spike of `gain` (share of the previous pass) injected at pass index k. */
function injectSpike(passes, k, gain) {
  const bought = Math.round(gain * passes[k - 1].followers);
  return passes.map((p, i) => {
    if (i < k) return p.followers;
    const given = (SPIKE.giveBack * bought * Math.min(i - k, SPIKE.giveBackPasses)) / SPIKE.giveBackPasses;
    return p.followers + bought - Math.round(given);
  });
}

export async function evaluateGrowth(snapshots, accounts, bin, outDir) {
  const header = ['handle', 'date', 'followers'];
  const spikes = new Map();
  for (const [handle, passes] of snapshots.accounts) {
    const k = spikeIndex(handle, passes);
    if (k !== null) spikes.set(handle, k);
  }
  const genuineFile = join(outDir, 'history-genuine.csv');
  writeCsv(genuineFile, header, [...snapshots.accounts].flatMap(([handle, passes]) => passes.map((p) => [handle, dateOf(p.run), p.followers])));
  const genuine = await runScore(bin, [genuineFile]);
  const injected = [];
  for (const gain of SPIKE.gains) {
    const file = join(outDir, `history-injected-${percent(gain)}pct.csv`);
    writeCsv(file, header, [...spikes].flatMap(([handle, k]) => {
      const passes = snapshots.accounts.get(handle);
      const followers = injectSpike(passes, k, gain);
      return passes.map((p, i) => [handle, dateOf(p.run), followers[i]]);
    }));
    injected.push({ gain, run: await runScore(bin, [file]) });
  }

  const tally = (run, half, only) => {
    const results = run.ok ? byHandle(run.accounts) : new Map();
    const rows = accounts.filter((a) => a.half === half && (!only || only.has(a.handle)))
      .map((a) => ({ ...a, growth: signal(results.get(a.handle.toLowerCase()), 'growth-spike-drop') }));
    return { n: rows.length, rows, flagged: rows.filter((r) => r.growth?.status === 'flag'), skipped: rows.filter((r) => !r.growth || r.growth.status === 'skip') };
  };
  const cell = (run, t, of) => (run.ok ? share(of(t).length, t.n) : 'CLI error');
  const halves = ['B', 'A'];
  const genuineTally = halves.map((h) => tally(genuine, h));
  const rows = [
    ['genuine: `growth-spike-drop` flagged (false alarms)', ...genuineTally.map((t) => cell(genuine, t, (x) => x.flagged))],
    ['genuine: skipped (history too short)', ...genuineTally.map((t) => cell(genuine, t, (x) => x.skipped))],
    ...injected.map(({ gain, run }) => [`injected ${gainLabel(gain)}: flagged (recall)`, ...halves.map((h) => cell(run, tally(run, h, spikes), (x) => x.flagged))]),
  ];
  const failures = [['genuine', genuine], ...injected.map(({ gain, run }) => [`injected ${gainLabel(gain)}`, run])].filter(([, r]) => !r.ok)
    .map(([name, r]) => `\nThe CLI failed on the ${name} histories: ${esc(r.error)}\n`).join('');
  const alarms = halves.flatMap((h, i) => genuineTally[i].flagged.map((r) => [h, code(r.handle), int(r.followers), esc(truncate(r.growth.message ?? '', 300))]));
  const passCounts = [...snapshots.accounts.values()].map((p) => p.length).sort((a, b) => a - b);

  const markdown = `## Growth on real curves

Each account's passes become a follower history \`handle,date,followers\`: **one pass = one day is an assumption**
(the tracker stored no timestamps; the interval is unknown, plausibly about a day), dated from an arbitrary start,
${dateOf(0)}. A pass where the account is missing is dropped, so its history has a gap there. Histories have
${passCounts[0]} to ${passCounts.at(-1)} passes (median ${passCounts[Math.floor(passCounts.length / 2)]}).

Injected purchase, in the same histories: at a seeded random pass (at least ${SPIKE.minPassesBefore} passes in and
${SPIKE.giveBackPasses} before the end; the same pass for every size) followers rise in one step by
${SPIKE.gains.map(gainLabel).join(', ')} of the previous pass, then ${percent(SPIKE.giveBack)} % of that gain is lost
evenly over the next ${SPIKE.giveBackPasses} passes and the rest is kept; the account's real curve goes on
underneath. ${spikes.size} of ${snapshots.accounts.size} histories are long enough. Each set of histories is scored
in one run (history only, so only the growth signals can speak); a skipped history counts as missed.

${table(['', 'half B (report)', 'half A'], rows)}
${failures}
${alarms.length === 0 ? 'No genuine history is flagged.' : `Genuine histories flagged (unlabelled: a flag may be a real purchase):\n\n${table(['half', 'handle', 'followers (first pass)', 'CLI message'], alarms)}`}
`;
  const ok = genuine.ok && injected.every((i) => i.run.ok);
  const b = genuineTally[0];
  const recalls = injected.map(({ gain, run }) => {
    const t = tally(run, 'B', spikes);
    return `${gainLabel(gain)} ${share(t.flagged.length, t.n)}`;
  });
  const summary = ok
    ? `\`growth-spike-drop\` on real histories (half B, assuming 1 pass = 1 day): false alarms ${share(b.flagged.length, b.n)}; recall of an injected spike-then-drop ${recalls.join(', ')}`
    : 'growth: the CLI failed';
  return { markdown, summary, ok };
}
