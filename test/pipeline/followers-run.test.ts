import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/pipeline/diagnostics.js';
import { audienceGateFails, runFollowers, type FollowersRun } from '../../src/pipeline/followers-run.js';
import { DEFAULT_AUDIENCE } from '../../src/core/audience/defaults.js';
import { dayNumber } from '../../src/io/dates.js';
import { OutputSink } from '../../src/io/output-sink.js';
import { followersRendererFor, type FollowerFormat } from '../../src/render/followers/index.js';

interface Doc {
  tool: string; schema: number; kind: string;
  followers: { line: number; id: string | null; of: string; platform: string; class: string; rules: string[] }[];
  influencers: { of: string; sampleSize: number; verdict: string; reason: string; rulesFired: Record<string, number>; unchecked: string[]; shares: Record<string, { count: number; share: number; low: number; high: number }> }[];
  rejected: { line: number; column: string | null; reason: string }[];
  summary: { influencers: number; ok: number; likelyFake: number; insufficientSample: number; rows: { read: number; used: number; rejected: number }; gate: { failOn: string | null; failed: boolean } };
}

async function run(text: string, over: Partial<FollowersRun> = {}, format: FollowerFormat = 'json') {
  let stdout = '';
  const err: string[] = [];
  const sink = new Writable({ write(chunk, _enc, cb) { stdout += String(chunk); cb(); } });
  const out = new OutputSink(sink);
  const result = await runFollowers({
    source: { name: 'sample.csv', open: () => Readable.from([Buffer.from(text)]) },
    thresholds: DEFAULT_AUDIENCE, overrides: {}, defaultPlatform: 'instagram', asOfDay: dayNumber(2026, 3, 1)!, failOn: null,
    renderer: await followersRendererFor(format, { tool: 'influaudit', version: '9.9.9', schema: 1, confidence: 0.95, color: false, width: 80 }),
    ...over,
  }, { out, diagnostics: new Diagnostics((l) => err.push(l), { quiet: false, summaryLine: false }) });
  await out.end();
  return { ...result, stdout, err };
}

const HEADER = 'influencer,username,followers,following,posts,has_profile_pic,bio';
const real = (of: string, i: number) => `${of},real.${i},${300 + i},${250 + i},${80 + i},1,hello`;
const fake = (of: string, i: number) => `${of},user${48213 + i},${i % 5},${2400 + i},0,0,`;
const sample = (of: string, reals: number, fakes: number) =>
  [...Array.from({ length: reals }, (_, i) => real(of, i)), ...Array.from({ length: fakes }, (_, i) => fake(of, i))];

