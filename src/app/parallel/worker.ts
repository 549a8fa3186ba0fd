import { parentPort } from 'node:worker_threads';
import { ChunkReader } from './chunk-reader.js';
import type { FromWorker, ToWorker } from './protocol.js';

/** A worker thread: a ChunkReader whose messages come from and go to the main thread. */
const port = parentPort!;
// Posted without a transfer list: see FromWorker in protocol.ts.
const reader = new ChunkReader((m: FromWorker) => port.postMessage(m), { handsBack: false });
port.on('message', (m: ToWorker) => reader.post(m));
port.postMessage({ type: 'ready' } satisfies FromWorker);
