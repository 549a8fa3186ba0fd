import { PLATFORMS, type Platform } from '../core/platform.js';
import { VERDICTS, type Verdict } from '../core/verdict.js';
import { accountKey, parseHandle } from '../io/handle.js';
import { JsonScanner, JsonSyntaxError, type JsonPath, type JsonScalar } from '../io/json-scan.js';
import type { InputSource } from '../io/source.js';
import type { AccountChange, BaselineEntry, ChangeStatus, DisappearedAccount } from '../shared/account-change.js';
import { UserError } from '../shared/user-error.js';

type NormsByPlatform = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** What the run's own JSON would say at its head: a baseline must have been written under the same. */
export interface BaselineExpectation {
  schema: number;
  normsByPlatform: NormsByPlatform;
}

/**
 * `--baseline PREVIOUS.json`: the accounts of an earlier, accepted run (`influaudit score --format json`), as
 * handle → (verdict, score) and nothing else. The file is streamed (its signals and evidence are skipped unread); an
 * account is taken out when this run scores it, so what is left at the end is what disappeared.
 */
export class Baseline {
  private constructor(
    readonly file: string,
    private readonly entries: Map<string, BaselineEntry & { handle: string }>,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** The account's change against the baseline (and the baseline forgets it). */
  compare(handle: string, platform: Platform, now: BaselineEntry, minScore: number | null): AccountChange {
    const key = accountKey(handle, platform);
    const before = this.entries.get(key);
    if (before === undefined) return { status: 'new', before: null };
    this.entries.delete(key);
    return { status: changeOf(now, before, minScore), before: { verdict: before.verdict, score: before.score } };
  }

  /** The baseline's accounts this run did not score, in the baseline's order. */
  disappeared(): DisappearedAccount[] {
    return [...this.entries].map(([key, e]) => ({ handle: e.handle, platform: key.slice(0, key.indexOf('\u0000')) as Platform, verdict: e.verdict, score: e.score }));
  }

  /** Reads and checks a baseline; any problem is a UserError (exit 2) naming the file. */
  static async read(source: InputSource, expect: BaselineExpectation): Promise<Baseline> {
    const file = source.name;
    const fail = (what: string): never => {
      throw new UserError(`--baseline ${file}: ${what}`);
    };
    const head: { tool?: JsonScalar; schema?: JsonScalar; error?: JsonScalar } = {};
    const norms: Record<string, Record<string, string>> = {};
    let sawNorms = false;
    let sawAccounts = false;
    let sawInfluencers = false;
    const entries = new Map<string, BaselineEntry & { handle: string }>();
    let draft: Partial<Record<'handle' | 'platform' | 'verdict' | 'score', JsonScalar>> = {};
    const scanner = new JsonScanner({
      depth: 3,
      value(path: JsonPath, v: JsonScalar) {
        const [top, a, b] = path;
        if (path.length === 1 && (top === 'tool' || top === 'schema' || top === 'error')) head[top] = v;
        else if (top === 'normsByPlatform' && path.length === 3 && typeof v === 'string') (norms[a as string] ??= {})[b as string] = v;
        else if (top === 'accounts' && path.length === 3 && (b === 'handle' || b === 'platform' || b === 'verdict' || b === 'score')) draft[b] = v;
      },
      close(path: JsonPath, kind) {
        if (path.length === 1 && path[0] === 'normsByPlatform') sawNorms = true;
        if (path.length === 1 && path[0] === 'influencers') sawInfluencers = true;
        // An object of accounts is an edited file: its keys would be read as a list and every account come out new.
        if (path.length === 1 && path[0] === 'accounts') sawAccounts = kind === 'array' || fail('"accounts" is not a list: not the JSON of an earlier `influaudit score --format json`');
        if (path.length !== 2 || path[0] !== 'accounts') return;
        const { handle, platform, verdict, score } = draft;
        draft = {};
        const scoreOk = verdict === 'insufficient-data' ? score === null : typeof score === 'number' && score >= 0 && score <= 100; // a fractional verifiedBonus makes a fractional score
        if (typeof handle !== 'string' || !PLATFORMS.includes(platform as Platform) || !VERDICTS.includes(verdict as Verdict) || !scoreOk) {
          fail(`accounts[${path[1]}] has no handle, platform, verdict and score as influaudit writes them (a score 0–100, null exactly for insufficient-data): not the JSON of an earlier \`influaudit score --format json\``);
        }
        const key = accountKey(baselineHandle(handle as string), platform as Platform);
        // influaudit writes each account once: a second entry is an edited file, and which one counts would be a guess.
        if (entries.has(key)) fail(`accounts[${path[1]}] repeats ${JSON.stringify(handle)} (${String(platform)}): influaudit writes each account once; keep one entry`);
        entries.set(key, { handle: handle as string, verdict: verdict as Verdict, score: score as number | null });
      },
    });
    try {
      const stream = source.open();
      stream.setEncoding('utf8');
      let first = true;
      for await (const chunk of stream) {
        // A BOM an editor saved the file with is not JSON, but is no reason to refuse it (a config's is read too).
        scanner.write(first && (chunk as string).startsWith('\ufeff') ? (chunk as string).slice(1) : (chunk as string));
        first = false;
      }
      scanner.end();
    } catch (e) {
      if (e instanceof UserError) throw e;
      if (e instanceof JsonSyntaxError) fail(`not valid JSON (${e.message}): give the JSON document of an earlier \`influaudit score --format json\` (not ndjson)`);
      const code = (e as NodeJS.ErrnoException).code;
      fail(`cannot read (${code ?? (e as Error).message})`);
    }
    if (head.tool === 'influaudit' && !sawAccounts && sawInfluencers) fail('is the JSON of `influaudit followers` (an audience per influencer): give the JSON of an earlier `influaudit score --format json`');
    if (head.tool !== 'influaudit' || typeof head.schema !== 'number' || !sawAccounts) fail('not the JSON of an earlier `influaudit score --format json` (no "tool", "schema" and "accounts")');
    // A run that failed part-way lists the accounts it reached: every account after them would look new.
    if (typeof head.error === 'string') fail(`is the JSON of a run that failed ("${head.error}"): it does not hold every account; give the JSON of a run that went through`);
    if (head.schema !== expect.schema) {
      fail(`written under output schema ${head.schema}; this version writes schema ${expect.schema}, so verdicts are not comparable: keep this run's JSON as the new baseline`);
    }
    const scored = new Set([...entries.keys()].map((key) => key.slice(0, key.indexOf('\u0000'))));
    const differs = sawNorms ? normsDifference(norms, expect.normsByPlatform, scored) : 'no normsByPlatform';
    if (differs !== undefined) {
      fail(`judged engagement by other norm tables (${differs}), so verdicts are not comparable: run with the same --norms and config, or keep this run's JSON as the new baseline`);
    }
    return new Baseline(file, entries);
  }
}

/** The verdicts from best to worst; insufficient data (no evidence either way) sits between authentic and suspicious. */
const RANK: Readonly<Record<Verdict, number>> = { authentic: 3, 'insufficient-data': 2.5, suspicious: 2, 'likely-fake': 1 };

/**
 * Worse: a lower verdict rank, or under `--min-score` now when it was not before. Better: a higher rank, or no longer
 * under `--min-score`. A score that moves within its verdict and on one side of `--min-score` is unchanged.
 */
export function changeOf(now: BaselineEntry, before: BaselineEntry, minScore: number | null): Exclude<ChangeStatus, 'new'> {
  const under = (s: number | null) => minScore !== null && s !== null && s < minScore;
  if (RANK[now.verdict] < RANK[before.verdict] || (under(now.score) && !under(before.score))) return 'worse';
  if (RANK[now.verdict] > RANK[before.verdict] || (under(before.score) && !under(now.score))) return 'better';
  return 'unchanged';
}

/**
 * The first platform and basis whose table differs ("instagram followers: instagram-fr-2019, now instagram-2026"),
 * the platforms of the baseline's accounts first: a facebook table is no reason to name when every account is on
 * Instagram.
 */
function normsDifference(was: NormsByPlatform, now: NormsByPlatform, first: ReadonlySet<string>): string | undefined {
  const byName = [...new Set([...Object.keys(was), ...Object.keys(now)])].sort();
  const platforms = [...byName.filter((p) => first.has(p)), ...byName.filter((p) => !first.has(p))];
  for (const p of platforms) {
    const bases = [...new Set([...Object.keys(was[p] ?? {}), ...Object.keys(now[p] ?? {})])].sort();
    for (const b of bases) {
      const a = was[p]?.[b];
      const n = now[p]?.[b];
      if (a !== n) return `${p} ${b}: ${a ?? 'none'}, now ${n ?? 'none'}`;
    }
  }
  return undefined;
}

/**
 * A baseline's handle as a run's reader would read it: influaudit writes handles bare, but an edited baseline may
 * carry what an input cell had (an `@`, spaces, a profile link), and would then match no account.
 */
function baselineHandle(handle: string): string {
  const parsed = parseHandle(handle);
  return typeof parsed === 'object' ? parsed.display : handle;
}
