import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Utf8Parts } from '../../src/io/utf8-parts.js';

describe('Utf8Parts', () => {
  it('gives back exactly the UTF-8 of the texts added, across takes, whatever their size or characters', () => {
    const op = fc.oneof(
      { weight: 5, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }).map((s) => ({ add: s })) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 20, maxLength: 200 }).map((s) => ({ add: s })) },
      { weight: 1, arbitrary: fc.constant({ take: true as const }) },
    );
    fc.assert(fc.property(fc.integer({ min: 8, max: 256 }), fc.array(op, { maxLength: 60 }), (capacity, ops) => {
      const parts = new Utf8Parts(capacity);
      const got: Buffer[] = [];
      let text = '';
      for (const o of ops) {
        if ('take' in o) got.push(Buffer.from(parts.take()));
        else {
          parts.add(o.add);
          text += o.add;
        }
      }
      const size = parts.size;
      const last = parts.take();
      // Text not yet encoded counts a byte a code unit: a lower bound, exact for ASCII.
      expect(last.length).toBeGreaterThanOrEqual(size);
      expect(last.length).toBeLessThanOrEqual(size * 3);
      expect(parts.size).toBe(0);
      got.push(Buffer.from(last));
      expect(Buffer.concat(got).equals(Buffer.from(text, 'utf8'))).toBe(true);
    }));
  });

  it('counts ASCII text exactly, encoded or not', () => {
    const parts = new Utf8Parts(1 << 16);
    parts.add('a,b\r\n');
    expect(parts.size).toBe(5);
    parts.add('x'.repeat(5000));
    expect(parts.size).toBe(5005);
    expect(parts.take().length).toBe(5005);
  });

  it('hands out memory of its own: a taken part can be transferred without touching what is added next', () => {
    const parts = new Utf8Parts(64);
    parts.add('first');
    const a = parts.take();
    structuredClone(a, { transfer: [a.buffer as ArrayBuffer] });
    parts.add('second');
    expect(Buffer.from(parts.take()).toString()).toBe('second');
    expect(parts.size).toBe(0);
  });
});
