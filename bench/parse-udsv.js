// uDSV alone on the same file, streaming: 256 KiB text chunks (the stream's UTF-8 decoder keeps characters whole
// across chunks), every row handed to a callback as an array of strings, no type cast. uDSV keeps no rows when
// given a callback, so memory stays flat as with csv-parse.
import { createReadStream } from 'node:fs';
import { loadTool } from './tools.js';

const { inferSchema, initParser } = loadTool('udsv');

let rows = 0;
let parser = null;
const onRow = () => {
  rows++;
  return true; // false would stop the parse
};
const stream = createReadStream(process.argv[2], { encoding: 'utf8', highWaterMark: 256 * 1024 });
stream.on('data', (text) => {
  parser ??= initParser(inferSchema(text)); // the header and the column count come from the first chunk
  parser.chunk(text, parser.stringArrs, onRow);
});
stream.on('end', () => {
  parser?.end();
  process.stdout.write(`${rows + 1}\n`); // + the header, which uDSV skips, to count as csv-parse does
});
