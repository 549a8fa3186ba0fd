import type { PostRecord } from '../../core/account.js';
import type { Platform } from '../../core/platform.js';
import { comparePosts } from '../../core/posts/evidence.js';
import type { ColumnMap } from '../../io/columns.js';
import { decideConventions, type FileConventions } from '../../io/conventions.js';
import { datesByAccount, fileDateOrder, YearPlacer, type DateOrder } from '../../io/dates.js';
import { headerLanguage } from '../../io/header-language.js';
import { accountKey } from '../../io/handle.js';
import { isPostRow, linkAccount, linkPlatform, postNumericColumns, postRow, type PostField, type PostRow } from '../../io/kinds/posts.js';
import type { CsvHead } from '../../io/read-csv.js';
import { LookaheadReader } from './lookahead-reader.js';
import type { RejectedRow } from '../../shared/row-issues.js';
import type { AccountDraft, Joiner } from '../joiner.js';

export interface PostsOptions {
  /** `--handle`: the account of a file without an account column. */
  handle: string | undefined;
  /** The file name's stem, the last resort for such a file. */
  fileHandle: string;
  /** Called when the file name is taken as the account: refuses a name another file took (a UserError). */
  claimFileName?(): void;
  /** `--platform`: beats every guess. */
  platformFlag: Platform | undefined;
  /** From headers only one tool writes ("Tweet permalink" → x). */
  platformHint: Platform | undefined;
  defaultPlatform: Platform;
  /** `--dates`. */
  dateOrder: DateOrder | undefined;
  /** How the export's tool always writes numeric dates (Meta: month-first): for a file that does not show it. */
  toolDateOrder?: DateOrder | undefined;
  startYear: number;
  note(message: string): void;
}

/**
 * Where each post of an account was first read, across every file of the run: monthly exports of one account
 * overlap, and a post read twice (same id or same permalink) must count once.
 */
export class SeenPosts {
  private byDraft = new WeakMap<AccountDraft, Map<string, string>>();

  /** Records the post; returns where it was first seen when it is a repeat. */
  firstSeen(draft: AccountDraft, post: { id?: string; permalink?: string }, at: string): { key: string; at: string } | undefined {
    let seen = this.byDraft.get(draft);
    if (!seen) this.byDraft.set(draft, (seen = new Map()));
    const keys = [post.id === undefined ? undefined : `id ${post.id}`, post.permalink === undefined ? undefined : `permalink ${normaliseLink(post.permalink)}`]
      .filter((k): k is string => k !== undefined);
    for (const key of keys) {
      const first = seen.get(key);
      if (first !== undefined) return { key, at: first };
    }
    for (const key of keys) seen.set(key, at);
    return undefined;
  }
}

