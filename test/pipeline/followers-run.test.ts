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
  followers: { line: number; id: string | null; of: string; platform: string; class: string; rules: string[]; model?: { probability: number; baseline: number; contributions: { feature: string; value: number; weight: number }[] } }[];
  influencers: { of: string; sampleSize: number; verdict: string; reason: string; message: string; model?: { n: number; raw: { count: number }; corrected: { share: number; low: number; high: number } }; rulesFired: Record<string, number>; unchecked: string[]; shares: Record<string, { count: number; share: number; low: number; high: number }> }[];
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
    expect(doc.followers[0]).toMatchObject({ line: 2, id: 'real.0', of: 'lea.cuisine', platform: 'instagram', class: 'real', rules: [] });
    expect(doc.followers[36]).toMatchObject({
      line: 38, id: 'user48213', of: 'lea.cuisine', platform: 'instagram', class: 'likely-fake',
      rules: ['no-profile-pic', 'no-followers', 'few-followers', 'no-posts', 'few-posts', 'following-far-above-followers', 'following-1000-followers-100', 'mass-follower', 'digits-in-username', 'empty-bio'],
    });
    expect(doc.influencers.map((a) => [a.of, a.sampleSize, a.verdict, a.shares['likelyFake']!.count])).toEqual([
      ['lea.cuisine', 40, 'ok', 4], ['glow.fast', 40, 'likely-fake', 30],
    ]);
    expect(doc.summary).toEqual({ ...summary, influencers: 2, ok: 1, suspicious: 0, likelyFake: 1, insufficientSample: 0, rows: { read: 80, used: 80, rejected: 0 }, gate: { failOn: null, failed: false } });
  });

  it('each follower the model scores carries its probability and what each fact added, summing to its logit', async () => {
    const doc = JSON.parse((await run([HEADER, real('a', 0), fake('a', 0)].join('\n'))).stdout) as Doc;
    const [person, bot] = doc.followers.map((f) => f.model!);
    expect(person!.probability).toBeLessThan(0.1);
    expect(bot!.probability).toBeGreaterThan(0.9);
    expect(bot!.contributions.map((c) => c.feature)).toEqual(['followers', 'following', 'posts', 'profile-pic', 'bio-length', 'username-digits']);
    expect(bot!.contributions.find((c) => c.feature === 'following')).toMatchObject({ value: 2400 });
    for (const m of [person!, bot!]) {
      const p = Math.min(Math.max(m.probability, 1e-4), 1 - 1e-4);
      const logit = m.baseline + m.contributions.reduce((s, c) => s + c.weight, 0);
      // Rounded output (probability to 4 decimals): compare where the logistic curve is not flat.
      if (p > 1e-3 && p < 1 - 1e-3) expect(logit).toBeCloseTo(Math.log(p / (1 - p)), 1);
      else expect(Math.sign(logit)).toBe(Math.sign(Math.log(p / (1 - p))));
    }
  });

  it('judges the audience on the model\'s share corrected for its errors, the raw count beside it', async () => {
    const doc = JSON.parse((await run([HEADER, ...sample('a', 60, 40)].join('\n'))).stdout) as Doc;
    const a = doc.influencers[0]!;
    expect(a.model).toMatchObject({ n: 100, raw: { count: 40 } });
    // Rogan–Gladen with sensitivity < 1 raises a 40 % raw share; the interval holds the estimate.
    expect(a.model!.corrected.share).toBeGreaterThan(0.4);
    expect(a.model!.corrected.low).toBeLessThan(a.model!.corrected.share);
    expect(a.model!.corrected.high).toBeGreaterThan(a.model!.corrected.share);
    expect(a.verdict).toBe('likely-fake');
    expect(a.message).toMatch(/likely fake, corrected for the model's errors \(95 % CI \d+–\d+ %\) in a sample of 100 followers/);
  });

  it('with classifier "rules" the hand-set rules alone decide: no model score, no corrected share', async () => {
    const thresholds = { ...DEFAULT_AUDIENCE, classifier: 'rules' as const };
    const doc = JSON.parse((await run([HEADER, ...sample('a', 36, 4)].join('\n'), { thresholds })).stdout) as Doc;
    expect(doc.followers.every((f) => f.model === undefined)).toBe(true);
    expect(doc.influencers[0]!.model).toBeUndefined();
    expect(doc.influencers[0]!.message).not.toMatch(/corrected/);
  });

  it('a follower export with nothing the model reads (username and bio only) is classified by the rules', async () => {
    const doc = JSON.parse((await run(['username,bio', 'anna84629,', 'lea.paris,chef'].join('\n'))).stdout) as Doc;
    expect(doc.followers.map((f) => [f.rules, f.model])).toEqual([[['digits-in-username', 'empty-bio'], undefined], [[], undefined]]);
    expect(doc.influencers[0]!.model).toBeUndefined();
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

  it('rows read = used + rejected, the rejected and the unreadable cells in the document with their line and reason', async () => {
    const { stdout, err } = await run([HEADER, real('a', 1), 'a,x,lots,1,1,1,', real('a', 1), ',y,1,1,1,1,'].join('\n'));
    const doc = JSON.parse(stdout) as Doc & { warnings: { line: number; column: string; reason: string }[]; summary: { warnings: number } };
    expect(doc.summary.rows).toEqual({ read: 4, used: 2, rejected: 2 });
    expect(doc.summary.warnings).toBe(1);
    expect(doc.rejected.map((r) => [r.line, r.column, r.reason])).toEqual([[4, 'username', 'duplicate follower of a (instagram); first at line 2'], [5, 'influencer', 'empty influencer']]);
    expect(doc.warnings.map((w) => [w.line, w.column, w.reason])).toEqual([[3, 'followers', 'not a number']]);
    expect(err).toEqual([
      'influaudit: sample.csv:3: followers: not a number, got "lots" (cell ignored, row used)',
      'influaudit: sample.csv:4: username: duplicate follower of a (instagram); first at line 2, got "real.1"',
      'influaudit: sample.csv:5: influencer: empty influencer, got ""',
      'influaudit: sample.csv: nothing in the file names the platform (a platform column, a profile URL, a tool\'s own headers): read as instagram, the default (set it with --platform)',
    ]);
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
    await expect(run(`${HEADER}\n,b,1,1,1,1,\n`)).rejects.toThrow('no usable row: the one row was rejected');
    await expect(run(`${HEADER}\n`)).rejects.toThrow('sample.csv: no data rows (a header only?)');
    await expect(run('id,title,price\n1,x,2\n')).rejects.toThrow(/^sample\.csv: columns not recognised as a follower sample\. Saw "id", "title", "price"/);
  });

  it('csv and ndjson stream one line per follower', async () => {
    const text = [HEADER, real('a', 1), fake('a', 1)].join('\n');
    expect((await run(text, {}, 'csv')).stdout).toBe(
      'line,id,of,platform,class,rules,probability,contributions\r\n' +
      '2,real.1,a,instagram,real,,0.0029,posts=81:-1.51 following=251:-1.01 followers=301:-0.44 username-digits=0.1667:+0.25 profile-pic=1:-0.13 bio-length=5:+0.01\r\n' +
      '3,user48214,a,instagram,likely-fake,no-profile-pic few-followers no-posts few-posts following-far-above-followers following-1000-followers-100 mass-follower digits-in-username empty-bio,1,' +
      'followers=1:+8.36 following=2401:+5.27 posts=0:+3.12 profile-pic=0:+1.82 username-digits=0.5556:+1.04 bio-length=0:+0.24\r\n');
    expect((await run(text, {}, 'ndjson')).stdout.trim().split('\n').map((l) => (JSON.parse(l) as { line: number }).line)).toEqual([2, 3]);
  });
});
