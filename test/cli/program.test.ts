import { describe, expect, it } from 'vitest';
import { unsafeChars } from '../fuzz/check-run.js';
import { runInProcess } from '../fuzz/cli-harness.js';

/**
 * runCli escapes what it writes to `io.err` itself: main.ts escapes the executable's stderr again, but a library
 * caller with its own CliIo gets these lines as they are.
 */
describe('runCli: error lines quoting the input are escaped', () => {
  it('a UserError quoting headers (JSON.stringify leaves C1, bidi and zero-width characters)', async () => {
    const r = await runInProcess(['score', '-'], [Buffer.from('id\u202e,ti\u009btle\u200b\n1,2\n')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Saw "id\\u202e", "ti\\x9btle\\u200b"');
    expect(unsafeChars(r.stderr)).toEqual([]);
  });

  it("commander's own errors (an unknown option quoting the argument)", async () => {
    const r = await runInProcess(['score', '--for\u202emat\x1b[2J', 'x.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option '--for\\u202emat\\x1b[2J'");
    expect(unsafeChars(r.stderr)).toEqual([]);
  });
});

describe('runCli: help', () => {
  it.each([[['help']], [['help', 'score']], [['--help']], [['score', '--help']]])('%j prints the help on stdout and exits 0', async (argv) => {
    const r = await runInProcess(argv);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: influaudit/);
  });

  it('help for an unknown command is one line and exit 2', async () => {
    const r = await runInProcess(['help', 'bogus']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual(["influaudit: unknown command 'bogus' (commands: score, followers, norms, schema)"]);
  });
});

describe('runCli: help help', () => {
  it('is the help, exit 0', async () => {
    const r = await runInProcess(['help', 'help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: influaudit/);
  });
});
