import fc from 'fast-check';

/**
 * CSV-ish bytes as hostile exports produce them: recognisable or meaningless headers, ragged rows, broken quoting,
 * odd line ends, BOMs and UTF-16, NUL bytes, invalid UTF-8, absurd numbers and dates, terminal escapes, formulas.
 */

export const NUMBERISH = [
  '0', '-0', '1e309', '-1e309', '1e-309', 'NaN', 'nan', 'Infinity', '-Infinity', '∞', '12k', '1.2M', '3,4B', '1,234',
  '1 234', '12,5', '1.234.567', '0x1F', '0b11', '1e3', '.5', '5.', '--1', '+7', '-5', '1_000', '١٢٣', '½', '  42  ',
  '999999999999999999999999999999', '9007199254740993', '-9007199254740993', '1e21', '00012', '12%', '%', 'n/a', '-', '',
];
export const DATEISH = [
  '0000-00-00', '2026-02-30', '2026-13-01', '9999-12-31', '0001-01-01', '1970-01-01', '2026-03-02', '31/12/2026',
  '12/31/2026', '02/03/2026', 'August 31', '31 août', '2026-01-01T25:61:61Z', '-001-01-01', '2026-1-1', '20260302',
  'Lifetime', 'Total', '',
];
export const HOSTILE = [
  'evil\x1b[31mred\x1b[0m', '\x1b]0;pwned\x07', '\x1b[2J\x1b[H', '\u202egnp.cod', '\u2066iso\u2069', '\u2067r\u2068f\u2069',
  'zero\u200bwidth', 'j\u200d\u200coin', '\u2060wj', '=1+1', '=HYPERLINK("http://x","c")', '+cmd', '@sum(1)', '-2+3',
  '\ttab', '\rcr', 'bell\x07', 'nul\x00byte', 'del\x7f', '\x85nel', '<script>x</script>', '|pipe|', '`tick`', '**b**',
  'line\u2028sep', '\ufeffbom', 'é😀', '\ud800lone', 'a"b', '"', '""', "'", ',', ';', '\t', 'multi\nline', 'cr\ronly',
];
export const ROSTER_HEADERS = [
  'handle', 'username', 'Compte', 'followers', 'Nb abonnés', 'subscribers', 'following', 'avg likes', 'avg comments',
  'avg views', 'avg shares', 'posts', 'engagement rate', 'platform', 'verified', 'name',
];
const HISTORY_HEADERS = ['date', 'handle', 'platform', 'followers', 'following', 'gained', 'lost', 'net change', 'event'];
const FOLLOWER_HEADERS = ['username', 'followers', 'following', 'posts', 'has_profile_pic', 'is_private', 'bio', 'external url', 'verified', 'influencer', 'username_digits', 'created_at'];
const POSTS_HEADERS = ['publish time', 'account username', 'likes', 'comments', 'shares', 'views', 'impressions', 'permalink', 'post id', 'followers'];

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const randomText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: fc.constantFrom(',', ';', '\t', '|', '"', '\n', '\r', 'a', '1', ' '), maxLength: 10 }),
);

/** One header: a roster, a long or wide history, a posts export, noise, or nothing. */
export const headerArb: fc.Arbitrary<string[]> = fc.oneof(
  fc.tuple(pick(['handle', 'username', 'Compte']), pick(['followers', 'Nb abonnés', 'subscribers']), fc.subarray(ROSTER_HEADERS.slice(6)))
    .chain(([h, f, rest]) => fc.shuffledSubarray([h, f, ...rest], { minLength: rest.length + 2 })),
  fc.subarray(HISTORY_HEADERS.slice(1)).map((rest) => ['date', ...rest]),
  fc.array(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 4 }).map((accounts) => ['date', ...accounts]),
  fc.subarray(POSTS_HEADERS.slice(1), { minLength: 1 }).map((rest) => ['publish time', ...rest]),
  fc.shuffledSubarray(FOLLOWER_HEADERS, { minLength: 2 }),
  fc.array(fc.oneof(randomText, pick(HOSTILE)), { maxLength: 6 }),
  fc.constant([] as string[]),
  fc.constant(['']).map((h) => [...h]),
);

const longField = fc.tuple(fc.integer({ min: 60_000, max: 110_000 }), pick(['x', '9', '"', ',', '\n', 'é'])).map(([n, ch]) => ch.repeat(n));

export const cellArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: pick(NUMBERISH) },
  { weight: 2, arbitrary: fc.integer({ min: -1, max: 5_000_000 }).map(String) },
  { weight: 3, arbitrary: pick(DATEISH) },
  { weight: 3, arbitrary: pick(HOSTILE) },
  { weight: 3, arbitrary: randomText },
  { weight: 2, arbitrary: pick(['instagram', 'tiktok', 'youtube', 'x', 'myspace', 'yes', 'no', 'Non vérifié', 'true']) },
);