describe('runFollowers', () => {
  it('classifies each follower in file order and judges each influencer on its shares', async () => {
    const text = [HEADER, ...sample('lea.cuisine', 36, 4), ...sample('glow.fast', 10, 30)].join('\n');
    const { stdout, summary } = await run(text);
    const doc = JSON.parse(stdout) as Doc;
    expect(doc).toMatchObject({ tool: 'influaudit', schema: 1, kind: 'followers' });
    expect(doc.followers).toHaveLength(80);
    expect(doc.followers[0]).toEqual({ line: 2, id: 'real.0', of: 'lea.cuisine', platform: 'instagram', class: 'real', rules: [] });
    expect(doc.followers[36]).toEqual({
      line: 38, id: 'user48213', of: 'lea.cuisine', platform: 'instagram', class: 'likely-fake',
      rules: ['no-profile-pic', 'no-followers', 'few-followers', 'no-posts', 'few-posts', 'following-far-above-followers', 'following-1000-followers-100', 'mass-follower', 'digits-in-username', 'empty-bio'],
    });
    expect(doc.influencers.map((a) => [a.of, a.sampleSize, a.verdict, a.shares['likelyFake']!.count])).toEqual([
      ['lea.cuisine', 40, 'ok', 4], ['glow.fast', 40, 'likely-fake', 30],
    ]);
    expect(doc.summary).toEqual({ ...summary, influencers: 2, ok: 1, suspicious: 0, likelyFake: 1, insufficientSample: 0, rows: { read: 80, used: 80, rejected: 0 }, gate: { failOn: null, failed: false } });
  });

  it('shares carry the Wilson interval, rounded to 4 decimals', async () => {
    const doc = JSON.parse((await run([HEADER, ...sample('a', 36, 4)].join('\n'))).stdout) as Doc;
    expect(doc.influencers[0]!.shares['likelyFake']).toEqual({ count: 4, share: 0.1, low: 0.0396, high: 0.2305 });
  });

  it('counts the rules that fired, most first, and names weighted rules no follower had the data for', async () => {
    const { influencers } = await run(['username,bio', 'anna84629,', 'lea.paris,chef', 'zoe123,'].join('\n'));
    expect(influencers[0]!.rulesFired).toEqual({ 'empty-bio': 2, 'digits-in-username': 2 });
    expect(Object.keys(influencers[0]!.rulesFired)).toEqual(['digits-in-username', 'empty-bio']);
    expect(influencers[0]!.unchecked).toEqual(['no-profile-pic', 'no-followers', 'few-followers', 'no-posts', 'few-posts', 'following-far-above-followers', 'following-1000-followers-100', 'mass-follower']);
  });

  it('rows read = used + rejected, the rejected in the document with their line and reason', async () => {
    const { stdout, err } = await run([HEADER, real('a', 1), 'a,x,lots,1,1,1,', real('a', 1)].join('\n'));
    const doc = JSON.parse(stdout) as Doc;
    expect(doc.summary.rows).toEqual({ read: 3, used: 1, rejected: 2 });
    expect(doc.rejected.map((r) => [r.line, r.column, r.reason])).toEqual([[3, 'followers', 'not a number'], [4, 'username', 'duplicate follower of a (instagram); first at line 2']]);
    expect(err).toEqual(['influaudit: sample.csv:3: followers: not a number, got "lots"', 'influaudit: sample.csv:4: username: duplicate follower of a (instagram); first at line 2, got "real.1"']);
  });

  it('the platform picks the classifier: the same follower is judged by X\'s rules under --platform x', async () => {
    const text = 'username,followers,following,posts,has_profile_pic\nmark.t,400,2000,300,1\n';
    expect((await run(text)).influencers[0]!.rulesFired).toEqual({ 'mass-follower': 1 });
    const x = JSON.parse((await run(text, { platformFlag: 'x' })).stdout) as Doc;
    expect(x.followers[0]).toMatchObject({ platform: 'x', class: 'mass-follower', rules: ['mass-follower'] });
  });

  it('the gate fails on the audience verdicts it names', async () => {
    const text = [HEADER, ...sample('glow.fast', 10, 30)].join('\n');
    expect((await run(text, { failOn: 'likely-fake' })).summary.gate).toEqual({ failOn: 'likely-fake', failed: true });
    expect((await run([HEADER, ...sample('a', 36, 4)].join('\n'), { failOn: 'suspicious' })).summary.gate.failed).toBe(false);
  });

  it.each<[null | 'suspicious' | 'likely-fake', string, boolean]>([
    [null, 'likely-fake', false], ['suspicious', 'suspicious', true], ['suspicious', 'likely-fake', true], ['suspicious', 'ok', false],
    ['suspicious', 'insufficient-sample', false], ['likely-fake', 'suspicious', false], ['likely-fake', 'likely-fake', true],
  ])('gate %s on %s fails: %s', (failOn, verdict, fails) => {
    expect(audienceGateFails(failOn, verdict as never)).toBe(fails);
  });

  it('no usable row is a UserError (exit 2), as is a header with nothing to classify by', async () => {
    await expect(run(`${HEADER}\na,b,lots,1,1,1,\n`)).rejects.toThrow('no usable row: all 1 rows were rejected');
    await expect(run(`${HEADER}\n`)).rejects.toThrow('no data rows in the input (header only?)');
    await expect(run('id,title,price\n1,x,2\n')).rejects.toThrow(/^sample\.csv: columns not recognised as a follower sample\. Saw "id", "title", "price"/);
  });

  it('csv and ndjson stream one line per follower', async () => {
    const text = [HEADER, real('a', 1), fake('a', 1)].join('\n');
    expect((await run(text, {}, 'csv')).stdout).toBe('line,id,of,platform,class,rules\r\n2,real.1,a,instagram,real,\r\n3,user48214,a,instagram,likely-fake,no-profile-pic few-followers no-posts few-posts following-far-above-followers following-1000-followers-100 mass-follower digits-in-username empty-bio\r\n');
    expect((await run(text, {}, 'ndjson')).stdout.trim().split('\n').map((l) => (JSON.parse(l) as { line: number }).line)).toEqual([2, 3]);
  });
});
