import { scoreAccount } from '../../core/score-account.js';
import { VERDICTS } from '../../core/verdict.js';
import { UserError } from '../../io/errors.js';
import { RecordFeed } from '../../io/record-feed.js';
import type { RejectedRow } from '../../io/rejected.js';
import { Utf8Parts } from '../../io/utf8-parts.js';
import { rendererFor } from '../../render/index.js';
import type { Renderer } from '../../render/types.js';
import { Joiner } from '../joiner.js';
import { HistoryReader } from '../read-history.js';
import { RosterReader } from '../read-roster.js';
import type { ChunkResult, DraftParts, FromWorker, ToWorker, WorkerInit } from './protocol.js';

/**
 * Reads the chunks of a file it is sent, with the readers and decisions the main thread used on the file's start,
 * and sends what each chunk gave. Roster accounts are scored and rendered here; history rows are gathered per
 * account and sent as compact arrays for the main thread to join and score. A worker thread runs one, posting its
 * messages; the main thread runs one too, as one of the readers (pool.ts), handing them on directly.
 */
export class ChunkReader {
  private init: WorkerInit | undefined;
  private renderer: Renderer | undefined;
  private current: Chunk | undefined;
  // Messages are handled one after another: a chunk's pieces must reach its parser in order.
  private queue = Promise.resolve();

  /**
   * `yieldEvery`: on the main thread, the bytes a chunk is parsed in between turns of the event loop, so that reading
   * the file and feeding the workers go on meanwhile (a chunk parsed in one go left them without work).
   */
  constructor(private readonly send: (m: FromWorker, transfer?: ArrayBuffer[]) => void, private readonly yieldEvery?: number) {}

  private stopped = false;

  /** Takes a message; what it gives comes through `send`, a failure as an `error` message. */
  post(m: ToWorker): void {
    if (this.stopped) return;
    this.queue = this.queue.then(() => this.handle(m)).catch((e: unknown) => {
      const user = e instanceof UserError;
      this.send({ type: 'error', user, message: e instanceof Error ? e.message : String(e), ...(e instanceof Error && e.stack ? { stack: e.stack } : {}) });
    });
  }

  /** Drops what is queued and what comes: the run is over (on the main thread; a worker is terminated). */
  stop(): void {
    this.stopped = true;
  }

  private async handle(m: ToWorker): Promise<void> {
    if (this.stopped) return;
    if (m.type === 'init') {
      this.init = m.init;
      if (this.init.kind === 'roster') {
        this.renderer = await rendererFor(this.init.format);
        this.renderer.begin({ ...this.init.meta, continuation: true });
      }
      return;
    }
    if (!this.init) throw new Error('bytes before init');
    // A chunk's messages come together (ChunkQueue): another chunk's bytes before its last piece would cut it in two.
    if (this.current !== undefined && this.current.id !== m.chunk) throw new Error(`chunk ${m.chunk} came before the end of chunk ${this.current.id}`);
    this.current ??= new Chunk(m.chunk, m.linesBefore, this.init, this.renderer, this.send);
    const chunk = this.current;
    chunk.spent.push(m.bytes.buffer as ArrayBuffer);
    const bytes = Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.length);
    const step = this.yieldEvery ?? bytes.length;
    for (let at = 0; at < bytes.length; at += step) {
      if (at > 0) await new Promise((resolve) => setImmediate(resolve));
      if (this.stopped) return;
      await chunk.feed.write(bytes.subarray(at, at + step));
    }
    this.send({ type: 'ack', bytes: m.bytes.length });
    if (m.last) {
      this.current = undefined;
      if (this.stopped) return;
      await chunk.finish();
    }
  }
}

/**
 * Roster output is sent when it reaches this size, so a long chunk never holds all of its text. Small: text kept
 * as strings survived the young-generation collections and was copied by each (1 MiB parts doubled a worker's GC);
 * as bytes it is off the heap, posted without a copy and written by the main thread as it is.
 */
const PART_BYTES = 1 << 18;
/**
 * Accounts a chunk holds room for at first, doubled as needed (a part of PART_BYTES holds ~5,000 CSV lines): kept
 * in typed arrays and copied out at each post. Arrays grown by push, then copied into typed arrays, were
 * reallocated every few accounts. Small, so that the tests' small chunks grow it too.
 */
