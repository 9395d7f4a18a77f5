/**
 * The link stage, corpus-wide: finds the citations in every node's text, resolves them against
 * every bulletin of the corpus (a citation of a document in a later bulletin resolves once that
 * bulletin is in the corpus), reads each instrument's period of validity, and builds the "cited by"
 * lists and the authorities index. Unresolved or ambiguous citations stay plain text and are
 * reported with their line.
 */
import type { AttachmentNode, BulletinNode, HeadingNode, InstrumentNode, ItemNode, RowNode, TableNode, TreeNode } from '../../schema/tree.ts';
import {
  AUTHORITIES_SCHEMA_VERSION,
  type AuthoritiesFile,
  type CitedBy,
  type Reference,
  type Target,
  type Validity,
} from '../../schema/reference.ts';
import type { Report } from '../messages.ts';
import { visitTree, walk } from '../walk.ts';
import { regionOf } from '../../core/chinese/region.ts';
import { definedTitles, definitionsIn, uniqueAliases, variantTitle, type Definition } from './aliases.ts';
import { scanCitations, type AuthorityRef, type Citation, type QuoteState } from './citations.ts';
import { indexCorpus, type CorpusIndex, type Place } from './corpus.ts';
import { resolveCurrent, resolveInAuthority, resolveNested, resolveRelative, resolveSelf, type Outcome } from './resolve.ts';
import { Authorities } from './authorities.ts';
import { clauses, finish, readClause } from './validity.ts';
import { normalizeText } from '../../core/chinese/width.ts';

export interface LinkOptions {
  /**
   * A date (YYYY-MM-DD) to write each validity's status for (--as-of, SOURCE_DATE_EPOCH). Without
   * one the tree holds the dates only and the status is computed where it is shown, so the output
   * does not depend on the day of the build.
   */
  asOf?: string | undefined;
  generatedBy?: string;
}

/** What the link stage adds to one bulletin's file. */
export interface BulletinLinks {
  references: Reference[];
  /** Target node id → the places citing it (self-references like 本办法 are left out). */
  citedBy: Record<string, CitedBy[]>;
}

export interface LinkResult {
  /** The same bulletins, with `validity` filled in (in place) on instruments and on items/headings with their own period. */
  bulletins: BulletinNode[];
  /** By bulletin id. */
  links: Map<string, BulletinLinks>;
  authorities: AuthoritiesFile;
}

interface Scanned {
  node: TreeNode;
  field: Reference['field'];
  /** Offset of the scanned text in the field (a cell of a row). */
  offset: number;
  citations: Citation[];
  /** The source line of an offset in the scanned text, where the node spans several lines (table cells). */
  lineAt?: (offset: number) => number;
}

/** The running text of the nodes that have one (paragraphs, articles, items, subitems, headings). */
function textOf(node: TreeNode): string | undefined {
  switch (node.type) {
    case 'paragraph':
    case 'article':
    case 'item':
    case 'subitem':
    case 'heading':
      return node.text;
    default:
      return undefined;
  }
}

export function link(bulletins: BulletinNode[], reportFor: (file: string) => Report, options: LinkOptions = {}): LinkResult {
  const asOf = options.asOf;
  // Validity is written onto the nodes in place: the trees belong to this build, and a copy of
  // them costs more than the whole stage.
  const trees = bulletins;
  const index = indexCorpus(trees);
  nameTexts(trees);
  const registry = new Authorities();
  const links = new Map<string, BulletinLinks>();
  const all: Array<{ reference: Reference; bulletin: string }> = [];
  /** Texts of quoted articles, by the reference of their heading (for the authorities index only). */
  const quotedTexts = new Map<Reference, string>();

  for (const bulletin of trees) links.set(bulletin.id, { references: [], citedBy: {} });

  for (const bulletin of trees) {
    const report = reportFor(bulletin.file);
    const out = links.get(bulletin.id)!;
    for (const doc of bulletin.children) {
      const scanned = scanDocument(doc, report);
      for (const s of scanned) {
        const place = index.places.get(s.node.id)!;
        // The outer title a nested one stands in, and what it named.
        let outer: { end: number; target: Target | null } | undefined;
        for (const c of s.citations) {
          const within = c.kind === 'title' && c.nested && outer && c.start < outer.end ? outer : undefined;
          const resolved = resolveCitation(index, registry, place, s, c, report, within);
          if (c.kind === 'title' && !c.nested) outer = { end: c.end, target: resolved[0]?.target ?? null };
          for (const reference of resolved) {
            out.references.push(reference);
            all.push({ reference, bulletin: bulletin.id });
            if (c.quotedText) quotedTexts.set(reference, c.quotedText);
          }
        }
      }
      readValidity(doc, out.references, index, asOf, report);
    }
    registry.report(report);
  }

  for (const { reference: r } of all) {
    if (r.target?.type !== 'node' || r.kind === 'self') continue;
    const into = links.get(r.target.bulletin);
    if (!into) continue;
    const by: CitedBy = { from: r.from, bulletin: bulletinOf(index, r.from), surface: r.surface };
    if (r.line !== undefined) by.line = r.line;
    (into.citedBy[r.target.id] ??= []).push(by);
  }

  return {
    bulletins: trees,
    links,
    authorities: {
      schemaVersion: AUTHORITIES_SCHEMA_VERSION,
      generatedBy: options.generatedBy ?? 'gongbao',
      ...(asOf ? { asOf } : {}),
      authorities: registry.index(all, quotedTexts),
    },
  };
}

