/**
 * Untrusted text from exports (handles, names, titles) must never reach a terminal raw: an ANSI escape can repaint
 * the screen, a right-to-left override can disguise a handle. Controls become visible escapes (`\x1b`, `\u202e`);
 * JSON keeps the exact text (JSON.stringify escapes controls itself).
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;

export function safeText(s: string): string {
  return s.replace(UNSAFE, (ch) => {
    const code = ch.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * A CSV cell a spreadsheet will not run: a leading = + - @ tab or CR makes Excel and LibreOffice read a formula
 * (`=HYPERLINK(...)`), so such cells get a leading apostrophe (OWASP CSV injection guidance). Quoting follows RFC 4180.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  let s = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  s = s.replace(UNSAFE, (ch) => (ch === '\n' ? '\n' : safeText(ch)));
  return /[",\n\r]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Text for a Markdown table cell: safe for the terminal, and no markup, HTML or cell breaks from the data. */
export function markdownText(s: string): string {
  return safeText(s).replace(/[\\`*_[\]<>|#~!]/g, (ch) => `\\${ch}`);
}
