/**
 * A short name a bulletin never prints (退役局), typed for the word it stands for (县退役军人事务局): searched as that word, the correction shown as a slip's is. A new bulletin's bodies and terms are in
 * no table of everyday words; their short names are read from the words the bulletin prints.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchClient } from '../core/search/client.ts';
import { miniSite, type MiniSite } from './mini-site.ts';

const BULLETIN =
  '攸县人民政府公报\n\n攸县人民政府办公室\n\n2024 年第 6 期\n\n' +
  '攸政发〔2024〕12号\n\n攸县人民政府关于印发《攸县住宅小区物业管理办法》的通知\n\n各乡镇人民政府：\n\n现将《攸县住宅小区物业管理办法》印发给你们，请认真执行。\n\n攸县人民政府\n\n2024年6月12日\n\n' +
  '攸县住宅小区物业管理办法\n\n第一章 总则\n\n' +
  '第一条 为规范住宅小区物业管理活动，制定本办法。\n\n第二章 业主委员会\n\n' +
  '第二条 业主委员会委员每届任期五年，可以连选连任。业主委员会应当自选举产生之日起30日内向街道办事处备案。\n\n' +
  '第三条 物业管理区域内的检查事项如下：\n\n序号\t检查事项\t实施主体\n1\t违法搭建检查\t县城市管理综合执法局\n2\t安置优待政策落实检查\t县退役军人事务局\n3\t小区停车场消防检查\t县消防救援大队\n4\t竣工档案移交检查\t县城乡建设档案馆\n\n' +
  '第四条 物业服务企业应当按照合同约定提供服务，不得以业主拖欠物业费为由停止供水、供电。\n\n' +
  '第五条 本办法自印发之日起施行。\n\n';

describe('a short name the bulletin never prints', () => {
  let site: MiniSite;
  let client: SearchClient;
  beforeAll(async () => {
    site = await miniSite('youxian-2024-06.txt', BULLETIN);
    client = site.client;
  });
  afterAll(async () => {
    await site?.remove();
  });

  it('is searched as the word it stands for, its first and last characters that word\'s, the others in order', async () => {
    // 业委会 is in the everyday tables (lexicon-general-2.ts) too: found without a correction.
    expect((await client.search('业委会的任期', { limit: 5 }))[0]?.id).toBe('yzf-2024-12/art_2');
    // 城建档案馆 is read as the tables' 城建 and 档案馆, the row found without a correction.
    expect((await client.search('城建档案馆 检查什么', { limit: 5 }))[0]?.id).toBe('yzf-2024-12/tbl_1/row_4');
    // A body of the county called without its 县 (县退役军人事务局: 退役局, in a list's cell of its own).
    const body = await client.search('退役局 检查什么', { limit: 5 });
    expect(body[0]?.corrected).toEqual([{ from: '退役局', to: '县退役军人事务局' }]);
    expect(body[0]?.id).toBe('yzf-2024-12/tbl_1/row_2');
  });

  it('is no correction where no word of the bulletin holds its characters so', async () => {
    // 退伍 stands in no word of the bulletin in that order (退役军人事务局).
    expect(await client.search('退伍局', { limit: 5 })).toEqual([]);
  });
});

/**
 * The same list in a county-level city's bulletin, issued by the city government's office: its bodies are printed after
 * 市, not 县; and a notice of the city government with the same serial.
 */
const CITY = BULLETIN.replaceAll('攸县人民政府关于', '枫城市人民政府办公室关于').replaceAll('攸县人民政府\n', '枫城市人民政府办公室\n').replaceAll('攸县', '枫城市').replaceAll('攸政发', '枫政办发').replaceAll('县', '市').replace('各乡镇人民政府', '各镇人民政府') +
  '枫政发〔2024〕12号\n\n枫城市人民政府关于公布城区公共停车场名录的通知\n\n各镇人民政府：\n\n现将城区公共停车场名录予以公布。\n\n枫城市人民政府\n\n2024年6月20日\n\n';

describe('a short name a city\'s bulletin never prints', () => {
  let site: MiniSite;
  beforeAll(async () => {
    site = await miniSite('fengcheng-2024-06.txt', CITY);
  });
  afterAll(async () => {
    await site?.remove();
  });

  it('is searched as a body of the city called without its 市', async () => {
    const body = await site.client.search('退役局 检查什么', { limit: 5 });
    expect(body[0]?.corrected).toEqual([{ from: '退役局', to: '市退役军人事务局' }]);
    expect(body[0]?.id).toBe('fzbf-2024-12/tbl_1/row_2');
  });

  it('reads the city government\'s office as its people name it (市政府办) for its 文号\'s 政办发', async () => {
    expect((await site.client.search('市政府办2024年第12号文件', { limit: 5 }))[0]?.id).toBe('fzbf-2024-12');
    expect((await site.client.search('枫城市政府办〔2024〕12号', { limit: 5 }))[0]?.id).toBe('fzbf-2024-12');
  });
});