export interface CsvShape {
  header: string[];
  rows: string[][];
  delimiter: string;
  lineEnd: 'lf' | 'crlf' | 'cr' | 'mixed';
  quoting: 'rfc' | 'always' | 'never' | 'sloppy';
  sepLine: boolean;
  finalNewline: boolean;
  blankLines: number[];
}

const validCount = fc.oneof(fc.integer({ min: 0, max: 5_000_000 }).map(String), fc.integer({ min: 1000, max: 999_999 }).map((n) => `${(n / 1000).toFixed(1)}K`));
const handleArb = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^@?[a-z0-9._]{1,15}$/) },
  { weight: 3, arbitrary: fc.tuple(fc.stringMatching(/^[a-z]{1,6}$/), pick(HOSTILE)).map(([a, b]) => a + b) },
  { weight: 1, arbitrary: randomText },
);

/** A cell for a column, mostly of the column's own type so that runs get past the header and rows are scored. */
function columnCell(header: string | undefined): fc.Arbitrary<string> {
  const h = (header ?? '').toLowerCase();
  if (/handle|username|compte|name/.test(h)) return fc.oneof({ weight: 5, arbitrary: handleArb }, { weight: 1, arbitrary: cellArb });
  if (/date|time/.test(h)) return fc.oneof({ weight: 3, arbitrary: fc.date({ min: new Date('2024-01-01'), max: new Date('2026-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) }, { weight: 2, arbitrary: pick(DATEISH) }, { weight: 1, arbitrary: cellArb });
  if (/platform/.test(h)) return fc.oneof({ weight: 4, arbitrary: pick(['instagram', 'tiktok', 'youtube', 'x', '']) }, { weight: 1, arbitrary: cellArb });
  if (/verified|has_|is_|private/.test(h)) return pick(['yes', 'no', 'true', '', 'Non vérifié', 'maybe', '1', '0']);
  if (/follow|abonn|subscr|like|comment|view|share|post|gained|lost|net|rate|impression/.test(h)) return fc.oneof({ weight: 5, arbitrary: validCount }, { weight: 2, arbitrary: pick(NUMBERISH) }, { weight: 1, arbitrary: cellArb });
  return cellArb;
}

const rowArb = (header: readonly string[]) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.tuple(...header.map(columnCell)).map((cells) => [...cells]) },
    { weight: 1, arbitrary: fc.array(cellArb, { minLength: Math.max(0, header.length - 2), maxLength: header.length + 2 }) },
  );

export interface InputOptions {
  maxRows?: number;
  longFields?: boolean;
  /** No byte damage and RFC quoting: inputs that mostly get past the header, for the few spawned runs. */
  clean?: boolean;
}

export const shapeArb = (opts: InputOptions = {}): fc.Arbitrary<CsvShape> =>
  headerArb.chain((header) =>
    fc.record({
      header: fc.constant(header),
      rows: fc.array(opts.longFields ? fc.oneof({ weight: 9, arbitrary: rowArb(header) }, { weight: 1, arbitrary: fc.tuple(rowArb(header), longField).map(([r, l]) => [...r, l]) }) : rowArb(header), { maxLength: opts.maxRows ?? 12 }),
      delimiter: fc.oneof({ weight: 8, arbitrary: pick([',', ';', '\t', '|']) }, { weight: 1, arbitrary: pick([':', ' ', '"', '\n', 'a', '\x00']) }),
      lineEnd: pick(['lf', 'crlf', 'cr', 'mixed'] as const),
      quoting: opts.clean ? fc.constant<CsvShape['quoting']>('rfc') : fc.oneof({ weight: 4, arbitrary: fc.constant<CsvShape['quoting']>('rfc') }, { weight: 1, arbitrary: pick(['always', 'never', 'sloppy'] as const) }),
      sepLine: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
      finalNewline: fc.boolean(),
      blankLines: fc.array(fc.nat(20), { maxLength: 3 }),
    }),
  );

function quote(cell: string, delimiter: string, quoting: CsvShape['quoting'], salt: number): string {
  const needs = cell.includes(delimiter) || /["\r\n]/.test(cell);
  const q = () => `"${cell.replace(/"/g, '""')}"`;
  switch (quoting) {
    case 'always': return q();
    case 'never': return cell;
    case 'rfc': return needs ? q() : cell;
    case 'sloppy': return salt % 5 === 0 ? `"${cell}` : salt % 5 === 1 ? `${cell}"x` : needs ? q() : cell;
  }
}

export function renderShape(s: CsvShape): string {
  const ends = { lf: ['\n'], crlf: ['\r\n'], cr: ['\r'], mixed: ['\n', '\r\n', '\r'] }[s.lineEnd];
  const lines = [s.header, ...s.rows].map((cells, i) => cells.map((c, j) => quote(c, s.delimiter, s.quoting, i * 7 + j)).join(s.delimiter));
  for (const at of s.blankLines) lines.splice(Math.min(at, lines.length), 0, '');
  if (s.sepLine) lines.unshift(`sep=${s.delimiter}`);
  let out = '';
  lines.forEach((l, i) => {
    out += l;
    if (i < lines.length - 1 || s.finalNewline) out += ends[i % ends.length]!;
  });
  return out;
}

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le-bom' | 'utf-16be-bom' | 'utf-16le' | 'latin1';

export function encode(text: string, enc: Encoding): Buffer {
  switch (enc) {
    case 'utf-8': return Buffer.from(text, 'utf8');
    case 'utf-8-bom': return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le-bom': return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16le': return Buffer.from(text, 'utf16le');
    case 'utf-16be-bom': return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    case 'latin1': return Buffer.from(text, 'latin1');
  }
}

/** Byte-level damage applied after encoding: NULs, invalid UTF-8, truncation, random bytes. */
export type Mutation = { at: number; kind: 'nul' | 'invalid-utf8' | 'surrogate' | 'truncate' | 'byte'; byte: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  kind: pick(['nul', 'invalid-utf8', 'surrogate', 'truncate', 'byte'] as const),
  byte: fc.integer({ min: 0, max: 255 }),
});

export function mutate(bytes: Buffer, ms: readonly Mutation[]): Buffer {
  let b = bytes;
  for (const m of ms) {
    const at = b.length === 0 ? 0 : m.at % (b.length + 1);
    const insert = (x: number[]) => Buffer.concat([b.subarray(0, at), Buffer.from(x), b.subarray(at)]);
    if (m.kind === 'nul') b = insert([0]);
    else if (m.kind === 'invalid-utf8') b = insert([[0xff], [0xc3], [0xe2, 0x82], [0x80], [0xf8, 0x88, 0x80, 0x80, 0x80]][m.byte % 5]!);
    else if (m.kind === 'surrogate') b = insert([0xed, 0xa0, 0x80]);
    else if (m.kind === 'truncate') b = b.subarray(0, at);
    else b = insert([m.byte]);
  }
  return b;
}

export interface FuzzInput {
  shape: CsvShape;
  encoding: Encoding;
  mutations: Mutation[];
  bytes: Buffer;
  /** How stdin is cut into chunks. */
  chunkSizes: number[];
}

export const inputArb = (opts: InputOptions = {}): fc.Arbitrary<FuzzInput> =>
  fc
    .record({
      shape: shapeArb(opts),
      encoding: fc.oneof({ weight: 6, arbitrary: fc.constant<Encoding>('utf-8') }, { weight: 4, arbitrary: pick<Encoding>(['utf-8-bom', 'utf-16le-bom', 'utf-16be-bom', 'utf-16le', 'latin1']) }),
      mutations: opts.clean ? fc.constant([] as Mutation[]) : fc.oneof({ weight: 5, arbitrary: fc.constant([] as Mutation[]) }, { weight: 2, arbitrary: fc.array(mutationArb, { minLength: 1, maxLength: 4 }) }),
      chunkSizes: fc.oneof(fc.constant([1 << 16]).map((c) => [...c]), fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 6 }), fc.array(fc.integer({ min: 100, max: 70_000 }), { minLength: 1, maxLength: 3 })),
    })
    .map((r) => ({ ...r, bytes: mutate(encode(renderShape(r.shape), r.encoding), r.mutations) }));

/** Splits bytes into chunks of the given sizes, cycling; at most ~2000 chunks so tiny sizes stay fast. */
export function chunks(bytes: Buffer, sizes: readonly number[]): Buffer[] {
  const minSize = Math.ceil(bytes.length / 2000);
  const out: Buffer[] = [];
  for (let i = 0, k = 0; i < bytes.length; k++) {
    const n = Math.max(minSize, sizes[k % sizes.length] ?? 1, 1);
    out.push(bytes.subarray(i, i + n));
    i += n;
  }
  return out;
}

/** Flags a run may be given, alone or together: gates, date order, platform, explain, post selection. */
export const flagsArb: fc.Arbitrary<string[]> = fc
  .subarray([
    ['--fail-on', 'suspicious'], ['--fail-on', 'likely-fake'], ['--min-score', '50'], ['--explain'], ['--dates', 'dmy'],
    ['--dates', 'mdy'], ['--platform', 'tiktok'], ['--year', '2024'], ['--posts', '3'], ['--since', '2025-01-01'],
    ['--handle', 'fuzz.account'], ['--norms', 'generic-1-5'],
  ], { maxLength: 3 })
  .map((groups) => groups.flat());
