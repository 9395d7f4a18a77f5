/**
 * `gongbao add`: what a file is, and whether it may join the corpus, decided before anything is
 * copied.
 *
 * - A candidate file is parsed exactly as the build parses it (readerFor by its extension, then
 *   readBulletin), so a file add accepts is a file the build reads, PDFs included once their reader
 *   is in ingest/readers.ts.
 * - The corpus's files are scanned only as far as the decision needs: ingest and structure, which
 *   give each file's cover (hence its bulletin id, as readBulletin computes it) and its documents'
 *   ids, 文号 and dates; tables and reconcile are not run for them.
 * - The plan then applies the build's own rules (checkUnique) to the corpus as it would be after
 *   the copy: a bulletin held twice is refused (unless replaced), a 文号 printed in two bulletins is
 *   reported with which file the build keeps it in, and a file the build would leave out entirely,
 *   or that would leave an existing bulletin without any document, is refused.
 */
import { realpath, stat } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import type { BulletinNode } from '../schema/tree.ts';
import type { Message } from '../schema/message.ts';
import { checkUnique, readBulletin, Stages, type Crash } from './build.ts';
import { checkBytes, describeFsError, listCorpus, readBytes, type CorpusFile } from './corpus.ts';
import { EXTENSIONS, readerFor } from './ingest/readers.ts';
import { FileProblem } from './ingest/problem.ts';
import { Messages } from './messages.ts';
import { structure } from './structure/index.ts';
import { documentLabel, nameNumberless } from './structure/numberless.ts';
import { idFromCover, idFromFileName } from './bulletin-id.ts';

/** A document as the plan sees it: enough to name it and to apply the build's rule of one bulletin per document. */
export interface DocumentFacts {
  id: string;
  docNumber: string;
  title: string;
  /** 成文日期, YYYY-MM-DD. */
  date: string;
  line: number;
}

/** A bulletin file of the corpus, scanned (or one that could not be: id undefined). */
export interface CorpusEntry {
  /** File name in the corpus folder. */
  name: string;
  path: string;
  id?: string;
  title?: string;
  year?: number;
  issue?: number;
  line?: number;
  documents: DocumentFacts[];
}

/** A file given to `gongbao add`, parsed as the build parses it. */
export interface Candidate {
  /** As given on the command line: messages name it so. */
  name: string;
  path: string;
  /** Its extension in lower case, kept in the corpus's file name. */
  ext: string;
  /** The bytes parsed, which are the bytes copied (a file changed since is not copied half-checked). */
  bytes?: Uint8Array;
  /** Undefined when the file is not a bulletin with documents: `messages` say why. */
  bulletin?: BulletinNode;
  messages: Message[];
  crashes: Crash[];
}

function documentFacts(bulletin: Pick<BulletinNode, 'children'>): DocumentFacts[] {
  return bulletin.children.map((d) => ({ id: d.id, docNumber: d.docNumber, title: d.title, date: d.date, line: d.position.line }));
}

/** Parses one file exactly as the build would (its reader by extension, then readBulletin). */
export async function parseCandidate(path: string): Promise<Candidate> {
  const name = path;
  const ext = extname(path).toLowerCase();
  const messages = new Messages();
  const crashes: Crash[] = [];
  const report = messages.reporter(name, 'add');
  const done = (extra: Partial<Candidate> = {}): Candidate => ({ name, path, ext, messages: messages.list, crashes, ...extra });
  const reader = readerFor(ext);
  if (!reader) {
    report('error', 'unsupported-file', `gongbao reads ${EXTENSIONS.join(', ')} files${ext ? `, not ${ext}` : ' (this name has no extension)'}`);
    return done();
  }
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('a folder'), { code: 'EISDIR' });
    size = info.size;
  } catch (error) {
    report('error', 'unreadable-file', `cannot be read: ${describeFsError(error)}`);
    return done();
  }
  const file: CorpusFile = { name, path, reader, size };
  let bytes: Uint8Array;
  try {
    // A file over the limit is refused before it is read into memory (the same words as the build's).
    if (size > reader.maxBytes) checkBytes({ length: size } as Uint8Array, reader);
    bytes = await readBytes(file);
  } catch (error) {
    if (!(error instanceof FileProblem)) throw error;
    report('error', error.code, error.message);
    return done();
  }
  const bulletin = await readBulletin({ name, bytes, reader }, messages, new Stages(), crashes);
  if (bulletin && bulletin.children.length === 0) {
    report('error', 'no-documents', 'no document was kept from this file (its warnings say why)', { line: bulletin.position.line });
    return done({ bytes });
  }
  return done({ bytes, ...(bulletin ? { bulletin } : {}) });
}

/**
 * One corpus file's bulletin id and documents, through ingest and structure only. The id is
 * computed as readBulletin computes it: from the first rendition's cover, else the file name.
 */