/**
 * Short names (aliases) on every instrument and attachment, unique in the corpus; an abbreviation
 * (国资) only where its bulletin uses it.
 */
function nameTexts(bulletins: BulletinNode[]): void {
  const titled: Array<{ id: string; title: string; also: string[]; inText: (a: string) => boolean; parts: number | undefined; node: InstrumentNode | AttachmentNode }> = [];
  const regions = new Set<string>();
  for (const bulletin of bulletins) {
    const region = regionOf(bulletin.title);
    if (region) regions.add(region);
    // An abbreviation in use anywhere in the bulletin (国资 in 国资国企改革) may name a text of it.
    let text: string | undefined;
    const inText = (a: string) => (text ??= [...walk(bulletin)].map((n) => textOf(n) ?? '').join('\n')).includes(a);
    for (const doc of bulletin.children) {
      // The definitions the document prints (（以下简称《建房办法》）, 本办法所称“…”（以下简称风补资金）).
      let definitions: Definition[] | undefined;
      const defined = () => (definitions ??= definitionsIn([...walk(doc)].flatMap((n) => textOf(n) ?? [])));
      for (const c of doc.children) {
        if ((c.type !== 'instrument' && c.type !== 'attachment') || !c.title) continue;
        // Its task list, or the 附件 list of its document, may call it otherwise (阻击仗 and 攻坚仗 for
        // the 阻击战 and 攻坚战 its titles print).
        const listed = c.type === 'attachment' ? doc.attachments.filter((a) => a.id === c.id).map((a) => a.title) : [];
        const tables = [...walk(c)].flatMap((t) => (t.type === 'table' && t.title ? [t.title] : []));
        const also = [
          ...[...tables, ...listed].map((t) => variantTitle(c.title!, t, region ? [region] : [])).filter((t): t is string => !!t),
          ...definedTitles(c.title, defined()),
        ];
        titled.push({ id: c.id, title: c.title, also: [...new Set(also)], inText, parts: partsOf(c), node: c });
      }
    }
  }
  const aliases = uniqueAliases(titled, [...regions]);
  for (const t of titled) {
    const names = aliases.get(t.id) ?? [];
    if (names.length) t.node.aliases = names;
  }
}

/** How many measures a text lists: its outline headings or articles at the top (none when it has chapters). */
function partsOf(node: InstrumentNode | AttachmentNode): number | undefined {
  const parts = node.children.filter((c) => c.type === 'heading' || c.type === 'article');
  return parts.length && !node.children.some((c) => c.type === 'chapter') ? parts.length : undefined;
}

function bulletinOf(index: CorpusIndex, id: string): string {
  return index.places.get(id)?.bulletin.id ?? '';
}

