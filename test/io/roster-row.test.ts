import { describe, expect, it } from 'vitest';
import { rosterEngagement } from '../../src/core/engagement/roster-rate.js';
import type { FileConventions } from '../../src/io/conventions.js';
import { isRosterRow, postLikeColumns, rosterRow, type RosterContext } from '../../src/io/kinds/roster.js';

const HEADER = ['Handle', 'Platform', 'Followers', 'Following', 'Avg likes', 'ER', 'Verified'];
const COLUMNS = { handle: 0, platform: 1, followers: 2, following: 3, 'avg-likes': 4, 'engagement-rate': 5, verified: 6 } as const;
const DOT_FRACTION: FileConventions = { decimalMark: '.', decimalMarkFrom: 'delimiter', rateUnit: 'fraction', rateUnitFrom: 'default' };

function ctx(conventions: Partial<FileConventions> = {}): RosterContext {
  return { file: 'r.csv', header: HEADER, columns: COLUMNS, conventions: { ...DOT_FRACTION, ...conventions }, defaultPlatform: 'instagram', postLikes: [], unread: [] };
}

/** A record with only the given cells filled: handle, platform, followers, following, likes, ER, verified. */
function rec(cells: Partial<Record<'handle' | 'platform' | 'followers' | 'following' | 'likes' | 'er' | 'verified', string>>): string[] {
  const c = { handle: 'cafe', platform: '', followers: '', following: '', likes: '', er: '', verified: '', ...cells };
  return [c.handle, c.platform, c.followers, c.following, c.likes, c.er, c.verified];
}

function accepted(fields: string[], c = ctx()) {
  const r = rosterRow(fields, 7, c);
  if (!isRosterRow(r)) throw new Error(`rejected: ${JSON.stringify(r)}`);
  return r;
}

describe('rosterRow: handle and platform', () => {
  it.each([
    ['https://www.instagram.com/cafe.lumiere/', '', 'cafe.lumiere', 'instagram'],
    ['instagram.com/cafe.lumiere?hl=fr', '', 'cafe.lumiere', 'instagram'],
    ['https://www.tiktok.com/@nano.chef', '', 'nano.chef', 'tiktok'],
    ['https://twitter.com/jack', '', 'jack', 'x'],
    ['@cafe.lumiere', '', 'cafe.lumiere', 'instagram'],
    ['@Cafe', 'IG', 'Cafe', 'instagram'],
    ['cafe', 'X (Twitter)', 'cafe', 'x'],
    ['cafe', 'TikTok', 'cafe', 'tiktok'],
    ['cafe', 'YouTube Shorts', 'cafe', 'youtube'],
    ['cafe', 'Instagram Reels', 'cafe', 'instagram'],
    ['cafe', 'fb', 'cafe', 'facebook'],
    ['cafe', '', 'cafe', 'instagram'], // the default platform
    ['https://www.instagram.com/cafe/', 'TikTok', 'cafe', 'tiktok'], // the platform column wins over the URL
    ['https://www.instagram.com/_u/cafe/', '', 'cafe', 'instagram'],
    ['https://twitter.com/intent/user?screen_name=cafe', '', 'cafe', 'x'],
    ['="cafe.lumiere"', 'Facebook Page', 'cafe.lumiere', 'facebook'],
    ["'cafe", 'Page Facebook', 'cafe', 'facebook'],
    ['Café Lumière\n@cafe.lumiere', 'Insta', 'cafe.lumiere', 'instagram'],
  ])('%j on %j → %s on %s', (handle, platform, display, expected) => {
    expect(accepted(rec({ handle, platform, followers: '1000' }))).toMatchObject({ line: 7, handle: display, platform: expected });
  });

  it('keeps the default platform from the context', () => {
    expect(accepted(rec({ followers: '1' }), { ...ctx(), defaultPlatform: 'tiktok' }).platform).toBe('tiktok');
  });
});

