import { describe, expect, it } from 'vitest';
import { namesAColumn, recognise } from '../../src/io/recognise.js';
import { headerKey, isFigure, isNoteLine, RowStructure } from '../../src/io/structure-rows.js';
import { UserError } from '../../src/shared/user-error.js';

/** As `score` decides it: a record is another header when `recognise` reads it as one. */
function structure(header: string[]): RowStructure {
  const isHeader = (fields: readonly string[]): boolean => {
    try {
      recognise(fields, {}, 'test.csv');
      return true;
    } catch (e) {
      if (e instanceof UserError) return false;
      throw e;
    }
  };
  return new RowStructure(header, isHeader, namesAColumn);
}

const roster = structure(['Username', 'Followers', 'Avg likes']);
const split = (line: string, sep = ','): string[] => line.split(sep);

describe('the header again (two exports joined with cat)', () => {
  it.each([
    'Username,Followers,Avg likes',
    'username,followers,avg likes',
    ' Username , FOLLOWERS,Avg likes ',
    'Username,Followers,Avg likes,,', // a trailing separator Excel leaves
    '\uFEFFUsername,Followers,Avg likes', // the second file's byte order mark, kept by cat
  ])('%j', (line) => {
    expect(roster.role(split(line))).toBe('header-again');
  });

  it('a header with a trailing empty cell is met again without it', () => {
    expect(structure(['handle', 'followers', '']).role(['handle', 'followers'])).toBe('header-again');
  });

  it('a semicolon-separated French header again', () => {
    expect(structure(split("Compte;Abonnés;J'aime moyens", ';')).role(split("compte;abonnés;j'aime moyens", ';'))).toBe('header-again');
  });

  it('an account named like the first header cell is data', () => {
    expect(roster.role(split('username,12000,300'))).toBeUndefined();
    expect(roster.role(split('Username,Followers'))).not.toBe('header-again');
  });
});

describe("another table's header", () => {
  it('a header mapping other columns (TikTok averages under an Instagram table)', () => {
    const s = structure(split('handle,followers,avg likes,avg comments'));
    expect(s.role(split('handle,followers,avg views,avg likes'))).toBe('other-header');
  });

  it('a history header under a roster, a posts header under a history', () => {
    expect(roster.role(split('date,followers'))).toBe('other-header');
    expect(structure(split('date,followers')).role(split('Post ID,Publish time,Likes,Comments'))).toBe('other-header');
  });

  it('a header of more columns than the first', () => {
    expect(roster.role(split('Username,Followers,Avg likes,Avg comments,Country'))).toBe('other-header');
  });

  it.each([
    'rose.atelier,22000,640',
    'followers,22000,640', // an account named followers
    'handle,12 k,300',
    'anna,,',
    'Mark Rober,youtube,',
    'n/a,-,-',
  ])('%j is no header', (line) => {
    expect(roster.role(split(line))).not.toBe('other-header');
  });
});

describe('title, note and footer lines', () => {
  it.each([
    ['Exported with Modash (modash.io) on 03/04/2025,,'],
    ['Engagement rate = average likes / followers,,'],
    ['Notes:,,'],
    ['Source :,,'],
    ['TikTok,,'],
    ['YouTube'],
    ['X (Twitter),,'],
    ['Page 1 of 3,,'],
    // an unquoted comma cut the sentence: what follows it starts with a space
    ['Rates are averages over the last 30 posts, not medians,'],
    ['Généré par HypeAuditor le 3 avril 2025,,'],
  ])('%j', (line) => {
    expect(isNoteLine(split(line))).toBe(true);
    expect(roster.role(split(line))).toBe('note');
  });

  it.each([
    ['rose.atelier,,'], // a handle with no figures: an account with no data
    ['Confidential,,'], // one word: may be an account
    ['x,,'], // a platform's short name may be a handle
    ['ig,,'],
    ['Mark Rober,youtube,'], // a channel with a space, its platform named
    ['Mark Rober,1.2M,'], // a figure
    ['Mark Rober, 1.2M,'], // a figure after a space is no sentence going on
    ['Mark Rober, 12 k, 300'],
    ['Exported with Modash,2025,'], // a figure in another cell
    ['12 500,,'], // a figure alone
    ['12 mars 2025,,'], // a date: one word
    [',Exported with Modash,'], // not in the first cell
  ])('%j is not', (line) => {
    expect(isNoteLine(split(line))).toBe(false);
    expect(roster.role(split(line))).toBeUndefined();
  });

  it("a sentence's own figures do not make it data", () => {
    expect(isNoteLine(['Data as of 03/04/2025 for 12 accounts', '', ''])).toBe(true);
  });

  it('a row of data beside an empty first column is no note', () => {
    expect(isNoteLine(['', 'rose.atelier', '22000'])).toBe(false);
  });
});

