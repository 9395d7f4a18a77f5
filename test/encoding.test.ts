/**
 * Text renditions in the encodings Chinese office files come in, measured on the seed re-encoded
 * in each: the encoding is recognised, the text is the seed's to the character, and it is said
 * which was used. Damage (bytes no character stands for, control characters, a cut in mid-file)
 * gets one warning each, with its line, and never reaches the output as U+FFFD.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { cleanText, decodeText } from '../pipeline/ingest/decode.ts';
import { TEXT_READER } from '../pipeline/ingest/readers.ts';
import { FileProblem } from '../pipeline/ingest/problem.ts';
import type { SourceText } from '../pipeline/ingest/source.ts';
import { ROOT } from './cli.ts';

const seed = readFileSync(join(ROOT, 'corpus', 'youxian-2023-01.txt'), 'utf8');

const ENCODED: Array<[string, Uint8Array, string]> = [
  ['UTF-8', Buffer.from(seed), 'UTF-8'],
  ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed)]), 'UTF-8 with BOM'],
  ['GB18030', iconv.encode(seed, 'gb18030'), 'GB18030'],
  ['GBK', iconv.encode(seed, 'gbk'), 'GB18030'],
  ['UTF-16LE with BOM', iconv.encode(seed, 'utf-16le', { addBOM: true }), 'UTF-16LE'],
  ['UTF-16BE with BOM', iconv.encode(seed, 'utf-16be', { addBOM: true }), 'UTF-16BE'],
  ['UTF-16LE without BOM', iconv.encode(seed, 'utf-16le'), 'UTF-16LE'],
  ['UTF-16BE without BOM', iconv.encode(seed, 'utf-16be'), 'UTF-16BE'],
  ['Big5', iconv.encode(seed, 'big5'), 'Big5'],
];

type Collected = Array<{ severity: string; code: string; message: string; line?: number }>;
function read(bytes: Uint8Array): { source: SourceText; messages: Collected } {
  const messages: Collected = [];
  const source = TEXT_READER.read(bytes, 'x.txt', (severity, code, message, where) => messages.push({ severity, code, message, ...(where?.line ? { line: where.line } : {}) })) as SourceText;
  return { source, messages };
}

describe('encodings', () => {
  it.each(ENCODED)('recognises the seed in %s and decodes it to the same text', (_name, bytes, encoding) => {
    const t = performance.now();
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.cutMidCharacter).toBe(false);
    if (encoding === 'Big5') {
      // Big5 has no simplified characters: what it could not encode came back as '?'. Still read as Big5, not garbage.
      expect(decoded.text.length).toBe(seed.length);
    } else {
      expect(decoded.text).toBe(seed);
    }
    expect(performance.now() - t).toBeLessThan(3000);
  });

  it('says which encoding it used (an info message), and nothing for plain UTF-8', () => {
    expect(read(ENCODED[0]![1]).messages).toEqual([]);
    expect(read(iconv.encode(seed, 'gbk')).messages).toEqual([{ severity: 'info', code: 'encoding', message: 'decoded as GB18030' }]);
    expect(read(iconv.encode(seed, 'utf-16le')).messages).toEqual([{ severity: 'info', code: 'encoding', message: 'decoded as UTF-16LE' }]);
    const lines = read(iconv.encode(seed, 'gb18030')).source.children.map((l) => l.text);
    expect(lines).toEqual(read(Buffer.from(seed)).source.children.map((l) => l.text));
  });

  it('refuses what is not text, naming what it looks like', () => {
    const cases: Array<[Uint8Array, RegExp]> = [
      [Buffer.from('%PDF-1.7\n%âãÏÓ\n'), /this is a PDF file, not a text rendition/],
      [Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), /a ZIP archive \(a \.docx/],
      [Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), /an OLE document \(a \.doc/],
      [Buffer.from([0x41, 0x00, 0x00, 0x00, 0xff, 0x13, 0x00, 0x9c, 0x88, 0x00, 0x00, 0x01]), /not text: binary data \(a NUL byte at byte 1\)/],
    ];
    for (const [bytes, message] of cases) {
      let thrown: unknown;
      try {
        decodeText(bytes);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(FileProblem);
      expect((thrown as FileProblem).code).toBe('binary-file');
      expect((thrown as FileProblem).message).toMatch(message);
    }
  });

  it('a file cut inside a character, in each encoding, loses only that character and says so once, at its last line', () => {
    let end = 2000;
    while (!/\p{Script=Han}/u.test(seed[end - 1]!)) end++;
    const excerpt = seed.slice(0, end);
    const lastLine = excerpt.split('\n').length;
    for (const [name, bytes] of [
      ['UTF-8', Buffer.from(excerpt).subarray(0, Buffer.byteLength(excerpt) - 1)],
      ['GB18030', iconv.encode(excerpt, 'gb18030').subarray(0, iconv.encode(excerpt, 'gb18030').length - 1)],
      ['UTF-16LE', iconv.encode(excerpt, 'utf-16le', { addBOM: true }).subarray(0, iconv.encode(excerpt, 'utf-16le', { addBOM: true }).length - 1)],
    ] as const) {
      const { source, messages } = read(bytes);
      expect(messages.filter((m) => m.code !== 'encoding'), name).toEqual([
        { severity: 'warning', code: 'truncated-file', message: expect.stringContaining('in the middle of a character'), line: lastLine },
      ]);
      expect(decodeText(bytes).text, name).toBe(excerpt.slice(0, -1));
      expect(source.children.some((l) => l.text.includes('\ufffd')), name).toBe(false);
    }
  });

  it('bytes no character stands for, in a UTF-8 file, become □ with one warning at the first one', () => {
    const lines = seed.split('\n').slice(0, 40);
    const damaged = Buffer.concat([Buffer.from(`${lines.slice(0, 9).join('\n')}\n`), Buffer.from([0xff, 0xfe, 0x80]), Buffer.from(`\n${lines.slice(9).join('\n')}\ufffd\n`)]);
    const { source, messages } = read(damaged);
    expect(messages).toEqual([{ severity: 'warning', code: 'undecodable-characters', message: expect.stringMatching(/^4 characters could not be decoded as UTF-8/), line: 10 }]);
    const text = source.children.map((l) => l.text).join('\n');
    expect(text.includes('\ufffd')).toBe(false);
    expect(source.children[9]!.text).toBe('□□□');
  });

  it('control characters go with one warning; form feeds (page breaks of pdftotext) and BOMs inside the text go silently; broken surrogate pairs become □', () => {
    const cleaned = cleanText('第一行\n\u000c第二行\u0007\n第三\u0000行\ufeff\n\ud800第四行');
    expect(cleaned.text).toBe('第一行\n第二行\n第三行\n□第四行');
    expect(cleaned.controls).toEqual({ count: 2, line: 2 });
    expect(cleaned.undecodable).toEqual({ count: 1, line: 4 });
  });
});
