import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHumanNumber, type DecimalMark, type NumberKind } from '../../src/io/numbers.js';

const GROUPINGS = [',', '.', ' ', '\u00a0', '\u202f', '\u2009', ''] as const;
const marks = fc.constantFrom<DecimalMark>('.', ',');
const kinds = fc.constantFrom<NumberKind>('count', 'decimal', 'rate');

/** 1234567 → "1<sep>234<sep>567". */
function group(digits: string, sep: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

function value(r: ReturnType<typeof parseHumanNumber>): number {
  if (!r.ok || r.missing) throw new Error(`expected a value, got ${JSON.stringify(r)}`);
  return r.value;
}

const closeTo = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

describe('numbers round trip', () => {
  it('a non-negative integer written with any grouping parses back as a count, under either file mark', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), fc.constantFrom(...GROUPINGS), marks, (n, sep, mark) => {
        expect(value(parseHumanNumber(group(String(n), sep), 'count', mark))).toBe(n);
      }),
    );
  });

  it('a decimal with 1–2 fraction digits written with the file mark parses back under that mark', () => {
    const grouping = (mark: DecimalMark) => fc.constantFrom('', ' ', '\u00a0', '\u202f', mark === ',' ? '.' : ',');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999_999 }),
        fc.stringMatching(/^\d{1,2}$/),
        marks.chain((mark) => fc.tuple(fc.constant(mark), grouping(mark))),
        fc.constantFrom<NumberKind>('decimal', 'rate'),
        (int, frac, [mark, sep], kind) => {
          const raw = `${group(String(int), sep)}${mark}${frac}`;
          const got = value(parseHumanNumber(raw, kind, mark));
          expect(closeTo(got, Number(`${int}.${frac}`)), `${raw} → ${got}`).toBe(true);
        },
      ),
    );
  });

  it('X.YK is X.Y × 1000, with either mark and either case', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999 }),
        fc.integer({ min: 0, max: 9 }),
        marks,
        fc.constantFrom('K', 'k', ' K', '\u00a0k'),
        (x, y, mark, suffix) => {
          const raw = `${x}${mark}${y}${suffix}`;
          expect(value(parseHumanNumber(raw, 'count', mark))).toBe(x * 1000 + y * 100);
          expect(closeTo(value(parseHumanNumber(raw, 'decimal', mark)), x * 1000 + y * 100)).toBe(true);
        },
      ),
    );
  });
});

describe('counts beyond what a double holds exactly', () => {
  it('an integer above 2^53 − 1, however written, is rejected as too large, never rounded', () => {
    const max = BigInt(Number.MAX_SAFE_INTEGER);
    fc.assert(
      fc.property(fc.bigInt({ min: max + 1n, max: 10n ** 40n }), fc.constantFrom(...GROUPINGS), marks, (n, sep, mark) => {
        const r = parseHumanNumber(group(n.toString(), sep), 'count', mark);
        expect(r).toEqual({ ok: false, reason: expect.stringMatching(/^number too large/) });
      }),
    );
  });

  it('an integer of 16 or more digits up to 2^53 − 1 (leading zeros allowed) is read exactly', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: BigInt(Number.MAX_SAFE_INTEGER) }), fc.integer({ min: 0, max: 10 }), (n, zeros) => {
        const raw = n.toString().padStart(16 + zeros, '0');
        expect(value(parseHumanNumber(raw, 'count', '.'))).toBe(Number(n));
      }),
    );
  });
});

describe('numbers never throw', () => {
  const numberish = fc.string({ unit: fc.constantFrom(...'0123456789.,  \u00a0%kKmMbBe+-−\'n/a'.split('')), maxLength: 16 });

  it.each([
    ['fc.string()', fc.string()],
    ['full unicode', fc.string({ unit: 'binary' })],
    ['number-like', numberish],
  ])('on %s: a finite value, a missing marker or a reason', (_name, strings) => {
    fc.assert(
      fc.property(strings, kinds, marks, (raw, kind, mark) => {
        const r = parseHumanNumber(raw, kind, mark);
        if (!r.ok) expect(r.reason).toMatch(/\S/);
        else if (!r.missing) {
          expect(Number.isFinite(r.value)).toBe(true);
          if (kind === 'count') expect(Number.isInteger(r.value)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
