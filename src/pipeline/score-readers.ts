import { FollowerSample } from '../core/audience/follower-sample.js';
import { judgeFollower } from '../core/audience/judge-follower.js';
import type { AccountResult } from '../core/score-account.js';
import { scoreAccount } from '../core/score-account.js';
import { overridesPresent } from '../io/columns.js';
import type { Recognised } from '../io/recognise.js';
import type { FileNamedAccounts } from './file-accounts.js';
import { handleFromFileName } from './file-handle.js';
import type { FirstSeen } from './first-seen.js';
import type { Joiner } from './joiner.js';
import type { OpenedInput } from './open-inputs.js';
import { FollowersReader } from './readers/followers.js';
import { HistoryReader } from './readers/history.js';
import { PostsReader, SeenPosts } from './readers/posts.js';
import type { Reader } from './readers/reader.js';
import { RosterReader } from './readers/roster.js';
import { listCut } from '../shared/list-text.js';
import { unmappedRosterFields, unreadRosterColumns } from '../io/kinds/roster.js';
import { totalColumns, wideAccounts, WideHistoryReader } from './readers/wide-history.js';
import type { RowLedger } from './row-ledger.js';
import type { ScorePlan } from './score-plan.js';

type Kind = Recognised['kind'];
type Input<K extends Kind> = OpenedInput<Extract<Recognised, { kind: K }>>;

/** What the readers of one score run share: the plan, the rows' ledger, where accounts are joined, and notes. */
export interface ReadContext {
  plan: ScorePlan;
  ledger: RowLedger;
  joiner: Joiner;
  /** One duplicate rule for roster rows, whatever the files. */
  rosterRows: FirstSeen;
  /** Single-account files named after their file: one name, one file. */
  fileNamed: FileNamedAccounts;
  /** Set when every input is a roster: each row is scored as it is read instead of joined. */
  scored?: (result: AccountResult) => void;
  note(message: string): void;
}

