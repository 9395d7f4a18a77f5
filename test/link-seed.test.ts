/**
 * Resolution on the real tree of the seed, built as `gongbao build` builds it (ingest → structure →
 * tables → reconcile → link), and across bulletins: a citation of a document that arrives in a
 * later bulletin resolves once both are in the corpus.
 */
import { describe, expect, it } from 'vitest';
import { SEED_FILE, byId, seedText, walk } from './seed.ts';
import { ingestText } from '../pipeline/ingest/text.ts';
import { structure } from '../pipeline/structure/index.ts';
import { normalizeTables } from '../pipeline/tables/index.ts';
import { reconcile } from '../pipeline/reconcile/index.ts';
import { Messages } from '../pipeline/messages.ts';
import { link } from '../pipeline/link/index.ts';
import { annotator, linksOf } from '../pipeline/link/outline.ts';
import { AuthoritiesFile, type Reference } from '../schema/reference.ts';
import { BulletinFile, SCHEMA_VERSION } from '../schema/output.ts';
import type { BulletinNode, TreeNode } from '../schema/tree.ts';

function tree(text: string, file: string, id: string): { bulletin: BulletinNode; messages: Messages } {
  const messages = new Messages();
  const renditions = structure(ingestText(text, file), id, messages.reporter(file, 'structure'));
  const tabled = renditions.map((r) => normalizeTables(r, messages.reporter(file, 'tables')));
  return { bulletin: reconcile(tabled, messages.reporter(file, 'reconcile')), messages };
}

const AS_OF = '2026-11-27';
const seed = tree(seedText, SEED_FILE, 'youxian-2023-01');
const messages = new Messages();
const result = link([seed.bulletin], (file) => messages.reporter(file, 'link'), { asOf: AS_OF });
const { references, citedBy } = result.links.get('youxian-2023-01')!;
const root = result.bulletins[0]!;
const authorities = new Map(result.authorities.authorities.map((a) => [a.id, a]));

/** The strings the link stage reads, by field, as it reads them. */
function fieldOf(node: TreeNode, field: Reference['field']): string {
  const n = node as { text?: string; title?: string; caption?: string; cells?: string[] };
  if (node.type === 'row') return n.cells!.join('\t');
  return (field === 'text' ? n.text : field === 'title' ? n.title : n.caption) ?? '';
}
const scanned = [...walk(root)].flatMap((n): Array<[TreeNode, Reference['field']]> => {
  if (n.type === 'bulletin' || n.type === 'chapter' || n.type === 'section') return [];
  if (n.type === 'document' || n.type === 'instrument' || n.type === 'attachment') return [[n, 'title']];
  if (n.type === 'table') return n.caption ? [[n, 'caption']] : [];
  if (n.type === 'row' && n.header) return [];
  return [[n, 'text']];
});
const targetOf = (r: Reference) =>
  r.target?.type === 'node' ? r.target.id : r.target ? `${authorities.get(r.target.authority)?.title}#${r.target.article ?? ''}` : null;
const lineOf = (n: number) => (r: Reference) => r.line === n;

