// Fit on half A, report on half B: the spread of genuine engagement around the norm, and the score cut-off that
// keeps 5 % of genuine accounts flagged. Half B never informs a fitted value; it only shows what the fit gives.
import { esc, fixed, share, table } from './markdown.js';
import { signal } from './run-cli.js';
import { quantile, median, robustSpread } from './stats.js';
import { below, label, resultsOf, SHIPPED } from './verdicts.js';

const MAX_GENUINE_FLAGGED = 0.05;

/** ln(ratePct / medianPct) per account from the engagement signal's evidence: its rate against its norm's median. */
function logRatios(rows) {
  const points = [];
  const references = new Map();
  for (const r of rows) {
    const evidence = signal(r.result, 'engagement-rate')?.evidence ?? {};
    const rate = evidence.ratePct;
    const reference = evidence.medianPct;
    if (!(rate > 0) || !(reference > 0)) continue;
    references.set('medianPct', (references.get('medianPct') ?? 0) + 1);
    points.push({ tier: evidence.tier ?? r.result?.tier ?? 'unknown', followers: r.followers, value: Math.log(rate / reference) });
  }
  return { points, references };
}

function describe(values) {
  const { iqrSd, madSd } = robustSpread(values);
  return { n: values.length, offset: median(values), iqrSd, madSd, q05: quantile(values, 0.05), q95: quantile(values, 0.95) };
}

/** The largest cut-off c (score < c is flagged) that flags at most 5 % of the given genuine accounts. */
export function fitCutoff(rows) {
  let best = 0;
  for (let c = 0; c <= 100; c++) if (below(rows, c) <= MAX_GENUINE_FLAGGED * rows.length) best = c;
  return best;
}

export function fitSection(scenarios, accounts) {
  const genuine = scenarios[0];
  if (genuine.error) return `## Fit on half A, report on half B\n\nThe fit could not run: the CLI failed on the genuine roster (${esc(genuine.error)}).\n`;
  const fitRows = resultsOf(genuine, accounts, 'A');
  const fitA = logRatios(fitRows);
  const fitB = logRatios(resultsOf(genuine, accounts, 'B'));

  let spread;
  if (fitA.points.length < 2) {
    spread = 'The spread could not be fitted: the engagement signal of half A gives `ratePct` with `medianPct` for fewer than two accounts.';
  } else {
    const [a, b] = [fitA, fitB].map((f) => describe(f.points.map((p) => p.value)));
    const refs = [...fitA.references].map(([name, n]) => `\`${name}\` for ${n}`).join(', ');
    const row = (name, key, digits = 3) => [name, fixed(a[key], digits), fixed(b[key], digits)];
    spread = `Reference used (half A): ${refs} of ${fitRows.length} accounts (the median of the norm that judged the account;
accounts without a measured rate are left out). x = ln(ratePct / reference).

${table(['fitted on genuine accounts', 'half A (fit)', 'half B (check only)'], [
      ['accounts with a rate', a.n, b.n],
      row('median offset of x', 'offset'),
      row('robust SD of x: IQR / 1.349', 'iqrSd'),
      row('robust SD of x: MAD × 1.4826', 'madSd'),
      row('5th percentile of x', 'q05'),
      row('95th percentile of x', 'q95'),
      ['rate / reference at the median offset', `${fixed(Math.exp(a.offset))}×`, `${fixed(Math.exp(b.offset))}×`],
    ])}

The same on half A per tier (few accounts per tier: indicative only):

${table(['tier', 'accounts', 'median offset', 'IQR / 1.349', 'MAD × 1.4826'], tiersOf(fitA.points).map(([tier, values]) => {
      const d = describe(values);
      return [esc(tier), d.n, fixed(d.offset, 3), d.n >= 4 ? fixed(d.iqrSd, 3) : '–', d.n >= 4 ? fixed(d.madSd, 3) : '–'];
    }))}`;
  }

  const fitted = fitCutoff(fitRows);
  const rowsOf = (half) => scenarios.map((s) => resultsOf(s, accounts, half));
  const [rowsA, rowsB] = [rowsOf('A'), rowsOf('B')];
  const cutoffRow = (c, origin) => [c, origin, share(below(rowsA[0], c), rowsA[0].length),
    ...scenarios.map((s, i) => (s.error ? 'CLI error' : share(below(rowsB[i], c), rowsB[i].length)))];

  return `## Fit on half A, report on half B

**Spread of genuine engagement.** From the engagement signal's evidence of half A's genuine accounts: the median
offset and the robust standard deviation of the log ratio of each account's rate to its tier's reference. A
normal spread would put 95 % of genuine accounts within the offset ± 1.96 SD.

${spread}

**Score cut-off.** The largest cut-off c (score below c = flagged) that flags at most 5 % of half A's genuine
accounts is **${fitted}**: it flags ${share(below(rowsA[0], fitted), rowsA[0].length)} of them${fitted < 100
    ? `, and ${fitted + 1} would already flag ${share(below(rowsA[0], fitted + 1), rowsA[0].length)} (scores bunch, so the 5 % budget cannot be met exactly)` : ''}.
What it gives on half B, next to the shipped cut-offs:

${table(['cut-off', 'origin', 'half A genuine below', ...scenarios.map((s) => `half B ${label(s.factor)} below`)], [
    cutoffRow(fitted, 'fitted on half A'),
    cutoffRow(SHIPPED.suspicious, 'shipped (suspicious)'),
    cutoffRow(SHIPPED.likelyFake, 'shipped (likely-fake)'),
  ])}
`;
}

/** [tier, values] in order of the smallest account in each tier, so the table reads from small to large. */
function tiersOf(points) {
  const tiers = new Map();
  for (const p of [...points].sort((x, y) => x.followers - y.followers)) tiers.set(p.tier, [...(tiers.get(p.tier) ?? []), p.value]);
  return [...tiers];
}