/** The reader of each kind of input: adding an export kind is a reader and a line here. */
export function scoreReaders(ctx: ReadContext): { [K in Kind]: (input: Input<K>) => Reader } {
  const { plan, ledger, joiner } = ctx;
  const used = () => ledger.used();
  const reject = ledger.reject.bind(ledger);
  const seenPosts = new SeenPosts();
  const given = (input: OpenedInput<unknown>) => plan.fileHandles?.[input.source.name] ?? plan.handle;
  const fallback = (input: OpenedInput<unknown>) => given(input) ?? handleFromFileName(input.source.name);
  return {
    roster: ({ csv, recognised }) => {
      const unread = unreadRosterColumns(csv.head.header, recognised.columns);
      if (unread.length > 0) ctx.note(unreadColumnsNote(csv.head.source, unread, unmappedRosterFields(recognised.columns)));
      return new RosterReader(csv.head, recognised.columns, plan.defaultPlatform, {
        row: (row) => {
          const first = ctx.rosterRows.repeat(row.handle, row.platform, csv.head.source, row.line);
          if (first !== undefined) {
            // The handle decides a duplicate: its column says so (the reason names it); the row's unreadable cells no longer matter.
            const column = recognised.columns.handle === undefined ? null : csv.head.header[recognised.columns.handle] ?? null;
            return reject({ file: csv.head.source, line: row.line, column, value: row.handle, reason: `duplicate roster row (${row.platform}); first at ${first}` });
          }
          for (const w of row.warnings) ledger.warn(w);
          used();
          if (ctx.scored) return ctx.scored(scoreAccount({ handle: row.handle, platform: row.platform, profile: row.profile }, plan.config));
          const draft = joiner.get(row.handle, row.platform, row.defaultedPlatform && plan.platformFlag === undefined);
          draft.profile = row.profile;
          draft.profileAt = { file: csv.head.source, line: row.line };
        },
        rejected: reject,
      }, unread, ctx.note, new Set(Object.keys(overridesPresent(csv.head.header, plan.overrides, csv.head.source))));
    },
    posts: (input) => new PostsReader(input.csv.head, input.recognised.columns, {
      handle: given(input), fileHandle: handleFromFileName(input.source.name), claimFileName: () => ctx.fileNamed.claim(input.source.name),
      platformFlag: plan.platformFlag, platformHint: input.recognised.platformHint,
      defaultPlatform: plan.defaultPlatform, dateOrder: plan.dateOrder, toolDateOrder: input.recognised.toolDateOrder,
      startYear: plan.startYear, note: ctx.note,
    }, joiner, seenPosts, used, reject),
    followers: (input) => {
      const { csv, recognised, source } = input;
      if (recognised.columns.of === undefined) {
        const from = given(input) === undefined ? 'from the file name; set it with --handle' : 'from --handle';
        ctx.note(`${source.name}: read as a follower sample (it has ${recognised.markers.map((m) => JSON.stringify(m)).join(', ')}): the followers are of "${fallback(input)}" (${from})`);
      }
      return new FollowersReader(csv.head, recognised.columns, {
        fallbackOf: fallback(input), ofFlag: '--handle', datesAdvice: 'set --dates dmy or --dates mdy', ofGiven: true,
        platformFlag: plan.platformFlag, platformHint: recognised.platformHint, defaultPlatform: plan.defaultPlatform,
        dateOrder: plan.dateOrder, asOfDay: plan.asOfDay, asOfGiven: plan.asOfGiven === true, note: ctx.note,
      }, {
        row: (row) => {
          used();
          for (const w of row.warnings) ledger.warn(w);
          const draft = joiner.get(row.of, row.platform, row.defaultedPlatform && plan.platformFlag === undefined && recognised.platformHint === undefined);
          (draft.followerSample ??= new FollowerSample()).add(judgeFollower(row.facts, row.platform, plan.config.audience));
        },
        rejected: reject,
      });
    },
    history: (input) => {
      const { csv, recognised, source } = input;
      if (recognised.columns.handle === undefined && given(input) === undefined) ctx.note(`${source.name}: no handle column: the account is "${fallback(input)}" (from the file name; set it with --handle)`);
      const opts = {
        handleFallback: fallback(input), defaultPlatform: plan.platformFlag ?? recognised.platformHint ?? plan.defaultPlatform,
        platformDefaulted: (plan.platformFlag ?? recognised.platformHint) === undefined, dateOrder: plan.dateOrder, startYear: plan.startYear,
        note: ctx.note,
      };
      return new HistoryReader(csv.head, recognised.columns, recognised.layout, opts, joiner, used, reject);
    },
    'history-wide': ({ csv, recognised, source }) => {
      const accounts = wideAccounts(csv.head.header, recognised.dateColumn);
      for (const a of accounts) if (a.problem !== undefined) ctx.note(`${source.name}: the column ${JSON.stringify(csv.head.header[a.index] ?? '')} names no account: ${a.problem}; its figures are read as the account ${JSON.stringify(a.handle)}`);
      const totals = totalColumns(csv.head.header, recognised.dateColumn);
      const one = totals.length === 1;
      if (totals.length > 0) ctx.note(`${source.name}: ${one ? 'column' : 'columns'} ${totals.map((h) => JSON.stringify(h)).join(', ')} ${one ? 'sums' : 'sum'} up the accounts: left out, ${one ? 'not an account' : 'not accounts'}`);
      return new WideHistoryReader(csv.head, recognised.dateColumn, accounts, plan.defaultPlatform, plan.platformFlag !== undefined, plan.dateOrder, plan.startYear, joiner, used, reject, (w) => ledger.warn(w), ctx.note);
    },
  };
}

/**
 * Said once per roster with columns no role took: they may hold what a signal then skips for want of, and `--map`
 * can name them.
 */
export function unreadColumnsNote(file: string, unread: readonly string[], lacking: readonly string[]): string {
  const columns = listCut(unread.map((h) => JSON.stringify(h)), 5);
  const count = unread.length === 1 ? 'a column no role recognised is' : `${unread.length} columns no role recognised are`;
  return `${file}: ${count} not read: ${columns}; if one holds a figure the audit uses, name it with --map FIELD="Header" (fields this file has no column for: ${listCut(lacking, 8)})`;
}

/** The table as one function: the input's recognised kind picks its reader. */
export function scoreReader(ctx: ReadContext): (input: OpenedInput<Recognised>) => Reader {
  const table = scoreReaders(ctx);
  // The cast joins what TypeScript sees as separate cases: each entry takes exactly the inputs of its own kind.
  return (input) => (table[input.recognised.kind] as (i: OpenedInput<Recognised>) => Reader)(input);
}
