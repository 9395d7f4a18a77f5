/** Short names of instruments and attachments (link stage): the names people use, unique in the corpus. */
import { describe, expect, it } from 'vitest';
import { definedTitles, definitionsIn, titleAliases, uniqueAliases, variantTitle } from '../pipeline/link/aliases.ts';
import { readBuiltFiles } from '../pipeline/built.ts';
import { build } from '../pipeline/build.ts';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AttachmentNode, InstrumentNode } from '../schema/tree.ts';
import { buildSearchIndex } from '../pipeline/index/write.ts';
import { SearchClient } from '../core/search/client.ts';
import { countedNames } from '../core/chinese/counted-names.ts';

describe('aliases from a title', () => {
  it('takes the region, wrapper, modifiers and kind apart', () => {
    expect(titleAliases('攸县“攸惠贷”风险补偿资金管理办法', ['攸县'])).toEqual(expect.arrayContaining(['攸惠贷办法', '攸惠贷管理办法']));
    expect(titleAliases('攸县实施《株洲市管控和查处违法建设办法》细则', ['攸县'], (a) => a === '违建')).toEqual(expect.arrayContaining(['违法建设细则', '违建细则']));
    expect(titleAliases('攸县国有资产管理办法（试行）', ['攸县'], (a) => a === '国资')).toEqual(expect.arrayContaining(['国有资产管理办法', '国资办法']));
    expect(titleAliases('攸县行政许可事项清单（2023年版）', ['攸县'])).toEqual(expect.arrayContaining(['许可事项清单', '行政许可事项清单']));
    expect(titleAliases('加强基层消防安全综合治理工作实施方案')).toContain('消防安全综合治理方案');
    // Another county's title, never seen while writing the rules.
    expect(titleAliases('醴陵市实施《湖南省城市房屋安全管理办法》细则', [], (a) => a === '房安')).toEqual(expect.arrayContaining(['城市房屋安全细则']));
    expect(titleAliases('茶陵县农村集体经济组织财务管理办法', [])).toEqual(expect.arrayContaining(['农村集体经济组织财务管理办法']));
    // A trial or interim mark after the title, said before its kind (国有资产管理试行办法); none without one.
    expect(titleAliases('攸县国有资产管理办法（试行）', ['攸县'])).toEqual(expect.arrayContaining(['国有资产管理试行办法', '国有资产试行办法']));
    expect(titleAliases('醴陵市城市道路挖掘管理办法（暂行）', [])).toContain('城市道路挖掘管理暂行办法');
    expect(titleAliases('攸县国有资产管理办法', ['攸县']).filter((n) => n.includes('试行'))).toEqual([]);
  });

  it('abbreviates only where the bulletin uses the abbreviation', () => {
    expect(titleAliases('攸县实施《株洲市管控和查处违法用地办法》细则', ['攸县'], () => false)).not.toContain('违用细则');
    expect(titleAliases('攸县国有资产管理办法', ['攸县'], () => false)).not.toContain('国资办法');
  });

  it('names measures and opinions by their count of parts, not 办法 or 方案', () => {
    expect(titleAliases('关于促进房地产业良性循环和健康发展的若干措施', [], () => false, 12)).toEqual(expect.arrayContaining(['房地产业良性循环十二条', '房地产业良性循环12条']));
    // Another county's, never seen while writing the rule.
    expect(titleAliases('醴陵市关于进一步优化营商环境的若干意见', ['醴陵市'], () => false, 20)).toEqual(expect.arrayContaining(['优化营商环境二十条', '优化营商环境20条']));
    expect(titleAliases('攸县国有资产管理办法', ['攸县'], () => false, 30).some((n) => n.endsWith('条'))).toBe(false);
    expect(titleAliases('关于促进房地产业良性循环和健康发展的若干措施', [], () => false).some((n) => n.endsWith('条'))).toBe(false);
    expect(titleAliases('关于促进房地产业良性循环和健康发展的若干措施', [], () => false, 1).some((n) => n.endsWith('条'))).toBe(false);
    // A subject too short to name anything (攸县旧措施) gives no count name, and no crash.
    expect(titleAliases('攸县旧措施', ['攸县'], () => false, 5).some((n) => n.endsWith('条'))).toBe(false);
  });

  it('keeps a name only where one text of the corpus takes it', () => {
    const names = uniqueAliases(
      [
        { id: 'a', title: '攸县打好经济增长主动仗工作方案' },
        { id: 'b', title: '醴陵市打好经济增长主动仗工作方案' },
        { id: 'c', title: '攸县打好科技创新攻坚战工作方案' },
      ],
      ['攸县', '醴陵市'],
    );
    expect(names.get('a')).toEqual([]);
    expect(names.get('c')).toContain('科技创新攻坚战方案');
  });

  it('names a text as its own list does when that differs by one character of the subject (阻击仗, 阻击战)', () => {
    expect(variantTitle('攸县打好防范化解风险阻击战工作方案', '《攸县打好防范化解风险阻击仗重点工作任务清单》', ['攸县'])).toBe('攸县打好防范化解风险阻击仗工作方案');
    // The same subject, or another one altogether, gives no other name.
    expect(variantTitle('攸县打好科技创新攻坚战工作方案', '《攸县打好科技创新攻坚战重点工作任务清单》', ['攸县'])).toBeUndefined();
    expect(variantTitle('攸县行政许可事项清单（2023年版）', '《攸县行政许可事项清单（2023年版）》一、', ['攸县'])).toBeUndefined();
    expect(variantTitle('加强基层消防安全综合治理工作实施方案', '《乡镇（街道）消防工作权责清单》')).toBeUndefined();
    const names = uniqueAliases([{ id: 'd', title: '攸县打好防范化解风险阻击战工作方案', also: ['攸县打好防范化解风险阻击仗工作方案'] }], ['攸县']);
    expect(names.get('d')).toEqual(expect.arrayContaining(['防范化解风险阻击战方案', '防范化解风险阻击仗方案']));
  });
});

