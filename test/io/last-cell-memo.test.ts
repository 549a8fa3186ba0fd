import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlatform } from '../../src/core/platform.js';
import { parseBoolean } from '../../src/io/booleans.js';
import { digitsValue, parseHumanNumber } from '../../src/io/numbers.js';

// parsePlatform and parseBoolean remember the last cell they read (rosters repeat it row after row): whatever the
// order of the cells, each reading must be what a fresh call on that cell alone gives.
describe('the last-cell memos read every cell as if it came alone', () => {
  const platforms = ['instagram', 'Instagram', 'TikTok', 'X (Twitter)', 'yt', 'myspace', '', 'IG', 'fb', 'instagram '];
  const booleans = ['yes', 'Yes', 'non', 'Vérifié', 'Non vérifié', '', '1', '0', 'maybe', 'x', 'n/a'];

  it('platforms, in any order, repeated or not', () => {
    const alone = new Map(platforms.map((p) => [p, parsePlatform(p)]));
    fc.assert(fc.property(fc.array(fc.constantFrom(...platforms), { maxLength: 30 }), (cells) => {
      for (const c of cells) expect(parsePlatform(c)).toBe(alone.get(c));
    }));
    expect(alone.get('X (Twitter)')).toBe('x');
    expect(alone.get('myspace')).toBeUndefined();
  });

  it('yes/no cells, in any order, repeated or not', () => {
    const alone = new Map(booleans.map((b) => [b, parseBoolean(b)]));
    fc.assert(fc.property(fc.array(fc.constantFrom(...booleans), { maxLength: 30 }), (cells) => {
      for (const c of cells) expect(parseBoolean(c)).toEqual(alone.get(c));
    }));
    expect(alone.get('Non vérifié')).toEqual({ ok: true, value: false });
    expect(alone.get('maybe')).toMatchObject({ ok: false });
  });
});

describe('digitsValue: the plain-digits fast path', () => {
  it('is Number(cell) for 1 to 15 ASCII digits, leading zeros included', () => {
    fc.assert(fc.property(fc.stringMatching(/^[0-9]{1,15}$/), (s) => {
      expect(digitsValue(s)).toBe(Number(s));
    }));
    expect(digitsValue('007')).toBe(7);
    expect(digitsValue('999999999999999')).toBe(999_999_999_999_999);
  });

  it('is -1 for anything else, which the full parser then reads', () => {
    for (const s of ['', '1234567890123456', '1,5', ' 12', '12 ', '-3', '+3', '1e3', '١٢', '12k', '0x10']) expect(digitsValue(s)).toBe(-1);
    expect(parseHumanNumber('1234567890123456', 'count', '.')).toMatchObject({ ok: true, value: 1234567890123456 });
  });
});
