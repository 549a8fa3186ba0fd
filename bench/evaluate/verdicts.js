// Sections on verdicts and scores: genuine accounts, injected purchases, and the cut-off trade-off curve.
import { code, esc, fixed, int, share, table, truncate } from './markdown.js';
import { scoreOf, signal, verdictOf } from './run-cli.js';
import { wilson } from './stats.js';

export const VERDICTS = ['authentic', 'suspicious', 'likely-fake', 'insufficient-data'];
/** The shipped verdict cut-offs: a score below 70 is suspicious, below 40 likely fake (README, "How accounts are scored"). */
export const SHIPPED = { suspicious: 70, likelyFake: 40 };
export const CUTOFFS = [95, 90, 80, 70, 60, 50, 40, 30, 20, 10];
const TARGETS = { 10: { flagged: 0.35 }, 30: { flagged: 0.7 }, 100: { flagged: 0.9, likelyFake: 0.5 } };

const isFlagged = (v) => v === 'suspicious' || v === 'likely-fake';
export const label = (factor) => (factor === 1 ? 'genuine' : `followers ×${factor}`);

/** One scenario's results for one half: the accounts of that half with the CLI's answer for each (or none). */
export function resultsOf(scenario, accounts, half) {
  return accounts.filter((a) => half === undefined || a.half === half)
    .map((a) => ({ ...a, result: scenario.results?.get(a.handle.toLowerCase()) }));
}

export function counts(rows) {
  const byVerdict = new Map();
  for (const r of rows) byVerdict.set(verdictOf(r.result), (byVerdict.get(verdictOf(r.result)) ?? 0) + 1);
  const flagged = rows.filter((r) => isFlagged(verdictOf(r.result))).length;
  return { n: rows.length, byVerdict, flagged, likelyFake: byVerdict.get('likely-fake') ?? 0 };
}

/** Share of accounts scoring strictly below a cut-off; a null score (insufficient data) is not flagged. */
export const below = (rows, cutoff) => rows.filter((r) => scoreOf(r.result) !== null && scoreOf(r.result) < cutoff).length;

const cellOr = (scenario, render) => (scenario.error ? 'CLI error' : render());
const errors = (scenarios) => scenarios.filter((s) => s.error)
  .map((s) => `\nThe CLI failed on the ${label(s.factor)} roster: ${esc(s.error)}\n`).join('');

export function genuineSection(scenarios, accounts) {
  const genuine = scenarios[0];
  const halves = { B: counts(resultsOf(genuine, accounts, 'B')), A: counts(resultsOf(genuine, accounts, 'A')) };
  const seen = new Set([...VERDICTS, ...halves.A.byVerdict.keys(), ...halves.B.byVerdict.keys()]);
  const rows = [...seen].map((v) => [v, ...['B', 'A'].map((h) => cellOr(genuine, () => share(halves[h].byVerdict.get(v) ?? 0, halves[h].n)))]);
  rows.push(['**suspicious or worse** (target ≤ 5 %, no likely-fake)',
    ...['B', 'A'].map((h) => cellOr(genuine, () => `**${share(halves[h].flagged, halves[h].n)}**`))]);

  const flagged = resultsOf(genuine, accounts).filter((r) => isFlagged(verdictOf(r.result)))
    .sort((a, b) => a.half.localeCompare(b.half, 'en') || a.avgLikes / a.followers - b.avgLikes / b.followers);
  const list = flagged.length === 0 ? 'No genuine account comes out suspicious or worse.' : table(
    ['half', 'handle', 'followers', 'avg likes', 'ER (likes / followers)', 'verdict', 'score', 'CLI message'],
    flagged.map((r) => [r.half, code(r.handle), int(r.followers), int(r.avgLikes), `${fixed((100 * r.avgLikes) / r.followers)} %`,
      verdictOf(r.result), scoreOf(r.result) ?? '–', esc(flagMessages(r.result))]));

  return `## Genuine accounts

Each tracked account as the tracker first saw it: a roster \`handle,platform,followers,avg likes\` (Instagram; avg
likes = the mean of the likes of its three newest posts, rounded), scored in one run.

${table(['verdict', 'half B (report)', 'half A (fit)'], rows)}
${errors([genuine])}
Genuine accounts that come out suspicious or worse (both halves), lowest engagement first. They are real accounts
but unlabelled: some may have bought followers, so judge each line, not only the count.

${list}
`;
}

