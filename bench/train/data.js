// The labelled follower sets the model is trained and evaluated on, read into the core's FollowerFacts (a column a
// set lacks stays undefined: missing, not 0). They live outside the repository (../shared/data from the repository
// root, or --data DIR); `npm test` never reads them.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../../shared/data/', import.meta.url));

const flag = (v) => (v === undefined || v === '' ? undefined : v === '1');
const num = (v) => (v === undefined || v === '' ? undefined : Number(v));

/**
 * Each set by its publication's name, with the platform its accounts are on and how its columns map to FollowerFacts.
 * `file` is relative to the data folder.
 */
export const LABELLED_SETS = [
  {
    id: 'instafake',
    name: 'InstaFake',
    citation: 'Akyon & Kalfaoglu 2019, "Instagram Fake and Automated Account Detection" (InstaFake dataset, fake-account part, 60 % calibration split)',
    platform: 'instagram',
    file: 'instafake/calibration.csv',
    fake: (r) => r.label === 'fake',
    facts: (r) => ({
      followers: num(r.followers), following: num(r.following), posts: num(r.posts),
      hasProfilePic: flag(r.has_profile_pic), isPrivate: flag(r.is_private), bioLength: num(r.bio_length),
      usernameLength: num(r.username_length), usernameDigits: num(r.username_digits),
    }),
  },
  {
    id: 'kaggle',
    name: 'Kaggle fake/spammer',
    citation: 'Kaggle "Instagram fake spammer genuine accounts" (train split; uploader\'s labels)',
    platform: 'instagram',
    file: 'kaggle-fake-spammer/train.csv',
    fake: (r) => r.fake === '1',
    facts: (r) => ({
      followers: num(r['#followers']), following: num(r['#follows']), posts: num(r['#posts']),
      hasProfilePic: flag(r['profile pic']), isPrivate: flag(r.private), bioLength: num(r['description length']),
      usernameDigitRatio: num(r['nums/length username']), fullNameWords: num(r['fullname words']), hasUrl: flag(r['external URL']),
    }),
  },
  {
    id: 'cresci',
    name: 'Cresci 2015',
    citation: 'Cresci et al. 2015, "Fame for sale: efficient detection of fake Twitter followers" (BAS set, 50 % calibration half)',
    platform: 'x',
    file: 'cresci-2015/calibration.csv',
    fake: (r) => r.label === 'fake',
    facts: (r) => ({
      followers: num(r.followers), following: num(r.following), posts: num(r.posts),
      likesGiven: num(r.likes_given), listed: num(r.listed), accountAgeDays: num(r.account_age_days),
      hasProfilePic: flag(r.has_profile_pic), bioLength: num(r.bio_length), hasUrl: flag(r.has_url),
      usernameLength: num(r.username_length), usernameDigits: num(r.username_digits), verified: flag(r.verified),
    }),
  },
];

/** The Magi Metrics follower export's columns (posts, following, followers, profile picture, private; no bio). */
export const MAGI_METRICS_FACTS = ['followers', 'following', 'posts', 'hasProfilePic', 'isPrivate'];

/** Reads one set: `[{ facts, fake }]` in file order. Throws with the path when the file is missing. */
export function readLabelled(set, dataDir = DEFAULT_DATA_DIR) {
  const path = `${dataDir.replace(/\/?$/, '/')}${set.file}`;
  if (!existsSync(path)) throw new Error(`no labelled data at ${path} (pass --data DIR)`);
  const rows = parse(readFileSync(path), { columns: true, skip_empty_lines: true });
  return rows.map((r) => ({ facts: set.facts(r), fake: set.fake(r) }));
}

/** The same followers with only the listed facts kept: what a narrower export would have said about them. */
export function keepFacts(rows, keys) {
  return rows.map((r) => ({ ...r, facts: Object.fromEntries(keys.filter((k) => r.facts[k] !== undefined).map((k) => [k, r.facts[k]])) }));
}
