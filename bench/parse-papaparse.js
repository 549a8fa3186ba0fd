// papaparse alone on the same file, streaming: 256 KiB text chunks, a step callback for every row (arrays of strings,
// no header mapping, no dynamic typing). papaparse takes its fast path (no quote handling) by itself when a chunk
// has no quote character, as these generated files have none.
import { createReadStream } from 'node:fs';
import { loadTool } from './tools.js';

const Papa = loadTool('papaparse');

let rows = 0;
Papa.parse(createReadStream(process.argv[2], { encoding: 'utf8', highWaterMark: 256 * 1024 }), {
  step: () => rows++,
  complete: () => process.stdout.write(`${rows}\n`),
});
