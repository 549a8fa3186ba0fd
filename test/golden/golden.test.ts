import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../fuzz/cli-harness.js';

/**
 * CLI cases as golden files: each `cases/*.txt` holds a command, its exit code, its stdout and its stderr, in one
 * readable file reviewed in diffs. The command runs in process (no colour, stdout not a terminal). To rewrite the
 * files after an intended change: `UPDATE_GOLDEN=1 npx vitest run --config test/vitest.config.ts test/golden`.
 */
const DIR = fileURLToPath(new URL('./cases/', import.meta.url));
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';

interface Case {
  comment: string[];
  /** `$ COLUMNS=120 influaudit …`: the terminal width the table is drawn for (80 when not given). */
  columns?: number;
  args: string[];
  stdinFile?: string;
  exit: number;
  stdout: string;
  stderr: string;
}

function parseCase(text: string): Case {
  const lines = text.split('\n');
  const comment = lines.filter((l) => l.startsWith('# ')).map((l) => l.slice(2));
  const command = lines.find((l) => /^\$ (COLUMNS=\d+ )?influaudit /.test(l));
  if (!command) throw new Error('a case needs a "$ influaudit …" line');
  const columns = /^\$ COLUMNS=(\d+) /.exec(command)?.[1];
  let words = splitWords(command.slice(command.indexOf('influaudit ') + 'influaudit '.length));
  const lt = words.indexOf('<');
  const stdinFile = lt === -1 ? undefined : words[lt + 1];
  if (lt !== -1) words = words.slice(0, lt);
  const exit = Number(/^exit: (\d+)$/m.exec(text)?.[1] ?? NaN);
  const out = text.indexOf('\n--- stdout\n');
  const err = text.indexOf('\n--- stderr\n');
  return {
    comment, args: words, exit, ...(columns ? { columns: Number(columns) } : {}),
    stdout: out === -1 ? '' : text.slice(out + 12, err === -1 ? undefined : err),
    stderr: err === -1 ? '' : text.slice(err + 12),
    ...(stdinFile ? { stdinFile } : {}),
  };
}

function formatCase(c: Case): string {
  const command = [...c.args, ...(c.stdinFile ? ['<', c.stdinFile] : [])].map(quote).join(' ');
  return `${c.comment.map((l) => `# ${l}\n`).join('')}$ ${c.columns ? `COLUMNS=${c.columns} ` : ''}influaudit ${command}\nexit: ${c.exit}\n--- stdout\n${c.stdout}\n--- stderr\n${c.stderr}`;
}

/** Words as a shell splits them: spaces separate, double or single quotes keep a word whole. */
function splitWords(s: string): string[] {
  return [...s.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

function quote(w: string): string {
  return /^[\w./@=:,+-]+$/.test(w) ? w : `'${w}'`;
}

describe('CLI golden files', () => {
  for (const name of readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort()) {
    it(name, async () => {
      const path = join(DIR, name);
      const expected = parseCase(readFileSync(path, 'utf8'));
      const stdin = expected.stdinFile ? [readFileSync(expected.stdinFile)] : [];
      const run = await runInProcess(expected.args, stdin, 10_000, expected.columns ? { columns: expected.columns } : {});
      const got: Case = { ...expected, exit: run.code, stdout: run.stdout, stderr: run.stderr };
      if (UPDATE) writeFileSync(path, formatCase(got));
      else expect(formatCase(got)).toBe(formatCase(expected));
    });
  }
});
