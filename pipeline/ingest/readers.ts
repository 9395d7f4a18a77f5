/**
 * Which reader reads which file: the one place the build decides how a file's bytes become source
 * lines. A reader gets the raw bytes (so a binary format such as PDF never goes through text
 * decoding), the file's name as messages print it, and a reporter; it returns the SourceText the
 * structure stage reads, or throws a FileProblem saying what is wrong with the file.
 * A PDF goes to the PDF ingest (pdf/), whose PdfError (encrypted, damaged, truncated, not a PDF…)
 * becomes a FileProblem with the code pdf-<kind>; pages without a text layer go to OCR when the
 * build was given an OCR hook (--ocr), and are reported otherwise.
 */
import type { SourceText } from './source.ts';
import type { Report } from '../messages.ts';
import { ingestText } from './text.ts';
import { cleanText, decodeText } from './decode.ts';
import { ingestPdf, PdfError, type OcrHook } from './pdf/index.ts';
import { FileProblem } from './problem.ts';

/** What a build passes to every reader. */
export interface ReadOptions {
  /** OCR for PDF pages without a text layer. */
  ocr?: OcrHook | undefined;
}

export interface Reader {
  /** What the messages call this kind of file. */
  name: string;
  /** Largest file accepted, in bytes: a bigger one is refused with a clear error instead of filling the memory. */
  maxBytes: number;
  read(bytes: Uint8Array, file: string, report: Report, options?: ReadOptions): SourceText | Promise<SourceText>;
}

const MiB = 1024 * 1024;

/** A text or Markdown rendition: decoded from its encoding, cleaned, then its markup read. */
export const TEXT_READER: Reader = {
  name: 'text rendition',
  // The seed (one issue, two renditions) is 0.7 MB; a year of a county's bulletins in one file is ≈10 MB.
  maxBytes: 32 * MiB,
  read(bytes, file, report) {
    const decoded = decodeText(bytes);
    if (decoded.encoding !== 'UTF-8') report('info', 'encoding', `decoded as ${decoded.encoding}`);
    const cleaned = cleanText(decoded.text);
    if (cleaned.undecodable) {
      const { count, line } = cleaned.undecodable;
      report('warning', 'undecodable-characters', `${count} character${count === 1 ? '' : 's'} could not be decoded as ${decoded.encoding} (damaged bytes?), the first at this line; shown as □`, { line });
    }
    if (cleaned.controls) {
      const { count, line } = cleaned.controls;
      report('warning', 'control-characters', `${count} control character${count === 1 ? '' : 's'} removed, the first at this line`, { line });
    }
    return ingestText(cleaned.text, file, report, { cutMidCharacter: decoded.cutMidCharacter });
  },
};

/** A bulletin's PDF: text layer, page furniture, ruled tables and printed pages (see pdf/README.md). */
export const PDF_READER: Reader = {
  name: 'PDF',
  // A 200-page bulletin with its tables is 2–10 MB; scans of a year's issues run to hundreds of MB.
  maxBytes: 512 * MiB,
  async read(bytes, file, report, options = {}) {
    try {
      return await ingestPdf(bytes, file, report, options.ocr ? { ocr: options.ocr } : {});
    } catch (error) {
      if (error instanceof PdfError) throw new FileProblem(`pdf-${error.kind}`, error.detail);
      throw error;
    }
  },
};

/** By lower-case extension. */
export const READERS: Readonly<Record<string, Reader>> = {
  '.txt': TEXT_READER,
  '.md': TEXT_READER,
  '.markdown': TEXT_READER,
  '.pdf': PDF_READER,
};

/** The extensions the build reads, for messages. */
export const EXTENSIONS = Object.keys(READERS);

export function readerFor(extension: string): Reader | undefined {
  return Object.hasOwn(READERS, extension.toLowerCase()) ? READERS[extension.toLowerCase()] : undefined;
}
