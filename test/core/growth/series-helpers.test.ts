import { describe, expect, it } from 'vitest';
import { DEFAULT_GROWTH, growthSignals, isoDay, seriesFromNetChanges, sortAndMergeSeries } from '../../../src/core/growth/index.js';
import { JAN1 } from './build.js';

describe('isoDay', () => {
  it.each([
    [0, '1970-01-01'],
    [JAN1, '2026-01-01'],
    [20_514, '2026-03-02'],
    [-1, '1969-12-31'],
  ])('%i → %s', (day, iso) => expect(isoDay(day)).toBe(iso));
});

describe('seriesFromNetChanges', () => {
  it.each([
    {
      name: 'gained and lost, start known',
      args: [[10, 11, 12], [5, 7, 0], [2, 0, 4], 100] as const,
      days: [10, 11, 12],
      followers: [103, 110, 106],
      relative: undefined,
    },
    {
      name: 'unsorted days, lost written negative, no start: relative',
      args: [[12, 10, 11], [0, 5, 7], [-4, -2, 0], undefined] as const,
      days: [10, 11, 12],
      followers: [3, 10, 6],
      relative: true,
    },
    {
      name: 'two rows for one day add up; NaN reads as no change',
      args: [[10, 10, 11], [5, 1, NaN], undefined, 0] as const,
      days: [10, 11],
      followers: [6, 6],
      relative: undefined,
    },
  ])('$name', ({ args, days, followers, relative }) => {
    const s = seriesFromNetChanges(args[0], args[1], args[2], args[3]);
    expect(Array.from(s.days)).toEqual(days);
    expect(Array.from(s.followers)).toEqual(followers);
    expect(s.relativeTotals).toBe(relative);
  });

  it('a spike then a drop in a net-change export alone is found but not counted: the audience size is unknown', () => {
    const days = Array.from({ length: 90 }, (_, d) => JAN1 + d);
    const gained = days.map((_, d) => 60 + (d % 5) * 4 + (d === 30 ? 5000 : 0));
    const lost = days.map((_, d) => 20 + (d % 3) * 3 + (d > 30 && d <= 35 ? 400 : 0));
    const s = growthSignals(seriesFromNetChanges(days, gained, lost), [], DEFAULT_GROWTH)[0]!;
    // The net gain is a lower bound on the audience: a share against it may clear, never convict.
    expect(s.status).toBe('skip');
    expect(s.evidence).toMatchObject({ spikeDate: '2026-01-31', relativeTotals: true });
    expect(s.message).toContain('totals rebuilt from net changes');
    expect(s.message).toContain('give the follower count');
    // Anchored on a known total (a roster's follower count), the same changes are sized and flag.
    const anchored = growthSignals(seriesFromNetChanges(days, gained, lost, 2_000), [], DEFAULT_GROWTH)[0]!;
    expect(anchored.status).toBe('flag');
  });

  it('skips when totals are relative and the file shows no net gain', () => {
    const days = Array.from({ length: 30 }, (_, d) => JAN1 + d);
    const s = growthSignals(seriesFromNetChanges(days, days.map(() => 1), days.map(() => 3)), [], DEFAULT_GROWTH)[0]!;
    expect(s.status).toBe('skip');
    expect(s.message).toContain('no starting total');
  });
});

describe('sortAndMergeSeries', () => {
  it.each([
    {
      name: 'unsorted, no duplicates',
      points: [{ day: 3, followers: 30 }, { day: 1, followers: 10 }, { day: 2, followers: 20 }],
      days: [1, 2, 3],
      followers: [10, 20, 30],
      duplicates: [],
    },
    {
      name: 'equal duplicates merge silently',
      points: [{ day: 1, followers: 10 }, { day: 2, followers: 20 }, { day: 1, followers: 10 }],
      days: [1, 2],
      followers: [10, 20],
      duplicates: [],
    },
    {
      name: 'different duplicates keep the last and say so',
      points: [{ day: 1, followers: 10 }, { day: 2, followers: 20 }, { day: 1, followers: 12 }],
      days: [1, 2],
      followers: [12, 20],
      duplicates: [{ day: 1, kept: { day: 1, followers: 12 }, dropped: { day: 1, followers: 10 } }],
    },
  ])('$name', ({ points, days, followers, duplicates }) => {
    const r = sortAndMergeSeries(points);
    expect(Array.from(r.series.days)).toEqual(days);
    expect(Array.from(r.series.followers)).toEqual(followers);
    expect(r.series.following).toBeUndefined();
    expect(r.duplicates).toEqual(duplicates);
  });

  it('keeps following when some row knows it; one unknown side is no conflict', () => {
    const r = sortAndMergeSeries([
      { day: 2, followers: 20, following: 5 },
      { day: 1, followers: 10 },
      { day: 2, followers: 20 },
      { day: 3, followers: 30, following: 6 },
      { day: 3, followers: 30, following: 7 },
    ]);
    expect(Array.from(r.series.following ?? [])).toEqual([NaN, 5, 7]);
    expect(r.duplicates).toEqual([{ day: 3, kept: { day: 3, followers: 30, following: 7 }, dropped: { day: 3, followers: 30, following: 6 }, keptFollowing: 7 }]);
  });

  it("hands back the caller's own rows, extra fields included", () => {
    const rows = [
      { day: 1, followers: 10, line: 2 },
      { day: 1, followers: 11, line: 3 },
      { day: 1, followers: 12, line: 4 },
    ];
    const r = sortAndMergeSeries(rows);
    // Each dropped row names the row finally kept, never one that was itself dropped.
    expect(r.duplicates.map((d) => [d.kept.line, d.dropped.line])).toEqual([
      [4, 2],
      [4, 3],
    ]);
    expect(r.duplicates[0]!.kept).toBe(rows[2]);
  });

  it('a following count the day keeps from an earlier row is checked against every dropped row', () => {
    const rows = [
      { day: 1, followers: 1025, following: 50, line: 2 },
      { day: 1, followers: 1025, following: 900, line: 3 },
      { day: 1, followers: 1025, line: 4 },
    ];
    const r = sortAndMergeSeries(rows);
    expect(Array.from(r.series.following!)).toEqual([900]);
    expect(r.duplicates.map((d) => [d.kept.line, d.dropped.line])).toEqual([[4, 2]]);
  });

  it('a row equal to the one finally kept merges silently, even with a differing row between them', () => {
    const rows = [
      { day: 1, followers: 1000, line: 2 },
      { day: 2, followers: 1010, line: 3 },
      { day: 2, followers: 1020, line: 4 },
      { day: 2, followers: 1010, line: 5 },
    ];
    expect(sortAndMergeSeries(rows).duplicates.map((d) => [d.kept.line, d.dropped.line])).toEqual([[5, 4]]);
  });
});