export async function scanCorpusFile(file: CorpusFile): Promise<CorpusEntry> {
  const entry: CorpusEntry = { name: file.name, path: file.path, documents: [] };
  const quiet = () => {};
  try {
    const bytes = await readBytes(file);
    const source = await file.reader.read(bytes, file.name, quiet);
    const renditions = structure(source, '', quiet);
    if (renditions.length === 0) return entry;
    const first = renditions[0]!;
    entry.id = (await idFromCover(first)) ?? (await idFromFileName(basename(file.name, extname(file.name))));
    for (const r of renditions) nameNumberless(r, entry.id);
    entry.title = first.title;
    entry.year = first.year;
    entry.issue = first.issue;
    entry.line = first.position.line;
    const seen = new Set<string>();
    for (const r of renditions) {
      for (const d of documentFacts(r)) {
        if (seen.has(d.id)) continue;
        seen.add(d.id);
        entry.documents.push(d);
      }
    }
  } catch {
    // A file the build cannot read either: it holds no bulletin for the plan.
    entry.id = undefined;
  }
  return entry;
}

/** Every bulletin file of the corpus folder, scanned (`onFile` after each, for progress). */
export async function scanCorpus(dir: string, onFile?: (name: string) => void, onList?: (count: number) => void): Promise<CorpusEntry[]> {
  const files = await listCorpus(dir, () => () => {});
  onList?.(files.length);
  const entries: CorpusEntry[] = [];
  for (const f of files) {
    entries.push(await scanCorpusFile(f));
    onFile?.(f.name);
  }
  return entries;
}

/** What will happen to one candidate. */
export interface Decision {
  candidate: Candidate;
  /** Its name in the corpus folder, <bulletinId><ext>, when it parsed. */
  target?: string;
  /** Why it is not added (empty: it is added). */
  refused: string[];
  /** Corpus files it replaces (--replace; or the candidate itself when it lies in the corpus under another name). */
  replaces: string[];
  /** Its own name in the corpus folder, when the candidate already lay there under another name (it is renamed). */
  movedFrom?: string;
  /** The candidate is the corpus's own file of that name already: nothing to copy. */
  inPlace?: boolean;
  /** Warnings about it: a 文号 also in another bulletin, with the build's decision. */
  notes: string[];
}

export interface PlanOptions {
  replace?: boolean;
}

/** The part of a BulletinNode checkUnique reads, built fresh for each simulation (it filters children in place). */
function simulated(id: string, file: string, documents: DocumentFacts[], cover: { title?: string | undefined; year?: number | undefined; issue?: number | undefined; line?: number | undefined }): BulletinNode {
  return {
    id,
    type: 'bulletin',
    title: cover.title ?? '',
    year: cover.year ?? 0,
    issue: cover.issue ?? 0,
    file,
    position: { line: cover.line ?? 1, endLine: cover.line ?? 1 },
    children: documents.map((d) => ({ id: d.id, docNumber: d.docNumber, position: { line: d.line, endLine: d.line } })),
  } as unknown as BulletinNode;
}

function compareDates(mine: string, theirs: string): string {
  return mine > theirs ? 'newer' : mine < theirs ? 'older' : 'of the same date';
}

/** The same path? (A candidate given from inside the corpus folder.) */
async function samePath(a: string, b: string): Promise<boolean> {
  try {
    return (await realpath(a)) === (await realpath(b));
  } catch {
    return resolve(a) === resolve(b);
  }
}

/**
 * Decides, for every candidate, whether it is added, under which name, what it replaces, and
 * what to say about it. Pure but for realpath (to see a candidate that already lies in the corpus).
 */
