import { describe, expect, it } from 'vitest';
import { bufferedRenderer, type RenderAll } from '../../src/render/buffered.js';
import { metaFor, REJECTED, RESULTS, summaryOf } from './build.js';

const META = metaFor();
const SUMMARY = summaryOf(RESULTS, REJECTED.length);

describe('bufferedRenderer', () => {
  it('writes nothing until end, then renders every account in order with the summary, rejected rows and meta', () => {
    const calls: Parameters<RenderAll>[] = [];
    const renderer = bufferedRenderer((...args) => {
      calls.push(args);
      return 'document\n';
    });
    expect(renderer.begin(META)).toBe('');
    for (const r of RESULTS) expect(renderer.account(r)).toBe('');
    expect(calls).toEqual([]);
    expect(renderer.end(SUMMARY, { rejected: REJECTED, warnings: [] })).toBe('document\n');
    expect(calls).toHaveLength(1);
    const [rows, summary, issues, meta] = calls[0]!;
    expect(rows).toEqual(RESULTS);
    expect([summary, issues, meta]).toEqual([SUMMARY, { rejected: REJECTED, warnings: [] }, META]);
  });

  it('refuses end before begin rather than render without a meta', () => {
    expect(() => bufferedRenderer(() => '').end(SUMMARY, { rejected: [], warnings: [] })).toThrow(/before begin/);
  });
});
