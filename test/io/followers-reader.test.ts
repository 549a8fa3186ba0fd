import { describe, expect, it } from 'vitest';
import { FollowersReader, type FollowersOptions } from '../../src/pipeline/readers/followers.js';
import { usernameFeatures } from '../../src/core/audience/follower-facts.js';
import { dayNumber } from '../../src/io/dates.js';
import type { FollowerRow } from '../../src/io/kinds/follower-row.js';
import { recognise } from '../../src/io/recognise.js';
import type { CellWarning, RejectedRow } from '../../src/shared/row-issues.js';
import { readAll } from './csv-harness.js';

const TODAY = dayNumber(2026, 3, 1)!;

interface Read {
  rows: Omit<FollowerRow, 'warnings'>[];
  rejected: RejectedRow[];
  warnings: CellWarning[];
  notes: string[];
}

/** Reads a sample as `score` does (readCsv → recognise → FollowersReader). */
async function read(text: string, opts: Partial<FollowersOptions> = {}, name = 'sample.csv'): Promise<Read> {
  const run = await readAll(name, text);
  if (run.error) throw run.error;
  const head = run.head!;
  const r = recognise(head.header, {}, name);
  if (r.kind !== 'followers') throw new Error(`read as ${r.kind}`);
  const out: Read = { rows: [], rejected: [], warnings: [], notes: [] };
  const reader = new FollowersReader(head, r.columns, {
    fallbackOf: 'lea.cuisine', ofFlag: '--of', datesAdvice: 'set --dates dmy or --dates mdy', ofGiven: false, platformFlag: undefined, platformHint: r.platformHint,
    defaultPlatform: 'instagram', dateOrder: undefined, asOfDay: TODAY, note: (m) => out.notes.push(m), ...opts,
  }, {
    row: ({ warnings, ...row }) => {
      out.rows.push(row);
      out.warnings.push(...warnings);
    },
    rejected: (x) => void out.rejected.push(x),
  });
  for (const [line, fields] of run.records) reader.record(fields, line);
  reader.end();
  return out;
}

const facts = async (text: string, opts: Partial<FollowersOptions> = {}) => (await read(text, opts)).rows.map((r) => r.facts);

describe('FollowersReader: the labelled data sets\' headers', () => {
  it('InstaFake: counts, 0/1 flags and username features as given', async () => {
    expect(await facts('followers,following,posts,has_profile_pic,is_private,bio_length,username_length,username_digits,label\n354,455,19,1,1,0,12,0,real\n3,4170,0,0,0,0,11,5,fake\n')).toEqual([
      { followers: 354, following: 455, posts: 19, hasProfilePic: true, isPrivate: true, bioLength: 0, usernameLength: 12, usernameDigits: 0 },
      { followers: 3, following: 4170, posts: 0, hasProfilePic: false, isPrivate: false, bioLength: 0, usernameLength: 11, usernameDigits: 5 },
    ]);
  });

  it('Cresci 2015: likes given, lists, account age, has_url and verified; an X sample by its lists', async () => {
    const r = await read('posts,followers,following,likes_given,listed,account_age_days,has_profile_pic,bio_length,has_url,username_length,username_digits,verified,label\n143,156,563,37,1,1101,1,29,0,7,0,0,real\n');
    expect(r.rows).toEqual([{
      line: 2, of: 'lea.cuisine', platform: 'x', defaultedPlatform: true, ageCounted: false,
      facts: { posts: 143, followers: 156, following: 563, likesGiven: 37, listed: 1, accountAgeDays: 1101, hasProfilePic: true, bioLength: 29, hasUrl: false, usernameLength: 7, usernameDigits: 0, verified: false },
    }]);
  });

  it('Kaggle fake/spammer: the digit ratio, full-name words, "#" counts; the label and ratios it cannot use are ignored', async () => {
    expect(await facts('profile pic,nums/length username,fullname words,nums/length fullname,name==username,description length,external URL,private,#posts,#followers,#follows,fake\n1,0.27,0,0,0,53,0,0,32,1000,955,0\n')).toEqual([
      { hasProfilePic: true, usernameDigitRatio: 0.27, fullNameWords: 0, bioLength: 53, hasUrl: false, isPrivate: false, posts: 32, followers: 1000, following: 955 },
    ]);
  });
});

