import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/shared/user-error.js';
import { readCsv, MAX_RECORD_BYTES } from '../../src/io/read-csv.js';
import { sniffEncoding } from '../../src/io/sniff.js';
import { readAll } from '../io/csv-harness.js';

const MIB2 = 2 * MAX_RECORD_BYTES;

describe('readCsv: a record over the 1 MiB limit', () => {
  // regression: csv-parse drops the rest of every chunk after an oversize error, so the rows after a 2 MiB field
  // were lost and reported as phantom rejected rows on lines the file does not have (3, 4, … 8 for a 5-line file).
  const LONG = 'record longer than 1048576 bytes (a field that never ends, or a quote never closed?): skipped';
  // A quote still open at the limit is taken for one never closed: reading resumes on the line after it.
  const QUOTE = 'a quote opened on this line (character 1, "handle" field) is never closed within the 1048576-byte record limit: only this line is rejected; reading resumes on line 4';
  it.each<[string, string, string, string?]>([
    ['unquoted, LF', 'x'.repeat(MIB2), '\n'],
    ['quoted, LF', `"${'x'.repeat(MIB2)}"`, '\n', QUOTE],
    ['an unclosed quote on one line, LF', `"${'x'.repeat(MIB2)}`, '\n', QUOTE],
    ['unquoted, CRLF', 'x'.repeat(MIB2), '\r\n'],
    ['unquoted, CR only', 'x'.repeat(MIB2), '\r'],
    // bounded by bytes, delimiters included: csv-parse counted field characters only, so this was one record of
    // two million empty fields (32 MB of commas used 1 GB, 512 MB killed V8)
    ['separators only (plain lines)', ','.repeat(MIB2), '\n'],
    ['separators only after a quoted field (csv-parse)', `"q"${','.repeat(MIB2)}`, '\n'],
    ['separators only, CRLF', ','.repeat(MIB2), '\r\n'],
    ['separators only inside a quote never closed', `"${','.repeat(MIB2)}`, '\n', QUOTE],
  ])('%s: one rejected row on its own line, every other row kept with its line', async (_name, field, nl, reason = LONG) => {
    const input = ['handle,followers', 'a,1', `${field},5`, '', 'b,2', '"c\nd",3', 'e,4'].join(nl) + nl;
    for (const sizes of [undefined, [65_536], [7_777, 100_003]]) {
      const run = await readAll('r.csv', input, sizes);
      expect(run.error).toBeUndefined();
      expect(run.bad).toEqual([[3, reason]]);
      expect(run.records).toEqual([[2, ['a', '1']], [5, ['b', '2']], [6, ['c\nd', '3']], [8, ['e', '4']]]);
    }
  });

  it('as the last record, without a final newline', async () => {
    const run = await readAll('r.csv', `handle,followers\na,1\nb,${'9'.repeat(MIB2)}`);
    expect(run.records).toEqual([[2, ['a', '1']]]);
    expect(run.bad).toEqual([[3, expect.stringMatching(/: skipped( to the end of the input)?$/)]]);
  });

  // regression: the quote swallowed the lines up to the limit (3–44528 of a roster), reported as one rejected row:
  // some 50,000 rows neither read nor counted
  it('a quote never closed costs its own line: the rows after it are all read, with their lines', async () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => `r${i},${i}`);
    for (const sizes of [undefined, [7_777, 100_003]]) {
      const run = await readAll('r.csv', `handle,followers\na,1\n"b,2\n${rows.join('\n')}\n`, sizes);
      expect(run.error).toBeUndefined();
      expect(run.bad).toEqual([[3, 'a quote opened on this line (character 1, "handle" field) is never closed within the 1048576-byte record limit: only this line is rejected; reading resumes on line 4']]);
      expect(run.records).toHaveLength(200_001);
      expect(run.records[0]).toEqual([2, ['a', '1']]);
      expect(run.records[1]).toEqual([4, ['r0', '0']]);
      expect(run.records.every(([line, fields], i) => i === 0 || (line === i + 3 && fields[0] === `r${i - 1}`))).toBe(true);
    }
  });

  it('two in a row, then blank lines: each reported once, lines still right', async () => {
    const long = 'y'.repeat(MAX_RECORD_BYTES + 10);
    const run = await readAll('r.csv', `h,f\n${long}\n${long}\n\n\nz,1\n`);
    expect(run.bad.map(([line]) => line)).toEqual([2, 3]);
    expect(run.records).toEqual([[6, ['z', '1']]]);
  });

  it('in UTF-16: the limit applies to the decoded text, lines still right', async () => {
    const text = `h\tf\r\na\t1\r\n${'é'.repeat(MAX_RECORD_BYTES)}\t2\r\nb\t3\r\n`;
    const run = await readAll('r.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(run.bad.map(([line]) => line)).toEqual([3]);
    expect(run.records).toEqual([[2, ['a', '1']], [4, ['b', '3']]]);
  });

  it('as the header: a clear UserError, not a phantom row', async () => {
    const run = await readAll('r.csv', `${'h'.repeat(MIB2)},f\na,1\n`);
    expect(run.error).toBeInstanceOf(UserError);
    expect(run.error?.message).toMatch(/^r\.csv:1: the first record is longer than 1048576 bytes/);
    expect(run.bad).toEqual([]);
    expect(run.records).toEqual([]);
  });
});

