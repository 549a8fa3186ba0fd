import { scoreAccount, type AccountResult } from '../../core/score-account.js';
import { VERDICTS } from '../../core/verdict.js';
import { UserError } from '../../io/errors.js';
import { RecordFeed } from '../../io/record-feed.js';
import type { CellWarning, RejectedRow } from '../../io/rejected.js';
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
   * `send` hands each message on as it is: a worker posts it, and the post copies it (see FromWorker in protocol.ts).
   */
  constructor(
    private readonly send: (m: FromWorker) => void,
    private readonly options: {
      yieldEvery?: number;
      /**
       * The bytes it is posted are the sender's own memory (the main thread's reader, handed them directly): they
       * go back with the chunk's final result, for later chunks. A worker thread reads a copy, and hands back none.
       */
      handsBack: boolean;
    },
  ) {}

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
    this.current ??= this.startChunk(m.chunk, m.linesBefore, this.init);
    const chunk = this.current;
    if (this.options.handsBack) chunk.spent.push(m.bytes.buffer as ArrayBuffer);
    const bytes = Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.length);
    const step = this.options.yieldEvery ?? bytes.length;
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

  /** The roster reader of every chunk this thread reads: see RosterLane. */
  private lane: RosterLane | undefined;

  private startChunk(id: number, linesBefore: number, init: WorkerInit): Chunk {
    const chunk = new Chunk(id, init, this.renderer, this.send);
    if (init.kind === 'roster') {
      if (this.lane === undefined) this.lane = new RosterLane(init, chunk, linesBefore);
      else this.lane.next(chunk, linesBefore);
      chunk.input = this.lane;
    } else chunk.input = new HistoryInput(init, chunk, linesBefore);
    return chunk;
  }
}

/** What reads a chunk's bytes into its records, rows and rejections. */
interface ChunkInput {
  readonly feed: RecordFeed;
  end(): void;
}

/**
 * One feed and one reader for all the roster chunks a thread reads, moved on to each new chunk. Built anew for each
 * chunk, they brought new closures and a new csv-parse instance each time: the optimised code then called them
 * as unknown targets and warmed up again, ~10 % more a row than one pipeline for the whole file (in-process, 1 MiB
 * chunks of a 1M-row roster). A roster reader given the file's decisions keeps nothing from one row to the next.
 */
class RosterLane implements ChunkInput {
  readonly feed: RecordFeed;
  private readonly reader: RosterReader;

  constructor(init: WorkerInit & { kind: 'roster' }, private chunk: Chunk, linesBefore: number) {
    const head = init.head;
    this.reader = new RosterReader(head, init.columns, init.defaultPlatform, {
      row: (row) => {
        for (const w of row.warnings) this.chunk.warn(w);
        this.chunk.scored(scoreAccount({ handle: row.handle, platform: row.platform, profile: row.profile }, init.config));
      },
      rejected: (r) => this.chunk.reject(r),
    }, init.decisions);
    this.feed = new RecordFeed(head.source, head.encoding, head.delimiter, {
      onHead: () => undefined,
      onRecord: (fields, line) => {
        this.chunk.read++;
        this.reader.record(fields, line);
      },
      onBadRecord: (line, reason) => this.chunk.badRecord(line, reason),
    }, linesBefore, false, head.header);
  }

  /** The next chunk, once the last one has ended. */
  next(chunk: Chunk, linesBefore: number): void {
    this.chunk = chunk;
    this.feed.restart(linesBefore);
  }

  end(): void {
    this.reader.end();
  }
}

/**
 * History rows are gathered per chunk (its joiner): a reader and a feed for each chunk, the feed's csv-parse
 * instance handed from each chunk to the next (RecordFeed.release).
 */
class HistoryInput implements ChunkInput {
  readonly feed: RecordFeed;
  private readonly reader: HistoryReader;

  constructor(init: WorkerInit & { kind: 'history' }, chunk: Chunk, linesBefore: number) {
    const head = init.head;
    this.reader = new HistoryReader(head, init.columns, init.layout, init.opts, chunk.joiner, () => void chunk.used++, (r) => chunk.reject(r), init.decisions);
    this.feed = new RecordFeed(head.source, head.encoding, head.delimiter, {
      onHead: () => undefined,
      onRecord: (fields, line) => {
        chunk.read++;
        this.reader.record(fields, line);
      },
      onBadRecord: (line, reason) => chunk.badRecord(line, reason),
    }, linesBefore, false, head.header);
  }

  /** After the feed's end. */
  end(): void {
    this.reader.end();
    this.feed.release();
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

class Chunk {
  read = 0;
  used = 0;
  private rejected: RejectedRow[] = [];
  private warnings: CellWarning[] = [];
  private readonly text = new Utf8Parts(PART_BYTES);
  /** Verdict index and score of each account rendered since the last post: `count` of them. */
  private verdicts = new Uint8Array(ACCOUNTS_AT_ONCE);
  private scores = new Float64Array(ACCOUNTS_AT_ONCE);
  private count = 0;
  readonly joiner = new Joiner();
  /** Set by the ChunkReader right after the chunk is made. */
  input!: ChunkInput;
  /** The memory of the chunk's pieces: handed back with the final result, once nothing reads it any more. */
  readonly spent: ArrayBuffer[] = [];

  constructor(
    readonly id: number,
    private readonly init: WorkerInit,
    private readonly renderer: Renderer | undefined,
    private readonly send: (m: FromWorker) => void,
  ) {}

  get feed(): RecordFeed {
    return this.input.feed;
  }

  /** A roster account, scored: rendered here, its verdict and score kept for the summary. */
  scored(result: AccountResult): void {
    this.used++;
    this.text.add(this.renderer!.account(result));
    if (this.count === this.verdicts.length) this.growCounts();
    this.verdicts[this.count] = VERDICTS.indexOf(result.verdict);
    this.scores[this.count] = result.score ?? NaN;
    this.count++;
    if (this.text.size >= PART_BYTES - (PART_BYTES >> 3)) this.post(false);
  }

  reject(r: RejectedRow): void {
    this.rejected.push(r);
  }

  warn(w: CellWarning): void {
    this.warnings.push(w);
  }

  badRecord(line: number, reason: string): void {
    this.read++;
    this.reject({ file: this.init.head.source, line, column: null, value: null, reason });
  }

  async finish(): Promise<void> {
    await this.feed.end();
    this.input.end();
    this.post(true);
  }

  private post(final: boolean): void {
    const result: ChunkResult = {
      type: 'result', chunk: this.id, final, read: this.read, used: this.used, rejected: this.rejected, warnings: this.warnings,
      text: this.text.take(), verdicts: this.verdicts.slice(0, this.count), scores: this.scores.slice(0, this.count),
      drafts: final ? this.drafts() : [], spent: final ? this.spent : [],
    };
    // Copied, not transferred, to the main thread: see FromWorker in protocol.ts.
    this.send(result);
    this.read = 0;
    this.used = 0;
    this.rejected = [];
    this.warnings = [];
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
