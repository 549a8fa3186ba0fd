/** A scalar of a JSON document. */
export type JsonScalar = string | number | boolean | null;
/** Where a value sits: object keys and array indexes from the top. */
export type JsonPath = readonly (string | number)[];

export interface JsonScanHandlers {
  /**
   * Only values at most this deep are reported, and only their strings are kept: the rest of the document is checked
   * for syntax and skipped, so a document of any size costs what its shallow values do.
   */
  depth: number;
  /** A scalar at `path` (of at most `depth` items). */
  value(path: JsonPath, value: JsonScalar): void;
  /** The container at `path` (of fewer than `depth` items) was closed: an object `{}` or an array `[]`. */
  close?(path: JsonPath, kind: 'object' | 'array'): void;
}

/** Where a document stops being JSON: the line and column (from 1) and what was found there. */
export class JsonSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    what: string,
  ) {
    super(`${what} at line ${line}, column ${column}`);
  }
}

type ObjectState = 'key-or-close' | 'key' | 'colon' | 'value' | 'comma-or-close';
type ArrayState = 'value-or-close' | 'value' | 'comma-or-close';
type Frame = { kind: 'object'; state: ObjectState; key: string } | { kind: 'array'; state: ArrayState; index: number };

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const LITERALS: Readonly<Record<string, JsonScalar>> = { true: true, false: false, null: null };
const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * A streaming JSON reader (RFC 8259): text goes in by chunks, shallow scalars come out with their paths. Written for
 * `--baseline`, which needs four fields of each account of a document whose signals, messages and evidence can run
 * to gigabytes; JSON.parse would hold all of it at once.
 */
export class JsonScanner {
  private readonly stack: Frame[] = [];
  private top: 'value' | 'end' = 'value';
  private line = 1;
  private column = 0;
  /** The token being read, when a chunk ends inside one. */
  private token: { kind: 'string'; keep: boolean; key: boolean; text: string; escape: string | null } | { kind: 'word'; text: string } | null = null;

  constructor(private readonly h: JsonScanHandlers) {}

  write(chunk: string): void {
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk[i]!;
      if (ch === '\n') {
        this.line++;
        this.column = 0;
      } else this.column++;
      const t = this.token;
      if (t !== null && t.kind === 'string') {
        if (t.escape !== null) {
          this.escaped(t, ch);
          continue;
        }
        if (ch === '"') {
          this.token = null;
          this.stringDone(t.key, t.keep ? t.text : '');
          continue;
        }
        if (ch === '\\') {
          t.escape = '';
          continue;
        }
        if (ch.charCodeAt(0) < 0x20) this.fail('a control character inside a string');
        if (t.keep) t.text += ch;
        continue;
      }
      if (t !== null) {
        if (/[0-9a-zA-Z+\-.]/.test(ch)) {
          t.text += ch;
          continue;
        }
        this.token = null;
        this.word(t.text);
      }
      this.structural(ch);
    }
  }

  /** The document is complete: anything left open is an error. */
  end(): void {
    const t = this.token;
    if (t !== null && t.kind === 'word') {
      this.token = null;
      this.word(t.text);
    }
    if (this.token !== null) this.fail('the text ends inside a string');
    if (this.stack.length > 0 || this.top !== 'end') this.fail(this.top === 'value' && this.stack.length === 0 ? 'no JSON value' : 'the text ends before the document closes');
  }

  private fail(what: string): never {
    throw new JsonSyntaxError(this.line, Math.max(1, this.column), what);
  }

  private escaped(t: { keep: boolean; text: string; escape: string | null }, ch: string): void {
    if (t.escape === '') {
      if (ch === 'u') {
        t.escape = 'u';
        return;
      }
      const e = ESCAPES[ch];
      if (e === undefined) this.fail(`a bad escape "\\${ch}"`);
      if (t.keep) t.text += e;
      t.escape = null;
      return;
    }
    if (!/[0-9a-fA-F]/.test(ch)) this.fail('a bad \\u escape');
    t.escape += ch;
    if (t.escape!.length === 5) {
      if (t.keep) t.text += String.fromCharCode(parseInt(t.escape!.slice(1), 16));
      t.escape = null;
    }
  }

  /** Whether a value may start here. */
  private expectsValue(): boolean {
    const f = this.stack[this.stack.length - 1];
    if (f === undefined) return this.top === 'value';
    return f.kind === 'object' ? f.state === 'value' : f.state === 'value' || f.state === 'value-or-close';
  }

  private structural(ch: string): void {
    if (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t') return;
    const f = this.stack[this.stack.length - 1];
    if (ch === '"') {
      const key = f !== undefined && f.kind === 'object' && (f.state === 'key' || f.state === 'key-or-close');
      if (!key && !this.expectsValue()) this.fail('an unexpected string');
      // Kept when shallow enough to be reported (a key: when a value under it would be).
      const keep = this.stack.length <= this.h.depth;
      this.token = { kind: 'string', keep, key, text: '', escape: null };
      return;
    }
    if (ch === '{' || ch === '[') {
      if (!this.expectsValue()) this.fail(`an unexpected "${ch}"`);
      this.stack.push(ch === '{' ? { kind: 'object', state: 'key-or-close', key: '' } : { kind: 'array', state: 'value-or-close', index: 0 });
      return;
    }
    if (ch === '}' || ch === ']') {
      const closes = ch === '}' ? f?.kind === 'object' && (f.state === 'key-or-close' || f.state === 'comma-or-close') : f?.kind === 'array' && (f.state === 'value-or-close' || f.state === 'comma-or-close');
      if (!closes) this.fail(`an unexpected "${ch}"`);
      this.stack.pop();
      // The container's own path is its parent's current key or index.
      if (this.h.close && this.stack.length < this.h.depth) this.h.close(this.path(), ch === '}' ? 'object' : 'array');
      this.valueDone();
      return;
    }
    if (ch === ':') {
      if (f?.kind !== 'object' || f.state !== 'colon') this.fail('an unexpected ":"');
      f.state = 'value';
      return;
    }
    if (ch === ',') {
      if (f === undefined || f.state !== 'comma-or-close') this.fail('an unexpected ","');
      if (f.kind === 'object') f.state = 'key';
      else {
        f.state = 'value';
        f.index++;
      }
      return;
    }
    if (/[0-9a-z-]/.test(ch)) {
      if (!this.expectsValue()) this.fail(`an unexpected "${ch}"`);
      this.token = { kind: 'word', text: ch };
      return;
    }
    this.fail(`an unexpected "${ch}"`);
  }

  private word(text: string): void {
    let v: JsonScalar;
    if (text in LITERALS) v = LITERALS[text]!;
    else if (NUMBER.test(text)) v = Number(text);
    else this.fail(`"${text.slice(0, 20)}" is not a JSON value`);
    this.scalar(v);
  }

  private stringDone(key: boolean, text: string): void {
    if (key) {
      const f = this.stack[this.stack.length - 1] as Frame & { kind: 'object' };
      f.key = text;
      f.state = 'colon';
      return;
    }
    this.scalar(text);
  }

  private scalar(v: JsonScalar): void {
    if (this.stack.length <= this.h.depth) this.h.value(this.path(), v);
    this.valueDone();
  }

  private valueDone(): void {
    const f = this.stack[this.stack.length - 1];
    if (f === undefined) this.top = 'end';
    else f.state = 'comma-or-close';
  }

  private path(): (string | number)[] {
    return this.stack.map((f) => (f.kind === 'object' ? f.key : f.index));
  }
}