/** Every text of a document, in reading order, with its citations scoped. */
function scanDocument(doc: TreeNode, report: Report): Scanned[] {
  const out: Scanned[] = [];
  const aliases = new Map<string, AuthorityRef>();
  const scan: Scan = (node, field, text, offset = 0, quote, lineAt) => {
    const r = scanCitations(text, { aliases, quote });
    for (const p of r.problems) report('warning', 'unbalanced-title-bracket', `${p.message} in ${node.id}: …${text.slice(p.offset, p.offset + 20)}…`, { line: lineAt?.(p.offset) ?? node.position.line });
    if (r.citations.length) out.push({ node, field, offset, citations: r.citations, ...(lineAt ? { lineAt } : {}) });
    return r;
  };
  // The parts of a 决定 amending other texts (（一）对《…办法》（云府发〔2021〕6号）作如下修改： ⏎ 1.将第八条第二款修改为…):
  // below such a part, an article cited bare, and 本办法 in the new wording it quotes, are the amended text's; so too in a
  // text explaining another (below).
  const amended: Array<{ under: string; authority: AuthorityRef }> = [];
  visitTree(doc, (node) => {
    const from = out.length;
    if (node.type === 'document' || node.type === 'instrument' || node.type === 'attachment') {
      if (node.title) {
        const r = scan(node, 'title', node.title);
        // A text without a 文号 named after another it explains (《…办法》政策解读): an article it cites bare is that text's.
        const explained = node.type === 'document' && !node.docNumber ? r.citations.filter((c) => c.kind === 'title' && c.authority && !c.nested) : [];
        if (explained.length === 1) amended.push({ under: `${node.id}/`, authority: explained[0]!.authority! });
      }
    } else if (node.type === 'table') {
      if (node.caption) scan(node, 'caption', node.caption);
      scanTable(node, scan);
      return false;
    } else {
      const text = textOf(node);
      if (text !== undefined) {
        const r = scan(node, 'text', text);
        const named = node.type === 'heading' && AMENDS.test(text) ? r.citations.find((c) => (c.kind === 'title' || c.kind === 'docNumber') && c.authority && !c.nested)?.authority : undefined;
        if (named) amended.push({ under: `${node.id}/`, authority: named });
      }
    }
    let within: (typeof amended)[number] | undefined;
    for (let k = amended.length - 1; k >= 0 && !within; k--) if (node.id.startsWith(amended[k]!.under)) within = amended[k];
    if (within) {
      for (const s of out.slice(from)) {
        for (const c of s.citations) {
          if (c.kind === 'pinpoint' && c.base?.type === 'current') c.base = { type: 'authority', authority: within.authority };
          else if (c.kind === 'self' && c.self === 'instrument' && !c.authority) c.authority = within.authority;
        }
      }
    }
    return true;
  });
  return out;
}

/** A part of a 决定 saying how it amends the text it names: 对《…》作如下修改, 《…》修改如下, 作出如下修订. */
const AMENDS = /《[^》]+》.{0,40}?(?:作(?:出)?如下(?:修改|修订)|(?:修改|修订)如下)/u;

/**
 * Rows cell by cell. A quotation open at the end of a cell carries into the same column of the next
 * row (a quoted law continues over a page break: 第七十九条 … of the 行政处罚法 quoted a row before);
 * rows whose cell holds no citation (repeated headers, empty cells) pass it on.
 */
type Scan = (
  node: TreeNode,
  field: Reference['field'],
  text: string,
  offset?: number,
  quote?: QuoteState,
  lineAt?: (offset: number) => number,
) => { citations: Citation[]; quote: QuoteState | undefined };

function scanTable(table: TableNode, scan: Scan): void {
  const carry: Array<QuoteState | undefined> = [];
  for (const row of table.children) {
    if (row.header) continue;
    let offset = 0;
    // A row naming another text in a cell of its own (文件名称, 文号: a list of texts repealed or amended) cites
    // that text's articles in the cells after it (修改内容: 将第三条、第九条中的…), not its own table's.
    let named: AuthorityRef | undefined;
    row.cells.forEach((cell, i) => {
      if (cell.trim()) {
        const r = scan(row, 'text', cell, offset, carry[i], cellLines(table, row, i));
        if (r.citations.length) carry[i] = r.quote;
        if (named) for (const c of r.citations) if (c.kind === 'pinpoint' && c.base?.type === 'current') c.base = { type: 'authority', authority: named };
        const whole = r.citations.find((c) => (c.kind === 'docNumber' || c.kind === 'title') && c.authority && c.start === 0 && c.end >= cell.trim().length - 1);
        if (whole) named = whole.authority;
      }
      offset += cell.length + 1;
    });
  }
}

