import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handleKey } from '../../src/io/handle.js';
import { FirstSeen } from '../../src/pipeline/first-seen.js';

describe('FirstSeen: one duplicate rule for roster rows', () => {
  it('compares handles as platforms do, across files, and says where the first row was', () => {
    const seen = new FirstSeen();
    expect(seen.repeat('Cafe.Lumiere', 'instagram', 'a.csv', 2)).toBeUndefined();
    expect(seen.repeat('cafe.lumiere', 'instagram', 'a.csv', 3)).toBe('a.csv:2');
    expect(seen.repeat('CAFE.LUMIERE', 'instagram', 'b.csv', 2)).toBe('a.csv:2');
    expect(seen.repeat('cafe.lumiere', 'x', 'b.csv', 3)).toBeUndefined(); // another platform, another account
    expect(seen.repeat('cafe.lumiere', 'x', 'b.csv', 4)).toBe('b.csv:3');
    expect(seen.repeat('cafe\u0301', 'tiktok', 'b.csv', 5)).toBeUndefined();
    expect(seen.repeat('café', 'tiktok', 'b.csv', 6)).toBe('b.csv:5'); // one spelling of each accented letter
  });

  it('keeps every account as it grows (no account lost, none taken for another)', () => {
    const seen = new FirstSeen();
    for (let i = 0; i < 50_000; i++) expect(seen.repeat(`acct${i}`, 'instagram', 'r.csv', i + 2)).toBeUndefined();
    for (let i = 0; i < 50_000; i += 997) expect(seen.repeat(`ACCT${i}`, 'instagram', 'r.csv', 60_000)).toBe(`r.csv:${i + 2}`);
  });

  it('property: a second row is a repeat exactly when its handle compares equal (handleKey) on the same platform', () => {
    const handle = fc.string({ unit: fc.constantFrom('a', 'B', 'é', 'E\u0301', 'e\u0301', 'İ', 'ß', '_', '1', '😀'), maxLength: 6 });
    fc.assert(fc.property(handle, handle, (a, b) => {
      const seen = new FirstSeen();
      seen.repeat(a, 'instagram', 'r.csv', 2);
      expect(seen.repeat(b, 'instagram', 'r.csv', 3) !== undefined).toBe(handleKey(a) === handleKey(b));
    }));
  });
});
