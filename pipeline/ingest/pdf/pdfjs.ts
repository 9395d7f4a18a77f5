/**
 * pdfjs-dist as this stage uses it: the legacy build (Node has no DOMMatrix), the package's cMaps
 * (without them PDFs that use predefined CJK CMaps lose their Chinese text), standard fonts and
 * image decoders, and the failures pdfjs reports turned into one error that names the file.
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
export type PdfDocument = Awaited<ReturnType<Pdfjs['getDocument']>['promise']>;
export type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;
export type TextContent = Awaited<ReturnType<PdfPage['getTextContent']>>;
export type OperatorList = Awaited<ReturnType<PdfPage['getOperatorList']>>;

const require = createRequire(import.meta.url);
/** The installed package's folder, with a trailing slash as pdfjs wants its resource URLs. */
export const PDFJS_ROOT = `${dirname(require.resolve('pdfjs-dist/package.json'))}/`;

let loaded: Promise<Pdfjs> | undefined;

/** pdfjs-dist's legacy build, imported once. */
export function pdfjs(): Promise<Pdfjs> {
  loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return loaded;
}

/** Why a file cannot be read at all. `kind` is a stable code for messages. */
export class PdfError extends Error {
  constructor(
    readonly file: string,
    readonly kind: 'encrypted' | 'not-a-pdf' | 'truncated' | 'damaged' | 'empty' | 'timeout',
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'PdfError';
  }
}

/** Opens a document; every failure becomes a PdfError that says what is wrong with the file. */
export async function openDocument(data: Uint8Array, file: string, timeoutMs: number, password = ''): Promise<PdfDocument> {
  const lib = await pdfjs();
  if (data.length === 0) throw new PdfError(file, 'empty', 'the file is empty (0 bytes)');
  const head = Buffer.from(data.subarray(0, 1024)).toString('latin1');
  if (!head.includes('%PDF-')) throw new PdfError(file, 'not-a-pdf', 'not a PDF: the file does not start with %PDF-');
  // pdfjs takes ownership of the buffer it is given (it transfers it to its worker): give it a copy.
  const task = lib.getDocument({
    data: data.slice(),
    cMapUrl: `${PDFJS_ROOT}cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${PDFJS_ROOT}standard_fonts/`,
    wasmUrl: `${PDFJS_ROOT}wasm/`,
    iccUrl: `${PDFJS_ROOT}iccs/`,
    // Errors only: pdfjs prints its warnings (unknown fonts, damaged xref it recovers from) to the console.
    verbosity: lib.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    // No password prompts: an encrypted file fails at once with a PasswordException.
    password,
  });
  try {
    const doc = await withTimeout(task.promise, timeoutMs, () => new PdfError(file, 'timeout', `pdfjs did not open the file within ${Math.round(timeoutMs / 1000)} s`));
    if (doc.numPages === 0) {
      await doc.destroy();
      throw new PdfError(file, 'empty', 'the PDF has no pages');
    }
    return doc;
  } catch (error) {
    void task.destroy().catch(() => undefined);
    const e = toPdfError(error, file);
    if (e.kind === 'encrypted' && password) throw new PdfError(file, 'encrypted', 'the PDF is encrypted and the password given does not open it');
    if (e.kind === 'not-a-pdf' && !hasEndMarker(data)) {
      throw new PdfError(file, 'truncated', 'the PDF is truncated: it stops before its end (no %%EOF) and its structure cannot be read');
    }
    throw e;
  }
}

/** A pdfjs exception (or anything else thrown while reading) as a PdfError naming the file. */
export function toPdfError(error: unknown, file: string): PdfError {
  if (error instanceof PdfError) return error;
  const name = (error as { name?: string })?.name ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') {
    return new PdfError(file, 'encrypted', 'the PDF is encrypted with a password; save an unprotected copy to read it');
  }
  if (name === 'InvalidPDFException') {
    return new PdfError(file, 'not-a-pdf', `not a readable PDF (${message.replace(/\.$/, '')}): the file is corrupt, truncated or not a PDF`);
  }
  return new PdfError(file, 'damaged', `the PDF could not be read: ${message}`);
}

/** %%EOF within the last 2 KB: the end of a complete PDF (a truncated download lacks it). */
export function hasEndMarker(data: Uint8Array): boolean {
  const tail = Buffer.from(data.subarray(Math.max(0, data.length - 2048))).toString('latin1');
  return tail.includes('%%EOF');
}

/** Resolves as `promise` does, or rejects with `onTimeout()` after `ms` (0 or Infinity: never). */
export function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  if (!Number.isFinite(ms) || ms <= 0) return promise;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
