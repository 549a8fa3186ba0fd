import { PLATFORMS } from '../core/platform.js';
import type { Joiner } from './joiner.js';
import type { AccountEvent } from './readers/events.js';

/**
 * `--events`: each known event joins the account it names (on its platform, or on every platform when it names
 * none). An event that finds no account is said: a misspelt handle, or the account on another platform, would leave
 * a spike unexcused with nothing said.
 */
export function attachEvents(joiner: Joiner, events: readonly AccountEvent[], note: (message: string) => void): void {
  const unmatched = new Set<string>();
  const elsewhere = new Map<string, string>();
  for (const e of events) {
    let found = false;
    for (const p of e.platform ? [e.platform] : PLATFORMS) {
      const draft = joiner.find(e.handle, p);
      if (draft) draft.events.push({ day: e.day, label: e.label });
      found ||= draft !== undefined;
    }
    const on = found || !e.platform ? [] : PLATFORMS.filter((p) => joiner.find(e.handle, p) !== undefined);
    if (on.length > 0) elsewhere.set(`${JSON.stringify(e.handle)} on ${e.platform}`, on.join(' and '));
    else if (!found) unmatched.add(e.handle);
  }
  if (unmatched.size > 0) note(`--events: no account in the inputs is named ${[...unmatched].slice(0, 5).map((h) => JSON.stringify(h)).join(', ')}${unmatched.size > 5 ? ` or ${unmatched.size - 5} more` : ''}: those events excuse nothing`);
  for (const [event, on] of [...elsewhere].slice(0, 5)) note(`--events: ${event} excuses nothing: the inputs have that account on ${on} (correct the events file's platform, or leave it empty for every platform)`);
}