function flagMessages(account) {
  const flags = (account?.signals ?? []).filter((s) => s?.status === 'flag').map((s) => s.message ?? s.id);
  return truncate(flags.join(' · ') || '(no flagged signal)', 400);
}

/** The tier an account is judged in: the norm table's (what the engagement band depends on), else the CLI's size class. */
const tierOf = (account) => signal(account, 'engagement-rate')?.evidence?.tier ?? account?.tier ?? 'unknown';

export function injectedSection(scenarios, accounts) {
  const injected = scenarios.slice(1);
  const rows = injected.map((s) => {
    const [b, a] = ['B', 'A'].map((h) => counts(resultsOf(s, accounts, h)));
    const target = TARGETS[s.factor];
    const met = !target || s.error ? '' : (b.flagged / b.n >= target.flagged && b.likelyFake / b.n >= (target.likelyFake ?? 0)) ? ' (met)' : ' (not met)';
    const targetText = !target ? '–'
      : `≥ ${target.flagged * 100} % suspicious or worse${target.likelyFake ? `, ≥ ${target.likelyFake * 100} % likely-fake` : ''}${met}`;
    const scores = resultsOf(s, accounts, 'B').map((r) => scoreOf(r.result)).filter((x) => x !== null);
    const lowest = scores.length ? Math.min(...scores) : '–';
    return [s.factor, ...[b, a].flatMap((c) => [cellOr(s, () => share(c.flagged, c.n)), cellOr(s, () => share(c.likelyFake, c.n))]),
      cellOr(s, () => lowest), targetText];
  });

  // Tiers in order of the smallest account seen in them, so the table reads from nano to mega.
  const tiers = new Map();
  for (const s of scenarios) {
    if (s.error) continue;
    for (const r of resultsOf(s, accounts, 'B')) {
      const t = tierOf(r.result);
      const followers = r.followers * s.factor;
      if (!tiers.has(t) || tiers.get(t) > followers) tiers.set(t, followers);
    }
  }
  const tierNames = [...tiers.keys()].sort((x, y) => tiers.get(x) - tiers.get(y));
  const tierRows = tierNames.map((t) => [esc(t), ...scenarios.map((s) => cellOr(s, () => {
    const inTier = resultsOf(s, accounts, 'B').filter((r) => tierOf(r.result) === t);
    return inTier.length === 0 ? '–' : `${inTier.length} (${counts(inTier).flagged} flagged)`;
  }))]);

  return `## Injected purchases

The same accounts with their followers multiplied by 3, 10, 30 and 100 and their likes unchanged, one roster per
factor. Recall = share of injected accounts called suspicious or worse.

${table(['followers ×', 'half B: suspicious or worse', 'half B: likely-fake', 'half A: suspicious or worse', 'half A: likely-fake', 'half B: lowest score', 'target (half B)'], rows)}
${errors(injected)}
Where the accounts of half B land: accounts per tier of the norm table they are judged by (the CLI's size class
when the engagement signal names no tier), and how many of them are flagged (suspicious or worse).

${table(['tier', ...scenarios.map((s) => label(s.factor))], tierRows)}
`;
}

export function tradeoffSection(scenarios, accounts) {
  const rowsB = scenarios.map((s) => resultsOf(s, accounts, 'B'));
  const rows = CUTOFFS.map((c) => {
    const mark = c === SHIPPED.suspicious ? ' **(shipped: below = suspicious)**' : c === SHIPPED.likelyFake ? ' **(shipped: below = likely-fake)**' : '';
    return [`${c}${mark}`, ...scenarios.map((s, i) => cellOr(s, () => share(below(rowsB[i], c), rowsB[i].length)))];
  });
  const check = verdictCheck(scenarios);
  const conflict = likelyFakeConflict(scenarios, accounts);
  return `## Trade-off: score cut-off vs flags (half B)

Share of accounts scoring **below** each cut-off; an account with no score (insufficient data) counts as not flagged.
The genuine column is the false-alarm rate, the others the recall of each injected factor.

${table(['cut-off', ...scenarios.map((s) => `${label(s.factor)} below`)], rows)}

${check.mismatches === 0
    ? `On all ${check.scored} scored results the verdict agrees with the shipped cut-offs (70 and 40), so the marked rows equal the verdict shares above.`
    : `**On ${check.mismatches} of ${check.scored} scored results the verdict disagrees with the 70/40 cut-offs** (e.g. ${esc(check.example)}): the verdicts no longer follow these cut-offs, so read the marked rows as score thresholds only.`}
${conflict ? `\n${conflict.text}\n` : ''}`;
}