export async function planAdd(candidates: Candidate[], corpusEntries: CorpusEntry[], options: PlanOptions = {}): Promise<Decision[]> {
  const decisions: Decision[] = candidates.map((candidate) => ({ candidate, refused: [], replaces: [], notes: [] }));
  const ok = () => decisions.filter((d) => d.refused.length === 0);

  for (const d of decisions) {
    const b = d.candidate.bulletin;
    if (!b || b.children.length === 0) {
      const errors = d.candidate.messages.filter((m) => m.severity === 'error');
      const codes = [...new Set(errors.map((m) => m.code))];
      d.refused.push(`not a bulletin with documents${codes.length ? ` (${codes.join(', ')})` : ''}`);
      continue;
    }
    d.target = `${b.id}${d.candidate.ext}`;
  }

  // Two given files of one bulletin: the build would refuse both; so does add.
  const byId = new Map<string, Decision[]>();
  for (const d of ok()) {
    const id = d.candidate.bulletin!.id;
    byId.set(id, [...(byId.get(id) ?? []), d]);
  }
  for (const [id, group] of byId) {
    if (group.length < 2) continue;
    for (const d of group) {
      const others = group.filter((o) => o !== d).map((o) => o.candidate.name);
      d.refused.push(`${others.join(', ')} ${others.length === 1 ? 'is' : 'are'} also bulletin ${id}: two files of one issue are not merged; add one of them`);
    }
  }

  // The corpus as the candidates see it: a candidate that already lies in the corpus folder is moved, not doubled.
  const corpus: CorpusEntry[] = [];
  for (const e of corpusEntries) {
    let isCandidate: Decision | undefined;
    for (const d of ok()) if (await samePath(d.candidate.path, e.path)) isCandidate = d;
    if (isCandidate) {
      if (e.name === isCandidate.target) isCandidate.inPlace = true;
      else {
        isCandidate.replaces.push(e.name);
        isCandidate.movedFrom = e.name;
      }
      continue;
    }
    corpus.push(e);
  }

  for (const d of ok()) {
    const b = d.candidate.bulletin!;
    const same = corpus.filter((e) => e.id === b.id);
    const occupant = corpus.find((e) => e.name === d.target);
    if (occupant && occupant.id !== undefined && occupant.id !== b.id) {
      d.refused.push(`${d.target} is already in the corpus and holds another bulletin, ${occupant.id}: rename that file first (to ${occupant.id}${extname(occupant.name).toLowerCase()})`);
      continue;
    }
    if (occupant && occupant.id === undefined && !options.replace) {
      d.refused.push(`${d.target} is already in the corpus (a file gongbao cannot read as a bulletin); --replace overwrites it`);
      continue;
    }
    if (same.length && !options.replace) {
      const where = same.map((e) => e.path).join(', ');
      d.refused.push(`the corpus already holds bulletin ${b.id}${b.year ? ` (${b.title} ${b.year} 年第 ${b.issue} 期)` : ''}: ${where}; --replace replaces it`);
      continue;
    }
    for (const e of same) if (!d.replaces.includes(e.name)) d.replaces.push(e.name);
    if (occupant && !d.replaces.includes(occupant.name)) d.replaces.push(occupant.name);
  }

  // The build's rule of one bulletin per document, on the corpus as it would be: repeated until no
  // candidate is refused by it (refusing one only gives documents back to the others).
  for (;;) {
    const accepted = ok();
    const replaced = new Set(accepted.flatMap((d) => d.replaces));
    const remaining = corpus.filter((e) => e.id !== undefined && !replaced.has(e.name));
    const nodes: BulletinNode[] = [];
    for (const e of remaining) {
      const node = simulated(e.id!, e.name, e.documents, e);
      nodes.push(node);
    }
    for (const d of accepted) {
      const b = d.candidate.bulletin!;
      const node = simulated(b.id, d.target!, documentFacts(b), { title: b.title, year: b.year, issue: b.issue, line: b.position.line });
      nodes.push(node);
    }
    // listCorpus reads the folder in name order; so does the simulation.
    nodes.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const kept = checkUnique(nodes, new Messages());
    const keeper = new Map<string, string>();
    for (const node of kept) for (const doc of node.children) keeper.set(doc.id, node.file);
    let refusedNow = false;
    for (const d of accepted) {
      const b = d.candidate.bulletin!;
      d.notes = [];
      const others = [...remaining.map((e) => ({ file: e.name, documents: e.documents })), ...accepted.filter((o) => o !== d).map((o) => ({ file: o.target!, documents: documentFacts(o.candidate.bulletin!) }))];
      for (const doc of b.children) {
        for (const other of others) {
          const theirs = other.documents.find((x) => x.id === doc.id);
          if (!theirs) continue;
          const keptIn = keeper.get(doc.id);
          const decision =
            keptIn === d.target
              ? `the build keeps it in this file (${d.target}, first by name) and leaves it out of ${other.file}`
              : keptIn
                ? `the build keeps it in ${keptIn} (first by name) and leaves it out of this file (${d.target})`
                : 'the build leaves it out';
          d.notes.push(`${documentLabel(doc)} is also in ${other.file} (dated ${theirs.date}); this file's version dated ${doc.date} is ${compareDates(doc.date, theirs.date)}: ${decision}`);
        }
      }
      if (!kept.some((n) => n.file === d.target)) {
        d.refused.push(`every document of it is already in an earlier file of the corpus: the build would leave the whole file out`);
        refusedNow = true;
      }
    }
    // An existing bulletin that would lose every document to the candidates: the build would leave it
    // out, and refuse to publish without it.
    for (const e of remaining) {
      if (e.documents.length === 0 || kept.some((n) => n.file === e.name)) continue;
      for (const d of ok()) {
        const ids = new Set(d.candidate.bulletin!.children.map((x) => x.id));
        if (!e.documents.some((x) => ids.has(x.id))) continue;
        d.refused.push(`${e.name} would lose every document to it (the build keeps a document in the first file by name) and be left out; remove ${e.name} first if this file replaces it`);
        refusedNow = true;
      }
    }
    if (!refusedNow) break;
  }
  return decisions;
}
