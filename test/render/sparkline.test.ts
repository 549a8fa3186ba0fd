import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SPARK_BLOCKS, sparkline } from '../../src/render/sparkline.js';

describe('sparkline', () => {
  it.each([
    { name: 'one block per value, lowest to highest', values: [0, 1, 2, 3, 4, 5, 6, 7], width: 20, line: '▁▂▃▄▅▆▇█' },
    { name: 'scaled between min and max', values: [100, 107, 114], width: 3, line: '▁▅█' },
    { name: 'flat series sits mid-height', values: [5, 5, 5], width: 10, line: '▄▄▄' },
    { name: 'unknown values are spaces', values: [0, NaN, 7, Infinity], width: 4, line: '▁ █ ' },
    { name: 'all unknown', values: [NaN, NaN], width: 4, line: '  ' },
    { name: 'downsampled by bucket max keeps a one-day spike', values: [1, 1, 1, 9, 1, 1, 1, 1, 1, 1], width: 5, line: '▁█▁▁▁' },
    { name: 'empty input', values: [], width: 10, line: '' },
    { name: 'zero width', values: [1, 2, 3], width: 0, line: '' },
    { name: 'fractional width is floored', values: [1, 2, 3], width: 2.9, line: '▁█' },
  ])('$name', ({ values, width, line }) => {
    expect(sparkline(values, width).line).toBe(line);
  });

  it("'last' shows where each bucket ended", () => {
    expect(sparkline([9, 1, 1, 1, 5, 5], 3, [], { reduce: 'last' }).line).toBe('▁▁█');
    expect(sparkline([9, 1, 1, 1, 5, 5], 3).line).toBe('█▁▅');
  });

  it('maps marked indexes to line positions, sorted and unique, ignoring out-of-range ones', () => {
    const year = Array.from({ length: 365 }, (_, i) => i);
    // 365 days in 52 columns: column 0 holds days 0–6, column 1 starts at day 7 (⌊365/52⌋).
    expect(sparkline(year, 52, [364, 0, 3, 6, -1, 365, 2.5]).marks).toEqual([0, 51]);
    expect(sparkline(year, 52, [7]).marks).toEqual([1]);
    expect(sparkline([1, 2, 3], 10, [2, 0]).marks).toEqual([0, 2]);
  });

  it('a marked spike lands on the bucket that shows it', () => {
    const values = Array.from({ length: 100 }, (_, i) => (i === 61 ? 50 : 10));
    const s = sparkline(values, 20, [61]);
    expect(s.line[s.marks[0]!]).toBe('█');
  });

  it('properties: length min(n, width), known blocks only, marks inside the line', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.constant(NaN))),
        fc.integer({ min: 0, max: 200 }),
        fc.array(fc.integer({ min: -5, max: 300 })),
        (values, width, marks) => {
          const s = sparkline(values, width, marks);
          expect(s.line.length).toBe(Math.min(values.length, width));
          for (const ch of s.line) expect(`${SPARK_BLOCKS} `).toContain(ch);
          for (const m of s.marks) expect(m >= 0 && m < s.line.length).toBe(true);
          expect(s.marks).toEqual([...new Set(s.marks)].sort((a, b) => a - b));
          const inRange = marks.filter((i) => i >= 0 && i < values.length);
          if (inRange.length > 0 && width > 0) expect(s.marks.length).toBeGreaterThan(0); // width 0 draws nothing to mark
        },
      ),
    );
  });

  it('every index maps to the bucket whose range holds it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 120 }), (n, width) => {
        const w = Math.min(n, width);
        const values = Array.from({ length: n }, () => 0);
        for (let i = 0; i < n; i++) {
          const [b] = sparkline(values, width, [i]).marks;
          expect(Math.floor((b! * n) / w)).toBeLessThanOrEqual(i);
          expect(Math.floor(((b! + 1) * n) / w)).toBeGreaterThan(i);
        }
      }),
      { numRuns: 50 },
    );
  });
});