describe('counted names of quoted lists', () => {
  it('names terms differing in one character by their count and what they share', () => {
    expect(countedNames('严格落实“田长制”“河长制”“林长制”要求')).toEqual(['三长制']);
    expect(countedNames('坚决遏制耕地"非农化"、"非粮化"')).toEqual(['两非']);
    expect(countedNames('管好“资金”“资产”和“资源”')).toEqual(['三资']);
  });

  it('names no list whose terms differ more, differ in length, share only a number, or stand unquoted', () => {
    expect(countedNames('开展“破零行动”“增量行动”')).toEqual([]);
    expect(countedNames('实行“预否决”“预黑名单”')).toEqual([]);
    expect(countedNames('推动“三生融合”“三态协同”')).toEqual([]);
    expect(countedNames('落实田长制、河长制、林长制')).toEqual([]);
    expect(countedNames('落实“田长制”要求，推行“河长制”')).toEqual([]);
  });
});

describe('aliases from the definitions a document prints', () => {
  it('takes the short name defined for the whole title, not a kind of text alone', () => {
    const text = '现将《攸县农村村民建房管理办法》（以下简称《建房办法》）印发给你们，请认真贯彻执行。';
    expect(definedTitles('攸县农村村民建房管理办法', definitionsIn([text]))).toEqual(['建房办法']);
    expect(definedTitles('攸县农村村民建房管理办法', definitionsIn(['现将《攸县农村村民建房管理办法》（以下简称《办法》）印发给你们。']))).toEqual([]);
    expect(definedTitles('攸县农村村民建房管理办法', definitionsIn(['本办法（以下简称本办法）']))).toEqual([]);
    // Another text's title defined in the same notice names that text, not this one.
    expect(definedTitles('攸县农村村民建房管理办法', definitionsIn(['《攸县农村危房改造实施方案》（以下简称《危改方案》）']))).toEqual([]);
  });

  it('takes the title with a part of it called by the short name defined for that part (本办法所称…以下简称)', () => {
    // The seed's 攸惠贷 rules: ‘’ in the clause for the “” of the title.
    expect(definedTitles('攸县“攸惠贷”风险补偿资金管理办法', definitionsIn(['第二条 本办法所称“攸县‘攸惠贷’风险补偿资金”（以下简称风补资金）是指由县人民政府出资设立']))).toEqual(['风补资金管理办法']);
    // A name defined for something the title does not name (县领导小组, 查控违) names nothing here.
    expect(definedTitles('攸县实施《株洲市管控和查处违法建设办法》细则', definitionsIn(['第二条 攸县行政管辖区域管控和查处违法建设（简称“查控违”）工作适用本细则。', '第四条 成立攸县管控和查处违法建设领导小组(以下简称“县领导小组”)']))).toEqual([]);
  });

  it('finds an article by a short name a notice defines (建房新规 第二条), in a bulletin written for it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gongbao-defined-'));
    try {
      const corpus = join(dir, 'corpus');
      await mkdir(corpus);
      await writeFile(
        join(corpus, 'youxian-2024-05.txt'),
        '攸县人民政府公报\n\n攸县人民政府办公室\n\n2024 年第 5 期\n\n攸政办发〔2024〕3号\n\n攸县人民政府办公室关于印发《攸县农村村民建房管理办法》的通知\n\n各乡镇人民政府：\n\n' +
          '现将《攸县农村村民建房管理办法》（以下简称“建房新规”）印发给你们，请认真贯彻执行。\n\n攸县人民政府办公室\n\n2024年5月3日\n\n攸县农村村民建房管理办法\n\n' +
          '第一条 为了规范农村村民住宅建设，制定本办法。\n\n第二条 村民建房应当先申请宅基地审批，取得乡村建设规划许可证后方可开工。\n\n第三条 本办法自印发之日起施行。\n',
      );
      const result = await build({ corpus, out: join(dir, 'out'), dataOnly: true });
      const [file] = await readBuiltFiles(join(dir, 'out'));
      const ins = file!.bulletin.children[0]!.children.find((c) => c.type === 'instrument') as InstrumentNode;
      // Not a name its title gives (新规 is nowhere in it): only the notice's definition makes it one.
      expect(ins.aliases).toContain('建房新规');
      expect(titleAliases(ins.title!, ['攸县'])).not.toContain('建房新规');
      const index = await buildSearchIndex(result.files);
      const client = await SearchClient.open(async (path) => JSON.parse(index.files.get(path)!) as unknown);
      // A notice's sole instrument hangs its articles off the document.
      expect((await client.search('建房新规 第二条', { limit: 1 }))[0]?.id).toBe(`${file!.bulletin.children[0]!.id}/art_2`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('aliases on the seed', () => {
  it('gives every instrument the issue names its short names', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gongbao-aliases-'));
    try {
      await build({ corpus: join(import.meta.dirname, '..', 'corpus'), out: dir, dataOnly: true });
      const [file] = await readBuiltFiles(dir);
      const named = new Map<string, string[]>();
      for (const d of file!.bulletin.children) for (const c of d.children) if (c.type !== 'paragraph') named.set(c.id, (c as InstrumentNode | AttachmentNode).aliases ?? []);
      expect(named.get('yzbf-2023-1/ins_1')).toContain('攸惠贷办法');
      // Its 第二条 defines 风补资金 for the 攸县“攸惠贷”风险补偿资金 its title names.
      expect(named.get('yzbf-2023-1/ins_1')).toContain('风补资金管理办法');
      expect(named.get('yzbf-2023-4/ins_1')).toEqual(expect.arrayContaining(['违法建设细则', '违建细则']));
      expect(named.get('yzbf-2023-4/ins_2')).toContain('违法用地细则');
      expect(named.get('yzbf-2023-6/ins_1')).toEqual(expect.arrayContaining(['国资办法', '国有资产管理办法', '国有资产管理试行办法']));
      expect(named.get('yzbf-2023-9/ins_1')).toContain('消防安全综合治理方案');
      expect(named.get('yzbf-2023-7/ins_1')).toContain('许可事项清单');
      expect(named.get('yzbf-2023-2/att_1')).toContain('经济增长主动仗方案');
      // Its task list calls it 阻击仗, its title 阻击战.
      expect(named.get('yzbf-2023-2/att_4')).toEqual(expect.arrayContaining(['防范化解风险阻击战方案', '防范化解风险阻击仗方案']));
      // Its document's 附件 list calls it 攻坚仗 (2.攸县打好科技创新攻坚仗工作方案), its title 攻坚战.
      expect(named.get('yzbf-2023-2/att_2')).toEqual(expect.arrayContaining(['科技创新攻坚战方案', '科技创新攻坚仗方案']));
      expect(named.get('yzbf-2023-2/att_5')!.some((n) => n.includes('攻坚'))).toBe(false);
      // Its twelve measures (一、 … 十二、) name it as people do: 房地产十二条.
      expect(named.get('yzbf-2023-8/ins_1')).toContain('房地产业良性循环十二条');
      expect(named.get('yzbf-2023-6/ins_1')!.some((n) => n.endsWith('条'))).toBe(false);
      const all = [...named.values()].flat();
      expect(new Set(all).size).toBe(all.length);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
