import { describe, expect, it } from 'vitest';
import { sniffDelimiter, sniffEncoding, type Delimiter } from '../../src/io/sniff.js';

const TEXT = 'handle,followers,following\ncafe.lumiere,95400,93100\nnano,8000,300\n';
const utf16le = (s: string) => Buffer.from(s, 'utf16le');
const utf16be = (s: string) => utf16le(s).swap16();
const bytes = (...b: number[]) => Buffer.from(b);

describe('sniffEncoding', () => {
  it.each<[string, Buffer, string, number]>([
    ['plain UTF-8', Buffer.from(TEXT), 'utf-8', 0],
    ['UTF-8 with accents', Buffer.from('compte;abonnés\ncafé;12 345\n'), 'utf-8', 0],
    ['UTF-8 BOM', Buffer.concat([bytes(0xef, 0xbb, 0xbf), Buffer.from(TEXT)]), 'utf-8', 3],
    ['UTF-16 LE BOM', Buffer.concat([bytes(0xff, 0xfe), utf16le(TEXT)]), 'utf-16le', 2],
    ['UTF-16 BE BOM', Buffer.concat([bytes(0xfe, 0xff), utf16be(TEXT)]), 'utf-16be', 2],
    ['UTF-16 LE, no BOM', utf16le(TEXT), 'utf-16le', 0],
    ['UTF-16 BE, no BOM', utf16be(TEXT), 'utf-16be', 0],
    ['an ANSI escape is text, not binary', Buffer.from('handle\n\x1b[31mred\n'), 'utf-8', 0],
    ['empty', Buffer.alloc(0), 'utf-8', 0],
  ])('%s → %s, BOM of %d bytes', (_name, head, encoding, bomLength) => {
    expect(sniffEncoding(head)).toEqual({ ok: true, encoding, bomLength });
  });

  it.each<[string, Buffer, RegExp]>([
    ['gzip', bytes(0x1f, 0x8b, 0x08, 0x00, 0x00), /gzip.*gunzip/],
    ['xlsx (zip)', Buffer.concat([bytes(0x50, 0x4b, 0x03, 0x04), Buffer.from('[Content_Types].xml')]), /xlsx.*CSV UTF-8/],
    ['legacy xls', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), /\.xls\b.*CSV UTF-8/],
    ['pdf', Buffer.from('%PDF-1.7\n%âãÏÓ\n'), /PDF/],
    ['NUL bytes in UTF-8 text', Buffer.from('handle,followers\ncafe\0,12\n'), /binary/],
    ['mostly control bytes', bytes(1, 2, 3, 4, 5, 6, 7, 8, 0x41, 0x42), /binary/],
  ])('%s is rejected with a hint', (_name, head, reason) => {
    const r = sniffEncoding(head);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });
});

describe('sniffDelimiter', () => {
  it.each<[string, string, string, Delimiter, boolean]>([
    ['comma', 'a,b,c\n1,2,3\n4,5,6\n', 'r.csv', ',', false],
    ['semicolon', 'a;b;c\n1;2;3\n4;5;6\n', 'r.csv', ';', false],
    ['tab', 'a\tb\tc\n1\t2\t3\n4\t5\t6\n', 'r.csv', '\t', false],
    ['pipe', 'a|b|c\n1|2|3\n4|5|6\n', 'r.csv', '|', false],
    ['CRLF', 'a;b\r\n1;2\r\n3;4\r\n', 'r.csv', ';', false],
    ['Excel sep= line', 'sep=;\na;b\n1;2\n', 'r.csv', ';', true],
    ['quoted sep= line', '"sep=|"\na|b\n1|2\n', 'r.csv', '|', true],
    ['sep= wins over the name', 'sep=,\na,b\n1,2\n', 'r.tsv', ',', true],
    ['.tsv name', 'a,b\n1,2\n', 'export.TSV', '\t', false],
    ['.tab name', 'a,b\n1,2\n', 'export.tab', '\t', false],
    ['commas inside quotes ignored', '"name, full";handle;followers\n"Dupont, Marie";md;1 200\n"Lee, Bo";bl;900\n', 'r.csv', ';', false],
    ['escaped quotes inside a quoted field', 'handle,followers\n"a ""b"", c",12\n"d",3\n', 'r.csv', ',', false],
    ['French: decimal commas, ; between fields', 'compte;abonnés;taux;likes\ncafe;12 345;3,5;1,2\nbob;1 200;2,1;0,8\nzed;3 400;1,25;4,1\n', 'r.csv', ';', false],
    ['French header with a comma in a quoted name', '"Nom, prénom";abonnés;taux\n"A, B";1 200;3,5\n"C, D";900;2,1\n', 'r.csv', ';', false],
    ['one column', 'handle\ncafe\nnano\n', 'r.csv', ',', false],
    ['blank lines before the header', '\n\na;b\n1;2\n3;4\n', 'r.csv', ';', false],
    ['a title with no separator above the header', 'Export agence - mars 2025\n\nPseudo;Abonnés;Taux\nalice;12 300;3,4\nbob;1 200;4,1\n', 'r.csv', ';', false],
    ['a title with a comma above a ;-separated table', 'Export, mars 2025\nPseudo;Abonnés;Abonnements\nalice;12 300;410\nbob;1 200;300\ncarl;900;80\n', 'r.csv', ';', false],
    ['a title Excel padded with separators', 'Export agence - mars 2025;;\n;;\nPseudo;Abonnés;Taux\nalice;12 300;3,4\nbob;1 200;4,1\n', 'r.csv', ';', false],
    ['a title and a date line', 'Export agence\nmars 2025\nPseudo\tAbonnés\nalice\t12 300\nbob\t1 200\n', 'r.csv', '\t', false],
  ])('%s → %j', (_name, head, file, delimiter, sepLine) => {
    expect(sniffDelimiter(head, file)).toEqual({ delimiter, sepLine });
  });

  it('prefers the candidate that splits the body into the header\'s field count', () => {
    // The header has two ';' and one ','; every body line has two of each, so only ';' agrees with the header.
    const head = 'name;ER, %;likes\nA;3,5;1,2\nB;2,1;0,8\nC;1,0;4,1\n';
    expect(sniffDelimiter(head, 'r.csv').delimiter).toBe(';');
  });
});
