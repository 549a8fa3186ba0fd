import type { Platform } from '../core/platform.js';
import { accountKey } from '../io/handle.js';

/**
 * Where each account's roster row was first seen, keyed as the platform compares handles (case and a leading @ do not
 * matter): one rule for the whole run, whatever the split into files, so `a`, `A` and `@a` are one account and its
 * later rows are duplicates. One entry per account.
 */
export class FirstSeen {
  private readonly at = new Map<string, string>();

  /** Records the row; returns where the account's first row was when this one is a repeat. */
  repeat(handle: string, platform: Platform, here: string): string | undefined {
    const key = accountKey(handle, platform);
    const first = this.at.get(key);
    if (first === undefined) this.at.set(key, here);
    return first;
  }
}