describe('rosterRow: only the account\'s identity rejects a row, naming the column and the value', () => {
  it.each([
    ['an unknown platform', rec({ platform: 'Myspace', followers: '10' }), 'Platform', 'Myspace', /^unknown platform \(known: instagram, tiktok, youtube, x, facebook\)$/],
    ['an empty handle', rec({ handle: '', followers: '10' }), 'Handle', '', /^empty handle$/],
    ['a bare @', rec({ handle: '@', followers: '10' }), 'Handle', '@', /^empty handle$/],
    ['a post link', rec({ handle: 'https://www.instagram.com/reel/C9z8y7/', followers: '10' }), 'Handle', 'https://www.instagram.com/reel/C9z8y7/', /^a post or video link, not a profile: give the account's profile link or handle$/],
    ['a link to another site', rec({ handle: 'https://linktr.ee/cafe', followers: '10' }), 'Handle', 'https://linktr.ee/cafe', /^a link to linktr\.ee, not a profile on a platform influaudit knows/],
    ['a name and no handle on two lines', rec({ handle: 'Café Lumière\nParis', followers: '10' }), 'Handle', 'Café Lumière\nParis', /^several lines, and not exactly one of them an @handle or a profile link/],
    ['two platforms named', rec({ platform: 'Instagram/TikTok', followers: '10' }), 'Platform', 'Instagram/TikTok', /^unknown platform/],
  ])('%s', (_name, fields, column, value, reason) => {
    const r = rosterRow(fields, 7, ctx());
    expect(isRosterRow(r)).toBe(false);
    expect(r).toMatchObject({ file: 'r.csv', line: 7, column, value });
    if (!isRosterRow(r)) expect(r.reason).toMatch(reason);
  });
});

describe('rosterRow: a Total row a spreadsheet adds is not an account', () => {
  it.each(['Total', 'TOTAL', ' total ', 'Grand total', 'Total général', 'Totaux', 'Sous-total', '\tTotal', '\u00a0Total'])('%j is rejected as expected (--strict does not count it)', (handle) => {
    const r = rosterRow(rec({ handle, followers: '265845' }), 9, ctx());
    expect(isRosterRow(r)).toBe(false);
    expect(r).toMatchObject({ file: 'r.csv', line: 9, column: 'Handle', value: handle, expected: true, reason: expect.stringMatching(/^a Total or Average row, not an account/) });
  });

  it.each(['@total', 'total.energies', 'totally', 'stotal'])('%j is an account', (handle) => {
    expect(isRosterRow(rosterRow(rec({ handle, followers: '10' }), 9, ctx()))).toBe(true);
  });
});

describe('rosterRow: a bad optional cell costs the cell, not the account', () => {
  it.each([
    ['a negative count', rec({ followers: '-5' }), 'Followers', '-5', /^cannot be negative$/],
    ['a negative average', rec({ followers: '5', likes: '-1.5' }), 'Avg likes', '-1.5', /^cannot be negative$/],
    ['a fraction in a count', rec({ followers: '12.5' }), 'Followers', '12.5', /fraction/],
    ['a percent in a count', rec({ following: '5%' }), 'Following', '5%', /percentage/],
    ['a percent in an average', rec({ followers: '20000', likes: '3%' }), 'Avg likes', '3%', /percentage where an average count/],
    ['words in a number', rec({ followers: '12k5' }), 'Followers', '12k5', /^not a number$/],
    ['a bad yes/no', rec({ verified: 'maybe' }), 'Verified', 'maybe', /^not a yes\/no value$/],
    ['a bare rate above 1 in a fraction column', rec({ er: '1.5' }), 'ER', '1.5', /above 1/],
    ['a negative rate', rec({ er: '-0.5%' }), 'ER', '-0.5%', /^cannot be negative$/],
    ['NaN% in a rate', rec({ er: 'NaN%' }), 'ER', 'NaN%', /^not a number$/],
  ])('%s', (_name, fields, column, value, reason) => {
    const r = accepted(fields);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ file: 'r.csv', line: 7, column, value });
    expect(r.warnings[0]!.reason).toMatch(reason);
  });

  it.each(['', '-', 'n/a', 'NaN'])('%j is a plain missing value, not a warning', (cell) => {
    const r = accepted(rec({ followers: cell, er: cell, verified: cell }));
    expect(r.warnings).toEqual([]);
    expect(r.profile).toEqual({});
  });

  it('keeps the readable cells of a row with a bad one', () => {
    const r = accepted(rec({ followers: '12k5', likes: '300', er: '2%' }));
    expect(r.profile).toEqual({ avgLikes: 300, reportedEngagementPct: 2 });
  });
});

