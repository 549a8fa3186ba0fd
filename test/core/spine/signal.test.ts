import { describe, expect, it } from 'vitest';
import { DEFAULT_FOLLOW_RATIO, followRatioOf } from '../../../src/core/follow-ratio.js';
import { flag, pass, skip } from '../../../src/core/signal.js';

describe('signals: a message given as a function', () => {
  it('is built when first read, once, and then read like a field', () => {
    let built = 0;
    const s = pass('follow-ratio', () => `built ${++built}`, { a: 1 });
    expect(built).toBe(0);
    expect(s.message).toBe('built 1');
    expect(s.message).toBe('built 1');
    expect(built).toBe(1);
  });

  it('is in JSON like a field, in the contract order, without the explain function', () => {
    const s = flag('follow-ratio', 0.5, () => 'why', { a: 1 }, () => ({ formula: 'f', inputs: {}, result: 'r' }));
    expect(JSON.stringify(s)).toBe('{"id":"follow-ratio","status":"flag","severity":0.5,"message":"why","evidence":{"a":1}}');
    expect(JSON.parse(JSON.stringify([skip('growth-spike', 'no data')]))).toEqual([{ id: 'growth-spike', status: 'skip', severity: 0, message: 'no data', evidence: {} }]);
  });

  it('is built on a frozen signal too (a shared skip)', () => {
    const s = Object.freeze(skip('growth-spike', () => 'later'));
    expect(s.message).toBe('later');
  });

  it('gives a roster signal the same message whichever is read first, message or explanation', () => {
    const a = followRatioOf(95_000, 93_000, 'x', DEFAULT_FOLLOW_RATIO);
    const b = followRatioOf(95_000, 93_000, 'x', DEFAULT_FOLLOW_RATIO);
    b.explain?.();
    expect(a.message).toBe('follows 93,000 accounts for 95,000 followers (ratio 0.98): follow-for-follow: a large audience following almost as many back');
    expect(b.message).toBe(a.message);
  });
});