/**
 * A logical row gathers pieces printed on several lines (a cell running over a page break): the
 * tables stage keeps each piece with its line, so a citation gets the line it was printed on.
 */
function cellLines(table: TableNode, row: RowNode, i: number): ((offset: number) => number) | undefined {
  const key = table.columns?.[i]?.key;
  const sources = key ? row.details?.[key]?.sources : undefined;
  if (!sources || sources.length < 2) return undefined;
  const cell = row.cells[i]!;
  const starts: Array<[number, number]> = [];
  let cursor = 0;
  for (const src of sources) {
    // Pieces keep the printed spacing and punctuation; the cell has them normalised.
    const at = cell.indexOf(normalizeText(src.text).slice(0, 12), cursor);
    if (at < 0) continue;
    starts.push([at, src.line]);
    cursor = at + 1;
  }
  return (offset) => {
    let line = row.position.line;
    for (const [at, l] of starts) if (at <= offset) line = l;
    return line;
  };
}

function reference(s: Scanned, c: Citation, outcome: Outcome, place: Place, span: [number, number] = [c.start, c.end], text?: string): Reference {
  const r: Reference = {
    from: s.node.id,
    field: s.field,
    surface: text ?? c.surface,
    span: [s.offset + span[0], s.offset + span[1]],
    line: s.lineAt?.(span[0]) ?? place.node.position.line,
    kind: c.kind,
    target: outcome.target,
    resolved: outcome.target !== null,
  };
  if (c.quoted) r.quoted = true;
  return r;
}

function resolveCitation(index: CorpusIndex, registry: Authorities, place: Place, s: Scanned, c: Citation, report: Report, outer?: { target: Target | null }): Reference[] {
  const outcomes: Outcome[] = [];
  /** The printed span of each outcome, when finer than the citation's. */
  const spans: Array<[number, number] | undefined> = [];
  switch (c.kind) {
    case 'title':
    case 'docNumber':
      outcomes.push(outer ? resolveNested(index, registry, c.authority!, outer.target) : resolveInAuthority(index, registry, c.authority!, undefined));
      break;
    case 'self':
      outcomes.push(c.authority ? resolveInAuthority(index, registry, c.authority, undefined) : resolveSelf(index, place, c));
      break;
    case 'attachment': {
      // Of the text named before it (《暂行规定》附件2): that text's document; else the one citing it.
      const named = c.authority ? resolveInAuthority(index, registry, c.authority, undefined) : undefined;
      const document = named?.target?.type === 'node' ? index.places.get(named.target.id)?.document : place.document;
      if (named && named.target?.type !== 'node') {
        outcomes.push(named.target ? named : { target: null, reason: named.reason ?? 'the text named is not found' });
        break;
      }
      // The attachment itself named by its title (《…登记表》（附件1）).
      const namedNode = named?.target?.type === 'node' ? named.target : undefined;
      const itself = namedNode ? index.places.get(namedNode.id)?.node : undefined;
      if (namedNode && itself?.type === 'attachment' && itself.number === c.attachment) {
        outcomes.push({ target: namedNode });
        break;
      }
      const att = document?.attachments.find((a) => a.number === c.attachment);
      outcomes.push(att?.id ? { target: { type: 'node', id: att.id, bulletin: place.bulletin.id } } : { target: null, reason: `the document has no attachment ${c.attachment}` });
      break;
    }
    case 'relative': {
      const base = c.base as Extract<NonNullable<Citation['base']>, { type: 'relative' }>;
      const points = c.points ?? [undefined];
      for (const p of points) outcomes.push(...resolveRelative(index, registry, place, base.relative, base.count, base.quote, p));
      break;
    }
    case 'pinpoint':
      c.points!.forEach((p, i) => {
        if (c.base?.type === 'authority') outcomes.push(resolveInAuthority(index, registry, c.base.authority, p));
        else outcomes.push(resolveCurrent(index, place, p));
        spans[i] = c.pointSpans?.[i];
      });
      break;
  }
  const refs = outcomes.map((o, i) => {
    const span = spans[i];
    return span ? reference(s, c, o, place, span, c.surface.slice(span[0] - c.start, span[1] - c.start)) : reference(s, c, o, place);
  });
  const failed = outcomes.filter((o): o is { target: null; reason: string } => o.target === null);
  if (failed.length) {
    const reasons = [...new Set(failed.map((f) => f.reason))].join('; ');
    const surfaces = [...new Set(refs.filter((r) => !r.resolved).map((r) => r.surface))].join('、');
    report('warning', 'unresolved-reference', `「${surfaces}」 in ${s.node.id} left as text: ${reasons}`, { line: s.lineAt?.(c.start) ?? place.node.position.line });
  }
  return refs;
}