describe('what is found on the seed', () => {
  it('every reference’s surface is the text at its span', () => {
    expect(references.length).toBeGreaterThan(700);
    for (const r of references) {
      const node = byId(root, r.from)!;
      expect(fieldOf(node, r.field).slice(r.span[0], r.span[1]), r.from).toBe(r.surface);
    }
  });

  it('every 《》 title is found, nested ones too, and every 文号', () => {
    let openings = 0;
    let numbers = 0;
    for (const [node, field] of scanned) {
      const text = fieldOf(node, field);
      openings += (text.match(/[《〈]/g) ?? []).length;
      numbers += (text.match(/[〔[【［C]\s*\d{4}\s*[〕\]】］]\s*\d{1,4}\s*号/g) ?? []).length;
    }
    const titles = references.filter((r) => r.kind === 'title');
    const unbalanced = messages.list.filter((m) => m.code === 'unbalanced-title-bracket').length;
    expect(titles.length + unbalanced).toBe(openings);
    expect(titles.length).toBeGreaterThan(590);
    expect(titles.filter((r) => r.surface.startsWith('〈') || /^《[^》]*《/.test(r.surface)).length).toBeGreaterThan(0);
    expect(references.filter((r) => r.kind === 'docNumber' && /〔\d{4}〕/.test(r.surface.replace(/[[【［C]/, '〔').replace(/[\]】］]/, '〕'))).length).toBe(numbers);
    const distinct = new Set(references.filter((r) => r.kind === 'docNumber').map((r) => r.surface.replace(/\s/g, '')));
    expect(distinct.size).toBeGreaterThanOrEqual(30);
  });

  it('references to this bulletin’s instruments resolve to their nodes', () => {
    for (const doc of root.children) {
      for (const ins of doc.children.filter((c) => c.type === 'instrument')) {
        const from = (citedBy[ins.id] ?? []).map((c) => c.from);
        expect(from, ins.id).toContain(doc.id); // the notice's title
        expect(from.some((f) => f.startsWith(`${doc.id}/notice/`)), ins.id).toBe(true);
      }
    }
    // 本办法 in the 违法建设 细则 is the 细则 itself.
    const self = references.filter((r) => r.from === 'yzbf-2023-4/ins_1/art_3/para_2' && r.kind === 'self');
    expect(self.map((r) => [r.surface, targetOf(r)])).toEqual([['本办法', 'yzbf-2023-4/ins_1']]);
  });

  it('the 8号 措施’s 第二、三、四、五项 and 第四、五项 resolve to its headings 二 to 五', () => {
    const at1969 = references.filter(lineOf(1969)).filter((r) => r.kind === 'pinpoint');
    expect(at1969.map((r) => [r.surface, targetOf(r)])).toEqual([
      ['第二、三、四、五项', 'yzbf-2023-8/hd_2'],
      ['第二、三、四、五项', 'yzbf-2023-8/hd_3'],
      ['第二、三、四、五项', 'yzbf-2023-8/hd_4'],
      ['第二、三、四、五项', 'yzbf-2023-8/hd_5'],
      ['第四、五项', 'yzbf-2023-8/hd_4'],
      ['第四、五项', 'yzbf-2023-8/hd_5'],
    ]);
    expect(citedBy['yzbf-2023-8/hd_4']).toHaveLength(2);
  });

  it('articles of the 行政处罚法 and 消防法 quoted in 〔2023〕9号 附件1 resolve to external article records of the right law', () => {
    const rows = references.filter((r) => r.from.startsWith('yzbf-2023-9/att_1/') && r.kind === 'pinpoint');
    const articles = (law: string) =>
      [...new Set(rows.filter((r) => r.target?.type === 'external' && authorities.get(r.target.authority)?.title === law).map((r) => (r.target as { article: number }).article))].sort((a, b) => a - b);
    expect(articles('中华人民共和国行政处罚法')).toEqual([20, 67, 74, 76, 77, 78, 79, 80, 81, 82, 83]);
    expect(articles('中华人民共和国消防法')).toEqual([31, 32, 52]);
    // The bare 第七十九条 … 第八十三条 that follow the named law are quoted articles of it.
    const bare = rows.filter((r) => ['第七十九条', '第八十条', '第八十三条'].includes(r.surface));
    expect(bare.length).toBeGreaterThanOrEqual(3);
    expect(bare.every((r) => r.quoted && targetOf(r)?.startsWith('中华人民共和国行政处罚法#'))).toBe(true);
    // The row gathers lines 2055–2063; each citation keeps the line it was printed on.
    expect(rows.find((r) => r.surface === '第七十六条')?.line).toBe(2055);
    expect(rows.find((r) => r.surface === '第七十九条')?.line).toBe(2059);
    const record = [...authorities.values()].find((a) => a.title === '中华人民共和国行政处罚法')!;
    expect(record.kind).toBe('法律');
    expect(record.articles.find((a) => a.article === 79)).toMatchObject({ label: '第七十九条', quoted: true });
    // The article records carry the text as quoted, 款 by 款, and stop where the quotation ends.
    const art79 = record.articles.find((a) => a.article === 79)!.text!;
    expect(art79.split('\n').map((p) => p.slice(0, 8))).toEqual(['行政机关截留、私', '执法人员利用职务']);
    expect(record.articles.find((a) => a.article === 83)!.text).toMatch(/依法追究刑事责任。$/);
    expect(record.articles.find((a) => a.article === 20)!.text).toBeUndefined();
  });

  it('traps: nothing in a quote or a table points at the current instrument; no 期/批/章/届 and no year next to 号 links', () => {
    const tableRefs = references.filter((r) => /\/tbl_\d+\/row_\d+$/.test(r.from));
    expect(tableRefs.filter((r) => r.target?.type === 'node' && (r.kind === 'pinpoint' || r.kind === 'relative'))).toEqual([]);
    expect(references.filter((r) => /第.{1,4}[期批章届次]$/.test(r.surface))).toEqual([]);
    expect(references.filter((r) => r.kind === 'docNumber' && /年/.test(r.surface))).toEqual([]);
    expect(references.filter((r) => r.kind === 'pinpoint' && r.target?.type === 'node' && !r.target.id.startsWith('yzbf-2023-8/hd_'))).toEqual([]);
  });

  it('leaves nothing unresolved on the seed, and says so when it does elsewhere', () => {
    expect(references.filter((r) => !r.resolved)).toEqual([]);
    expect(messages.list.filter((m) => m.code === 'unresolved-reference')).toEqual([]);
  });
});

