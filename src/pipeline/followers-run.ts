import { FollowerSample } from '../core/audience/follower-sample.js';
import { judgeFollower } from '../core/audience/judge-follower.js';
import { RULE_IDS, type RuleId } from '../core/audience/rule-config.js';
import { summariseAudience } from '../core/audience/summarise-audience.js';
import { audienceRulesFor, type AudienceThresholds } from '../core/audience/thresholds.js';
import type { Platform } from '../core/platform.js';
import { matchColumns, type ColumnOverrides } from '../io/columns.js';
import { accountKey } from '../io/handle.js';
import { FOLLOWER_FIELDS, followersPlatformHint, hasFollowerFacts } from '../io/kinds/followers.js';
import type { CsvHead } from '../io/read-csv.js';
import { recognise, type Recognised } from '../io/recognise.js';
import type { InputSource } from '../io/source.js';
import type { FollowersRenderer } from '../render/renderer.js';
import type { FollowersSummary, InfluencerAudience } from '../shared/followers-output.js';
import type { FailOn } from '../shared/run-summary.js';
import { UserError } from '../shared/user-error.js';
import { listCut } from '../shared/list-text.js';
import { handleFromFileName } from './file-handle.js';
import { openInputs } from './open-inputs.js';
import { readInput } from './read-input.js';
import { agesCounted } from './account-ages.js';
import { FollowersReader } from './readers/followers.js';
import { RowLedger } from './row-ledger.js';
import { closeFailed, defaultPlatformNote, noUsableRow, writePieces, type RunIo } from './score-run.js';

export interface FollowersRun {
  source: InputSource;
  thresholds: AudienceThresholds;
  overrides: ColumnOverrides;
  /** `--of`: the influencer of a file without an influencer column (default: the file name). */
  of?: string;
  platformFlag?: Platform;
  defaultPlatform: Platform;
  /** As in ScorePlan: `--as-of`, else today; account ages from creation dates are counted to it. */
  asOfDay: number;
  asOfGiven?: boolean;
  failOn: FailOn | null;
  renderer: FollowersRenderer;
  /** Whether the format lists the rejected rows (json): others only count them, and the run keeps no list. */
  listIssues?: boolean;
}

/** One influencer's sample as it is read: counts only, so a sample of any size costs a few numbers. */
interface Sample {
  of: string;
  platform: Platform;
  followers: FollowerSample;
  fired: Map<RuleId, number>;
  missing: Map<RuleId, number>;
}

/**
 * `influaudit followers`, on the same pipeline as `score`: the sample is opened and recognised before anything is
 * written, each follower is classified with its platform's rules as it is read (streamed to the output), then each
 * influencer's audience is judged on the class shares. Rows read = used + rejected; no usable row is a UserError.
 */
export async function runFollowers(run: FollowersRun, io: RunIo): Promise<{ summary: FollowersSummary; influencers: InfluencerAudience[] }> {
  const note = (m: string) => io.diagnostics.note(m);
  const [input] = await openInputs([run.source], (head) => recogniseSample(head, run.overrides), note);
  const ledger = new RowLedger(io.diagnostics, run.listIssues ?? true);
  try {
    const samples = new Map<string, Sample>();
    const reader = new FollowersReader(input!.csv.head, input!.recognised, {
      fallbackOf: run.of ?? handleFromFileName(run.source.name), ofFlag: '--of', datesAdvice: 'write them as ISO dates (2020-04-03) to have them counted', ofGiven: run.of !== undefined,
      platformFlag: run.platformFlag, platformHint: followersPlatformHint(input!.csv.head.header), defaultPlatform: run.defaultPlatform,
      dateOrder: undefined, asOfDay: run.asOfDay, asOfGiven: run.asOfGiven === true, note,
    }, {
      row: (row) => {
        ledger.used();
        for (const w of row.warnings) ledger.warn(w);
        const c = judgeFollower(row.facts, row.platform, run.thresholds);
        const key = accountKey(row.of, row.platform);
        let s = samples.get(key);
        if (!s) samples.set(key, (s = { of: row.of, platform: row.platform, followers: new FollowerSample(), fired: new Map(), missing: new Map() }));
        s.followers.add(c);
        for (const id of c.rules) s.fired.set(id, (s.fired.get(id) ?? 0) + 1);
        for (const id of c.missing) s.missing.set(id, (s.missing.get(id) ?? 0) + 1);
        const model = c.model ? { model: { probability: c.model.probability, baseline: c.model.baseline, contributions: c.model.contributions } } : {};
        // The reader left (| head -1): the rest is read for the shares, not written.
        if (io.out.closed) return;
        begin();
        io.out.write(run.renderer.item({ line: row.line, id: row.id ?? null, of: row.of, platform: row.platform, class: c.class, rules: c.rules, ...model }));
      },
      rejected: (r) => ledger.reject(r),
    });
    // As in `score`: the document begins with its first follower, and a failure once it began closes it with the error.
    let begun = false;
    const begin = () => {
      if (!begun) {
        io.diagnostics.outputBegan();
        io.out.write(run.renderer.begin());
      }
      begun = true;
    };
    const judged = () => {
      const influencers = [...samples.values()].map((s) => judgeSample(s, run.thresholds));
      return { influencers, summary: summarise(influencers, ledger.rows, ledger.warned, run.failOn) };
    };
    const asOf = () => (reader.agesCounted > 0 ? { asOf: agesCounted(run.asOfDay, run.asOfGiven).asOf } : {});
    try {
      await readInput(input!, reader, ledger, io.out, note, true);
    } catch (e) {
      if (!begun) throw e;
      const { influencers, summary } = judged();
      throw await closeFailed(e, summary, io, (s, error) => run.renderer.end({ influencers, summary: s, rejected: ledger.rejected, warnings: ledger.warnings, ...asOf(), notes: io.diagnostics.notes, error }));
    }
    if (reader.defaultedPlatform > 0 && run.platformFlag === undefined) note(defaultPlatformNote(run.source.name, run.defaultPlatform));
    if (reader.agesCounted > 0) note(agesCounted(run.asOfDay, run.asOfGiven).note);
    const { influencers, summary } = judged();
    const unusable = ledger.rows.used === 0 && !io.out.closed ? noUsableRow(ledger.rows, [run.source.name]) : undefined;
    // No row at all (a header only): nothing to list, so no document, as for a run refused before output.
    if (unusable && ledger.rows.read === 0 && !begun) throw unusable;
    begin();
    await writePieces(io.out, run.renderer.end({ influencers, summary, rejected: ledger.rejected, warnings: ledger.warnings, ...asOf(), notes: io.diagnostics.notes, ...(unusable ? { error: unusable.message } : {}) }));
    if (unusable) throw unusable;
    return { summary, influencers };
  } finally {
    // The rejected rows and warnings past the first MiB are in a temporary file.
    ledger.close();
  }
}

