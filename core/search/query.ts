/**
 * What a query asks for (browser-safe): the normalised phrase, the words the user separated with
 * spaces, and the citations inside it — a 文号 (any bracket form) and an article path
 * (第十四条, 第14条第（三）项) — which select units by structure rather than by text.
 */
import { normalizeSearchText } from './tokenize.ts';
import { CHINESE_NUMERAL } from '../chinese/numerals.ts';
import { parseDocNumber } from '../chinese/doc-number.ts';

export interface ParsedQuery {
  /** The whole query normalised: spaces next to Chinese dropped (A 级景区 3 家 = a级景区3家). */
  phrase: string;
  /** The words the user separated with spaces, each normalised. */
  words: string[];
  /** 攸政办发〔2023〕6号 when the query names a 文号. */
  docNumber?: string;
  /** 第十四条第三项 when the query names an article (and 款/项/目 in it). */
  ref?: string;
  /** Words left once the 文号 and article path are taken out: they pick the document (攸惠贷). */
  rest: string[];
}

// The query is normalised first (tokenize.ts): Arabic article numbers are Chinese, 文号 brackets 〔〕.
const NUM = CHINESE_NUMERAL;
const REF = new RegExp(`第${NUM}条(?:之${NUM})?(?:第${NUM}款)?(?:第${NUM}项)?(?:第${NUM}目)?`, 'u');

export function parseQuery(query: string): ParsedQuery {
  const phrase = normalizeSearchText(query);
  const words = query
    .split(/[\s\u3000]+/)
    .map(normalizeSearchText)
    .filter((w) => w.length > 0);
  const parsed: ParsedQuery = { phrase, words, rest: [] };
  const docNumber = parseDocNumber(phrase)?.normalized;
  if (docNumber) parsed.docNumber = docNumber;
  const ref = REF.exec(phrase)?.[0];
  if (ref) parsed.ref = ref;
  if (docNumber || ref) {
    parsed.rest = words
      .map((w) => {
        let r = w;
        if (docNumber) r = r.replace(docNumber, ' ');
        if (ref) r = r.replace(ref, ' ');
        return r;
      })
      .flatMap((w) => w.split(' '))
      .filter((w) => w.length > 0);
  }
  return parsed;
}