describe('readCsv: sep= lines', () => {
  it.each<[string, string]>([
    ['CR only', 'sep=;\rh;f\ra;1\rb;2\r'],
    ['CRLF', 'sep=;\r\nh;f\r\na;1\r\nb;2\r\n'],
    ['LF', 'sep=;\nh;f\na;1\nb;2\n'],
    ['quoted, CR only', '"sep=;"\rh;f\ra;1\rb;2'],
  ])('%s', async (_name, input) => {
    for (const sizes of [undefined, [1], [5, 2]]) {
      const run = await readAll('r.csv', input, sizes);
      expect(run.error).toBeUndefined();
      expect(run.head).toMatchObject({ delimiter: ';', header: ['h', 'f'], headerLine: 2 });
      expect(run.records).toEqual([[3, ['a', '1']], [4, ['b', '2']]]);
    }
  });

  it('a sep= line and nothing else has no header', async () => {
    expect((await readAll('r.csv', 'sep=;\r')).error?.message).toBe('r.csv: has no header line');
  });
});

describe('readCsv: ragged rows and blank lines stay cheap', () => {
  // regression: csv-parse built and threw away an error object per record whose field count differed from the
  // first record's: 300,000 rows with a trailing comma took 5.8 s to parse instead of 0.2 s. Counted, not timed:
  // the stack traces captured while parsing (an Error each) must not grow with the rows.
  it.each([['plain lines', 'h,f'], ['csv-parse (a quoted header)', 'h,"f"']])('200,000 ragged rows and 200,000 blank lines, %s: no error object per row', async (_path, header) => {
    const input = `${header}\n${'a,1,\n\n'.repeat(200_000)}`;
    const capture = Error.captureStackTrace;
    let captured = 0;
    Error.captureStackTrace = (...args: Parameters<typeof capture>) => {
      captured++;
      capture(...args);
    };
    let run: Awaited<ReturnType<typeof readAll>>;
    try {
      run = await readAll('r.csv', input);
    } finally {
      Error.captureStackTrace = capture;
    }
    expect(captured).toBeLessThan(10);
    expect(run.records).toHaveLength(200_000);
    expect(run.records[199_999]).toEqual([400_000, ['a', '1', '']]);
  });
});