describe('rosterRow: values', () => {
  it('reads human numbers and leaves missing cells out (missing is not 0)', () => {
    expect(accepted(rec({ followers: '12,345', following: 'n/a', likes: '1.2K' })).profile).toEqual({ followers: 12_345, avgLikes: 1_200 });
  });

  it.each([
    ['yes', true], ['Oui', true], ['TRUE', true], ['✓', true], ['Vérifié', true],
    ['no', false], ['NON', false], ['0', false], ['Faux', false],
    ['Non vérifié', false], ['not verified', false], ['Not_Verified', false], // regression: rejected the whole row
  ])('verified %j → %s', (cell, verified) => {
    expect(accepted(rec({ verified: cell })).profile.verified).toBe(verified);
  });

  it.each(['', '-', 'n/a'])('verified %j is missing', (cell) => {
    expect(accepted(rec({ verified: cell })).profile.verified).toBeUndefined();
  });

  it.each<[string, Partial<FileConventions>, number]>([
    ['0.0139', { rateUnit: 'fraction' }, 1.39],
    ['0,0139', { rateUnit: 'fraction', decimalMark: ',' }, 1.39],
    ['1.39%', { rateUnit: 'fraction' }, 1.39], // a % says percent whatever the column
    ['3,5 %', { rateUnit: 'fraction', decimalMark: ',' }, 3.5],
    ['1.39', { rateUnit: 'percent' }, 1.39],
    ['0.5', { rateUnit: 'percent' }, 0.5],
  ])('ER %j with %j → %d %', (cell, conventions, pct) => {
    const got = accepted(rec({ er: cell }), ctx(conventions)).profile.reportedEngagementPct;
    expect(got).toBeCloseTo(pct, 10);
  });
});

describe('rosterRow: a rate above 100 % is no engagement rate', () => {
  it.each<[string, string, RegExp]>([
    ['120', 'instagram', /^above 100 %, no engagement rate \(every post would have drawn more interactions than the account has followers\): not read; if the column counts interactions per post, name it with --map avg-engagements="ER"$/],
    ['25,400', 'instagram', /^this file's decimal mark is the point, so this comma would group thousands/],
    ['1,234,567', 'instagram', /above 100 %/],
    ['150 %', 'instagram', /above 100 %/],
    ['101', 'tiktok', /^above 100 %, no tiktok engagement rate \(it is on views, and interactions cannot outnumber views\)/],
    ['180', 'youtube', /on views/],
  ])('ER %j on %s: the cell is a warning, the row is used', (er, platform, reason) => {
    const r = accepted(rec({ platform, followers: '312400', er }), ctx({ rateUnit: 'percent' }));
    expect(r.profile).toEqual({ followers: 312_400 });
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ column: 'ER', value: er });
    expect(r.warnings[0]!.reason).toMatch(reason);
  });

  it.each(['100', '99.9', '62', '0.02'])('ER %j is read', (er) => {
    expect(accepted(rec({ followers: '312400', er }), ctx({ rateUnit: 'percent' })).profile.reportedEngagementPct).toBe(Number(er));
  });

  it('"1,234" is 1.234 % in a file whose decimal mark is the comma, and refused in one whose mark is the point', () => {
    const dot = accepted(rec({ er: '1,234' }), ctx({ rateUnit: 'percent' }));
    expect(dot.profile.reportedEngagementPct).toBeUndefined();
    expect(dot.warnings[0]!.reason).toMatch(/would group thousands/);
    expect(accepted(rec({ er: '1,234' }), ctx({ rateUnit: 'percent', decimalMark: ',' })).profile.reportedEngagementPct).toBe(1.234);
  });
});

