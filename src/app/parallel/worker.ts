import { parentPort } from 'node:worker_threads';
import { ChunkReader } from './chunk-reader.js';
import type { FromWorker, ToWorker } from './protocol.js';

/** A worker thread: a ChunkReader whose messages come from and go to the main thread. */
const port = parentPort!;
const reader = new ChunkReader((m: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer));
port.on('message', (m: ToWorker) => reader.post(m));
port.postMessage({ type: 'ready' } satisfies FromWorker);
