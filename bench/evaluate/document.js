// The frame of docs/accuracy.md: title, how to reproduce, the headline, the method and the limits. The sections
// themselves come from the modules that compute them.
import { pct, share } from './markdown.js';
import { SPLIT_SEED } from './split.js';
import { FACTORS } from './roster.js';
import { SHIPPED } from './verdicts.js';

export const TRACKER = 'a public Instagram follower tracker of 358 Indian micro-influencers (GitHub Krishnateja001/Socialblade, 2019–20)';

const TARGETS = { 10: 0.35, 30: 0.7, 100: 0.9 };
const met = (ok) => (ok ? 'met' : '**not met**');

export function headline(figures, growthSummary, conflict) {
  const [genuine, ...injected] = figures;
  if (genuine.error) return `The CLI failed on the genuine roster: no headline figures (${genuine.error}).`;
  const [lo, hi] = genuine.interval.map((x) => `${(100 * x).toFixed(1)} %`);
  const recall = injected.map((f) => (f.error ? `×${f.factor}: CLI error`
    : `×${f.factor}: ${pct(f.flagged, f.n)} (${pct(f.likelyFake, f.n)} likely-fake)`));
  return `On the report half (half B, ${genuine.n} real micro-influencers, roster data: followers and average likes):

- **Genuine accounts flagged suspicious or worse: ${share(genuine.flagged, genuine.n)}** (95 % Wilson interval ${lo}–${hi};
  target ≤ 5 %: ${met(genuine.flagged <= 0.05 * genuine.n)}), of which ${genuine.likelyFake} likely-fake (target 0: ${met(genuine.likelyFake === 0)})${genuine.likelyFake > 0 && conflict ? `; ${conflict}` : ''}.
- **Injected bought followers caught (suspicious or worse)**, by how much followers were multiplied with likes
  unchanged: ${recall.join('; ')}.
- Targets: ${injected.filter((f) => TARGETS[f.factor] && !f.error).map((f) => `×${f.factor} ≥ ${Math.round(TARGETS[f.factor] * 100)} %${f.factor === 100 ? ' with at least half likely-fake' : ''}: ${met(f.flagged >= TARGETS[f.factor] * f.n && (f.factor !== 100 || f.likelyFake >= 0.5 * f.n))}`).join('; ')}.
- ${growthSummary}.`;
}

export function method(accounts, snapshots) {
  const halfA = accounts.filter((a) => a.half === 'A').length;
  const late = accounts.filter((a) => a.firstRun !== 0).length;
  return `## Method

- **Data**: ${TRACKER}, ${accounts.length} of its accounts: repeated passes over a fixed list of public
  accounts, each recording followers and the likes of the three newest posts. Real accounts, not labelled:
  "mostly genuine", some may have bought followers.${snapshots.unreadable ? ` ${snapshots.unreadable} of ${snapshots.rows} rows had an unreadable number and were left out.` : ''}
- **Genuine roster**: each account at its first pass (pass 0${late ? `, except ${late} accounts that joined the tracker later` : ''}), its average likes the mean of
  the three posts' likes: what \`influaudit score\` reads from the tracker's own file (\`likes_post1..3\`, first row of each account).
- **Split**: the sorted usernames are shuffled once (Fisher–Yates, mulberry32, seed ${SPLIT_SEED}); the first
  ${halfA} are half A (fit), the other ${accounts.length - halfA} half B (report). Headline figures are on half B;
  no value is fitted on it.
- **Injection**: the same accounts with followers × ${FACTORS.join(', ×')} and likes unchanged, the pattern bought
  followers leave (they add to the audience and never engage). A model of purchases, not observed purchases.
- **Scoring**: every scenario is one CSV scored by the built CLI, \`influaudit score FILE --format json\`, as a
  user would run it; figures are read from its JSON output only. Suspicious or worse = verdict \`suspicious\` or
  \`likely-fake\`; shipped cut-offs: a score below ${SHIPPED.suspicious} is suspicious, below ${SHIPPED.likelyFake} likely-fake. An account with
  no score (\`insufficient-data\`) is never counted as flagged.
- **Fitting** (half A only): the robust spread of genuine engagement around the norm and the score cut-off that
  keeps ≤ 5 % of genuine accounts flagged; both are then shown on half B.
- Deterministic: the same data gives the same report, byte for byte, apart from the date line.
`;
}

export const limits = (halfSize) => `## Limits

- **Unlabelled data**: the tracked accounts are real and "mostly genuine", not verified genuine. A genuine account
  flagged here may be a true purchase; the false-alarm rate is an upper bound in that sense.
- **One population**: Indian micro-influencers tracked in 2019–20 only; other countries, niches, sizes and years
  (engagement has fallen since) can differ.
- **Likes only**: the tracker has no comments, so engagement here is likes / followers, a little below what the
  norm tables (likes + comments) describe.
- **Injection is a model**: multiplying followers with likes unchanged is the textbook trace of bought followers,
  not data on real purchases (which may come with bought likes too, and then look far less suspicious).
- **No famous accounts**: no labelled table of large or celebrity accounts is available here, so the macro and
  mega tiers are reached only by injection.
- **No timestamps** in the tracker: the growth section assumes one pass = one day; a different interval changes
  what a "one-day" spike is.
- **Small halves**: ${halfSize} accounts per half, so one account is ${(100 / halfSize).toFixed(1)} percentage points; read the
  Wilson interval of the headline before comparing runs.
`;