describe('validity', () => {
  const validity = (id: string) => (byId(root, id) as { validity?: object }).validity;

  it('each instrument has its start (自印发之日起 = the notice’s date) and, where stated, its end', () => {
    expect(validity('yzbf-2023-1/ins_1')).toMatchObject({ effectiveFrom: '2023-02-01', basis: 'stated', statedIn: { line: 145 }, status: '施行中' });
    expect(validity('yzbf-2023-4/ins_1')).toMatchObject({ effectiveFrom: '2023-06-15', basis: 'stated' });
    expect(validity('yzbf-2023-4/ins_2')).toMatchObject({ effectiveFrom: '2023-06-15', basis: 'stated' });
    expect(validity('yzbf-2023-6/ins_1')).toMatchObject({ effectiveFrom: '2023-09-04', basis: 'stated' });
    expect(validity('yzbf-2023-8/ins_1')).toMatchObject({ effectiveFrom: '2024-01-01', effectiveUntil: '2024-12-31', status: '已失效', asOf: AS_OF });
    for (const id of ['yzbf-2023-2/ins_1', 'yzbf-2023-7/ins_1', 'yzbf-2023-9/ins_1']) {
      const doc = byId(root, id.split('/')[0]!) as { date: string };
      expect(validity(id), id).toMatchObject({ effectiveFrom: doc.date, basis: 'date-of-issue' });
    }
  });

  it('the 8号 措施’s items 二 to 五 carry their shorter period, the others none of their own', () => {
    for (const n of [2, 3, 4, 5]) {
      expect(validity(`yzbf-2023-8/hd_${n}`)).toMatchObject({ effectiveFrom: '2024-01-01', effectiveUntil: '2024-06-30', statedIn: { line: 1969 } });
    }
    for (const n of [1, 6, 12]) expect(validity(`yzbf-2023-8/hd_${n}`)).toBeUndefined();
  });

  it('writes the status only for a date the build is given (--as-of)', () => {
    const m = new Messages();
    const early = link([tree(seedText, SEED_FILE, 'youxian-2023-01').bulletin], (f) => m.reporter(f, 'link'), { asOf: '2024-03-01' });
    const ins = byId(early.bulletins[0]!, 'yzbf-2023-8/ins_1') as { validity?: { status?: string } };
    expect(ins.validity?.status).toBe('施行中');
    const hd = byId(early.bulletins[0]!, 'yzbf-2023-8/hd_6') as { validity?: unknown };
    expect(hd.validity).toBeUndefined();
  });
});

