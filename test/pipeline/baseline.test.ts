import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Baseline, changeOf } from '../../src/pipeline/baseline.js';
import { csvStyle } from '../../src/render/csv-rows.js';

const NORMS = { instagram: { followers: 'instagram-2026' } };
const source = (text: string) => ({ name: 'prev.json', open: () => Readable.from([Buffer.from(text)]) });
const doc = (accounts: object[], over: object = {}) => JSON.stringify({ tool: 'influaudit', version: '0.2.0', schema: 2, norms: 'instagram-2026', normsByPlatform: NORMS, accounts, rejected: [], ...over }, null, 2);
const account = (handle: string, verdict: string, score: number | null, platform = 'instagram') => ({ handle, platform, followers: 1, tier: 'nano', score, verdict, logOdds: 0, signals: [{ id: 'x', message: 'm', evidence: { deep: 'kept out' } }] });

describe('changeOf: worse is a lower verdict, or under --min-score now and not before', () => {
  it.each([
    [['authentic', 90], ['authentic', 95], null, 'unchanged'],
    [['suspicious', 60], ['authentic', 80], null, 'worse'],
    [['likely-fake', 30], ['suspicious', 50], null, 'worse'],
    [['authentic', 75], ['likely-fake', 20], null, 'better'],
    [['authentic', 72], ['authentic', 90], 80, 'worse'],
    [['authentic', 85], ['authentic', 72], 80, 'better'],
    [['suspicious', 45], ['suspicious', 55], 50, 'worse'],
    [['suspicious', 45], ['suspicious', 48], 50, 'unchanged'],
    // Insufficient data sits between authentic and suspicious.
    [['insufficient-data', null], ['authentic', 90], null, 'worse'],
    [['suspicious', 60], ['insufficient-data', null], null, 'worse'],
    [['authentic', 90], ['insufficient-data', null], null, 'better'],
    [['authentic', 75], ['insufficient-data', null], 80, 'worse'],
  ] as const)('%j before %j (min-score %j): %s', ([verdict, score], [bv, bs], min, expected) => {
    expect(changeOf({ verdict, score }, { verdict: bv, score: bs }, min)).toBe(expected);
  });
});

describe('Baseline.read', () => {
  it('keeps handle → (verdict, score) keyed as accounts are joined, and forgets an account once compared', async () => {
    const b = await Baseline.read(source(doc([account('Lea.Cuisine', 'authentic', 90), account('gone', 'suspicious', 50, 'x')])), { schema: 2, normsByPlatform: NORMS });
    expect(b.size).toBe(2);
    expect(b.compare('@lea.cuisine'.slice(1), 'instagram', { verdict: 'suspicious', score: 60 }, null)).toEqual({ status: 'worse', before: { verdict: 'authentic', score: 90 } });
    expect(b.compare('lea.cuisine', 'tiktok', { verdict: 'authentic', score: 90 }, null)).toEqual({ status: 'new', before: null });
    expect(b.disappeared()).toEqual([{ handle: 'gone', platform: 'x', verdict: 'suspicious', score: 50 }]);
  });

  it.each([
    ['another schema', doc([], { schema: 1 }), /written under output schema 1; this version writes schema 2/],
    ['another norm table', doc([], { normsByPlatform: { instagram: { followers: 'instagram-fr-2019' } } }), /other norm tables \(instagram followers: instagram-fr-2019, now instagram-2026\)/],
    ['not influaudit\'s', JSON.stringify({ accounts: [] }), /not the JSON of an earlier `influaudit score --format json`/],
    ['an account without a verdict', doc([{ handle: 'a', platform: 'instagram', score: 1 }]), /accounts\[0\] has no handle, platform, verdict and score/],
    ['cut short', doc([account('a', 'authentic', 90)]).slice(0, -30), /not valid JSON \(the text ends/],
    ['a run that failed', doc([account('a', 'authentic', 90)], { error: 'EIO: i/o error', summary: { failed: true } }), /is the JSON of a run that failed \("EIO: i\/o error"\): it does not hold every account/],
    ['a score out of 0–100', doc([account('a', 'authentic', 1e308)]), /accounts\[0\] has no handle, platform, verdict and score as influaudit writes them \(a score 0–100/],
    ['a score beside insufficient data', doc([account('a', 'insufficient-data', 50)]), /accounts\[0\] has no handle/],
    ['an account twice', doc([account('a', 'authentic', 90), account('A', 'suspicious', 47)]), /accounts\[1\] repeats "A" \(instagram\): influaudit writes each account once/],
    ['accounts as an object', doc([]).replace('"accounts": []', '"accounts": {}'), /"accounts" is not a list/],
    ['accounts as an object of accounts', doc([]).replace('"accounts": []', `"accounts": {"0": ${JSON.stringify(account('a', 'authentic', 90))}}`), /"accounts" is not a list/],
    ['the JSON of influaudit followers', JSON.stringify({ tool: 'influaudit', schema: 1, kind: 'followers', followers: [], influencers: [] }), /is the JSON of `influaudit followers`/],
  ])('refuses %s (exit 2, one line)', async (_name, text, message) => {
    await expect(Baseline.read(source(text), { schema: 2, normsByPlatform: NORMS })).rejects.toThrow(message);
  });
});

describe('Baseline.read: a file an editor saved', () => {
  it('with a fractional score (a config whose verifiedBonus is 2.5) is read', async () => {
    const b = await Baseline.read(source(doc([account('a', 'likely-fake', 10.5)])), { schema: 2, normsByPlatform: NORMS });
    expect(b.compare('a', 'instagram', { verdict: 'likely-fake', score: 10.5 }, null)).toEqual({ status: 'unchanged', before: { verdict: 'likely-fake', score: 10.5 } });
  });

  it('with a handle written as an input cell holds it (@, spaces) matches its account', async () => {
    const b = await Baseline.read(source(doc([account(' @Lea.Cuisine ', 'authentic', 90)])), { schema: 2, normsByPlatform: NORMS });
    expect(b.compare('lea.cuisine', 'instagram', { verdict: 'authentic', score: 90 }, null)).toEqual({ status: 'unchanged', before: { verdict: 'authentic', score: 90 } });
    expect(b.disappeared()).toEqual([]);
  });

  it('with a UTF-8 BOM is read', async () => {
    const b = await Baseline.read(source(`\ufeff${doc([account('a', 'authentic', 90)])}`), { schema: 2, normsByPlatform: NORMS });
    expect(b.size).toBe(1);
  });
});

describe('csvStyle', () => {
  it('excel-fr writes decimal commas; the default and excel keep the point', () => {
    expect(csvStyle('excel-fr').num(0.25)).toBe('0,25');
    expect(csvStyle('excel').num(0.25)).toBe('0.25');
    expect(csvStyle().num(12000)).toBe('12000');
    expect(csvStyle('excel-fr').cell('a;b')).toBe('"a;b"');
    expect(csvStyle('excel-fr').cell('a,b')).toBe('a,b');
    expect(csvStyle('excel-fr').cell('=1+1')).toBe("'=1+1");
  });
});
