/**
 * Text in a terminal cell: its width in columns, word wrapping, truncation with "…", and colour carried across
 * wrapped lines. These follow cli-table3 0.6's rules (utils.js: strlen, wordWrap, truncate, colorizeLines), so the
 * table keeps its look, but each runs in time linear in its text: cli-table3 measures a cell's whole content again
 * for every line it draws and truncates by removing one character at a time: minutes for one long cell. Text reaching here is escaped already (safeText): the only escapes are chalk's SGR codes.
 */

/** An SGR sequence as cli-table3 recognises one (colour and style, `\x1b[1m`, `\x1b[22m`). */
const SGR = /\x1b\[(?:\d*;){0,5}\d*m/g;
const SGR_PARTS = () => /\x1b\[((?:\d*;){0,5}\d*)m/g;

/**
 * One glyph as string-width 4 counts it: a keycap, a pictograph with its emoji variation selector or skin tone, an
 * emoji (two columns each), or any single code point.
 */
const GLYPH = /[#*0-9]\ufe0f?\u20e3|\p{Extended_Pictographic}\ufe0f\p{Emoji_Modifier}?|\p{Emoji_Presentation}\p{Emoji_Modifier}?|[^]/gu;
const EMOJI_START = /^(?:[#*0-9]\ufe0f?\u20e3|\p{Extended_Pictographic}\ufe0f|\p{Emoji_Presentation})/u;

/** East Asian wide and fullwidth code points (is-fullwidth-code-point 3, used by string-width 4). */
function fullwidth(c: number): boolean {
  return c >= 0x1100 && (c <= 0x115f || c === 0x2329 || c === 0x232a || (c >= 0x2e80 && c <= 0x3247 && c !== 0x303f) ||
    (c >= 0x3250 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0xa4c6) || (c >= 0xa960 && c <= 0xa97c) || (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe10 && c <= 0xfe19) || (c >= 0xfe30 && c <= 0xfe6b) || (c >= 0xff01 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x1b000 && c <= 0x1b001) || (c >= 0x1f200 && c <= 0x1f251) || (c >= 0x20000 && c <= 0x3fffd));
}

function glyphWidth(g: string): number {
  const c = g.codePointAt(0)!;
  if (g.length > 2 || (g.length === 2 && c <= 0xffff) || (c > 0xff && EMOJI_START.test(g))) return 2;
  if (c <= 0x1f || (c >= 0x7f && c <= 0x9f) || (c >= 0x300 && c <= 0x36f)) return 0;
  return fullwidth(c) ? 2 : 1;
}

function printableAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

/** Columns `s` takes on one line, colour codes not counted. */
export function displayWidth(s: string): number {
  if (printableAscii(s)) return s.length;
  const plain = s.includes('\x1b') ? s.replace(SGR, '') : s;
  const simple = singleCodeUnitWidth(plain);
  if (simple !== -1) return simple;
  let w = 0;
  for (const [g] of plain.matchAll(GLYPH)) w += glyphWidth(g);
  return w;
}

/**
 * Widths of single BMP code points, learnt from glyphWidth as they are met (0: not yet, else width + 1). A reason's
 * en dash or arrow sent every word through the glyph regex, most of a table's time (docs/performance.md).
 */
const CODE_UNIT_WIDTH = new Uint8Array(0x10000);

/**
 * The width of `s` when each of its code units is a glyph of its own: no surrogate pair and none of the marks that
 * join code points into one glyph (variation selector 16, keycap). -1 otherwise, for the glyph regex to decide.
 */
function singleCodeUnitWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) {
      w++;
      continue;
    }
    if ((c >= 0xd800 && c <= 0xdfff) || c === 0xfe0f || c === 0x20e3) return -1;
    let known = CODE_UNIT_WIDTH[c]!;
    if (known === 0) CODE_UNIT_WIDTH[c] = known = glyphWidth(String.fromCharCode(c)) + 1;
    w += known - 1;
  }
  return w;
}

/** The longest start of `s` (no colour code in it) at most `columns` wide. */
function cutToWidth(s: string, columns: number): string {
  if (printableAscii(s)) return s.slice(0, columns);
  let w = 0;
  let end = 0;
  for (const m of s.matchAll(GLYPH)) {
    w += glyphWidth(m[0]);
    if (w > columns) break;
    end = m.index + m[0].length;
  }
  return s.slice(0, end);
}

/**
 * cli-table3's wordWrap, line by line: words (runs of non-space) are packed while they fit, the spaces between them
 * kept as they are; a word wider than the cell starts a line of its own. Quirks kept for the same look: leading
 * spaces are not counted, and a line that holds no visible character is dropped.
 *
 * A word wider than `breakAt` (the columns the cell can show, where `fitCell` would cut it with "…") is broken
 * across lines instead (breakWord), its last piece packed with the words after it: a handle has no space, and two
 * long handles cut at the same place looked identical. Without `breakAt` (text outside a box, where nothing cuts)
 * a long word stays whole.
 */
export function wrapWords(text: string, columns: number, breakAt = Infinity): string[] {
  const lines: string[] = [];
  for (const input of text.split('\n')) {
    const split = input.split(/(\s+)/g);
    let line: string[] = [];
    let lineLength = 0;
    let whitespace: string | undefined;
    for (let i = 0; i < split.length; i += 2) {
      const word = split[i]!;
      const wordLength = displayWidth(word);
      let newLength = lineLength + wordLength;
      if (lineLength > 0 && whitespace) newLength += whitespace.length;
      if (wordLength > breakAt) {
        if (lineLength !== 0) lines.push(line.join(''));
        const pieces = breakWord(word, breakAt);
        for (let p = 0; p < pieces.length - 1; p++) lines.push(pieces[p]!);
        const last = pieces[pieces.length - 1]!;
        line = [last];
        lineLength = displayWidth(last);
      } else if (newLength > columns) {
        if (lineLength !== 0) lines.push(line.join(''));
        line = [word];
        lineLength = wordLength;
      } else {
        line.push(whitespace ?? '', word);
        lineLength = newLength;
      }
      whitespace = split[i + 1];
    }
    if (lineLength) lines.push(line.join(''));
  }
  return lines;
}

/**
 * What a word may be broken between: a colour code and an escape safeText wrote (`\x1b`, `\u202e`, `\u{e0041}`)
 * are each one piece, and the rest is cut into graphemes (a letter with its accents, an emoji with its skin tone,
 * a flag), never into code units.
 */
const UNBREAKABLE = /\x1b\[(?:\d*;){0,5}\d*m|\\x[0-9a-f]{2}|\\u\{[0-9a-f]+\}|\\u[0-9a-f]{4}/g;
const GRAPHEMES = new Intl.Segmenter('en', { granularity: 'grapheme' });

function* wordUnits(word: string): Generator<string> {
  let from = 0;
  for (const m of word.matchAll(UNBREAKABLE)) {
    if (m.index > from) yield* graphemes(word.slice(from, m.index));
    yield m[0];
    from = m.index + m[0].length;
  }
  if (from < word.length) yield* graphemes(word.slice(from));
}

/** Printable ASCII is one grapheme a character, without the segmenter: 100,000 long handles took 1.6 times as long. */
function* graphemes(s: string): Generator<string> {
  if (printableAscii(s)) yield* s;
  else for (const g of GRAPHEMES.segment(s)) yield g.segment;
}

/** A line may end after one of these when it is still at least three quarters full: `maison.deco.` / `paris`. */
const BREAK_AFTER = new Set(['.', '_', '-']);

/**
 * `word` (wider than `columns`) in lines at most `columns` wide, their concatenation the word: each line is broken
 * after its last `.`, `_` or `-` when that leaves it at least three quarters full, else at the width. A colour code
 * stays on the line it follows, so a line never ends in half a code; a single piece wider than `columns` (a wide
 * character in a one-column cell) takes a line alone, for `fitCell` to cut.
 */
export function breakWord(word: string, columns: number): string[] {
  const lines: string[] = [];
  const nearEnough = columns - Math.floor(columns / 4);
  let line = '';
  let width = 0;
  let afterMark = -1; // where the line could end after a mark (an index in `line`), and its width there
  let markWidth = 0;
  for (const unit of wordUnits(word)) {
    const unitWidth = displayWidth(unit);
    if (unitWidth > 0 && width > 0 && width + unitWidth > columns) {
      if (afterMark > 0 && afterMark < line.length && markWidth >= nearEnough) {
        lines.push(line.slice(0, afterMark));
        line = line.slice(afterMark);
        width -= markWidth;
      }
      if (width > 0 && width + unitWidth > columns) {
        lines.push(line);
        line = '';
        width = 0;
      }
      afterMark = -1;
    }
    line += unit;
    width += unitWidth;
    if (BREAK_AFTER.has(unit)) {
      afterMark = line.length;
      markWidth = width;
    }
  }
  lines.push(line);
  return lines;
}

/** The styles cli-table3 carries from one line to the next (dim, code 2, is not one of them). */
const STYLE_ON: Readonly<Record<string, string>> = { bold: '\x1b[1m', italics: '\x1b[3m', underline: '\x1b[4m', inverse: '\x1b[7m', strikethrough: '\x1b[9m' };
const STYLE_CODES: Readonly<Record<string, { set: string; to: boolean }>> = {
  '\x1b[1m': { set: 'bold', to: true }, '\x1b[22m': { set: 'bold', to: false },
  '\x1b[3m': { set: 'italics', to: true }, '\x1b[23m': { set: 'italics', to: false },
  '\x1b[4m': { set: 'underline', to: true }, '\x1b[24m': { set: 'underline', to: false },
  '\x1b[7m': { set: 'inverse', to: true }, '\x1b[27m': { set: 'inverse', to: false },
  '\x1b[9m': { set: 'strikethrough', to: true }, '\x1b[29m': { set: 'strikethrough', to: false },
};
const STYLE_OFF: Readonly<Record<string, string>> = { bold: '\x1b[22m', italics: '\x1b[23m', underline: '\x1b[24m', inverse: '\x1b[27m', strikethrough: '\x1b[29m' };

interface StyleState {
  styles: Map<string, boolean>;
  foreground?: string;
  background?: string;
}

const emptyState = (): StyleState => ({ styles: new Map() });

function updateState(state: StyleState, code: string, params: string): void {
  const n = params ? parseInt(params.split(';')[0]!, 10) : 0;
  if ((n >= 30 && n <= 39) || (n >= 90 && n <= 97)) state.foreground = code;
  else if ((n >= 40 && n <= 49) || (n >= 100 && n <= 107)) state.background = code;
  else if (n === 0) {
    state.styles.clear();
    delete state.foreground;
    delete state.background;
  } else {
    const style = STYLE_CODES[code];
    if (style) state.styles.set(style.set, style.to);
  }
}

function readState(line: string): StyleState {
  const state = emptyState();
  for (const m of line.matchAll(SGR_PARTS())) updateState(state, m[0], m[1]!);
  return state;
}

/** Closes what `state` left open at the end of `line`. */
function unwind(state: StyleState, line: string): string {
  let out = line;
  for (const [style, on] of state.styles) if (on) out += STYLE_OFF[style];
  if (state.background && state.background !== '\x1b[49m') out += '\x1b[49m';
  if (state.foreground && state.foreground !== '\x1b[39m') out += '\x1b[39m';
  return out;
}

/** Reopens what the previous line left open at the start of `line`. */
function rewind(state: StyleState, line: string): string {
  let out = line;
  for (const [style, on] of state.styles) if (on) out = STYLE_ON[style] + out;
  if (state.background && state.background !== '\x1b[49m') out = state.background + out;
  if (state.foreground && state.foreground !== '\x1b[39m') out = state.foreground + out;
  return out;
}

/** Each wrapped line closes the styles it leaves open and the next reopens them (cli-table3's colorizeLines). */
export function colorizeLines(lines: readonly string[]): string[] {
  let state = emptyState();
  return lines.map((raw) => {
    const line = rewind(state, raw);
    state = readState(line);
    return unwind(state, line);
  });
}

/** `line` in exactly `columns` columns: cut with "…" when wider (styles closed before it), padded when narrower. */
export function fitCell(line: string, columns: number, align: 'left' | 'right'): string {
  let text = line;
  let width = displayWidth(line);
  if (width > columns) {
    text = `${cutWithColour(line, columns - 1)}…`;
    width = displayWidth(text);
  }
  const pad = ' '.repeat(Math.max(0, columns - width));
  return align === 'right' ? pad + text : text + pad;
}

/** cli-table3's truncateWidthWithAnsi: text and codes kept up to `columns` wide, then what is open closed. */
function cutWithColour(line: string, columns: number): string {
  const codes = SGR_PARTS();
  const pieces = line.split(SGR);
  const state = emptyState();
  let out = '';
  let width = 0;
  let i = 0;
  while (width < columns) {
    const code = codes.exec(line);
    let piece = pieces[i++] ?? '';
    if (width + displayWidth(piece) > columns) piece = cutToWidth(piece, columns - width);
    out += piece;
    width += displayWidth(piece);
    if (width < columns) {
      if (!code) break;
      out += code[0];
      updateState(state, code[0], code[1]!);
    }
  }
  return unwind(state, out);
}
