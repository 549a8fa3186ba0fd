// DuckDB's side of the comparison: `node bench/duckdb/score.js roster|history FILE [OUT]` runs roster.sql or
// history.sql (read_csv, per-account figures, COPY … TO OUT as CSV; OUT defaults to /dev/null) in an in-memory
// database with DuckDB's default settings (threads = the machine's cores), through its Node package, in this one
// process, as influaudit runs in one.
import { readFileSync } from 'node:fs';
import { loadTool } from '../tools.js';

const [kind, input, output = '/dev/null'] = process.argv.slice(2);
if (!['roster', 'history'].includes(kind) || !input) {
  process.stderr.write('usage: node bench/duckdb/score.js roster|history FILE [OUT]\n');
  process.exit(2);
}

const quote = (path) => path.replaceAll("'", "''"); // a path inside an SQL string literal
const sql = (kind, input, output) =>
  readFileSync(new URL(`./${kind}.sql`, import.meta.url), 'utf8').replaceAll('{{input}}', quote(input)).replaceAll('{{output}}', quote(output));

const { DuckDBInstance } = loadTool('@duckdb/node-api');
const db = await DuckDBInstance.create(':memory:');
const connection = await db.connect();
await connection.run(sql(kind, input, output));
if (process.env.BENCH_DUCKDB_SETTINGS) {
  // Asked by run.js once, outside the timed runs, to state what DuckDB ran with.
  const reader = await connection.runAndReadAll("SELECT current_setting('threads') AS threads, version() AS version");
  const [row] = reader.getRowObjects();
  process.stdout.write(`${JSON.stringify({ threads: Number(row.threads), version: row.version })}\n`);
}
connection.closeSync();
db.closeSync();
