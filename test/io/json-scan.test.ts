import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonScanner, JsonSyntaxError, type JsonPath, type JsonScalar } from '../../src/io/json-scan.js';

/** The scalars JSON.parse finds at most `depth` deep, with their paths, in document order. */
function shallow(value: unknown, depth: number, path: (string | number)[] = [], out: [JsonPath, JsonScalar][] = []): [JsonPath, JsonScalar][] {
  if (value === null || typeof value !== 'object') {
    if (path.length <= depth) out.push([path, value as JsonScalar]);
  } else if (Array.isArray(value)) value.forEach((v, i) => shallow(v, depth, [...path, i], out));
  else for (const [k, v] of Object.entries(value)) shallow(v, depth, [...path, k], out);
  return out;
}

function scan(chunks: readonly string[], depth: number): [JsonPath, JsonScalar][] {
  const got: [JsonPath, JsonScalar][] = [];
  const s = new JsonScanner({ depth, value: (p, v) => void got.push([[...p], v]) });
  for (const c of chunks) s.write(c);
  s.end();
  return got;
}

/** `text` cut at the given points (as a stream delivers it). */
function cut(text: string, at: readonly number[]): string[] {
  const points = [...new Set(at.map((a) => a % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const p of points) {
    out.push(text.slice(from, p));
    from = p;
  }
  out.push(text.slice(from));
  return out;
}

describe('JsonScanner: a streaming JSON reader for --baseline', () => {
  it('reports what JSON.parse finds, to the depth asked, whatever the chunks (objects without duplicate keys)', () => {
    fc.assert(fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 4 }), fc.array(fc.nat(), { maxLength: 6 }), fc.boolean(), (value, depth, at, pretty) => {
      const text = JSON.stringify(value, null, pretty ? 2 : undefined);
      expect(scan(cut(text, at), depth)).toEqual(shallow(JSON.parse(text), depth));
    }), { numRuns: 300 });
  });

  it('refuses what JSON.parse refuses, with a line and column', () => {
    for (const bad of ['', '{', '{"a":1,}', '[1 2]', '{"a" 1}', '"\\x"', 'nul', '{"a":1}{"b":2}', '01', '[1,]', '"a\nb"']) {
      expect(() => JSON.parse(bad), bad).toThrow();
      expect(() => scan([bad], 3), bad).toThrow(JsonSyntaxError);
    }
    expect(() => scan(['{\n  "a": 1\n}\n{'], 3)).toThrow('an unexpected "{" at line 4, column 1');
  });

  it('keeps no deep string: a message of megabytes deep in the document is skipped', () => {
    const got = scan([`{"accounts":[{"handle":"a","signals":[{"message":"${'x'.repeat(1 << 20)}"}]}]}`], 3);
    expect(got).toEqual([[['accounts', 0, 'handle'], 'a']]);
  });

  it('reports each shallow container\'s end, at its own path', () => {
    const closed: JsonPath[] = [];
    const s = new JsonScanner({ depth: 3, value: () => undefined, close: (p) => void closed.push([...p]) });
    s.write('{"accounts":[{"handle":"a"},{"handle":"b","deep":{"x":{}}}],"summary":{}}');
    s.end();
    expect(closed).toEqual([['accounts', 0], ['accounts', 1], ['accounts'], ['summary'], []]);
  });
});