/**
 * Validity of each instrument of a document, from the clauses of its own body (tables, which quote
 * other texts, are not read). A clause that names items of the instrument (其中第二、三、四、五项…)
 * gives those items their own period.
 */
function readValidity(doc: TreeNode, references: Reference[], index: CorpusIndex, asOf: string | undefined, report: Report): void {
  if (doc.type !== 'document') return;
  const byNode = new Map<string, Reference[]>();
  for (const r of references) if (r.field === 'text') (byNode.get(r.from) ?? byNode.set(r.from, []).get(r.from)!).push(r);
  for (const instrument of doc.children) {
    if (instrument.type !== 'instrument') continue;
    const v: Validity = { basis: 'date-of-issue', effectiveFrom: doc.date };
    let duration: { n: number; unit: '年' | '个月' } | undefined;
    const repeals: NonNullable<Validity['repeals']> = [];
    const items: Array<{ node: HeadingNode | ItemNode; validity: Validity; duration?: { n: number; unit: '年' | '个月' } | undefined }> = [];
    const texts: Array<{ node: TreeNode; text: string }> = [];
    visitTree(instrument, (n) => {
      const text = textOf(n);
      if (text !== undefined) texts.push({ node: n, text });
      return n.type !== 'table';
    });
    let stated = false;
    for (const { node, text } of texts) {
      if (!/施行|实施|执行|生效|有效期|废止|失效/.test(text)) continue;
      const refs = byNode.get(node.id) ?? [];
      let sentenceHasStart = -1;
      for (const clause of clauses(text)) {
        const reading = readClause(clause.text, doc.date);
        if (reading.from && !/《/.test(clause.text)) sentenceHasStart = clause.sentence;
        const inClause = refs.filter((r) => r.span[0] >= clause.start && r.span[1] <= clause.end);
        const parts = inClause.filter((r) => r.kind === 'pinpoint' && r.target?.type === 'node' && r.target.id.startsWith(`${doc.id}/`));
        if (reading.repeal) {
          for (const r of inClause.filter((x) => x.kind === 'title')) repeals.push({ title: r.surface.slice(1, -1), target: r.target });
        }
        if (parts.length && (reading.from || reading.until || reading.duration)) {
          for (const r of parts) {
            const target = index.places.get((r.target as Extract<Target, { type: 'node' }>).id)?.node;
            if (target?.type !== 'heading' && target?.type !== 'item') continue;
            const own: Validity = { basis: 'stated', statedIn: { id: node.id, line: node.position.line } };
            if (reading.from) own.effectiveFrom = reading.from;
            if (reading.until) own.effectiveUntil = reading.until;
            items.push({ node: target, validity: own, duration: reading.duration });
          }
          continue;
        }
        if (parts.length || /《/.test(clause.text)) continue;
        if (reading.from) {
          if (stated && v.effectiveFrom !== reading.from) {
            report('warning', 'conflicting-validity', `${instrument.id}: a second start date ${reading.from} (first ${v.effectiveFrom})`, { line: node.position.line });
            continue;
          }
          v.effectiveFrom = reading.from;
          v.basis = 'stated';
          v.statedIn = { id: node.id, line: node.position.line };
          stated = true;
        }
        if (reading.until && clause.sentence === sentenceHasStart) v.effectiveUntil = reading.until;
        if (reading.duration && clause.sentence === sentenceHasStart) duration = reading.duration;
      }
    }
    if (repeals.length) v.repeals = repeals;
    instrument.validity = finish(v, asOf, duration);
    for (const it of items) {
      it.validity.effectiveFrom ??= v.effectiveFrom;
      it.node.validity = finish(it.validity, asOf, it.duration);
    }
    if (!stated) report('info', 'no-validity-clause', `${instrument.id} states no start date; the 成文日期 ${doc.date} is used`, { line: instrument.position.line });
  }
}