const ACCOUNTS_AT_ONCE = 256;

interface Reader {
  record(fields: string[], line: number): void;
  end(): void;
}

class Chunk {
  private read = 0;
  private used = 0;
  private rejected: RejectedRow[] = [];
  private readonly text = new Utf8Parts(PART_BYTES);
  /** Verdict index and score of each account rendered since the last post: `count` of them. */
  private verdicts = new Uint8Array(ACCOUNTS_AT_ONCE);
  private scores = new Float64Array(ACCOUNTS_AT_ONCE);
  private count = 0;
  private readonly joiner = new Joiner();
  private readonly reader: Reader;
  readonly feed: RecordFeed;
  /** The memory of the chunk's pieces: handed back with the final result, once nothing reads it any more. */
  readonly spent: ArrayBuffer[] = [];

  constructor(
    readonly id: number,
    linesBefore: number,
    init: WorkerInit,
    renderer: Renderer | undefined,
    private readonly send: (m: FromWorker, transfer?: ArrayBuffer[]) => void,
  ) {
    const reject = (r: RejectedRow) => void this.rejected.push(r);
    const head = init.head;
    if (init.kind === 'roster') {
      this.reader = new RosterReader(head, init.columns, init.defaultPlatform, {
        row: (row) => {
          this.used++;
          const result = scoreAccount({ handle: row.handle, platform: row.platform, profile: row.profile }, init.config);
          this.text.add(renderer!.account(result));
          if (this.count === this.verdicts.length) this.growCounts();
          this.verdicts[this.count] = VERDICTS.indexOf(result.verdict);
          this.scores[this.count] = result.score ?? NaN;
          this.count++;
          if (this.text.size >= PART_BYTES - (PART_BYTES >> 3)) this.post(false);
        },
        rejected: reject,
      }, init.decisions);
    } else {
      this.reader = new HistoryReader(head, init.columns, init.layout, init.opts, this.joiner, () => void this.used++, reject, init.decisions);
    }
    this.feed = new RecordFeed(head.source, head.encoding, head.delimiter, {
      onHead: () => undefined,
      onRecord: (fields, line) => {
        this.read++;
        this.reader.record(fields, line);
      },
      onBadRecord: (line, reason) => {
        this.read++;
        reject({ file: head.source, line, column: null, value: null, reason });
      },
    }, linesBefore, false, head.header);
  }

  async finish(): Promise<void> {
    await this.feed.end();
    this.reader.end();
    this.post(true);
  }

  private post(final: boolean): void {
    const result: ChunkResult = {
      type: 'result', chunk: this.id, final, read: this.read, used: this.used, rejected: this.rejected,
      text: this.text.take(), verdicts: this.verdicts.slice(0, this.count), scores: this.scores.slice(0, this.count),
      drafts: final ? this.drafts() : [], spent: final ? this.spent : [],
    };
    const transfer = [result.text.buffer, result.verdicts.buffer, result.scores.buffer, ...result.spent, ...result.drafts.flatMap((d) => d.series ? [d.series.days.buffer, d.series.followers.buffer, d.series.lines.buffer, ...(d.series.following ? [d.series.following.buffer] : [])] : [])] as ArrayBuffer[];
    this.send(result, transfer);
    this.read = 0;
    this.used = 0;
    this.rejected = [];
    this.count = 0;
  }

  private growCounts(): void {
    const verdicts = new Uint8Array(this.verdicts.length * 2);
    verdicts.set(this.verdicts);
    this.verdicts = verdicts;
    const scores = new Float64Array(this.scores.length * 2);
    scores.set(this.scores);
    this.scores = scores;
  }

  private drafts(): DraftParts[] {
    const out: DraftParts[] = [];
    for (const d of this.joiner.all()) {
      out.push({
        handle: d.handle, platform: d.platform, events: d.events,
        ...(d.history ? { series: d.history.parts() } : {}),
        ...(d.net ? { net: { days: d.net.days, gained: d.net.gained, lost: d.net.lost } } : {}),
      });
    }
    return out;
  }
}
