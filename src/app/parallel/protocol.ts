import type { KnownEvent } from '../../core/account.js';
import type { Platform } from '../../core/platform.js';
import type { ScoringConfig } from '../../core/scoring-config.js';
import type { ColumnMap } from '../../io/columns.js';
import type { HistoryField } from '../../io/kinds/history.js';
import type { RosterField } from '../../io/kinds/roster.js';
import type { CsvHead } from '../../io/read-csv.js';
import type { CellWarning, RejectedRow } from '../../io/rejected.js';
import type { RunMeta } from '../../render/types.js';
import type { HistoryDecisions, HistoryLayout, HistoryOptions } from '../read-history.js';
import type { RosterDecisions } from '../read-roster.js';
import type { SeriesParts } from '../series-builder.js';

/** Formats a worker can render: one account at a time, no state but the separator. */
export type StreamedFormat = 'csv' | 'json' | 'ndjson';

/** What a worker needs to read its shares of a file exactly as the main thread read the start of it. */
export type WorkerInit =
  | {
    kind: 'roster'; head: CsvHead; columns: ColumnMap<RosterField>; defaultPlatform: Platform; decisions: RosterDecisions;
    config: ScoringConfig; format: StreamedFormat; meta: RunMeta;
  }
  | { kind: 'history'; head: CsvHead; columns: ColumnMap<HistoryField>; layout: HistoryLayout; opts: HistoryOptions; decisions: HistoryDecisions };

/**
 * A share ("chunk") of the file is sent in one or more pieces; `last` closes it. Chunks are numbered in file order;
 * `linesBefore` (the line breaks before the chunk, counted by the main thread) makes every line number the file's.
 */
export type ToWorker =
  | { type: 'init'; init: WorkerInit }
  | { type: 'bytes'; chunk: number; linesBefore: number; bytes: Uint8Array; last: boolean };

/** One account's gathered history rows (a history share). */
export interface DraftParts {
  handle: string;
  platform: Platform;
  series?: SeriesParts;
  net?: { days: number[]; gained: number[]; lost: number[] };
  events: KnownEvent[];
}

/** What a chunk gave: roster output is posted in parts as it grows (`final` on the last), history drafts at the end. */
export interface ChunkResult {
  type: 'result';
  chunk: number;
  final: boolean;
  read: number;
  used: number;
  rejected: RejectedRow[];
  warnings: CellWarning[];
  /** The rendered accounts, UTF-8. */
  text: Uint8Array;
  /** Verdict index (VERDICTS) and score (NaN for none) per rendered account, for the summary and the gate. */
  verdicts: Uint8Array;
  scores: Float64Array;
  drafts: DraftParts[];
  /**
   * On the final result of the main thread's own reader: the memory the chunk's bytes came in, handed back for later
   * chunks (WorkerPool.bytesFor). A worker's are copies, and it hands back none.
   */
  spent: ArrayBuffer[];
}

/**
 * Messages between threads are copied, never transferred (no transfer list). Transferring detaches the sender's
 * ArrayBuffer, and the first detach in a thread invalidates V8's ArrayBufferDetaching protector there for the rest
 * of the run (--trace-protector-invalidation): from then on optimised code checks every typed-array access for
 * detachment, and csv-parse reads each byte of the input through one. A 400k-row roster on two threads ran ~5 %
 * more instructions so (callgrind, --single-threaded V8); a copy costs a memcpy of bytes already in cache.
 */
export type FromWorker =
  | ChunkResult
  /** Bytes parsed, for the main thread's flow control. */
  | { type: 'ack'; bytes: number }
  /** The worker has loaded its code and can take bytes. */
  | { type: 'ready' }
  | { type: 'error'; user: boolean; message: string; stack?: string };

