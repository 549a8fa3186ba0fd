import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FollowersReader } from '../../src/pipeline/readers/followers.js';
import { dayNumber } from '../../src/io/dates.js';
import type { FollowerRow } from '../../src/io/kinds/follower-row.js';
import { recognise } from '../../src/io/recognise.js';
import type { RejectedRow } from '../../src/shared/row-issues.js';
import { readAll } from './csv-harness.js';

async function read(name: string, text: string) {
  const run = await readAll(name, text);
  if (run.error) throw run.error;
  const r = recognise(run.head!.header, {}, name);
  if (r.kind !== 'followers') throw new Error(`read as ${r.kind}`);
  const out = { rows: [] as FollowerRow[], rejected: [] as RejectedRow[], columns: r.columns };
  const reader = new FollowersReader(run.head!, r.columns, {
    fallbackOf: 'someone', ofFlag: '--of', datesAdvice: 'set --dates dmy or --dates mdy', ofGiven: false, platformFlag: undefined, platformHint: r.platformHint,
    defaultPlatform: 'instagram', dateOrder: undefined, asOfDay: dayNumber(2026, 3, 1)!, note: () => {},
  }, { row: (x) => void out.rows.push(x), rejected: (x) => void out.rejected.push(x) });
  for (const [line, fields] of run.records) reader.record(fields, line);
  reader.end();
  return out;
}

describe('follower exports in the wild', () => {
  it('Magi Metrics: its headers, TRUE/FALSE cells, the username rather than the profile URL', async () => {
    const text = readFileSync(new URL('../../fixtures/followers-magi-metrics.csv', import.meta.url), 'utf8');
    const r = await read('followers-magi-metrics.csv', text);
    expect(r.columns).toEqual({ username: 1, posts: 2, following: 3, followers: 4, 'profile-pic': 5, private: 6 });
    expect(r.rejected).toEqual([]);
    expect(r.rows).toHaveLength(36);
    expect(r.rows[0]).toEqual({
      line: 2, of: 'someone', platform: 'instagram', defaultedPlatform: true, id: 'jonas.keller', ageCounted: false,
      facts: { posts: 4, following: 932, followers: 181, hasProfilePic: true, isPrivate: true, usernameLength: 12, usernameDigits: 0 },
      warnings: [],
    });
    // No bio column: the bio is missing, not empty.
    expect(r.rows.every((row) => row.facts.bioLength === undefined)).toBe(true);
  });

  it('a 0/1 column written by pandas as 1.0 / 0.0 / empty reads as yes / no / missing', async () => {
    const r = await read('x-dump.csv', 'screen_name,followers_count,friends_count,statuses_count,verified,default_profile_image\nann,10,20,30,1.0,0.0\nbob,1,2,3,0.0,1.0\ncid,5,6,7,,\n');
    expect(r.rejected).toEqual([]);
    expect(r.rows.map((x) => [x.facts.verified, x.facts.hasProfilePic])).toEqual([[true, true], [false, false], [undefined, undefined]]);
  });
});
