import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Segment } from '../../src/io/csv-segment.js';
import { LineTracker } from '../../src/io/line-tracker.js';
import { RecordFeed } from '../../src/io/record-feed.js';

/**
 * A thread reads chunk after chunk with one RecordFeed, restarted at each chunk (chunk-reader.ts: RosterLane). What
 * it gives for each chunk must be exactly what a feed made for that chunk alone gives: the same records, the same
 * line numbers, the same bad records, whatever the previous chunk held.
 */

type Seen = (string | number)[][];

function handlers(seen: Seen) {
  return {
    onHead: () => undefined,
    onRecord: (fields: string[], line: number) => void seen.push([line, ...fields]),
    onBadRecord: (line: number, reason: string) => void seen.push(['bad', line, reason]),
  };
}

async function feedAll(feed: RecordFeed, text: string, seen: Seen): Promise<void> {
  const bytes = Buffer.from(text);
  // Pieces of 5 bytes: records and quoted fields cross piece boundaries, as they cross a chunk's pieces.
  for (let at = 0; at < bytes.length; at += 5) await feed.write(bytes.subarray(at, at + 5));
  await feed.end().catch((e: unknown) => void seen.push(['threw', e instanceof Error ? e.message : String(e)]));
}

/** Chunk texts: records of cells that may be quoted, with line breaks, stray or unclosed quotes and blank lines. */
const cell = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', '1', ' ', 'é'), maxLength: 4 }),
  fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r\n', '\r'), maxLength: 4 }).map((s) => `"${s.replace(/"/g, '""')}"`),
  fc.constantFrom('x"y', '"ab"c', ''),
);
const chunkText = fc
  .tuple(fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { maxLength: 6 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean())
  .map(([rows, eol, unclosed]) => rows.map((r) => r.join(',') + eol).join('') + (unclosed ? '"never closed,1\n' : ''));

describe('RecordFeed.restart', () => {
  it('gives each chunk what a feed of its own gives: records, lines and bad records', async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.tuple(chunkText, fc.nat({ max: 50 })), { minLength: 1, maxLength: 5 }), async (chunks) => {
      const reused: Seen = [];
      const fresh: Seen = [];
      let shared: RecordFeed | undefined;
      for (const [text, linesBefore] of chunks) {
        if (shared === undefined) shared = new RecordFeed('t.csv', 'utf-8', ',', handlers(reused), linesBefore, false, ['h1', 'h2']);
        else shared.restart(linesBefore);
        await feedAll(shared, text, reused);
        await feedAll(new RecordFeed('t.csv', 'utf-8', ',', handlers(fresh), linesBefore, false, ['h1', 'h2']), text, fresh);
      }
      expect(reused).toEqual(fresh);
    }), { numRuns: 300 });
  });

  it('keeps the csv-parse instance after a clean end, and gives it up after an unclosed quote', () => {
    const rows: string[][] = [];
    const segment = new Segment(',', new LineTracker(0), () => undefined, (r) => void rows.push(r));
    segment.write(Buffer.from('a,b\n"c\nd",e\nf'));
    segment.end();
    expect(segment.restart(new LineTracker(10))).toBe(true);
    segment.write(Buffer.from('g,h\n'));
    segment.end();
    // Nothing of the first input is parsed again ("f" was held over, then given at its end).
    expect(rows).toEqual([['a', 'b'], ['c\nd', 'e'], ['f'], ['g', 'h']]);

    const bad: number[] = [];
    const quoted = new Segment(',', new LineTracker(0), (line) => void bad.push(line), () => undefined);
    quoted.write(Buffer.from('a,b\n"open,c\n'));
    quoted.end();
    expect(bad).toHaveLength(1);
    expect(quoted.restart(new LineTracker(0))).toBe(false);
  });

  it('numbers a bad record after a restart from the new input, not from the parser\'s first', async () => {
    const seen: Seen = [];
    const feed = new RecordFeed('t.csv', 'utf-8', ',', handlers(seen), 1, false, ['h1', 'h2']);
    await feedAll(feed, 'a,b\nc,d\ne,f\n', seen);
    feed.restart(100);
    await feedAll(feed, 'g,h\ni,"never closed\n', seen);
    expect(seen.slice(3)).toEqual([[101, 'g', 'h'], ['bad', 102, 'a quote opened on this line is never closed: the rest of the file was read as one field']]);
  });

  it('reads on after a record too long in a restarted feed as a feed of its own does', async () => {
    const long = `x,"${'y'.repeat(1_100_000)}"\n`;
    const text = `a,b\n${long}c,d\n"e\nf",g\n`;
    const reused: Seen = [];
    const feed = new RecordFeed('t.csv', 'utf-8', ',', handlers(reused), 1, false, ['h1', 'h2']);
    await feedAll(feed, 'p,q\n"r\ns",t\n', reused);
    feed.restart(40);
    await feedAll(feed, text, reused);
    const fresh: Seen = [];
    await feedAll(new RecordFeed('t.csv', 'utf-8', ',', handlers(fresh), 40, false, ['h1', 'h2']), text, fresh);
    expect(reused.slice(2)).toEqual(fresh);
    expect(fresh.map((r) => r[0])).toEqual([41, 'bad', 43, 44]);
  });

  it('a feed released after its end leaves its parser to the next feed, which reads as a new one would', async () => {
    // ';' here only: no other test of this file releases a feed, so the first phase never meets a spare parser.
    await fc.assert(fc.asyncProperty(fc.array(fc.tuple(chunkText, fc.nat({ max: 50 })), { minLength: 2, maxLength: 5 }), async (chunks) => {
      const texts = chunks.map(([t, n]) => [t.replace(/,/g, ';'), n] as const);
      const fresh: Seen = [];
      for (const [text, linesBefore] of texts) await feedAll(new RecordFeed('t.csv', 'utf-8', ';', handlers(fresh), linesBefore, false, ['h1', 'h2']), text, fresh);
      const handed: Seen = [];
      const parsers = new Set<unknown>();
      let cleanEnds = 0;
      for (const [text, linesBefore] of texts) {
        const feed = new RecordFeed('t.csv', 'utf-8', ';', handlers(handed), linesBefore, false, ['h1', 'h2']);
        parsers.add((feed as unknown as { segment: unknown }).segment);
        const before = handed.length;
        await feedAll(feed, text, handed);
        if (!handed.slice(before).some((r) => r[0] === 'bad' || r[0] === 'threw')) cleanEnds++;
        feed.release();
      }
      expect(handed).toEqual(fresh);
      // Each clean end hands its parser on (the last one's to nobody): fewer parsers than feeds.
      if (cleanEnds === texts.length) expect(parsers.size).toBe(1);
    }), { numRuns: 200 });
  });
});

describe('a released parser', () => {
  it('keeps nothing of the reader that released it reachable (its handlers and last bytes)', () => {
    // In a child with --expose-gc: the build's readCsv, a handler holding a large array, then collections.
    const script = `
      const { readCsv } = await import(${JSON.stringify(new URL('../../dist/index.js', import.meta.url).href)});
      const { Readable } = await import('node:stream');
      let ref;
      async function once() {
        const big = new Array(1e6).fill(1);
        ref = new WeakRef(big);
        await readCsv({ name: 'x.csv', open: () => Readable.from([Buffer.from('a,b\\n1,2\\n')]) }, { onHead() {}, onRecord() { big.length; }, onBadRecord() {} });
      }
      await once();
      for (let i = 0; i < 5; i++) { await new Promise((r) => setTimeout(r, 10)); globalThis.gc(); }
      process.stdout.write(ref.deref() === undefined ? 'freed' : 'kept');`;
    const r = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('freed');
  });
});
