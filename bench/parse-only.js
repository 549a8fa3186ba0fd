// The baseline: csv-parse alone on the same file, streaming, arrays mode, no cast (its fastest, performance.md).
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';

let rows = 0;
const parser = createReadStream(process.argv[2], { highWaterMark: 256 * 1024 }).pipe(parse({ relax_column_count: true }));
parser.on('data', () => rows++);
parser.on('end', () => process.stdout.write(`${rows}\n`));
