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

export function safeText(s: string): string {
  return s.replace(UNSAFE, escapeChar);
}

/**
 * A CSV cell a spreadsheet will not run: a leading = + - @ tab or CR makes Excel and LibreOffice read a formula
 * (`=HYPERLINK(...)`), so such cells get a leading apostrophe (OWASP CSV injection guidance). Quoting follows RFC 4180.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  let s = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  s = s.replace(UNSAFE, (ch) => (ch === '\n' ? '\n' : escapeChar(ch)));
  return /[",\n\r]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
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
