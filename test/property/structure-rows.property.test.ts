import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../fuzz/cli-harness.js';
import { tempFiles } from '../temp-files.js';

/**
 * A roster with lines that are no data inserted at random places: its header again (as `cat` joins two exports:
 * other case, a byte order mark, a trailing separator), titles, notes and footers, blank lines; and, in the second
 * property, a second table. Whatever the places, rows read = used + rejected, every data row before a second table
 * is an account, and nothing inserted is one.
 */
const file = tempFiles('structure-property');

interface Doc {
  accounts: { handle: string; followers: number | null }[];
  rejected: { line: number; reason: string; expected?: true }[];
  summary: { rows: { read: number; used: number; rejected: number }; gate: { failedRows: number } };
}

const HEADERS = ['handle,followers,avg likes', 'Username,Followers,Avg likes', 'Compte,Abonnés,Likes moyens'];
const NOTES = [
  'Exported with Modash (modash.io) on 03/04/2025,,',
  '"Engagement rate = average likes / followers",,',
  'Notes:,,',
  'TikTok,,',
  'Instagram',
  'Source: HypeAuditor, March 2025,,',
  'Page 2 of 3',
];
type Extra = { kind: 'header'; variant: number } | { kind: 'note'; text: string } | { kind: 'blank' };

const extra: fc.Arbitrary<Extra> = fc.oneof(
  fc.integer({ min: 0, max: 3 }).map((variant) => ({ kind: 'header' as const, variant })),
  fc.constantFrom(...NOTES).map((text) => ({ kind: 'note' as const, text })),
  fc.constant({ kind: 'blank' as const }),
);

function headerAgain(header: string, variant: number): string {
  if (variant === 1) return header.toUpperCase();
  if (variant === 2) return `\uFEFF${header}`;
  if (variant === 3) return `${header},`;
  return header;
}

interface Roster {
  text: string;
  /** The handles of the data rows, in order, with the line of each. */
  data: { handle: string; line: number }[];
  /** Lines of inserted rows that are counted as rows (blank lines are not). */
  inserted: number[];
  /** Where a second table's header is, when there is one. */
  second?: number;
}

function roster(withSecondTable: boolean): fc.Arbitrary<Roster> {
  return fc
    .record({
      header: fc.constantFrom(...HEADERS),
      eol: fc.constantFrom('\n', '\r\n'),
      rows: fc.array(fc.tuple(fc.integer({ min: 1000, max: 2_000_000 }), fc.integer({ min: 1, max: 900 })), { minLength: 1, maxLength: 12 }),
      extras: fc.array(fc.tuple(fc.nat(), extra), { maxLength: 8 }),
      second: withSecondTable ? fc.nat().map((n) => n) : fc.constant(undefined),
    })
    .map(({ header, eol, rows, extras, second }) => {
      const lines: ({ data: string; handle: string } | { extra: Extra } | { second: true })[] = rows.map(([f, l], i) => ({ data: `acct.${i},${f},${l}`, handle: `acct.${i}` }));
      for (const [at, e] of extras) lines.splice(at % (lines.length + 1), 0, { extra: e });
      if (second !== undefined) lines.splice(second % (lines.length + 1), 0, { second: true });
      const out: Roster = { text: `${header}${eol}`, data: [], inserted: [] };
      let line = 2;
      for (const l of lines) {
        if ('data' in l) {
          out.text += l.data + eol;
          if (out.second === undefined) out.data.push({ handle: l.handle, line });
          else out.inserted.push(line);
        } else if ('second' in l) {
          out.text += `handle,followers,avg views,avg likes${eol}`;
          out.second = line;
          out.inserted.push(line);
        } else if (l.extra.kind === 'blank') {
          out.text += eol;
        } else {
          out.text += (l.extra.kind === 'header' ? headerAgain(header, l.extra.variant) : l.extra.text) + eol;
          out.inserted.push(line);
        }
        line++;
      }
      return out;
    });
}

async function run(r: Roster, name: string): Promise<Doc> {
  const res = await runInProcess(['score', file(name, r.text), '--platform', 'instagram', '--format', 'json', '--strict']);
  return JSON.parse(res.stdout) as Doc;
}

describe('lines that are no data, anywhere in a roster', () => {
  it('repeated headers, titles, notes and footers: rejected as expected, every data row an account', async () => {
    await fc.assert(
      fc.asyncProperty(roster(false), async (r) => {
        const doc = await run(r, 'inserted.csv');
        const { read, used, rejected } = doc.summary.rows;
        expect(read).toBe(used + rejected);
        expect(doc.accounts.map((a) => a.handle)).toEqual(r.data.map((d) => d.handle));
        expect(doc.rejected.map((x) => x.line)).toEqual(r.inserted);
        expect(doc.rejected.every((x) => x.expected === true)).toBe(true);
        expect(doc.summary.gate.failedRows).toBe(0);
      }),
      { numRuns: 40 },
    );
  });

  it('a second table: it and every row after it rejected and counted, nothing after it an account', async () => {
    await fc.assert(
      fc.asyncProperty(roster(true), async (r) => {
        const doc = await run(r, 'second.csv');
        const { read, used, rejected } = doc.summary.rows;
        expect(read).toBe(used + rejected);
        expect(doc.accounts.map((a) => a.handle)).toEqual(r.data.map((d) => d.handle));
        expect(doc.rejected.map((x) => x.line)).toEqual(r.inserted);
        const lost = doc.rejected.filter((x) => x.line >= r.second!);
        expect(lost.every((x) => x.expected === undefined && x.reason.includes(`own header on line ${r.second}`))).toBe(true);
        expect(doc.summary.gate.failedRows).toBe(lost.length);
      }),
      { numRuns: 40 },
    );
  });
});
