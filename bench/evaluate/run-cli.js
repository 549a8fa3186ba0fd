// Runs the built CLI exactly as a user would (a spawned `influaudit score … --format json`) and reads its answer
// only through the JSON contract. Every field is read defensively: the scoring core is being rewritten and the
// harness must keep working when a field it looks at is renamed or dropped.
import { spawn } from 'node:child_process';
import { basename } from 'node:path';

/**
 * Resolves to { ok: true, accounts, summary, exitCode } when the CLI ran (exit 0, or 1 = a gate failed), or
 * { ok: false, error } when it exited 2 (a usage or data error) or anything else went wrong.
 */
export function runScore(bin, files, extraArgs = []) {
  const args = [bin, 'score', ...files, '--format', 'json', ...extraArgs];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, NO_COLOR: '1' } });
    const out = [];
    const err = [];
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => err.push(b));
    child.on('error', (e) => resolve({ ok: false, error: e.message }));
    child.on('close', (code, signal) => {
      const stderr = Buffer.concat(err).toString('utf8');
      if (code !== 0 && code !== 1) {
        resolve({ ok: false, exitCode: code, error: firstError(stderr, files) || `exited ${code ?? signal}` });
        return;
      }
      try {
        const doc = JSON.parse(Buffer.concat(out).toString('utf8'));
        resolve({ ok: true, exitCode: code, accounts: Array.isArray(doc.accounts) ? doc.accounts : [], summary: doc.summary ?? {} });
      } catch (e) {
        resolve({ ok: false, exitCode: code, error: `unreadable JSON on stdout: ${e.message}` });
      }
    });
  });
}

/** The CLI's one-line error, with our temp paths cut to the file name so the report does not name this machine. */
function firstError(stderr, files) {
  let line = stderr.split('\n').find((l) => l.startsWith('influaudit:')) ?? stderr.split('\n')[0] ?? '';
  for (const f of files) line = line.replaceAll(f, basename(f));
  return line.trim();
}

/** Account results keyed by lower-cased handle (the CLI joins accounts case-insensitively). */
export function byHandle(accounts) {
  return new Map(accounts.map((a) => [String(a.handle ?? '').toLowerCase(), a]));
}

export function signal(account, id) {
  return Array.isArray(account?.signals) ? account.signals.find((s) => s?.id === id) : undefined;
}

export const scoreOf = (account) => (typeof account?.score === 'number' ? account.score : null);
export const verdictOf = (account) => (typeof account?.verdict === 'string' ? account.verdict : 'missing');
