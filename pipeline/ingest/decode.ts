/**
 * Bytes of a text rendition → text. Chinese office files come as UTF-8 (with or without a BOM),
 * GB18030/GBK (what Windows in China saves "ANSI" text as) or UTF-16 (Windows "Unicode"), and now
 * and then as something that is not text at all. The encoding is decided from the bytes:
 *
 * 1. signatures of files that are not text (PDF, ZIP/DOCX, OLE/DOC, images, RTF): a clear error;
 * 2. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE);
 * 3. NUL bytes: UTF-16 without a BOM when they fall on every other byte (the high byte of ASCII
 *    characters) and the text decoded that way is plausible; otherwise binary data;
 * 4. UTF-8 when the bytes are valid UTF-8, or nearly so (a few damaged bytes, or a cut in the last
 *    character);
 * 5. otherwise a legacy Chinese encoding: GB18030 (a superset of GBK and GB2312), or Big5 when
 *    chardet ranks it first; decoded by iconv-lite.
 *
 * Measured on the seed re-encoded (test/encoding.test.ts): every form above is recognised from its
 * first 64 KB. chardet alone does not recognise UTF-16 without a BOM, and reading the whole file
 * costs it ≈0.5 s on the seed, so it only ranks the legacy encodings, on a 64 KB sample.
 */
import iconv from 'iconv-lite';
import chardet from 'chardet';
import { FileProblem } from './problem.ts';

export type Encoding = 'UTF-8' | 'UTF-8 with BOM' | 'UTF-16LE' | 'UTF-16BE' | 'GB18030' | 'Big5';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** The bytes end inside a character (the file was cut off). */
  cutMidCharacter: boolean;
}

const SAMPLE = 64 * 1024;

const SIGNATURES: Array<[number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF file'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (a .docx, .xlsx, .wps or .zip file?)'],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'an OLE document (a .doc, .xls or .et file?)'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF document'],
  [[0x1f, 0x8b], 'a gzip archive'],
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** Share of UTF-16 code units that a Chinese text is made of: ASCII text, CJK, punctuation, full-width forms. */
function plausibleUtf16(text: string): number {
  if (text.length === 0) return 0;
  let good = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 0x20 && c < 0x7f) ||
      c === 0x09 ||
      c === 0x0a ||
      c === 0x0d ||
      (c >= 0x3000 && c <= 0x9fff) ||
      (c >= 0xff00 && c <= 0xffef) ||
      (c >= 0x2000 && c <= 0x27bf) ||
      (c >= 0xa0 && c <= 0xff) ||
      (c >= 0xf900 && c <= 0xfaff)
    ) {
      good++;
    }
  }
  return good / text.length;
}

/** The length of a UTF-8 sequence its lead byte announces (0 for a continuation or invalid byte). */
function utf8Length(b: number): number {
  if (b < 0x80) return 1;
  if (b >= 0xc2 && b <= 0xdf) return 2;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf4) return 4;
  return 0;
}

/** Bytes at the end that start a UTF-8 character and stop before it is complete (0 when none). */
function incompleteUtf8Tail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const n = utf8Length(b);
    return n > back ? back : 0;
  }
  return 0;
}

function countChar(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/** Occurrences of the UTF-8 bytes of U+FFFD (EF BF BD): replacement characters the file itself holds. */
function literalReplacements(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(0xef); i >= 0 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  }
  return n;
}

function utf16(bytes: Uint8Array, encoding: 'UTF-16LE' | 'UTF-16BE', bom: number): Decoded {
  const body = bytes.subarray(bom);
  const odd = body.length % 2 === 1;
  let text = iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.length - (odd ? 1 : 0)), encoding === 'UTF-16LE' ? 'utf-16le' : 'utf-16be', { stripBOM: false });
  // A high surrogate without its pair at the very end: the last character was cut in half.
  const last = text.charCodeAt(text.length - 1);
  const cutPair = last >= 0xd800 && last <= 0xdbff;
  if (cutPair) text = text.slice(0, -1);
  return { text, encoding, cutMidCharacter: odd || cutPair };
}

