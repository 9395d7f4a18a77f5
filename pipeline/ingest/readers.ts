/**
 * Which reader reads which file: the one place the build decides how a file's bytes become source
 * lines. A reader gets the raw bytes (so a binary format such as PDF never goes through text
 * decoding), the file's name as messages print it, and a reporter; it returns the SourceText the
 * structure stage reads, or throws a FileProblem saying what is wrong with the file.
 *
 * The PDF ingest plugs in here with one entry, e.g.
 *   '.pdf': { name: 'PDF', maxBytes: 512 MiB, read: (bytes, file, report) => ingestPdf(bytes, file, report) }
 * (its PdfError, which already names the file and says what is wrong, turned into a FileProblem).
 */
import type { SourceText } from './source.ts';
import type { Report } from '../messages.ts';
import { ingestText } from './text.ts';
import { cleanText, decodeText } from './decode.ts';

export interface Reader {
  /** What the messages call this kind of file. */
  name: string;
  /** Largest file accepted, in bytes: a bigger one is refused with a clear error instead of filling the memory. */
  maxBytes: number;
  read(bytes: Uint8Array, file: string, report: Report): SourceText | Promise<SourceText>;
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

/** By lower-case extension. */
export const READERS: Readonly<Record<string, Reader>> = {
  '.txt': TEXT_READER,
  '.md': TEXT_READER,
  '.markdown': TEXT_READER,
};

/** The extensions the build reads, for messages. */
export const EXTENSIONS = Object.keys(READERS);

export function readerFor(extension: string): Reader | undefined {
  return Object.hasOwn(READERS, extension.toLowerCase()) ? READERS[extension.toLowerCase()] : undefined;
}
