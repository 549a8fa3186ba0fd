// Formatting shared by every section: numbers are written the same way everywhere so the report diffs cleanly.

/** Escapes text from the data or the CLI so a handle like `_a_` or a message with `|` cannot break a table. */
export const esc = (text) => String(text).replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|]/g, '\\$&');

export const code = (text) => `\`${String(text).replaceAll('`', "'")}\``;

export const int = (n) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '–');

export const fixed = (x, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : '–');

export const pct = (k, n) => (n > 0 ? `${((100 * k) / n).toFixed(1)} %` : '–');

/** "12.5 % (11/88)": the share and the counts it comes from, so small denominators show. */
export const share = (k, n) => (n > 0 ? `${pct(k, n)} (${k}/${n})` : '–');

export function truncate(text, max = 240) {
  const s = String(text);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

export function table(headers, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}