describe('helpers', () => {
  it('headerKey trims, folds case and drops trailing empty cells', () => {
    expect(headerKey([' Handle', 'FOLLOWERS ', '', ''])).toEqual(['handle', 'followers']);
  });

  it.each(['22000', '12,5 k', '3.4%', '1.2M', ' 12 000 '])('%j is a figure', (cell) => expect(isFigure(cell)).toBe(true));
  it.each(['60_day_eng_rate', 'rose.atelier', 'TikTok', '03/04/2025 export', ''])('%j is no figure', (cell) => expect(isFigure(cell)).toBe(false));

  it('namesAColumn knows column names as exports write them, and no handle', () => {
    for (const c of ['Username', 'Followers', 'Abonnés', 'ABONNÉS ', 'Avg. Likes', 'Date', 'Publish time', 'is_private']) expect(namesAColumn(c), c).toBe(true);
    for (const c of ['rose.atelier', 'john_doe12', 'Подписчики', '💥', 'True', '']) expect(namesAColumn(c), c).toBe(false);
  });
});

describe('rows of data the rules must not take for structure (found by review)', () => {
  const sample = structure(['username', 'full_name', 'is_private', 'is_verified', 'profile_pic_url']);

  it('a file written with ", " between cells: its rows go on like sentences, and are data', () => {
    const spaced = structure(split('username, full_name, is_private, is_verified, profile_pic_url'));
    expect(spaced.role(split('alice, Alice Martin, False, False, https://cdn.example/a.jpg'))).toBeUndefined();
  });

  it('a row that fills every column is no sentence cut by commas', () => {
    expect(structure(['note', 'text']).role(['Exported with Modash', ' then edited by hand'])).toBeUndefined();
  });

  it.each([
    'follower,Name,False,False,https://c/p.jpg', // a follower named like a column, a display name "Name"
    'login,Bio,True,False,https://c/q.jpg',
    'verified,Private,False,True,https://c/r.jpg',
  ])('a follower row with one or two cells naming a column: %j', (line) => {
    expect(sample.role(split(line))).toBeUndefined();
  });

  it.each(['Mark Rober,,', 'Smarter Every Day,,', '1er janvier 2025,,'])('a few words with the figures left empty stay data: %j', (line) => {
    expect(structure(['channel', 'subscribers', 'avg views']).role(split(line))).toBeUndefined();
  });

  it.each(['Page 2 of 3,,', 'Page 2/3,,', 'Source: HypeAuditor,,', 'Exported with Modash on 03/04/2025,,'])('a footer is still a note: %j', (line) => {
    expect(roster.role(split(line))).toBe('note');
  });

  it('a cell of 50,000 characters is settled at once, not parsed as a figure', () => {
    const long = `${'1'.repeat(50_000)}a!`;
    expect(isFigure(long)).toBe(false);
    expect(isNoteLine([long, '', ''])).toBe(false);
    expect(roster.role([long, '5', '5'])).toBeUndefined();
  });
});

describe('a few words alone in a file with a platform column', () => {
  const withPlatform = structure(['handle', 'platform', 'followers', 'following', 'avg likes']);

  it.each(['TikTok creators,,,,', 'Prepared by Julie,,,,', 'Summary by platform,,,,'])('is a title: %j', (line) => {
    expect(withPlatform.role(split(line))).toBe('note');
  });

  it('a row with its platform named is an account, whatever its name', () => {
    expect(withPlatform.role(split('Mark Rober,youtube,,,'))).toBeUndefined();
  });
});
