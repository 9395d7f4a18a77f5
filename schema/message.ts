import { z } from 'zod';

/**
 * Every problem gongbao reports, by a stable kebab-case name: the codes are part of the output, so
 * tools and people can filter on them. One list, here; a stage cannot report a code not in it.
 */
export const MessageCode = z
  .enum([
    // corpus and ingest
    'unsupported-file', // not a bulletin file gongbao reads (another extension, a folder, a pipe)
    'unreadable-file', // the file cannot be read: a dangling link, no permission, an I/O error
    'file-too-large', // over the size limit of its kind of file
    'binary-file', // not text: NUL bytes, or the signature of a PDF, ZIP/DOCX or OLE file
    'encoding', // info: the file was decoded from GB18030, UTF-16 or UTF-8 with a BOM
    'undecodable-characters', // bytes no character stands for (shown as □), once per file
    'control-characters', // control characters removed, once per file
    'truncated-file', // the file ends in mid-character, mid-line or mid-table
    'markup-not-parsed', // a line with too much markup for the Markdown parser, kept as printed
    'empty-file',

    // PDF ingest
    'pdf-encrypted', // the file needs a password
    'pdf-not-a-pdf',
    'pdf-truncated',
    'pdf-damaged',
    'pdf-empty',
    'pdf-timeout',
    'pdf-page-unreadable', // one page pdfjs cannot read: left out, the others read
    'pdf-needs-ocr', // a page without a text layer (a scan), when OCR is not asked for
    'pdf-ocr-failed',
    'pdf-ocr-text', // a page read by OCR
    // structure
    'missing-cover', // no name, issuer and 年第N期 at the start
    'contents-entry-without-page',
    'unmatched-contents-entry', // a 目录 entry that names no document
    'no-documents', // no line holds a 发文字号
    'unplaced-text', // text that belongs to no document or instrument
    'missing-addressees',
    'missing-signature', // no 署名 and 成文日期: the document is left out
    'missing-issuer', // a 成文日期 with no 署名 above it (the issuer printed only in its seal): the document is kept, its issuer empty
    'undated-text', // a text printing no 署名 and 成文日期 (a 大事记, a notice whose last lines were lost): kept, dated by the bulletin's publication date or its latest 成文日期
    'missing-instrument', // an instrument named in the notice's title was not found
    'forwarded-document', // a notice forwarding a text (转发《…》) that is printed after it as a document of its own, with its 文号: the two are linked (forwards, forwardedBy)
    'missing-attachment-heading', // an attachment found by its title, without its 附件N line
    'unlisted-attachment', // an attachment no 附件说明 lists, read from its 附件 label after an instrument
    'unmatched-attachment', // listed under 附件 but its text was not found
    'misprinted-registration-number',
    'numbering-gap', // 第五条 after 第三条, （三） after （一）
    'duplicate-number', // a number printed twice: the later node gets __2
    // tables
    'table-header-shifted',
    'table-row-overflow',
    'table-row-realigned',
    'table-cell-continued', // a row's last cell cut at the line's end (…缴纳社 ⏎ 会保险费 ⇥ 县人社局), in a numbered table or one of categories printed once: the next line's first words joined to it, the rest of the row in its columns
    'table-row-without-serial',
    'table-serial-gap',
    'table-serial-duplicate',
    'table-count-mismatch', // （250项） stated, another number of rows found
    'table-cell-empty',
    // reconcile
    'reconciled', // two renditions differ: the better-supported reading kept, the other as a variant
    'reconciled-field',
    'reconcile-span',
    'document-only-in-one-rendition',
    // link
    'unbalanced-title-bracket',
    'unresolved-reference',
    'conflicting-doc-number',
    'conflicting-validity',
    'no-validity-clause',
    // build
    'bulletin-id', // info: the bulletin id comes from the file name (no cover), or differs from it
    'duplicate-bulletin',
    'duplicate-document',
    'schema-violation', // a node that did not fit the schema where it stood: kept as a paragraph, or the file left out
    'duplicate-id', // two nodes had one id: the later one renamed
    'internal-error', // a crash of gongbao on this file (its stack with --verbose): the file is left out
  ])
  .describe('Stable kebab-case name of the problem (schema/message.ts lists them all with their meaning).');
export type MessageCode = z.infer<typeof MessageCode>;

/** A problem found while reading a bulletin, reported like a compiler warning. */
export const Message = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  code: MessageCode,
  message: z.string(),
  file: z.string(),
  line: z.number().int().positive().optional(),
  page: z.number().int().positive().optional(),
  stage: z.string().describe('Pipeline stage that reported it: ingest, structure, reconcile, tables, link…'),
  omitted: z
    .number()
    .int()
    .positive()
    .optional()
    .describe('On "…and N more like this": how many more messages of this code were left out for this file.'),
});
export type Message = z.infer<typeof Message>;
