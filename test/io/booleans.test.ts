import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBoolean } from '../../src/io/booleans.js';

describe('parseBoolean', () => {
  it('reads yes/no words in English and French, check marks and 1/0; empty and n/a are missing', () => {
    expect(parseBoolean('Yes')).toEqual({ ok: true, value: true });
    expect(parseBoolean('Non vérifié')).toEqual({ ok: true, value: false });
    expect(parseBoolean(' ✓ ')).toEqual({ ok: true, value: true });
    expect(parseBoolean('0')).toEqual({ ok: true, value: false });
    expect(parseBoolean('n/a')).toEqual({ ok: true, value: undefined });
    expect(parseBoolean('')).toEqual({ ok: true, value: undefined });
    // pandas writes a 0/1 column with empty cells as floats.
    expect(parseBoolean('1.0')).toEqual({ ok: true, value: true });
    expect(parseBoolean('0.0')).toEqual({ ok: true, value: false });
    expect(parseBoolean('maybe')).toEqual({ ok: false, reason: 'not a yes/no value' });
  });

  it('answers a cell seen before as it did the first time', () => {
    fc.assert(fc.property(fc.constantFrom('yes', 'No', 'Vérifié', 'non vérifié', '', '?', 'maybe'), fc.string({ maxLength: 6 }), (known, other) => {
      const first = parseBoolean(known);
      parseBoolean(other);
      expect(parseBoolean(known)).toEqual(first);
    }));
  });

  it('never throws, and a cell reads the same with spaces around it', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 12 }), (s) => {
      expect(parseBoolean(` ${s}\t`)).toEqual(parseBoolean(s.trim()));
    }));
  });
});
