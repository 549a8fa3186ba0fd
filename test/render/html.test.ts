import { describe, expect, it } from 'vitest';
import { SummaryCounter } from '../../src/pipeline/summary.js';
import type { RejectedRow } from '../../src/shared/row-issues.js';
import { esc } from '../../src/render/score/html/escape.js';
import { scoreRendererFor } from '../../src/render/score/index.js';
import { runBin } from '../e2e/run-cli.js';
import { metaFor, REJECTED, RESULTS } from './build.js';
import { giveaway, html, withAudience, withCurve } from './html-accounts.js';

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)' x='",
  '</title></desc></svg><script>alert(2)</script>',
  'gnp.\u202ecod',
  'evil\u001b[31mred\u001b[0m\u0007',
  '&lt;already&gt; & <b>bold</b>',
];

const TAGS = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'p', 'code', 'section', 'ul', 'ol', 'li', 'b', 'span',
  'a', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'article', 'dl', 'dt', 'dd', 'div', 'br', 'figure', 'figcaption', 'svg', 'desc', 'line', 'text', 'rect', 'path', 'circle']);
const ATTRS = new Set(['lang', 'charset', 'http-equiv', 'content', 'name', 'class', 'id', 'href', 'scope', 'role', 'aria-labelledby', 'aria-hidden', 'viewbox',
  'preserveaspectratio', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'd', 'dy', 'width', 'height', 'text-anchor']);

/**
 * Every `<` in the document must open one well-formed tag of the report's own vocabulary, with quoted attribute values
 * free of quotes and angle brackets: escaped data cannot contain a `<`, so data can never add a tag or an attribute.
 */
function tagsOf(doc: string): { name: string; attrs: [string, string][] }[] {
  const body = doc.replace(/^<!DOCTYPE html>\n/, '').replace(/<style>[^<]*<\/style>/, '<style></style>');
  const tags: { name: string; attrs: [string, string][] }[] = [];
  let at = body.indexOf('<');
  while (at !== -1) {
    const m = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z][a-zA-Z0-9-]*="[^"<>]*")*)\s*\/?>/.exec(body.slice(at));
    if (!m) throw new Error(`not a well-formed tag at ${at}: ${body.slice(at, at + 60)}`);
    const attrs = [...m[2]!.matchAll(/([a-zA-Z][a-zA-Z0-9-]*)="([^"]*)"/g)].map((a) => [a[1]!.toLowerCase(), a[2]!] as [string, string]);
    tags.push({ name: m[1]!.toLowerCase(), attrs });
    at = body.indexOf('<', at + m[0].length);
  }
  return tags;
}

describe('esc', () => {
  it.each([
    ['<script>', '&lt;script&gt;'],
    ['a & b', 'a &amp; b'],
    ['"quoted" \'single\'', '&quot;quoted&quot; &#39;single&#39;'],
    ['gnp.\u202ecod', 'gnp.\\u202ecod'],
    ['\u001b[31m', '\\x1b[31m'],
    [12.5, '12.5'],
    [null, ''],
  ])('%j → %j', (input, out) => {
    expect(esc(input)).toBe(out);
  });
});

describe('html: hostile data stays text', () => {
  const rejected: RejectedRow[] = [{ file: '<x>.csv', line: 3, column: '"><svg onload=alert(1)>', value: "' onfocus='x", reason: '<b>bad</b>' }];
  const accounts = [
    ...HOSTILE.map((h, i) => (i % 2 === 0 ? withCurve(h, { events: giveaway(`${h} giveaway`) }) : withCurve(h))),
    withAudience('<img src=x>', { sampleSize: 100, real: 60, massFollower: 10, suspicious: 10, likelyFake: 20, verdict: '<script>', reason: '"x"' }),
    ...RESULTS,
  ];

  it('produces only the report\'s own tags and attributes, no event handler, no script', async () => {
    const doc = await html(accounts, { explain: true }, rejected);
    const tags = tagsOf(doc);
    expect(tags.length).toBeGreaterThan(100);
    for (const t of tags) {
      expect(TAGS, t.name).toContain(t.name);
      for (const [name, value] of t.attrs) {
        expect(ATTRS, `${t.name} ${name}`).toContain(name);
        if (name === 'href') expect(value).toMatch(/^#[a-z0-9-]+$/);
      }
    }
    expect(tags.some((t) => t.name === 'script' || t.name === 'img')).toBe(false);
  });

  it('shows each handle escaped, and no raw control character reaches the page', async () => {
    const doc = await html(accounts, {}, rejected);
    for (const h of HOSTILE) expect(doc).toContain(esc(h));
    expect(doc).toContain('&lt;script&gt;alert(1)&lt;/script&gt; giveaway'); // an excused event's label, inside the SVG
    expect(doc).toContain('&lt;b&gt;bad&lt;/b&gt;');
    // eslint-disable-next-line no-control-regex
    expect(doc).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/);
  });

  it('forbids scripts and fetches by policy too', async () => {
    const doc = await html(RESULTS);
    expect(doc).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';`);
  });
});