describe('FollowersReader: scrapers and the X API', () => {
  it('an Instagram scraper: human numbers, Yes/No, a picture URL, bio text, link text; username features counted', async () => {
    const pic = 'https://scontent-cdg4-2.cdninstagram.com/v/t51.2885-19/626254835_142496045269829_2563878604549472996_n.jpg';
    const dflt = 'https://scontent.cdninstagram.com/v/t51.2885-19/44884218_345707102882519_2446069589734326272_n.jpg?_nc_ht=x';
    const r = await read([
      'Username,Full name,Number of followers,Number of people they follow,Number of posts,Private account,Verified,Profile pic,Biography,External URL',
      `eva_roux,Eva Roux,"1,582",600,12.4K,Yes,No,${pic},"lecture, thé 🍵",https://linktr.ee/eva`,
      `anna84629,,3,"4,170",0,No,No,${dflt},,`,
    ].join('\n'));
    expect(r.rows.map((x) => [x.id, x.facts])).toEqual([
      ['eva_roux', { followers: 1582, following: 600, posts: 12400, isPrivate: true, verified: false, hasProfilePic: true, hasUrl: true, bioLength: 14, fullNameWords: 2, usernameLength: 8, usernameDigits: 0 }],
      ['anna84629', { followers: 3, following: 4170, posts: 0, isPrivate: false, verified: false, hasProfilePic: false, hasUrl: false, bioLength: 0, fullNameWords: 0, usernameLength: 9, usernameDigits: 5 }],
    ]);
  });

  it('French scraper on ";" with narrow no-break spaces: Oui/Non, Privé/Public', async () => {
    const r = await facts("Nom d'utilisateur;Nombre d'abonnés;Nombre d'abonnements;Publications;Compte privé;Photo de profil\nlea.paris;1 204;4\u202f470;12;Privé;Oui\nuser55;10;300;0;Public;Non\n");
    expect(r).toEqual([
      { followers: 1204, following: 4470, posts: 12, isPrivate: true, hasProfilePic: true, usernameLength: 9, usernameDigits: 0 },
      { followers: 10, following: 300, posts: 0, isPrivate: false, hasProfilePic: false, usernameLength: 6, usernameDigits: 2 },
    ]);
  });

  it('X API: default_profile_image is inverted, created_at becomes an age in days, the id is id_str', async () => {
    const r = await read([
      'id_str,screen_name,name,description,url,followers_count,friends_count,listed_count,favourites_count,statuses_count,created_at,verified,protected,default_profile_image',
      '1204838297803158191,laura_data,Laura,Data journalist,,2005,868,26,26095,23349,Thu Jun 06 17:43:28 +0000 2019,False,False,False',
      '9428166570434231178,karim48213377,Karim,,,3,1200,0,0,0,Sun Feb 01 08:00:00 +0000 2026,False,True,True',
    ].join('\n'));
    expect(r.rows.map((x) => [x.id, x.platform, x.facts.hasProfilePic, x.facts.accountAgeDays, x.facts.isPrivate, x.facts.hasUrl])).toEqual([
      ['1204838297803158191', 'x', true, TODAY - dayNumber(2019, 6, 6)!, false, false],
      ['9428166570434231178', 'x', false, 28, true, false],
    ]);
    expect(r.rows[1]!.facts).toMatchObject({ followers: 3, following: 1200, posts: 0, likesGiven: 0, listed: 0, bioLength: 0, usernameDigits: 8 });
  });

  it('an age is counted from a creation date to asOfDay, and the reader counts such followers; an account-age column is read as given', async () => {
    const text = 'screen_name,created_at,account_age_days,followers_count\nlaura_data,2026-02-01,,10\nkarim,2026-02-01,400,10\nnadia,,,10\n';
    const counted = async (asOfDay: number) => {
      const run = await readAll('sample.csv', text);
      const head = run.head!;
      const r = recognise(head.header, {}, 'sample.csv');
      if (r.kind !== 'followers') throw new Error(`read as ${r.kind}`);
      const rows: FollowerRow[] = [];
      const reader = new FollowersReader(head, r.columns, {
        fallbackOf: 'lea.cuisine', ofFlag: '--of', datesAdvice: 'set --dates dmy or --dates mdy', ofGiven: false, platformFlag: undefined, platformHint: r.platformHint,
        defaultPlatform: 'instagram', dateOrder: undefined, asOfDay, note: () => {},
      }, { row: (row) => void rows.push(row), rejected: () => {} });
      for (const [line, fields] of run.records) reader.record(fields, line);
      reader.end();
      return { ages: rows.map((x) => [x.facts.accountAgeDays, x.ageCounted]), agesCounted: reader.agesCounted };
    };
    expect(await counted(TODAY)).toEqual({ ages: [[28, true], [400, false], [undefined, false]], agesCounted: 1 });
    expect(await counted(TODAY + 10)).toEqual({ ages: [[38, true], [400, false], [undefined, false]], agesCounted: 1 });
  });

  it('a creation date after an --as-of day is said to be after that day, not after today', async () => {
    const r = await read('created_at,default_profile_image\n2026-03-02,0\n', { asOfGiven: true });
    expect(r.warnings.map((w) => w.reason)).toEqual(['a creation date after 2026-03-01, the --as-of day']);
    expect(r.rows.map((x) => [x.facts.accountAgeDays, x.ageCounted])).toEqual([[undefined, false]]);
  });

  it('a username alone gives length and digits, by usernameFeatures (code points, no "@")', async () => {
    const r = await facts('username,is_private\n@anna84629,\n@zoé_🌸_22,\nhttps://www.instagram.com/lea.cuisine/,\n');
    expect(r).toEqual([usernameFeatures('anna84629'), usernameFeatures('zoé_🌸_22'), usernameFeatures('lea.cuisine')]);
    expect(r[1]).toEqual({ usernameLength: 8, usernameDigits: 2 });
  });

  it('a file\'s own length and digit columns win over the username', async () => {
    expect(await facts('username,username_length,username_digits\nab12,10,0\n')).toEqual([{ usernameLength: 10, usernameDigits: 0 }]);
  });

  it('a digit ratio may be written as a percentage or with a decimal comma', async () => {
    expect((await facts('nums/length username;profile pic\n27 %;1\n0,5;1\n')).map((f) => f.usernameDigitRatio)).toEqual([0.27, 0.5]);
  });
});

