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

describe('runCli: a fatal error is one line, whatever its values hold', () => {
  it.each([
    [['score', 'missing\ninfluaudit: 8 accounts (8 authentic)'], "influaudit: missing\\x0ainfluaudit: 8 accounts (8 authentic): no such file"],
    [['score', 'x.csv', '--config', 'no\nX.json'], 'influaudit: no\\x0aX.json: cannot read config (no such file)'],
    [['score', 'x.csv', '--platform', 'x\ny'], 'influaudit: --platform x\\x0ay: unknown platform'],
    [['foo\nbar'], "influaudit: unknown command 'foo\\x0abar'"],
    [['score', '--bogus\nx', 'x.csv'], "influaudit: unknown option '--bogus\\x0ax'"],
    [['score', '--fomat', 'json', 'x.csv'], "influaudit: unknown option '--fomat' (did you mean --format?)"],
  ])('%j', async (argv, start) => {
    const r = await runInProcess(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.replace(/\n$/, '').split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(start);
  });
});

describe('runCli: an option taken once, given twice', () => {
  it.each([
    [['score', 'x.csv', '--fail-on', 'suspicious', '--fail-on', 'likely-fake'], 'influaudit: --fail-on given twice ("suspicious", then "likely-fake"): give it once'],
    [['score', 'x.csv', '-f', 'json', '--format', 'csv'], 'influaudit: --format given twice ("json", then "csv"): give it once'],
    [['score', 'x.csv', '--min-score', '60', '--min-score', '40'], 'influaudit: --min-score given twice ("60", then "40"): give it once'],
    [['followers', 'x.csv', '--of', 'a', '--of', 'b'], 'influaudit: --of given twice ("a", then "b"): give it once'],
    [['norms', '-f', 'json', '-f', 'table'], 'influaudit: --format given twice ("json", then "table"): give it once'],
  ])('%j is a usage error: the last value would silently win', async (argv, line) => {
    const r = await runInProcess(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([line]);
  });

  it('the same value twice, and the list options (--map, --handle), repeat freely', async () => {
    const r = await runInProcess(['score', 'fixtures/roster-demo.csv', '-f', 'csv', '-f', 'csv', '--map', 'followers=followers', '--map', 'handle=handle', '-q']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^handle,platform,followers/);
  });
});

describe('runCli: a file given twice', () => {
  it.each([
    [['fixtures/roster-demo.csv', 'fixtures/roster-demo.csv'], 'influaudit: fixtures/roster-demo.csv: given twice: give each file once'],
    [['fixtures/roster-demo.csv', './fixtures/../fixtures/roster-demo.csv'], 'influaudit: ./fixtures/../fixtures/roster-demo.csv: the same file as fixtures/roster-demo.csv: give each file once'],
  ])('%j is refused: its every row would be a duplicate of itself', async (files, line) => {
    const r = await runInProcess(['score', ...files, '-f', 'csv']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([line]);
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