describe('readCsv: the input is released, whatever happens', () => {
  /** An endless source that counts the chunks it was asked for and whether it was destroyed. */
  function endless(first: string, then: string): { stream: Readable; pulled: () => number } {
    let pulled = 0;
    const stream = new Readable({
      read() {
        pulled++;
        this.push(pulled === 1 ? first : then.repeat(1000));
      },
    });
    return { stream, pulled: () => pulled };
  }

  it('a handler that throws on the header stops the reading of an endless input', async () => {
    const src = endless('id,title\n', 'x,y\n');
    const error = await readCsv({ name: '<stdin>', open: () => src.stream }, {
      onHead: () => {
        throw new UserError('<stdin>: columns not recognised');
      },
      onRecord: () => undefined,
      onBadRecord: () => undefined,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(src.stream.destroyed).toBe(true);
    expect(src.pulled()).toBeLessThan(100);
  });

  it('a handler that throws does not wait for a silent stdin to say something', async () => {
    const silent = new Readable({ read() {} });
    silent.push('id,title\nx,y\n');
    const error = await readCsv({ name: '<stdin>', open: () => silent }, {
      onHead: () => {
        throw new UserError('<stdin>: columns not recognised');
      },
      onRecord: () => undefined,
      onBadRecord: () => undefined,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(silent.destroyed).toBe(true);
  });

  it('binary input: the stream is closed after the sniffed head', async () => {
    const src = endless('\x00\x01\x02\x03', '\x00\x00\x00\x00');
    const error = await readCsv({ name: 'x.bin', open: () => src.stream }, { onHead: () => undefined, onRecord: () => undefined, onBadRecord: () => undefined }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^x\.bin: looks binary/);
    expect(src.stream.destroyed).toBe(true);
  });

  it('a read error is a UserError naming the input, not a stack', async () => {
    const failing = new Readable({
      read() {
        this.destroy(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO', syscall: 'read' }));
      },
    });
    const error = await readCsv({ name: 'disk.csv', open: () => failing }, { onHead: () => undefined, onRecord: () => undefined, onBadRecord: () => undefined }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toBe('disk.csv: cannot read (EIO: i/o error, read)');
  });
});

describe('readCsv: a slow stdin', () => {
  it('is sniffed on its first lines when it pauses, and its records come as they arrive', async () => {
    // Order, not seconds: each push waits until the records before it were seen, with the stream still open. A
    // reader that held them until more came (or the end) never gets there, and the test times out.
    const stream = new Readable({ read() {} });
    const seen: string[] = [];
    const waiting = new Map<string, () => void>();
    const see = (entry: string) => {
      seen.push(entry);
      waiting.get(entry)?.();
    };
    const seenNow = (entry: string) => (seen.includes(entry) ? Promise.resolve() : new Promise<void>((r) => void waiting.set(entry, r)));
    stream.push('handle,followers\na,1\n');
    const done = readCsv({ name: '<stdin>', open: () => stream }, {
      onHead: (h) => see(`head ${h.header.join('|')}`),
      onRecord: (f, line) => see(`${line}:${f.join('|')}`),
      onBadRecord: () => undefined,
    });
    await seenNow('2:a|1');
    seen.push('pushed b');
    stream.push('b,2\n');
    await seenNow('3:b|2');
    seen.push('pushed c');
    stream.push('c,3\n');
    stream.push(null);
    await done;
    // plain lines come as soon as their line break does (csv-parse, for quoted input, holds a record's last bytes
    // until more come: is a CR followed by an LF?)
    expect(seen).toEqual(['head handle|followers', '2:a|1', 'pushed b', '3:b|2', 'pushed c', '4:c|3']);
  });
});

describe('sniffEncoding after a UTF-8 BOM', () => {
  // regression (fuzz seed 1191757607): the BOM returned 'utf-8' before any byte was looked at, so NULs went through
  it('NULs still mean binary; plain text is still UTF-8 with a 3-byte BOM', () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    expect(sniffEncoding(Buffer.concat([bom, Buffer.from('handle,followers\na\u0000b,1\n')]))).toMatchObject({ ok: false, reason: expect.stringMatching(/^looks binary/) });
    expect(sniffEncoding(Buffer.concat([bom, Buffer.from('handle,followers\n')]))).toEqual({ ok: true, encoding: 'utf-8', bomLength: 3 });
    expect(sniffEncoding(Buffer.concat([bom, Buffer.from('h\u0000a\u0000n\u0000')]))).toMatchObject({ ok: false });
  });
});