describe('FollowersReader: missing is never zero, bad is rejected', () => {
  it('empty counts and flags stay undefined; an empty bio in a bio column is an empty bio', async () => {
    expect(await facts('username,followers,following,posts,has_profile_pic,bio\nonly.name,,,,,\n')).toEqual([{ usernameLength: 9, usernameDigits: 0, bioLength: 0 }]);
  });

  it('a has_url column of 0/1 is read as yes/no; empty cells there are missing', async () => {
    expect((await facts('has_url,followers\n1,5\n,6\n0,7\n')).map((f) => f.hasUrl)).toEqual([true, undefined, false]);
  });

  it.each<[string, string, string, string, string]>([
    ['a count that is not a number', 'followers,is_private\nlots,1\n', 'followers', 'lots', 'not a number'],
    ['a negative count', 'following,is_private\n-4,1\n', 'following', '-4', 'cannot be negative'],
    ['a fraction of a follower', 'followers,is_private\n12.5,1\n', 'followers', '12.5', 'a count cannot have a fraction'],
    ['a yes/no that is neither', 'followers,is_private\n1,maybe\n', 'is_private', 'maybe', 'not a yes/no value'],
    ['a picture cell that is neither yes/no nor a URL', 'followers,profile pic\n1,perhaps\n', 'profile pic', 'perhaps', 'not a yes/no value or a picture URL'],
    ['an inverted flag that is neither', 'default_profile_image,followers_count\nsometimes,1\n', 'default_profile_image', 'sometimes', 'not a yes/no value'],
    ['a ratio above 1', 'nums/length username,private\n1.4,0\n', 'nums/length username', '1.4', 'a ratio must be between 0 and 1 (or 0 % and 100 %)'],
    ['more digits than characters', 'username_length,username_digits,private\n4,6,0\n', 'username_digits', '6', 'more digits than the username has characters (4)'],
    ['a creation date in the future', 'created_at,default_profile_image\n2027-01-01,0\n', 'created_at', '2027-01-01', 'a creation date after today'],
    ['a creation date that is not a date', 'created_at,default_profile_image\nyesterday-ish,0\n', 'created_at', 'yesterday-ish', 'not a date'],
  ])('%s: the cell is left out with a warning (column, value, reason); the follower is classified from the rest', async (_name, text, column, value, reason) => {
    const r = await read(text);
    expect(r.rejected).toEqual([]);
    expect(r.rows).toHaveLength(1);
    expect(Object.keys(r.rows[0]!.facts).length).toBeGreaterThan(0);
    expect(r.warnings).toEqual([{ file: 'sample.csv', line: 2, column, value, reason }]);
  });

  it('a pandas float flag (1.0 / 0.0 / empty) is yes / no / missing, not a warning', async () => {
    const r = await read('followers_count,verified,default_profile_image\n10,1.0,0.0\n11,0.0,\n12,,1.0\n');
    expect(r.rows.map((x) => [x.facts.verified, x.facts.hasProfilePic])).toEqual([[true, true], [false, undefined], [undefined, false]]);
    expect(r.warnings).toEqual([]);
  });

  it('a row whose only cells are unreadable is rejected, naming the first one', async () => {
    const r = await read('followers,is_private\nlots,maybe\n');
    expect(r.rows).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.rejected).toEqual([{ file: 'sample.csv', line: 2, column: 'followers', value: 'lots', reason: 'not a number, and no other cell to classify the follower by' }]);
  });

  it.each<[string, string, string, string | null, string]>([
    ['an unknown platform', 'platform,username,bio\nmyspace,a,b\n', 'platform', 'myspace', 'unknown platform (known: instagram, tiktok, youtube, x, facebook)'],
    ['an empty influencer', 'influencer,username,bio\n,a,b\n', 'influencer', '', 'empty influencer'],
  ])('%s: the row is rejected with its column, value and reason', async (_name, text, column, value, reason) => {
    const r = await read(text);
    expect(r.rows).toEqual([]);
    expect(r.rejected).toEqual([{ file: 'sample.csv', line: 2, column, value, reason }]);
  });

  it('a row of empty cells is rejected, as is one with nothing to classify by', async () => {
    const r = await read('influencer,followers,is_private\n,,\nlea.cuisine,,\n');
    expect(r.rejected.map((x) => [x.line, x.reason])).toEqual([[2, 'an empty row'], [3, 'nothing to classify the follower by (every follower cell is empty)']]);
  });

  it('a follower listed twice for one influencer counts once (case-insensitive); for another influencer it counts again', async () => {
    const r = await read('influencer,username,followers,bio\nlea.cuisine,Ok.One,10,\nglow.fast,ok.one,10,\nlea.cuisine,ok.one,12,\n');
    expect(r.rows.map((x) => [x.line, x.of])).toEqual([[2, 'lea.cuisine'], [3, 'glow.fast']]);
    expect(r.rejected).toEqual([{ file: 'sample.csv', line: 4, column: 'username', value: 'ok.one', reason: 'duplicate follower of lea.cuisine (instagram); first at line 2' }]);
  });

  it('an ambiguous creation date leaves the age unknown instead of rejecting the follower, and a note says so', async () => {
    const r = await read('created_at,default_profile_image\n03/04/2019,0\n');
    expect(r.rows.map((x) => x.facts)).toEqual([{ hasProfilePic: true }]);
    expect(r.notes).toContain('sample.csv: creation dates like "03/04/2019" are left out of account ages (nothing in the file says whether they are day-first or month-first): set --dates dmy or --dates mdy');
    // --dates reads them, and the note goes.
    const given = await read('created_at,default_profile_image\n03/04/2019,0\n', { dateOrder: 'mdy' });
    expect(given.rows[0]!.facts.accountAgeDays).toBe(TODAY - dayNumber(2019, 3, 4)!);
    expect(given.notes.filter((n) => /creation dates/.test(n))).toEqual([]);
  });

  it('a French sample\'s ambiguous creation dates read day-first, with a note; dates that show their order need none', async () => {
    const fr = await read('nom d\'utilisateur;date de création;photo de profil\nmarie.v;03/04/2019;oui\n');
    expect(fr.rows[0]!.facts.accountAgeDays).toBe(TODAY - dayNumber(2019, 4, 3)!);
    expect(fr.notes).toContain('sample.csv: dates like "03/04/2019" read day-first (the header is in French, written day-first): set --dates mdy if not');
    const shown = await read('created_at,default_profile_image\n03/04/2019,0\n03/14/2019,0\n');
    expect(shown.rows.map((x) => x.facts.accountAgeDays)).toEqual([TODAY - dayNumber(2019, 3, 4)!, TODAY - dayNumber(2019, 3, 14)!]);
    expect(shown.notes.filter((n) => /dates/.test(n))).toEqual([]);
  });
});