describe('outputs', () => {
  it('the bulletin file with its references and backlinks, and the authorities index, match their schemas', () => {
    const file = BulletinFile.parse({ schemaVersion: SCHEMA_VERSION, generatedBy: 'test', bulletin: root, messages: [], references, citedBy });
    expect(file.references).toHaveLength(references.length);
    const index = AuthoritiesFile.parse(result.authorities);
    expect(index.authorities.length).toBeGreaterThan(250);
    const planning = index.authorities.find((a) => a.title === '中华人民共和国城乡规划法')!;
    expect(planning.kind).toBe('法律');
    expect(planning.citedBy.some((c) => c.from.startsWith('yzbf-2023-4/ins_1/'))).toBe(true);
    // A title printed with its 文号 is one authority.
    const fire = index.authorities.find((a) => a.title === '消防安全责任制实施办法')!;
    expect(fire.docNumber).toBe('国办发〔2017〕87号');
    expect(index.authorities.filter((a) => a.docNumber === '国办发〔2017〕87号')).toHaveLength(1);
  });

  it('lists a node’s references and its cited-by for the outline', () => {
    const hd4 = linksOf({ references, citedBy }, 'yzbf-2023-8/hd_4');
    expect(hd4.citedBy.map((c) => c.surface)).toEqual(['第二、三、四、五项', '第四、五项']);
    const closing = linksOf({ references, citedBy }, references.find(lineOf(1969))!.from);
    expect(closing.references.map((r) => r.surface)).toContain('第四、五项');
    const annotate = annotator({ references, citedBy }, authorities, AS_OF);
    const lines = annotate(byId(root, 'yzbf-2023-8/hd_4')!, '');
    expect(lines[0]).toBe('  时效性：已失效（2024-01-01 至 2024-06-30，见 line 1969）');
    expect(lines.some((l) => /^ {2}← \S+「第四、五项」 line 1969$/.test(l))).toBe(true);
    const closingLines = annotate(byId(root, closing.references[0]!.from)!, '');
    expect(closingLines).toContain('  → 第二、三、四、五项  yzbf-2023-8/hd_2, yzbf-2023-8/hd_3, yzbf-2023-8/hd_4, yzbf-2023-8/hd_5');
    const quoted = annotate(byId(root, references.find((r) => r.surface === '第七十九条')!.from)!, '');
    expect(quoted).toContain('  → 第七十九条  《中华人民共和国行政处罚法》第七十九条');
  });
});

describe('across bulletins', () => {
  const later = `攸县人民政府公报

攸县人民政府办公室

2024 年第 1 期

攸政办发〔2024〕3号

**攸县人民政府办公室
关于印发《攸县风险补偿资金追偿办法》的通知**

各乡镇人民政府：

《攸县风险补偿资金追偿办法》已经县人民政府同意，现印发给你们。

攸县人民政府办公室

2024年3月1日

攸县风险补偿资金追偿办法

第一条 为规范追偿工作，根据《攸县“攸惠贷”风险补偿资金管理办法》（攸政办发〔2023〕1号）第十四条第（三）项和第十二条的规定，制定本办法。

第二条 合作银行应当按照本办法第一条和第九十九条的规定开展追偿。

第三条 本办法自 2024 年 3 月 1 日起施行，有效期至 2026 年 2 月 28 日。原《攸县“攸惠贷”风险补偿资金管理办法》第十二条同时废止。
`;

  it('a citation of a document of another bulletin resolves when both are in the corpus, and is external otherwise', () => {
    const m = new Messages();
    const alone = link([tree(later, 'youxian-2024-01.txt', 'youxian-2024-01').bulletin], (f) => m.reporter(f, 'link'), { asOf: AS_OF });
    const a = alone.links.get('youxian-2024-01')!.references.filter((r) => r.from.endsWith('/art_1') && r.kind === 'pinpoint');
    expect(a.map((r) => r.target?.type)).toEqual(['external', 'external']);

    const both = link([tree(seedText, SEED_FILE, 'youxian-2023-01').bulletin, tree(later, 'youxian-2024-01.txt', 'youxian-2024-01').bulletin], (f) => m.reporter(f, 'link'), { asOf: AS_OF });
    const refs = both.links.get('youxian-2024-01')!.references;
    const art1 = refs.filter((r) => r.from.endsWith('/art_1'));
    expect(art1.filter((r) => r.kind === 'pinpoint').map((r) => r.target)).toEqual([
      { type: 'node', id: 'yzbf-2023-1/art_14/item_3', bulletin: 'youxian-2023-01' },
      { type: 'node', id: 'yzbf-2023-1/art_12', bulletin: 'youxian-2023-01' },
    ]);
    // The 文号 beside the title names the same text as the title: the 办法 itself.
    expect(art1.filter((r) => r.kind === 'docNumber' || r.kind === 'title').map((r) => r.target)).toEqual([
      { type: 'node', id: 'yzbf-2023-1/ins_1', bulletin: 'youxian-2023-01' },
      { type: 'node', id: 'yzbf-2023-1/ins_1', bulletin: 'youxian-2023-01' },
    ]);
    // The backlink lands in the cited bulletin's file.
    expect(both.links.get('youxian-2023-01')!.citedBy['yzbf-2023-1/art_14/item_3']).toEqual([
      expect.objectContaining({ bulletin: 'youxian-2024-01', surface: '第十四条第（三）项' }),
    ]);
    // 第九十九条 of this very 办法 does not exist: left as text, with a warning on its line.
    const missing = refs.find((r) => r.surface === '第九十九条')!;
    expect(missing.resolved).toBe(false);
    expect(m.list.some((x) => x.code === 'unresolved-reference' && x.file === 'youxian-2024-01.txt' && x.line === missing.line && /第九十九条/.test(x.message))).toBe(true);
    // Validity: stated start and end, and the repeal link.
    const ins = both.bulletins[1]!.children[0]!.children.find((c) => c.type === 'instrument')!;
    expect(ins.type === 'instrument' && ins.validity).toMatchObject({
      effectiveFrom: '2024-03-01',
      effectiveUntil: '2026-02-28',
      status: '已失效',
      repeals: [{ title: '攸县“攸惠贷”风险补偿资金管理办法', target: { type: 'node', id: 'yzbf-2023-1/ins_1' } }],
    });
  });
});