/** A follower sample's columns, or a UserError naming what was seen and what is needed. */
function recogniseSample(head: CsvHead, overrides: ColumnOverrides) {
  const other = notASample(head, overrides);
  if (other) throw new UserError(`${head.source}: looks like ${other}, not a follower sample (one row per follower): score it with influaudit score`);
  const columns = matchColumns(head.header, FOLLOWER_FIELDS, overrides, head.source);
  if (!hasFollowerFacts(columns)) {
    const seen = listCut(head.header.map((h) => JSON.stringify(h)));
    throw new UserError(`${head.source}: columns not recognised as a follower sample. Saw ${seen}. Needs one or more of: username, followers, following, posts, profile pic, private, biography, external URL, username length. Name a column with --map field="Header"`);
  }
  return columns;
}

/**
 * What else the file plainly is, if it is not a sample: its followers column would read as one follower per row and
 * clear an audience nobody sampled. A roster without averages has a sample's shape (username, followers,
 * following, posts) and passes.
 */
function notASample(head: CsvHead, overrides: ColumnOverrides): string | undefined {
  let r: Recognised;
  try {
    r = recognise(head.header, overrides, head.source);
  } catch {
    return undefined;
  }
  // A scraper's sample may carry its capture time (`timestamp`, `scraped at`) beside each follower's username: that
  // is not a history's date (`date`, `day`), whose handle column names one account on every row.
  const sampled = matchColumns(head.header, FOLLOWER_FIELDS, overrides, head.source);
  const perFollower = sampled.username !== undefined || sampled.id !== undefined;
  const dateHeader = r.kind === 'history' && r.columns.date !== undefined ? head.header[r.columns.date] ?? '' : '';
  const captureTime = perFollower && /time|scrap|captur|collect/i.test(dateHeader);
  if ((r.kind === 'history' && !captureTime) || r.kind === 'history-wide') return 'a follower history (a date and follower counts)';
  if (r.kind === 'posts') return 'a posts export (one row per post)';
  const averages = r.kind === 'roster' && (['avg-likes', 'avg-comments', 'avg-views', 'engagement-rate', 'recent-avg-likes'] as const).some((f) => r.columns[f] !== undefined);
  return averages ? 'an influencer roster (average likes or an engagement rate)' : undefined;
}

function judgeSample(s: Sample, t: AudienceThresholds): InfluencerAudience {
  const model = s.followers.model.n > 0 ? s.followers.model.share(t.confidence) : undefined;
  const a = summariseAudience(s.followers.classes, t, model);
  const weights = audienceRulesFor(s.platform, t).weights;
  const fired = [...s.fired].sort((x, y) => y[1] - x[1] || RULE_IDS.indexOf(x[0]) - RULE_IDS.indexOf(y[0]));
  const unchecked = RULE_IDS.filter((id) => (weights[id] ?? 0) > 0 && s.missing.get(id) === s.followers.size);
  return {
    of: s.of, platform: s.platform, sampleSize: a.sampleSize, shares: a.shares, genuine: a.genuine, ...(model ? { model } : {}),
    verdict: a.verdict, reason: a.reason, message: a.message, rulesFired: Object.fromEntries(fired), unchecked,
  };
}

/** The gate: `--fail-on suspicious` fails on a suspicious or likely-fake audience, `likely-fake` on a likely-fake one. */
export function audienceGateFails(failOn: FailOn | null, verdict: InfluencerAudience['verdict']): boolean {
  if (failOn === 'likely-fake') return verdict === 'likely-fake';
  if (failOn === 'suspicious') return verdict === 'likely-fake' || verdict === 'suspicious';
  return false;
}

function summarise(influencers: readonly InfluencerAudience[], rows: FollowersSummary['rows'], warnings: number, failOn: FailOn | null): FollowersSummary {
  const count = (v: InfluencerAudience['verdict']) => influencers.filter((a) => a.verdict === v).length;
  return {
    influencers: influencers.length,
    ok: count('ok'), suspicious: count('suspicious'), likelyFake: count('likely-fake'), insufficientSample: count('insufficient-sample'),
    rows,
    warnings,
    gate: { failOn, failed: influencers.some((a) => audienceGateFails(failOn, a.verdict)) },
  };
}
