import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../src/core/platform.js';
import { accountKey, handleKey } from '../../src/io/handle.js';
import { FirstSeen } from '../../src/pipeline/first-seen.js';

describe('FirstSeen: one duplicate rule for roster rows', () => {
  it('case and Unicode normalisation do not make two accounts; the platform does', () => {
    const seen = new FirstSeen();
    expect(seen.repeat('Cafe.Lumiere', 'instagram', 'a.csv', 2)).toBeUndefined();
    expect(seen.repeat('cafe.lumiere', 'instagram', 'b.csv', 7)).toBe('a.csv:2');
    expect(seen.repeat('CAFE.LUMIERE', 'tiktok', 'b.csv', 8)).toBeUndefined();
    expect(seen.repeat('café', 'instagram', 'a.csv', 3)).toBeUndefined();
    expect(seen.repeat('cafe\u0301', 'instagram', 'b.csv', 9)).toBe('a.csv:3');
    expect(seen.repeat('cafe', 'instagram', 'b.csv', 10)).toBeUndefined();
    expect(seen.size).toBe(4);
  });

  it('answers as a Map of accountKey would, through table growth, long handles and large line numbers', () => {
    const seen = new FirstSeen();
    const reference = new Map<string, string>();
    const check = (handle: string, platform: (typeof PLATFORMS)[number], file: string, line: number) => {
      const key = accountKey(handle, platform);
      const expected = reference.get(key);
      if (expected === undefined) reference.set(key, `${file}:${line}`);
      expect(seen.repeat(handle, platform, file, line)).toBe(expected);
    };
    for (let i = 0; i < 5000; i++) check(`acct${i}`, PLATFORMS[i % PLATFORMS.length]!, `f${i % 3}.csv`, i + 2);
    check('x'.repeat(700_000), 'instagram', 'long.csv', 2 ** 40);
    check('y', 'instagram', 'long.csv', 3);
    check('X'.repeat(700_000), 'instagram', 'other.csv', 5);
    for (let i = 4999; i >= 0; i -= 7) check(`ACCT${i}`, PLATFORMS[i % PLATFORMS.length]!, 'again.csv', i);
    // Growth after several arena chunks (the long keys took their own): every record is re-placed, none lost.
    for (let i = 0; i < 60_000; i++) check(`later.account.with.a.longer.handle.${i}`, 'tiktok', 'late.csv', i + 2);
    check('x'.repeat(700_000), 'instagram', 'again.csv', 9);
    check('Later.Account.With.A.Longer.Handle.59999', 'tiktok', 'again.csv', 10);
    expect(seen.size).toBe(reference.size);
  });

  it('property: the same answers as a Map of accountKey', () => {
    const handle = fc.oneof(fc.constantFrom('a', 'A', 'b', 'é', 'e\u0301', 'É', 'ß', 'SS'), fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 }));
    fc.assert(fc.property(fc.array(fc.tuple(handle, fc.constantFrom(...PLATFORMS), fc.nat(1e9)), { maxLength: 200 }), (rows) => {
      const seen = new FirstSeen();
      const reference = new Map<string, string>();
      rows.forEach(([h, p, line], i) => {
        const key = accountKey(h, p);
        const first = reference.get(key);
        if (first === undefined) reference.set(key, `f${i % 2}:${line}`);
        expect(seen.repeat(h, p, `f${i % 2}`, line)).toBe(first);
      });
    }));
  });

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
