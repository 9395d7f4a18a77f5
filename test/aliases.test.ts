/** Short names of instruments and attachments (link stage): the names people use, unique in the corpus. */
import { describe, expect, it } from 'vitest';
import { titleAliases, uniqueAliases, variantTitle } from '../pipeline/link/aliases.ts';
import { readBuiltFiles } from '../pipeline/built.ts';
import { build } from '../pipeline/build.ts';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AttachmentNode, InstrumentNode } from '../schema/tree.ts';

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

describe('aliases on the seed', () => {
  it('gives every instrument the issue names its short names', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gongbao-aliases-'));
    try {
      await build({ corpus: join(import.meta.dirname, '..', 'corpus'), out: dir, dataOnly: true });
      const [file] = await readBuiltFiles(dir);
      const named = new Map<string, string[]>();
      for (const d of file!.bulletin.children) for (const c of d.children) if (c.type !== 'paragraph') named.set(c.id, (c as InstrumentNode | AttachmentNode).aliases ?? []);
      expect(named.get('yzbf-2023-1/ins_1')).toContain('攸惠贷办法');
      expect(named.get('yzbf-2023-4/ins_1')).toEqual(expect.arrayContaining(['违法建设细则', '违建细则']));
      expect(named.get('yzbf-2023-4/ins_2')).toContain('违法用地细则');
      expect(named.get('yzbf-2023-6/ins_1')).toEqual(expect.arrayContaining(['国资办法', '国有资产管理办法']));
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
