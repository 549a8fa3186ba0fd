import { classifyFollower, type FollowerClass } from '../core/audience/classify-follower.js';
import { RULE_IDS, type RuleId } from '../core/audience/rule-config.js';
import { summariseAudience } from '../core/audience/summarise-audience.js';
import { audienceRulesFor, type AudienceThresholds } from '../core/audience/thresholds.js';
import type { Platform } from '../core/platform.js';
import { matchColumns, type ColumnOverrides } from '../io/columns.js';
import { UserError } from '../io/errors.js';
import { accountKey } from '../io/handle.js';
import { FOLLOWER_FIELDS, followersPlatformHint, hasFollowerFacts } from '../io/kinds/followers.js';
import { readCsv } from '../io/read-csv.js';
import type { RejectedRow } from '../io/rejected.js';
import type { InputSource } from '../io/source.js';
import type { FollowersMeta, FollowersRenderer, FollowersSummary, InfluencerAudience } from '../render/followers-types.js';
import { handleFromFileName } from './file-handle.js';
import { FollowersReader } from './read-followers.js';
import type { RunIo } from './score-run.js';
import type { FailOn } from './summary.js';

export interface FollowersRun {
  source: InputSource;
  thresholds: AudienceThresholds;
  overrides: ColumnOverrides;
  /** `--of`: the influencer of a file without an influencer column (default: the file name). */
  of?: string;
  platformFlag?: Platform;
  defaultPlatform: Platform;
  /** Today, days since 1970-01-01 UTC. */
  asOfDay: number;
  failOn: FailOn | null;
  renderer: FollowersRenderer;
  meta: FollowersMeta;
}

/** One influencer's sample as it is read: classes only, so a large sample costs a few bytes per follower. */
interface Sample {
  of: string;
  platform: Platform;
  classes: FollowerClass[];
  fired: Map<RuleId, number>;
  missing: Map<RuleId, number>;
}

/**
 * `influaudit followers`: reads one follower sample, classifies each follower with its platform's rules as it is
 * read (streamed to the output), then judges each influencer's audience on the class shares. Rows read = used +
 * rejected; no usable row is a UserError (exit 2).
 */
export async function runFollowers(run: FollowersRun, io: RunIo): Promise<{ summary: FollowersSummary; influencers: InfluencerAudience[] }> {
  const rows = { read: 0, used: 0, rejected: 0 };
  const rejected: RejectedRow[] = [];
  const reject = (r: RejectedRow) => {
    rows.rejected++;
    rejected.push(r);
    io.diagnostics.rejected(r);
  };
  const samples = new Map<string, Sample>();
  let reader: FollowersReader | undefined;
  io.out.write(run.renderer.begin(run.meta));
  await readCsv(run.source, {
    onHead: (head) => {
      const columns = matchColumns(head.header, FOLLOWER_FIELDS, run.overrides, run.source.name);
      if (!hasFollowerFacts(columns)) {
        const seen = head.header.map((h) => JSON.stringify(h)).join(', ');
        throw new UserError(`${run.source.name}: columns not recognised as a follower sample. Saw ${seen}. Needs one or more of: username, followers, following, posts, profile pic, private, biography, external URL, username length. Name a column with --map field="Header"`);
      }
      const hint = followersPlatformHint(head.header);
      reader = new FollowersReader(head, columns, {
        fallbackOf: run.of ?? handleFromFileName(run.source.name), ofFlag: '--of', ofGiven: run.of !== undefined,
        platformFlag: run.platformFlag, platformHint: hint, defaultPlatform: run.defaultPlatform,
        dateOrder: undefined, asOfDay: run.asOfDay, note: (m) => io.diagnostics.note(m),
      }, {
        row: (row) => {
          rows.used++;
          const c = classifyFollower(row.facts, audienceRulesFor(row.platform, run.thresholds));
          const key = accountKey(row.of, row.platform);
          let s = samples.get(key);
          if (!s) samples.set(key, (s = { of: row.of, platform: row.platform, classes: [], fired: new Map(), missing: new Map() }));
          s.classes.push(c.class);
          for (const id of c.rules) s.fired.set(id, (s.fired.get(id) ?? 0) + 1);
          for (const id of c.missing) s.missing.set(id, (s.missing.get(id) ?? 0) + 1);
          io.out.write(run.renderer.follower({ line: row.line, id: row.id ?? null, of: row.of, platform: row.platform, class: c.class, rules: c.rules }));
        },
        rejected: reject,
      });
    },
    onRecord: (fields, line) => {
      rows.read++;
      reader!.record(fields, line);
    },
    onBadRecord: (line, reason) => {
      rows.read++;
      reject({ file: run.source.name, line, column: null, value: null, reason });
    },
    pause: () => io.out.ready(),
    stopped: () => io.out.closed,
  });
  reader?.end();
  const influencers = [...samples.values()].map((s) => judgeSample(s, run.thresholds));
  const summary = summarise(influencers, rows, run.failOn);
  io.out.write(run.renderer.end(influencers, summary, rejected));
  if (rows.used === 0 && !io.out.closed) {
    throw new UserError(rows.read === 0 ? 'no data rows in the input (header only?)' : `no usable row: all ${rows.read} rows were rejected`);
  }
  return { summary, influencers };
}

function judgeSample(s: Sample, t: AudienceThresholds): InfluencerAudience {
  const a = summariseAudience(s.classes, t);
  const weights = audienceRulesFor(s.platform, t).weights;
  const fired = [...s.fired].sort((x, y) => y[1] - x[1] || RULE_IDS.indexOf(x[0]) - RULE_IDS.indexOf(y[0]));
  const unchecked = RULE_IDS.filter((id) => (weights[id] ?? 0) > 0 && s.missing.get(id) === s.classes.length);
  return {
    of: s.of, platform: s.platform, sampleSize: a.sampleSize, shares: a.shares, genuine: a.genuine,
    verdict: a.verdict, reason: a.reason, message: a.message, rulesFired: Object.fromEntries(fired), unchecked,
  };
}

/** The gate: `--fail-on suspicious` fails on a suspicious or likely-fake audience, `likely-fake` on a likely-fake one. */
export function audienceGateFails(failOn: FailOn | null, verdict: InfluencerAudience['verdict']): boolean {
  if (failOn === 'likely-fake') return verdict === 'likely-fake';
  if (failOn === 'suspicious') return verdict === 'likely-fake' || verdict === 'suspicious';
  return false;
}

function summarise(influencers: readonly InfluencerAudience[], rows: FollowersSummary['rows'], failOn: FailOn | null): FollowersSummary {
  const count = (v: InfluencerAudience['verdict']) => influencers.filter((a) => a.verdict === v).length;
  return {
    influencers: influencers.length,
    ok: count('ok'), suspicious: count('suspicious'), likelyFake: count('likely-fake'), insufficientSample: count('insufficient-sample'),
    rows,
    gate: { failOn, failed: influencers.some((a) => audienceGateFails(failOn, a.verdict)) },
  };
}
