// Reading the data with the project's own CSV parser, and writing the CSV files the CLI is given.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

export function readCsv(path) {
  return parse(readFileSync(path), { columns: true, bom: true, skip_empty_lines: true, trim: true });
}

function cell(value) {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function writeCsv(path, header, rows) {
  const lines = [header, ...rows].map((row) => row.map(cell).join(','));
  writeFileSync(path, lines.join('\n') + '\n');
}