describe('FollowersReader: whose followers, on which platform', () => {
  it('without an influencer column: the fallback, with a note naming the flag', async () => {
    const r = await read('username,bio\na,b\n');
    expect(r.rows[0]).toMatchObject({ of: 'lea.cuisine', platform: 'instagram', id: 'a' });
    expect(r.notes).toEqual(['sample.csv: no influencer column: the followers are of "lea.cuisine" (from the file name; set it with --of)']);
    expect((await read('username,bio\na,b\n', { ofGiven: true })).notes).toEqual([]);
  });

  it('an influencer cell\'s profile URL names the platform; a platform column beats --platform, which beats the hint', async () => {
    const r = await read('target,platform,username,bio\nhttps://www.tiktok.com/@dance.tok,,a,\ncafe.lumiere,facebook,b,\ncafe.lumiere,,c,\n', { platformFlag: 'youtube' });
    expect(r.rows.map((x) => [x.of, x.platform])).toEqual([['dance.tok', 'tiktok'], ['cafe.lumiere', 'facebook'], ['cafe.lumiere', 'youtube']]);
  });

  it('the id column wins over the username; neither gives no id', async () => {
    expect((await read('id,username,bio\n42,anna,x\n')).rows[0]!.id).toBe('42');
    expect((await read('followers,bio\n5,x\n')).rows[0]!.id).toBeUndefined();
  });
});
