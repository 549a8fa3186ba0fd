import type { FollowerSample } from '../core/audience/follower-sample.js';
import type { KnownEvent, PostRecord, ProfileFacts } from '../core/account.js';
import type { Platform } from '../core/platform.js';
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
}

/** Joins rows of any kind by account (handle + platform, case-insensitive), keeping first-seen order. */
export class Joiner {
  private drafts = new Map<string, AccountDraft>();

  get(handle: string, platform: Platform): AccountDraft {
    const key = accountKey(handle, platform);
    let d = this.drafts.get(key);
    if (!d) {
      d = { handle, platform, events: [] };
      this.drafts.set(key, d);
    }
    return d;
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
