import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../src/core/signal.js';
import { audienceShares } from '../../src/render/score/html/audience-bar.js';
import { curveEvents, dayOf } from '../../src/render/score/html/curve-events.js';
import { downsampleIndexes, MAX_CURVE_POINTS } from '../../src/render/score/html/downsample.js';
import { fmtCompact } from '../../src/render/score/html/format.js';
import { shownNormTables } from '../../src/render/score/html/norm-tables.js';
import { RESULTS } from './build.js';
import { BOUGHT, giveaway, html, withAudience, withCurve } from './html-accounts.js';

/** The SVG elements of a document with the given class, whole. */
const svgs = (doc: string, cls: string) => [...doc.matchAll(new RegExp(`<svg class="chart ${cls}"[^>]*>.*?</svg>`, 'gs'))].map((m) => m[0]);
const pathPoints = (svg: string) => (/<path class="line" d="([^"]+)"/.exec(svg)?.[1] ?? '').split(/[ML]/).filter(Boolean).length;

describe('follower curve', () => {
  it('is an accessible SVG line chart with the spike marked, its drop window shaded, the numbers in words', async () => {
    const r = withCurve('bought.it');
    expect(r.signals.find((s) => s.id === 'growth-spike-drop')?.status).toBe('flag');
    const [svg = '', ...more] = svgs(await html([r]), 'curve');
    expect(more).toEqual([]);
    expect(svg).toMatch(/^<svg class="chart curve" viewBox="0 0 900 250" role="img" aria-labelledby="account-1-curve-t account-1-curve-d">/);
    expect(svg).toContain('<title id="account-1-curve-t">Followers of bought.it, 2026-01-01 to 2026-03-31</title>');
    expect(svg).toMatch(/<desc id="account-1-curve-d">90 data points, from [\d,]+ on 2026-01-01 to [\d,]+ on 2026-03-31; lowest [\d,]+ on 2026-01-01, highest [\d,]+ on 2026-01-31\. Flagged spike on 2026-01-31: \+[\d,]+ followers, then −[\d,]+ within \d+ days \(shaded\)\.<\/desc>/);
    expect(svg.match(/<circle class="flagged"/g)).toHaveLength(1);
    expect(svg.match(/<rect class="drop"/g)).toHaveLength(1);
    expect(svg).toContain('>spike 2026-01-31</text>');
    expect(pathPoints(svg)).toBe(90);
  });

  it('labels an excused spike with its event, and neither marks it flagged nor shades a drop', async () => {
    const r = withCurve('lea', { events: giveaway('giveaway with @maison.deco') });
    const [svg] = svgs(await html([r]), 'curve');
    expect(svg).toContain('<circle class="excused"');
    expect(svg).toContain('>excused: giveaway with @maison.deco</text>');
    expect(svg).toMatch(/Excused spike on 2026-01-31: \+[\d,]+ followers \(giveaway with @maison\.deco\)\./);
    expect(svg).not.toContain('class="flagged"');
    expect(svg).not.toContain('class="drop"');
  });

  it('draws nothing for an account without history', async () => {
    expect(svgs(await html(RESULTS), 'curve')).toEqual([]);
  });

  it('reads spikes from evidence defensively', () => {
    const r = withCurve('x');
    const spoilt = { ...r, signals: r.signals.map((s) => ({ ...s, evidence: { spikes: [null, 3, { spikeDate: 'yesterday' }, { spikeDate: 7 }] } })) } as typeof r;
    expect(curveEvents(spoilt)).toEqual([]);
    expect(dayOf('2026-01-31')).toBe(20_484);
    expect(dayOf('31/01/2026')).toBeUndefined();
  });
});

describe('downsampling', () => {
  it('keeps every point that fits', () => {
    expect(downsampleIndexes([1, 2, 3])).toEqual([0, 1, 2]);
  });

  it('keeps at most the limit, ascending, with the ends, the kept days and each bucket\'s extremes', () => {
    const values = Float64Array.from({ length: 5_000 }, (_, i) => 1_000 + i + (i === 2_345 ? 900 : 0) - (i === 4_001 ? 700 : 0));
    const idx = downsampleIndexes(values, [1_234, 4_999, -1, 7_000]);
    expect(idx.length).toBeLessThanOrEqual(MAX_CURVE_POINTS);
    expect(idx.length).toBeGreaterThan(MAX_CURVE_POINTS - 10);
    expect([...idx].sort((a, b) => a - b)).toEqual(idx);
    expect(new Set(idx).size).toBe(idx.length);
    for (const i of [0, 1_234, 2_345, 4_001, 4_999]) expect(idx).toContain(i);
  });

  it('thins a three-year daily history to at most 400 points, keeping the spike', async () => {
    const extra = Object.fromEntries(Object.entries(BOUGHT).map(([d, v]) => [Number(d) + 600, v]));
    const r = withCurve('long', { days: 1_100, extra });
    const [svg] = svgs(await html([r]), 'curve');
    expect(pathPoints(svg!)).toBeLessThanOrEqual(MAX_CURVE_POINTS);
    expect(svg).toContain('<circle class="flagged"');
    expect(svg).toContain('Drawn with ');
  });

  it('keeps a one-year report small', async () => {
    const doc = await html([withCurve('year', { days: 365 })]);
    expect(pathPoints(svgs(doc, 'curve')[0]!)).toBe(365);
    expect(Buffer.byteLength(doc)).toBeLessThan(40_000);
  });
});

