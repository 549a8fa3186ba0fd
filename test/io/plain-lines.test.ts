import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitFields } from '../../src/io/plain-lines.js';

describe('splitFields: String.prototype.split by one delimiter, faster', () => {
  it.each([
    ['a,b,c', ',', ['a', 'b', 'c']],
    ['', ',', ['']],
    [',', ',', ['', '']],
    ['a,,b,', ',', ['a', '', 'b', '']],
    ['no delimiter', ';', ['no delimiter']],
    ['x\ty\t', '\t', ['x', 'y', '']],
  ])('%j by %j', (line, delimiter, fields) => {
    expect(splitFields(line, delimiter)).toEqual(fields);
  });

  it('property: the same fields as split, for every delimiter a file can have', () => {
    const delimiter = fc.constantFrom(',', ';', '\t', '|');
    const line = fc.string({ unit: fc.constantFrom('a', 'é', '😀', ',', ';', '\t', '|', ' ', '"', ''), maxLength: 40 });
    fc.assert(fc.property(line, delimiter, (l, d) => {
      expect(splitFields(l, d)).toEqual(l.split(d));
    }), { numRuns: 500 });
  });
});