/**
 * Decodes a text rendition. Throws a FileProblem for a file that is not text (its kind named when
 * its signature tells it). The text may still hold U+FFFD where bytes were damaged; cleanText
 * replaces them and says so.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  for (const [signature, what] of SIGNATURES) {
    if (startsWith(bytes, signature)) {
      // gongbao reads PDFs by their extension: one named .txt only needs its right name.
      if (/PDF/.test(what)) throw new FileProblem('binary-file', `this is ${what}, not a text rendition; name it .pdf and gongbao reads it as a PDF`);
      throw new FileProblem('binary-file', `this is ${what}, not a text rendition; save the bulletin as text (.txt, UTF-8) or Markdown`);
    }
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const body = bytes.subarray(3);
    const tail = incompleteUtf8Tail(body);
    return { text: new TextDecoder('utf-8').decode(body.subarray(0, body.length - tail)), encoding: 'UTF-8 with BOM', cutMidCharacter: tail > 0 };
  }
  if (startsWith(bytes, [0xff, 0xfe])) return utf16(bytes, 'UTF-16LE', 2);
  if (startsWith(bytes, [0xfe, 0xff])) return utf16(bytes, 'UTF-16BE', 2);

  const sample = bytes.subarray(0, SAMPLE);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = sample.indexOf(0); i >= 0; i = sample.indexOf(0, i + 1)) {
    if (i % 2 === 0) evenNul++;
    else oddNul++;
  }
  if (evenNul + oddNul > 0) {
    // ASCII in UTF-16: "\n" is 0A 00 (LE) or 00 0A (BE); Chinese text still has its line ends and digits
    // (on the seed 87% of the NULs fall on the side of its byte order: 一 U+4E00 puts one on the other).
    const candidates: Array<['UTF-16LE' | 'UTF-16BE', number]> = [
      ['UTF-16LE', oddNul],
      ['UTF-16BE', evenNul],
    ];
    for (const [encoding, onSide] of candidates) {
      if (onSide < 0.7 * (evenNul + oddNul)) continue;
      const decoded = utf16(sample.subarray(0, sample.length - (sample.length % 2)), encoding, 0);
      if (plausibleUtf16(decoded.text) >= 0.9) return utf16(bytes, encoding, 0);
    }
    const at = bytes.indexOf(0);
    throw new FileProblem('binary-file', `not text: binary data (a NUL byte at byte ${at}) and not UTF-16 either; is it another kind of file named .txt?`);
  }

  const tail = incompleteUtf8Tail(bytes);
  const body = bytes.subarray(0, bytes.length - tail);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'UTF-8', cutMidCharacter: tail > 0 };
  } catch {
    // Not valid UTF-8: damaged UTF-8, or another encoding.
  }
  const lossy = new TextDecoder('utf-8').decode(body);
  const damaged = countChar(lossy, '\ufffd') - literalReplacements(body);
  let nonAscii = 0;
  for (let i = 0; i < lossy.length; i++) if (lossy.charCodeAt(i) >= 0x80) nonAscii++;
  // GBK read as UTF-8 fails on nearly every Chinese character; damaged UTF-8 on a few.
  if (damaged <= Math.max(2, 0.01 * nonAscii)) return { text: lossy, encoding: 'UTF-8', cutMidCharacter: tail > 0 };

  const ranked = chardet.analyse(sample);
  const big5 = ranked.findIndex((m) => m.name === 'Big5');
  const gb = ranked.findIndex((m) => m.name === 'GB18030');
  const encoding: Encoding = big5 >= 0 && (gb < 0 || big5 < gb) ? 'Big5' : 'GB18030';
  let text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), encoding === 'Big5' ? 'big5' : 'gb18030');
  // A lead byte with nothing after it: the last character was cut in half.
  const cut = text.endsWith('\ufffd') && bytes[bytes.length - 1]! >= 0x81;
  if (cut) text = text.slice(0, -1);
  return { text, encoding, cutMidCharacter: cut };
}

export interface Cleaned {
  text: string;
  /** U+FFFD (bytes no character stands for) and broken surrogate pairs, replaced by □. */
  undecodable?: { count: number; line: number };
  /** Control characters removed (form feeds, page breaks of pdftotext, are dropped silently). */
  controls?: { count: number; line: number };
}

/** What stands for a character that could not be read: □, as Chinese transcriptions mark an illegible character. */
export const ILLEGIBLE = '□';

// C0 controls other than tab, line feed, carriage return; DEL; C1 controls; a BOM inside the text.
const CONTROL = /[\u0000-\u0008\u000B-\u000C\u000E-\u001F\u007F-\u009F\uFEFF]/g;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Makes a decoded text safe to publish: no U+FFFD, no lone surrogate (both become □), no control
 * characters. Returns what it replaced, with the line of the first occurrence, for one warning each.
 */
export function cleanText(input: string): Cleaned {
  let text = input.startsWith('\ufeff') ? input.slice(1) : input;
  text = text.replace(LONE_SURROGATE, '\ufffd');
  const out: Cleaned = { text };
  let first = -1;
  let count = 0;
  if (text.includes('\ufffd')) {
    first = text.indexOf('\ufffd');
    count = countChar(text, '\ufffd');
    text = text.replaceAll('\ufffd', ILLEGIBLE);
    out.undecodable = { count, line: lineOf(text, first) };
  }
  CONTROL.lastIndex = 0;
  if (CONTROL.test(text)) {
    let removed = 0;
    let firstControl = -1;
    let offset = 0;
    text = text.replace(CONTROL, (ch, at: number) => {
      if (ch !== '\u000C' && ch !== '\uFEFF') {
        removed++;
        if (firstControl < 0) firstControl = at - offset;
      }
      offset++;
      return '';
    });
    if (removed) out.controls = { count: removed, line: lineOf(text, firstControl) };
  }
  out.text = text;
  return out;
}