describe('engagement band', () => {
  it('marks the rate against the tier band and the norm, and says so in words', async () => {
    const doc = await html([RESULTS[0]!]);
    const [svg, ...more] = svgs(doc, 'band-chart');
    expect(more).toEqual([]);
    expect(svg).toContain('role="img"');
    // 95,400 followers: between the centres of 50k–100k and 100k–500k, so figures for its size, not a tier's.
    expect(svg).toContain('<title id="account-1-er-t">Engagement rate among genuine accounts of its size</title>');
    expect(svg).toMatch(/<desc id="account-1-er-d">Engagement rate 2\.14 %, ordinary: 90 % of genuine accounts lie between 0\.17 % and 4\.49 % for its size \(between tiers 50k–100k and 100k–500k\) on x-followers-2026, median 0\.87 %\.<\/desc>/);
    expect(svg).toContain('<rect class="band"');
    expect(svg).toContain('<line class="norm"');
    expect(svg).toContain('>ER 2.14 %</text>');
  });

  it('says below the band for a flagged low rate', async () => {
    const [svg] = svgs(await html([RESULTS[1]!]), 'band-chart');
    expect(svg).toMatch(/Engagement rate 0\.01 %, below most genuine accounts/);
    expect(svg).toContain('class="rate flagged"');
  });

  it('draws no band when the rate could not be judged', async () => {
    expect(svgs(await html([RESULTS[3]!]), 'band-chart')).toEqual([]);
  });
});

describe('audience quality', () => {
  it('stacks the sample\'s classes in one bar with a text legend', async () => {
    const doc = await html([withAudience('aq', { sampleSize: 200, real: 120, massFollower: 20, suspicious: 20, likelyFake: 40 })]);
    const [svg] = svgs(doc, 'audience-bar');
    expect(svg).toContain('<title id="account-1-aq-t">Audience sample of 200 followers</title>');
    expect(svg).toContain('<desc id="account-1-aq-d">real 120 (60.0 %), mass followers 20 (10.0 %), suspicious 20 (10.0 %), likely fake 40 (20.0 %).</desc>');
    expect(svg!.match(/<rect class="aq-/g)).toHaveLength(4);
    expect(doc).toContain('likely fake <b>20.0 %</b>');
  });

  it('reads its evidence defensively: missing, mistyped or empty counts draw no bar', () => {
    const shares = (ev: Parameters<typeof withAudience>[1]) => audienceShares(withAudience('x', ev).signals.at(-1)!);
    expect(shares({})).toEqual([]);
    expect(shares({ real: '12', likelyFake: null })).toEqual([]);
    expect(shares({ real: 0, likelyFake: 0 })).toEqual([]);
    expect(shares({ real: 30, likelyFake: 10, sampleSize: 50 }).map((s) => [s.label, s.share])).toEqual([['real', 0.6], ['likely fake', 0.2], ['unclassified', 0.2]]);
  });
});

describe('norm tables in the summary', () => {
  it('shows a built-in table whole, and only the evidence\'s tiers for a table from a config', () => {
    const [ig] = shownNormTables([RESULTS[1]!]);
    expect(ig).toMatchObject({ name: 'instagram-2026', platforms: ['instagram'], from: 'builtin' });
    expect(ig!.tiers).toHaveLength(6);
    const custom = RESULTS[1]!.signals.map((s) => (s.id === 'engagement-rate' ? { ...s, evidence: { ...withoutBetween(s.evidence), normTable: 'agency-2026', tier: '10k+', medianPct: 3, spread: 1.2 } } : s));
    const [agency] = shownNormTables([{ ...RESULTS[1]!, signals: custom }]);
    expect(agency).toEqual({ name: 'agency-2026', platforms: ['instagram'], from: 'evidence', tiers: [{ label: '10k+', medianPct: 3, spread: 1.2 }] });
  });

  it('a table from a config judged between two tiers shows the figures for that size, not "no account"', () => {
    const between = RESULTS[1]!.signals.map((s) => (s.id === 'engagement-rate' ? { ...s, evidence: { ...s.evidence, normTable: 'agency-2026', tier: '10k+', between: ['<10k', '10k+'], medianPct: 3.1, spread: 1.15 } } : s));
    const [agency] = shownNormTables([{ ...RESULTS[1]!, followers: 20_000, signals: between }]);
    expect(agency).toEqual({ name: 'agency-2026', platforms: ['instagram'], from: 'evidence', tiers: [{ label: '20,000 followers (between <10k and 10k+)', medianPct: 3.1, spread: 1.15 }] });
  });
});

describe('fmtCompact', () => {
  it.each([[950, '950'], [5_000, '5,000'], [20_000, '20k'], [100_000, '100k'], [62_904, '62.9k'], [1_000_000, '1M'], [1_250_000, '1.25M'], [12_000_000, '12M']])('%d → %s', (n, s) => {
    expect(fmtCompact(n)).toBe(s);
  });
});

/** Evidence at a tier's own figures: a config table's tiers are shown only as met there, not between two. */
function withoutBetween(evidence: Evidence): Evidence {
  const { between: _between, ...rest } = evidence;
  return rest;
}