describe('html: a self-contained, deterministic document', () => {
  it('is the same bytes for the same input', async () => {
    const accounts = [withCurve('a', { events: giveaway('giveaway') }), withCurve('b'), ...RESULTS];
    expect(await html(accounts)).toBe(await html(accounts));
    expect(await html(accounts)).not.toMatch(/\b20\d\d-\d\d-\d\dT\d\d:/); // no timestamp
  });

  it('references no external resource', async () => {
    const safe = RESULTS.filter((r) => !r.handle.includes('http'));
    const doc = await html([withCurve('a', { events: giveaway('giveaway') }), withAudience('b', { real: 80, likelyFake: 20 }), ...safe], { explain: true });
    expect(doc).not.toMatch(/https?:|\/\/[a-z]/i);
    expect(doc).not.toMatch(/\b(src|srcset|xlink:href|action|poster|data)=/i);
    expect(doc).not.toMatch(/url\(|@import|<link|<script|<iframe|<object|<embed/i);
  });

  it('is a valid skeleton: doctype, language, one h1, a heading per account', async () => {
    const doc = await html(RESULTS);
    expect(doc.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(doc.match(/<h1[ >]/g)).toHaveLength(1);
    expect(doc.match(/<h3 id="account-\d+-h" class="handle">/g)).toHaveLength(RESULTS.length);
    expect(doc.endsWith('</html>\n')).toBe(true);
  });

  it('gives unique ids, and every aria-labelledby and in-page link points at one', async () => {
    const doc = await html([withCurve('a', { events: giveaway('g') }), withCurve('b'), withAudience('c', { real: 3, likelyFake: 1 }), ...RESULTS], {}, REJECTED);
    const ids = [...doc.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
    expect(new Set(ids).size).toBe(ids.length);
    const refs = [...doc.matchAll(/aria-labelledby="([^"]+)"/g)].flatMap((m) => m[1]!.split(' '));
    const links = [...doc.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const id of [...refs, ...links]) expect(ids).toContain(id);
  });
});

describe('html: summary and rejected rows', () => {
  it('counts verdicts and rows, states the gate, names the norm table and its tiers', async () => {
    const doc = await html(RESULTS, {}, REJECTED);
    expect(doc).toContain('Rows: <b>6</b> read, <b>4</b> used, <b>2</b> rejected');
    expect(doc).toMatch(/<p class="gate">Gate \(<code>--fail-on suspicious<\/code>\): <span class="badge gate-failed">/);
    expect(doc).toContain('<code>instagram-2026</code> for instagram');
    expect(doc).toMatch(/<th scope="row">100k–500k<\/th><td>100k – 500k<\/td><td class="num">0\.63 %<\/td><td class="num">0\.12 % – 3\.26 %<\/td>/);
    for (const v of ['authentic', 'suspicious', 'likely fake', 'insufficient data']) expect(doc).toContain(`</span> ${v}</span>`);
  });

  it('has no gate line without a gate', async () => {
    const r = await scoreRendererFor('html', metaFor());
    r.begin();
    for (const a of RESULTS) r.item(a);
    const summary = new SummaryCounter({ failOn: null, minScore: null }).summary({ read: 4, used: 4, rejected: 0 }, 0);
    const doc = r.end({ summary, rejected: [], warnings: [] });
    expect(doc).not.toContain('class="gate"');
    expect(doc).not.toContain('id="rejected"');
  });

  it('lists every rejected row with its file, line, column, value and reason', async () => {
    const doc = await html(RESULTS, {}, REJECTED);
    expect(doc).toContain('<h2 id="rejected-h">Rejected rows (2)</h2>');
    expect(doc).toContain('<tr><td>roster.csv</td><td class="num">7</td><td>followers</td><td><code>n/a</code></td><td>not a number</td></tr>');
    expect(doc).toContain('<tr><td>roster.csv</td><td class="num">9</td><td>–</td><td>–</td><td>a quote opened on this line is never closed</td></tr>');
  });

  it('shows every signal of an account with its status word, message and evidence', async () => {
    const doc = await html([RESULTS[0]!]);
    for (const s of RESULTS[0]!.signals) expect(doc).toContain(`<code>${s.id}</code>`);
    expect(doc).toMatch(/<li class="sig s-flag"><p><span class="status">✗ flag<\/span> <code>follow-ratio<\/code>/);
    expect(doc).toContain('<div><dt>following</dt><dd>93,100</dd></div>');
  });
});

describe('html through the binary', () => {
  it('writes the same self-contained document twice, exit 0, nothing on stderr', () => {
    const args = ['score', 'fixtures/roster-hostile.csv', 'fixtures/history-bought-vs-steady.csv', '--format', 'html'];
    const a = runBin(args);
    expect(a).toMatchObject({ code: 0, stderr: '' });
    expect(a.stdout.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(a.stdout).toContain('<h3 id="account-5-h" class="handle">&lt;script&gt;alert(1)&lt;/script&gt;</h3>');
    expect(a.stdout).toContain('<svg class="chart curve"');
    expect(runBin(args).stdout).toBe(a.stdout);
  });
});
