/**
 * Untrusted text from exports (handles, names, titles) must never reach a terminal raw: an ANSI escape can repaint
 * the screen, a right-to-left override can disguise a handle, an invisible character can make two handles look the
 * same. Controls (C0, DEL, C1), every format character (bidi controls and isolates, zero-width spaces and joiners,
 * soft hyphen, BOM, invisible operators, tag characters), line and paragraph separators, lone surrogates and the
 * blank Hangul fillers become visible escapes (`\x1b`, `\u202e`, `\u{e0041}`); JSON keeps the exact text
 * (JSON.stringify escapes controls itself).
 */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\u115f\u1160\u3164\uffa0]/gu;

function escapeChar(ch: string): string {
  const code = ch.codePointAt(0)!;
  if (code <= 0xff) return `\\x${code.toString(16).padStart(2, '0')}`;
  return code <= 0xffff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\u{${code.toString(16)}}`;
}

/**
 * Whether `s` has nothing UNSAFE matches. The regex costs microseconds on a long message once it holds any
 * non-ASCII character (an en dash, an accent), and every message and handle of every account goes through here:
 * each BMP character is tested against UNSAFE alone once, and the verdict kept. Surrogates are left to the regex,
 * which sees them as pairs (a tag character) or alone (a lone surrogate, unsafe).
 */
const SAFE_CHAR = new Uint8Array(0x10000); // 0: not yet tested, 1: safe, 2: unsafe or a surrogate
const UNSAFE_ONE = new RegExp(UNSAFE.source, 'u');

function isSafe(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 0x20 && code < 0x7f) continue;
    let known = SAFE_CHAR[code]!;
    if (known === 0) {
      known = (code >= 0xd800 && code <= 0xdfff) || UNSAFE_ONE.test(String.fromCharCode(code)) ? 2 : 1;
      SAFE_CHAR[code] = known;
    }
    if (known === 2) return false;
  }
  return true;
}

export function safeText(s: string): string {
  return isSafe(s) ? s : s.replace(UNSAFE, escapeChar);
}

/**
 * A CSV cell a spreadsheet will not run: a leading = + - @ tab or CR makes Excel and LibreOffice read a formula
 * (`=HYPERLINK(...)`), so such cells get a leading apostrophe (OWASP CSV injection guidance). Quoting follows RFC 4180,
 * with `sep` the separator (`;` for French Excel). Line breaks are escaped like every control character (LF as `\x0a`,
 * as CR always was): one account, one line, for `grep`, `wc -l` and `head` as much as for a CSV parser.
 */
export function csvCell(value: string | number | null | undefined, sep = ','): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (sep !== ',') return csvCellSep(value, sep);
  // Most accounts' reasons are empty; the early return also keeps charCodeAt off '' (docs/performance.md).
  if (value === '') return '';
  const s = FORMULA_START.has(value.charCodeAt(0)) ? `'${value}` : value;
  // A safe cell has no control character, so no CR or LF: only a quote, a comma or outer spaces make it quoted.
  if (isSafe(s)) return s.includes('"') || s.includes(',') || hasOuterSpace(s) ? quoted(s) : s;
  const shown = s.replace(UNSAFE, escapeChar);
  return shown.includes('"') || shown.includes(',') || hasOuterSpace(shown) ? quoted(shown) : shown;
}

/** The same for another separator: the cell is quoted when it holds that separator (a comma needs no quotes then). */
function csvCellSep(value: string, sep: string): string {
  if (value === '') return '';
  const s = FORMULA_START.has(value.charCodeAt(0)) ? `'${value}` : value;
  const shown = isSafe(s) ? s : s.replace(UNSAFE, escapeChar);
  return shown.includes('"') || shown.includes(sep) || shown !== shown.trim() ? quoted(shown) : shown;
}

/** = + - @ tab CR */
const FORMULA_START = new Set([0x3d, 0x2b, 0x2d, 0x40, 0x09, 0x0d]);

function quoted(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** Whether trim() would change `s`; printable ASCII at both ends settles it without building the trimmed copy. */
function hasOuterSpace(s: string): boolean {
  const first = s.charCodeAt(0);
  const last = s.charCodeAt(s.length - 1);
  if (first > 0x20 && first < 0x7f && last > 0x20 && last < 0x7f) return false;
  return s !== s.trim();
}

/**
 * Text for a Markdown table cell: safe for the terminal, and no markup, HTML, entity (`&#x202e;` would render as a
 * real right-to-left override) or cell break from the data.
 */
export function markdownText(s: string): string {
  return safeText(s).replace(/[\\`*_[\]<>|#~!&]/g, (ch) => `\\${ch}`);
}

/** Several lines of text for a terminal: each line through safeText, the line breaks between them kept. */
export function safeLines(s: string): string {
  return s.split('\n').map(safeText).join('\n');
}