function normaliseLink(link: string): string {
  return link.trim().replace(/^https?:\/\/(www\.)?/i, '').replace(/[/?#]+$/, '').toLowerCase();
}

/**
 * Posts exports → posts on the joined drafts. The first rows are held until the file's conventions are decided:
 * decimal mark, date order, and for a single-account file (no account column) whose account it is: `--handle`, else
 * the one account its permalinks name (X, TikTok), else the file name.
 */
export class PostsReader extends LookaheadReader {
  private conventions!: FileConventions;
  private order: DateOrder | undefined;
  private years: YearPlacer;
  private single: { handle: string; platform: Platform; defaulted: boolean } | undefined;
  private platform!: Platform;
  /** Whether `platform` is the default: no flag, no tool's headers, no link named one. */
  private platformDefaulted = false;
  defaultedPlatform = 0;
  private touched = new Set<AccountDraft>();
  sawYearless = false;

  constructor(
    private readonly head: CsvHead,
    private readonly columns: ColumnMap<PostField>,
    private readonly opts: PostsOptions,
    private readonly joiner: Joiner,
    private readonly seen: SeenPosts,
    private readonly used: () => void,
    private readonly reject: (r: RejectedRow) => void,
  ) {
    super();
    this.years = new YearPlacer(opts.startYear);
  }

  override end(): void {
    super.end();
    if (this.columns.followers !== undefined) for (const draft of this.touched) followersFromPosts(draft);
  }

  protected decide(rows: readonly (readonly string[])[]): void {
    const c = this.columns;
    this.conventions = decideConventions(rows, postNumericColumns(c), undefined, this.head.delimiter);
    const tool = this.opts.toolDateOrder;
    this.order = fileDateOrder(datesByAccount(rows, c.published!, [c.handle, c.platform]), {
      given: this.opts.dateOrder, language: headerLanguage(this.head.header),
      tool: tool === undefined ? undefined : { order: tool, name: 'Meta Business Suite' },
    }, this.head.source, this.opts.note);
    const links = c.permalink === undefined ? [] : rows.map((f) => (f[c.permalink!] ?? '').trim()).filter((l) => l !== '');
    const fromLinks = links.map(linkPlatform).find((p) => p !== undefined);
    this.platform = this.opts.platformFlag ?? this.opts.platformHint ?? fromLinks ?? this.opts.defaultPlatform;
    this.platformDefaulted = (this.opts.platformFlag ?? this.opts.platformHint ?? fromLinks) === undefined;
    if (c.handle === undefined) this.single = this.singleAccount(links);
  }

  private singleAccount(links: readonly string[]): { handle: string; platform: Platform; defaulted: boolean } {
    const file = this.head.source;
    if (this.opts.handle !== undefined) return { handle: this.opts.handle, platform: this.platform, defaulted: this.platformDefaulted };
    const named = links.map(linkAccount).filter((a) => a !== undefined);
    const accounts = new Set(named.map((a) => accountKey(a.handle, a.platform)));
    if (named.length > 0 && accounts.size === 1) {
      const a = named[0]!;
      this.opts.note(`${file}: no account column: the account is "${a.handle}" (from the permalinks; set it with --handle)`);
      return { handle: a.handle, platform: this.opts.platformFlag ?? a.platform, defaulted: false };
    }
    const why = accounts.size > 1 ? `the permalinks name ${accounts.size} accounts, so ` : '';
    this.opts.claimFileName?.();
    this.opts.note(`${file}: no account column: ${why}the account is "${this.opts.fileHandle}" (from the file name; set it with --handle)`);
    return { handle: this.opts.fileHandle, platform: this.platform, defaulted: this.platformDefaulted };
  }

  protected convert(fields: string[], line: number): void {
    const file = this.head.source;
    const r: PostRow | RejectedRow = postRow(fields, line, {
      file, header: this.head.header, columns: this.columns,
      decimalMark: this.conventions.decimalMark, dateOrder: this.order, years: this.years,
    });
    if (!isPostRow(r)) return this.reject(r);
    if (r.yearless) this.sawYearless = true;
    const handle = r.handle ?? this.single!.handle;
    const platform = r.platform ?? (r.handle === undefined ? this.single!.platform : this.platform);
    const defaulted = r.platform === undefined && (r.handle === undefined ? this.single!.defaulted : this.platformDefaulted);
    if (defaulted) this.defaultedPlatform++;
    const draft = this.joiner.get(handle, platform, defaulted);
    const repeat = this.seen.firstSeen(draft, r.post, `${file}:${line}`);
    if (repeat) {
      // The column that made it a repeat: the id's, else the permalink's.
      const byId = repeat.key.startsWith('id ');
      const index = byId ? this.columns.id : this.columns.permalink;
      const value = byId ? r.post.id : r.post.permalink;
      return this.reject({ file, line, column: index === undefined ? null : this.head.header[index] ?? null, value: value ?? null, reason: `duplicate post (same ${byId ? 'id' : 'permalink'}) for ${draft.handle} (${platform}); first at ${repeat.at}` });
    }
    (draft.posts ??= []).push(r.post);
    this.touched.add(draft);
    this.used();
  }
}

/**
 * An account known only from a posts export with a followers-at-post column gets its follower count (for its tier)
 * from its newest post that has one. A roster row, read before or after, wins: it sets `profileAt` and replaces the
 * profile.
 */
function followersFromPosts(draft: AccountDraft): void {
  if (draft.profileAt) return;
  let newest: PostRecord | undefined;
  for (const p of draft.posts ?? []) {
    if (p.followers !== undefined && (newest === undefined || comparePosts(p, newest) > 0)) newest = p;
  }
  if (newest) draft.profile = { ...draft.profile, followers: newest.followers! };
}