describe('positional and in-instrument citations', () => {
  const text = `攸县人民政府公报

攸县人民政府办公室

2024 年第 2 期

攸政办发〔2024〕5号

**攸县人民政府办公室
关于印发《攸县测试管理办法》的通知**

各乡镇人民政府：

《攸县测试管理办法》已经县人民政府同意，现印发给你们。

攸县人民政府办公室

2024年5月6日

攸县测试管理办法

第一章 总 则

第一条 为规范测试工作，根据《中华人民共和国行政许可法》第十二条，制定本办法。

第二条 本办法所称测试，包括下列情形：

（一）现场测试；

（二）书面测试。

前款第（二）项规定的书面测试，适用本条第（一）项的程序。

第二章 附 则

第三条 违反本办法第二条第一款第（二）项规定的，依照前条处理；本办法第九条另有规定的除外。

第四条 本办法自印发之日起施行，有效期 3 年。
`;
  const m = new Messages();
  const b = tree(text, 'case.txt', 'case').bulletin;
  const linked = link([b], (f) => m.reporter(f, 'link'), { asOf: AS_OF });
  const refs = linked.links.get('case')!.references;
  const node = (id: string | undefined) => (id ? byId(linked.bulletins[0]!, id) : undefined) as (TreeNode & { number?: number }) | undefined;
  const at = (surface: string) => refs.filter((r) => r.surface === surface);

  it('前款第（二）项 and 本条第（一）项 resolve by position within the article', () => {
    const [prev] = at('前款第（二）项');
    const target = node(prev?.target?.type === 'node' ? prev.target.id : undefined);
    expect(target).toMatchObject({ type: 'item', number: 2 });
    expect(prev!.target?.type === 'node' && prev!.target.id).toMatch(/\/art_2\//);
    const [self] = at('本条第（一）项');
    expect(node(self?.target?.type === 'node' ? self.target.id : undefined)).toMatchObject({ type: 'item', number: 1 });
  });

  it('本办法第二条第一款第（二）项 and 前条 resolve in the instrument; a missing article is left as text and reported', () => {
    const [pin] = at('第二条第一款第（二）项');
    expect(pin!.target?.type === 'node' && pin!.target.id).toBe(at('前款第（二）项')[0]!.target?.type === 'node' ? (at('前款第（二）项')[0]!.target as { id: string }).id : null);
    const [previous] = at('前条');
    expect(node(previous?.target?.type === 'node' ? previous.target.id : undefined)).toMatchObject({ type: 'article', number: 2 });
    const [missing] = at('第九条');
    expect(missing!.resolved).toBe(false);
    expect(m.list.find((x) => x.code === 'unresolved-reference')).toMatchObject({ file: 'case.txt', line: missing!.line });
  });

  it('a law’s article stays external, 第一章 is not a citation, and 自印发之日起 … 有效期 3 年 gives the period', () => {
    const [law] = at('第十二条');
    expect(law!.target).toMatchObject({ type: 'external', article: 12 });
    const authority = linked.authorities.authorities.find((x) => law!.target?.type === 'external' && x.id === law!.target.authority);
    expect(authority).toMatchObject({ title: '中华人民共和国行政许可法', kind: '法律' });
    expect(refs.some((r) => /章/.test(r.surface))).toBe(false);
    const ins = linked.bulletins[0]!.children[0]!.children.find((c) => c.type === 'instrument')!;
    expect(ins.type === 'instrument' && ins.validity).toMatchObject({ effectiveFrom: '2024-05-06', effectiveUntil: '2027-05-05', basis: 'stated', status: '施行中' });
  });
});
