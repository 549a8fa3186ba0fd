import type { FollowerSample } from '../core/audience/follower-sample.js';
import type { KnownEvent, PostRecord, ProfileFacts } from '../core/account.js';
import { PLATFORMS, type Platform } from '../core/platform.js';
import { accountKey } from '../io/handle.js';
import { NetChangeBuilder, SeriesBuilder } from './series-builder.js';

/** Everything gathered for one account across files, before it becomes an AccountInput. */
export interface AccountDraft {
  handle: string;
  platform: Platform;
  profile?: ProfileFacts;
  /** Where the profile came from, to report a second roster row for the same account. */
  profileAt?: { file: string; line: number };
  history?: SeriesBuilder;
  /**
   * A YouTube Studio-headed Subscribers column its values alone read as totals: beside a roster's follower count,
   * values a tenth of it or less are the day's net gains after all (`toAccountInput`).
   */
  subscribersRead?: { file: string; column: string };
  net?: NetChangeBuilder;
  posts?: PostRecord[];
  events: KnownEvent[];
  /** The account's followers read from follower samples, judged and tallied. */
  followerSample?: FollowerSample;
  /** Every row of it was read on the default platform (no column, hint or flag named one). */
  platformDefaulted?: true;
}

/** The parts of a draft that one file or another gives, moved whole when two drafts are one account. */
const PARTS = ['profile', 'profileAt', 'history', 'subscribersRead', 'net', 'posts', 'followerSample'] as const;

/** An account read on the default platform and the one of its handle on a named platform: joined, or kept apart by their sizes. */
export interface DefaultedJoin {
  handle: string;
  from: Platform;
  to: Platform;
  /** The two follower counts, when they differ too much for one account (`SIZES_APART`): not joined. */
  apart?: [number, number];
}

/** Follower counts this many times apart are two accounts. */
const SIZES_APART = 10;

/** A draft's follower count: its roster row's, else its history's latest, else the median its posts give. */
function sizeOf(d: AccountDraft): number | undefined {
  if (d.profile?.followers !== undefined) return d.profile.followers;
  const latest = d.history?.latestFollowers();
  if (latest !== undefined && latest > 0) return latest;
  const counts = (d.posts ?? []).map((p) => p.followers).filter((f): f is number => f !== undefined && f > 0).sort((x, y) => x - y);
  return counts.length > 0 ? counts[counts.length >> 1] : undefined;
}

/** Joins rows of any kind by account (handle + platform, case-insensitive), keeping first-seen order. */
export class Joiner {
  private drafts = new Map<string, AccountDraft>();

  /** The account's draft; `defaulted` when nothing named the row's platform (it is the run's default). */
  get(handle: string, platform: Platform, defaulted = false): AccountDraft {
    const key = accountKey(handle, platform);
    let d = this.drafts.get(key);
    if (!d) {
      d = { handle, platform, events: [] };
      if (defaulted) d.platformDefaulted = true;
      this.drafts.set(key, d);
    } else if (!defaulted) delete d.platformDefaulted;
    return d;
  }

  /**
   * An account read only on the default platform (a posts export or history with no platform in it) beside exactly
   * one account of the same handle on a named platform (a roster's TikTok row) is that account: its parts join it,
   * where they would otherwise make a second, phantom account. Not when both hold the same part (two rosters' rows,
   * two histories): those stay apart. Returns what was joined, for a note.
   */
  joinDefaultedPlatforms(): DefaultedJoin[] {
    const joins: DefaultedJoin[] = [];
    for (const [key, d] of this.drafts) {
      if (!d.platformDefaulted) continue;
      const others = PLATFORMS.filter((p) => p !== d.platform).map((p) => this.find(d.handle, p)).filter((o): o is AccountDraft => o !== undefined && !o.platformDefaulted);
      const into = others.length === 1 ? others[0]! : undefined;
      if (into === undefined || PARTS.some((part) => d[part] !== undefined && into[part] !== undefined)) continue;
      // One handle on two platforms is often one creator's two accounts: sizes tenfold apart are not one account.
      const [a, b] = [sizeOf(d), sizeOf(into)];
      if (a !== undefined && b !== undefined && Math.max(a, b) >= SIZES_APART * Math.max(1, Math.min(a, b))) {
        joins.push({ handle: d.handle, from: d.platform, to: into.platform, apart: [a, b] });
        continue;
      }
      for (const part of PARTS) if (d[part] !== undefined) (into as unknown as Record<string, unknown>)[part] = d[part];
      into.events.push(...d.events);
      this.drafts.delete(key);
      joins.push({ handle: d.handle, from: d.platform, to: into.platform });
    }
    return joins;
  }

  find(handle: string, platform: Platform): AccountDraft | undefined {
    return this.drafts.get(accountKey(handle, platform));
  }

  all(): IterableIterator<AccountDraft> {
    return this.drafts.values();
  }

  get size(): number {
    return this.drafts.size;
  }
}
