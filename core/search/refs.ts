/**
 * How the ref field names a document by a short form of its 文号, on both sides: the writer indexes a
 * document header under these keys, the client looks a short 文号 query up by them (8号文 → #8,
 * 〔2023〕8号 → #2023-8). A whole 文号 is indexed and looked up as itself (normalised).
 */
import type { DocNumberQuery } from './query.ts';

const SERIAL = /〔(\d{4})〕(\d+)号$/;

/** The short keys of a normalised 文号: its year and serial, and its serial alone. */
export function docNumberKeys(normalized: string): string[] {
  const m = SERIAL.exec(normalized);
  return m ? [`#${m[1]}-${Number(m[2])}`, `#${Number(m[2])}`] : [];
}

/** The ref-field key a 文号 query is looked up by. */
export function docNumberKey(q: DocNumberQuery): string {
  if (q.normalized) return q.normalized;
  return q.year ? `#${q.year}-${q.serial}` : `#${q.serial}`;
}
