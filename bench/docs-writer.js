// `--write-docs`: replaces one marked section of docs/performance.md, so that the docs change only when asked.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DOC = fileURLToPath(new URL('../docs/performance.md', import.meta.url));

/** Replaces the text between <!-- NAME:start --> and <!-- NAME:end --> with `body`; throws if the markers are gone. */
export function replaceSection(name, body) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const doc = readFileSync(DOC, 'utf8');
  const a = doc.indexOf(start);
  const b = doc.indexOf(end);
  if (a < 0 || b < a) throw new Error(`docs/performance.md has no ${start} … ${end} section to replace`);
  writeFileSync(DOC, `${doc.slice(0, a + start.length)}\n${body.trim()}\n${doc.slice(b)}`);
}