describe('rosterRow: a unit in the header multiplies the column\'s cells', () => {
  const header = ['Handle', 'Followers (K)', 'Avg views (M)', 'ER'];
  const columns = { handle: 0, followers: 1, 'avg-views': 2, 'engagement-rate': 3 } as const;
  const unitCtx = (mark: '.' | ','): RosterContext => ({ file: 'k.csv', header, columns, conventions: { ...DOT_FRACTION, decimalMark: mark }, defaultPlatform: 'instagram', postLikes: [], unread: [] });

  it.each<[string, string, '.' | ',', number, number]>([
    ['12.5', '0.2', '.', 12_500, 200_000],
    ['310', '1', '.', 310_000, 1_000_000],
    ['1,250', '0.05', '.', 1_250_000, 50_000],
    ['12,5', '0,2', ',', 12_500, 200_000],
    ['="4.5"', '', '.', 4_500, NaN],
  ])('followers %j, views %j (mark %j) → %d, %d', (followers, views, mark, f, v) => {
    const r = rosterRow(['lena', followers, views, ''], 2, unitCtx(mark));
    if (!isRosterRow(r)) throw new Error('rejected');
    expect(r.warnings).toEqual([]);
    expect(r.profile.followers).toBe(f);
    if (!Number.isNaN(v)) expect(r.profile.avgViews).toBe(v);
  });

  it('a unit that makes a fraction of a follower is a warning', () => {
    const r = rosterRow(['lena', '12.3456', '', ''], 2, unitCtx('.'));
    if (!isRosterRow(r)) throw new Error('rejected');
    expect(r.warnings[0]).toMatchObject({ column: 'Followers (K)', value: '12.3456', reason: 'a count cannot have a fraction' });
  });
});

describe('rosterRow: Excel\'s text escape', () => {
  it('="12500" is 12,500 followers', () => {
    expect(accepted(rec({ followers: '="12500"', likes: '="380"' })).profile).toEqual({ followers: 12_500, avgLikes: 380 });
  });
});

describe('rosterRow: the likes of single recent posts (a tracker\'s likes_post1..3)', () => {
  const header = ['snapshot_run', 'username', 'followers', 'likes_post1', 'likes_post2', 'likes_post3'];
  const columns = { handle: 1, followers: 2 } as const;
  const trackerCtx = (): RosterContext => ({ file: 't.csv', header, columns, conventions: DOT_FRACTION, defaultPlatform: 'instagram', postLikes: postLikeColumns(header, columns), unread: [] });

  it('finds the columns by their names, in English and French, and leaves them to a recent-average column', () => {
    expect(postLikeColumns(header, columns)).toEqual([3, 4, 5]);
    expect(postLikeColumns(['handle', 'Post 1 likes', "J'aime publication 2", 'likes', 'post1'], { handle: 0 })).toEqual([1, 2]);
    expect(postLikeColumns([...header, 'new_post_avg_like'], { ...columns, 'recent-avg-likes': 6 })).toEqual([]);
  });

  it('beside the export\'s own average likes or engagement rate, single posts are not averaged (its figures win)', () => {
    for (const field of ['avg-likes', 'engagement-rate', 'recent-engagement-rate'] as const) {
      expect(postLikeColumns([...header, 'x'], { ...columns, [field]: 6 })).toEqual([]);
    }
  });

  it('averages the readable cells (two at least) into the recent average likes; a bad cell is a warning, an empty one is missing', () => {
    expect(accepted(['0', 'foodie', '8761', '679', '404', '553'], trackerCtx()).profile).toEqual({ followers: 8761, recentAvgLikes: 545.33 });
    expect(accepted(['0', 'foodie', '8761', '600', '-', '400'], trackerCtx()).profile).toEqual({ followers: 8761, recentAvgLikes: 500 });
    const r = accepted(['0', 'foodie', '8761', '600', '', 'lots'], trackerCtx());
    expect(r.profile).toEqual({ followers: 8761, postLikesTooFew: { readable: 1, of: 3 } });
    expect(r.warnings).toEqual([{ file: 't.csv', line: 7, column: 'likes_post3', value: 'lots', reason: expect.stringContaining('not a number') }]);
    expect(accepted(['0', 'foodie', '8761', '', '', ''], trackerCtx()).profile).toEqual({ followers: 8761, postLikesTooFew: { readable: 0, of: 3 } });
  });

  it('too few readable posts to average: the engagement skip says so, not "no average likes"', () => {
    const profile = accepted(['0', 'foodie', '12000', '300', '-', 'n/a'], trackerCtx()).profile;
    expect(rosterEngagement('instagram', profile)).toEqual({ skip: "1 of 3 posts' likes readable: 2 are needed for an average" });
  });
});