/**
 * Whether any likely-fake cut-off spares every genuine account and still calls half of the ×100 injections likely
 * fake: per half, the lowest genuine score, and what a cut-off at that score (the highest that spares them all) gives
 * ×100. Undefined when a scenario failed or no genuine account scores below the shipped cut-off.
 */
export function likelyFakeConflict(scenarios, accounts) {
  const genuine = scenarios.find((s) => s.factor === 1);
  const x100 = scenarios.find((s) => s.factor === 100);
  if (!genuine || !x100 || genuine.error || x100.error) return undefined;
  const halves = ['A', 'B'].map((half) => {
    const scored = resultsOf(genuine, accounts, half).filter((r) => scoreOf(r.result) !== null);
    const lowest = scored.reduce((low, r) => (low === undefined || scoreOf(r.result) < scoreOf(low.result) ? r : low), undefined);
    const injected = resultsOf(x100, accounts, half);
    const cutoff = lowest === undefined ? 0 : scoreOf(lowest.result);
    return { half, lowest, cutoff, caught: below(injected, cutoff), n: injected.length };
  });
  if (halves.every((h) => h.cutoff >= SHIPPED.likelyFake)) return undefined;
  const meets = halves.filter((h) => h.caught >= 0.5 * h.n).map((h) => `half ${h.half}`);
  const lines = halves.map((h) => `half ${h.half}: the lowest genuine score is ${h.cutoff} (${code(h.lowest.handle)}, ${int(h.lowest.followers)} followers, ${int(h.lowest.avgLikes)} average likes); a cut-off of ${h.cutoff} would leave ${share(h.caught, h.n)} of its ×100 accounts likely-fake`);
  const so = meets.length === halves.length
    ? 'So a lower cut-off would meet both targets on both halves.'
    : meets.length > 0
      ? `So only on ${meets.join(' and ')} would a lower cut-off meet both targets; not on the other, whose lowest genuine account scores no higher than most of its ×100 accounts: engagement, the only evidence this data holds about them, cannot tell them apart.`
      : 'So on neither half does any cut-off meet both targets: each half\'s lowest genuine account scores no higher than most of its ×100 accounts, and engagement, the only evidence this data holds about them, cannot tell them apart.';
  return {
    summary: meets.length === halves.length
      ? 'a lower likely-fake cut-off would meet this target and the ×100 one on both halves (see "Trade-off" below)'
      : `no likely-fake cut-off meets both this target and ×100's "at least half likely-fake" on ${meets.length > 0 ? `every half (only on ${meets.join(' and ')})` : 'either half'} (see "Trade-off" below)`,
    text: `**No likely-fake without a genuine account: can a cut-off have both?** To call no genuine account likely fake, the cut-off would have to be at or below the lowest genuine score: ${lines.join('; ')} (target ≥ 50 %). ${so}`,
  };
}

/** Whether the verdicts still follow the 70/40 cut-offs: the trade-off rows only equal the verdicts if they do. */
function verdictCheck(scenarios) {
  let scored = 0;
  let mismatches = 0;
  let example = '';
  for (const s of scenarios) {
    for (const account of s.results?.values() ?? []) {
      const score = scoreOf(account);
      if (score === null) continue;
      scored++;
      const expected = score >= SHIPPED.suspicious ? 'authentic' : score >= SHIPPED.likelyFake ? 'suspicious' : 'likely-fake';
      if (verdictOf(account) !== expected) {
        mismatches++;
        example ||= `${account.handle}: score ${score}, ${verdictOf(account)}`;
      }
    }
  }
  return { scored, mismatches, example };
}

/** The figures the headline and the summary quote: half B, genuine false alarms and recall per factor. */
export function headlineFigures(scenarios, accounts) {
  return scenarios.map((s) => {
    if (s.error) return { factor: s.factor, error: s.error };
    const c = counts(resultsOf(s, accounts, 'B'));
    return { factor: s.factor, ...c, interval: wilson(c.flagged, c.n) };
  });
}
