/**
 * A plains county's bulletin written blind (test/eval/bulletins/yunxi-2025-03.txt, 《云溪县人民政府公报》): the shapes its
 * first build read wrong, each read now as a reader of the printed bulletin would.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentNode, HeadingNode } from '../schema/tree.ts';
import { blindBulletinSuite, miniSite } from './mini-site.ts';

const suite = blindBulletinSuite('yunxi-2025-03.txt');
const codes = suite.codes;
const targetsFrom = (prefix: string) => (suite.bulletin.file.references ?? []).filter((r) => r.from.startsWith(prefix));

describe('a plains county\'s bulletin written blind', () => {
  it('reads a 目录 whose entries are grouped under section names (【县政府文件】, 【人事任免】)', () => {
    const contents = suite.bulletin.file.bulletin.contents;
    expect(contents.map((c) => c.page)).toEqual([1, 27, 34, 48, 66, 73, 74]);
    expect(contents.map((c) => c.documentId)).toEqual(suite.bulletin.file.bulletin.children.map((d) => d.id));
    expect(codes('unplaced-text', 'unmatched-contents-entry')).toEqual([]);
    // The back cover repeats the name and issue after the last document: no second rendition, empty of documents.
    expect(codes('document-only-in-one-rendition')).toEqual([]);
  });

  it('keeps a text the 目录 lists without a 文号 (a 政策解读) as a document of its own, named after the bulletin', () => {
    const doc = suite.bulletin.file.bulletin.children.at(-1)!;
    expect(doc.id).toBe(`${suite.bulletin.file.bulletin.id}-no7`);
    expect(doc.docNumber).toBe('');
    expect(doc.title).toBe('《云溪县住宅小区物业管理办法》政策解读');
    expect(doc.issuer).toBe('云溪县住房和城乡建设局');
    expect(doc.date).toBe('2025-03-08');
    // Its text, which the document before it no longer swallows nor drops: the 任免 notice ends at its 成文日期.
    expect(doc.children.filter((c) => c.type === 'heading').map((c) => (c as HeadingNode).label)).toEqual(['一、', '二、', '三、', '四、', '五、']);
    const before = suite.bulletin.nodes.get('yfr-2025-2') as DocumentNode;
    expect(JSON.stringify(before)).not.toContain('起草背景');
    expect(codes('missing-instrument')).toEqual([]);
  });

  it('reads a section name printed as a page\'s running header (政策解读, 人事任免) as no text of the page', () => {
    const texts = [...suite.bulletin.nodes.values()].map((n) => (n as { text?: string }).text ?? '');
    expect(texts.filter((t) => t === '人事任免' || t === '政策解读')).toEqual([]);
    expect((suite.bulletin.nodes.get(`${suite.bulletin.file.bulletin.id}-no7/notice/hd_3/hd_3/para_1`) as { text: string }).text).toContain('从物业管理评标专家库中随机抽取');
  });

  it('reads the articles a 政策解读 cites bare (…第七条规定…第九条) as the articles of the text it explains', () => {
    const articles = targetsFrom(`${suite.bulletin.file.bulletin.id}-no7/`).filter((r) => /^第.+条/u.test(r.surface));
    expect(articles.every((r) => r.resolved)).toBe(true);
    // All but those of the laws it names (《中华人民共和国民法典》第二百七十八条) are the 办法's.
    expect(articles.filter((r) => r.target?.type === 'node' && /^yff-2025-4\/art_\d+/u.test(r.target.id)).length).toBeGreaterThan(30);
    expect(articles.filter((r) => r.target?.type === 'node' && !r.target.id.startsWith('yff-2025-4/'))).toEqual([]);
    const ninth = targetsFrom(`${suite.bulletin.file.bulletin.id}-no7/notice/hd_3/hd_2`).find((r) => r.surface === '第九条');
    expect(ninth?.target).toMatchObject({ type: 'node', id: 'yff-2025-4/art_9' });
  });

  it('reads a 决定\'s new wording quoted over several paragraphs (将第十七条修改为：“…（一）…（四）…”) as the wording, no headings of the 决定', () => {
    expect(codes('duplicate-number', 'numbering-gap')).toEqual([]);
    const point = suite.bulletin.nodes.get('yff-2025-5/notice/hd_1/hd_1/hd_6') as HeadingNode;
    expect(point.children.map((c) => c.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
    expect((point.children[0] as { text: string }).text).toMatch(/^（一）在停车场出入口/u);
    // What closes one text's amendments (此外，对条文顺序作相应调整) is said of that text, under its point, not of its last amendment.
    expect((suite.bulletin.nodes.get('yff-2025-5/notice/hd_1/hd_1/para_1') as { text?: string } | undefined)?.text).toBe('此外，对条文顺序作相应调整。');
    expect((suite.bulletin.nodes.get('yff-2025-5/notice/hd_1/hd_2/para_1') as { text?: string } | undefined)?.text).toBe('此外，对条文顺序和个别文字作相应调整。');
  });

  it('reads the articles a 决定 amends (对《…办法》（云府发〔2021〕6号）作如下修改：1.将第八条第二款修改为…) as that text\'s, not its own', () => {
    expect(codes('unresolved-reference')).toEqual([]);
    const amended = targetsFrom('yff-2025-5/notice/hd_1/hd_1/').filter((r) => r.surface === '第八条第二款');
    expect(amended.map((r) => r.target)).toEqual([expect.objectContaining({ type: 'external', article: 8, paragraph: 2 })]);
    const title = targetsFrom('yff-2025-5/notice/hd_1/hd_1').find((r) => r.surface === '《云溪县城区停车设施建设和管理办法》');
    expect(amended[0]!.target).toMatchObject({ authority: (title!.target as { authority: string }).authority });
  });
});

describe('answering a plains county\'s residents', () => {
  const first = async (query: string) => (await suite.bulletin.client.search(query, { limit: 3 }))[0]?.id;

  it('reads what is left of a fund (还剩多少) as its 结余, and looking it up oneself (查一下) as a 查询', async () => {
    const top = (await suite.bulletin.client.search('维修基金还剩多少自己能查一下吗', { limit: 3 })).map((r) => r.id);
    expect(top).toContain('yff-2025-4/art_30/para_1');
  });

  it('reads how long a body sits (几年换一届) as its 任期, which 每届任期五年 prints', async () => {
    expect(await first('业主委员会几年换一届')).toBe('yff-2025-4/art_12/para_2');
  });
});

describe('citing a 决定 by the path it amends', () => {
  it('finds the item amending it (云府发〔2025〕5号 第八条第二款: 将第八条第二款修改为…), and the 决定 lacking a path it does not amend', async () => {
    const [amending] = await suite.bulletin.client.search('云府发〔2025〕5号 第八条第二款', { limit: 3 });
    expect(amending?.id).toBe('yff-2025-5/notice/hd_1/hd_1/hd_1');
    expect(amending?.missing).toBeUndefined();
    const [absent] = await suite.bulletin.client.search('云府发〔2025〕5号 第九十九条', { limit: 3 });
    expect([absent?.id, absent?.missing]).toEqual(['yff-2025-5', ['第九十九条']]);
  });

  it('reads a numbered point under a heading introducing it (对《…办法》作如下修改：) with that heading: the amended text\'s title and the path find the point', async () => {
    const [first] = await suite.bulletin.client.search('停车设施建设和管理办法 第八条第二款', { limit: 3 });
    expect(first?.id).toBe('yff-2025-5/notice/hd_1/hd_1/hd_1');
  });
});

describe('a text without a 文号, looked for by its 目录 title', () => {
  // The 目录's title printed inside the document before it, above its 成文日期, is a line of that document.
  const BULLETIN = `测试县人民政府公报

2025年第1期

目　录

1.测试县人民政府关于做好春耕备耕工作的通知（测政发〔2025〕1号）.....1
2.春耕备耕工作政策解读.....3

测政发〔2025〕1号

测试县人民政府
关于做好春耕备耕工作的通知

各乡镇人民政府：

现将做好春耕备耕工作的有关事项通知如下，请各乡镇认真组织学习。

春耕备耕工作政策解读

各乡镇要将上述解读材料印发到村，做到家喻户晓。

测试县人民政府

2025年3月1日

春耕备耕工作政策解读

一、出台背景

为稳定粮食生产，保障春耕备耕物资供应，县农业农村局起草了本通知。

二、主要内容

明确了种子、化肥的储备要求和农机检修的时间安排。

测试县农业农村局

2025年3月2日
`;

  it('starts it at its title after the document before it has ended, not at the same line inside that document', async () => {
    const site = await miniSite('ceshixian-2025-01.txt', BULLETIN);
    try {
      const bulletin = site.built.files[0]!.bulletin;
      expect(bulletin.children.map((d) => [d.docNumber, d.title, d.date])).toEqual([
        ['测政发〔2025〕1号', '测试县人民政府关于做好春耕备耕工作的通知', '2025-03-01'],
        ['', '春耕备耕工作政策解读', '2025-03-02'],
      ]);
      expect(bulletin.children[1]!.id).toBe(`${bulletin.id}-no2`);
      expect(JSON.stringify(bulletin.children[0])).toContain('家喻户晓');
      expect(bulletin.contents.map((c) => c.documentId)).toEqual(bulletin.children.map((d) => d.id));
      expect((await site.client.search('春耕备耕 政策解读 出台背景', { limit: 1 }))[0]?.id).toMatch(new RegExp(`^${bulletin.id}-no2/notice/hd_1(/|$)`));
    } finally {
      await site.remove();
    }
  });
});

describe('a 政府工作报告 printed first, without a 文号, a 署名 or a 成文日期 at its end', () => {
  // The year's first bulletin often leads with the report the county head gave the people's congress: its date is in
  // the line under its title (——2025年1月8日在…会议上), the speaker's body in the line after, and it ends where the
  // next text starts.
  const BULLETIN = `测试县人民政府公报

2025年第1期

目　录

1.2025年测试县人民政府工作报告.....1
2.测试县人民政府关于做好春耕备耕工作的通知（测政发〔2025〕1号）.....9

2025年测试县人民政府工作报告

——2025年1月8日在测试县第十八届人民代表大会第五次会议上

测试县人民政府县长　张　三

各位代表：

现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。

一、2024年工作回顾

过去一年，全县地区生产总值增长5.8%，一般公共预算收入完成12.6亿元。

二、2025年重点工作

（一）办好民生实事。新建城区公办幼儿园2所，新增学位900个；改造老旧小区15个，惠及居民3200户。

（二）稳定粮食生产。全年粮食播种面积稳定在52万亩以上。

各位代表！让我们在县委的坚强领导下，奋力谱写测试高质量发展新篇章！

测政发〔2025〕1号

测试县人民政府
关于做好春耕备耕工作的通知

各乡镇人民政府：

现将做好春耕备耕工作的有关事项通知如下，请各乡镇认真组织落实。

测试县人民政府

2025年3月1日
`;

  it('keeps it as a document, dated by the line under its title, its issuer the speaker\'s body, its text up to the next document', async () => {
    const site = await miniSite('ceshixian-2025-01.txt', BULLETIN);
    try {
      const bulletin = site.built.files[0]!.bulletin;
      expect(bulletin.children.map((d) => [d.docNumber, d.title, d.issuer, d.date])).toEqual([
        ['', '2025年测试县人民政府工作报告', '测试县人民政府', '2025-01-08'],
        ['测政发〔2025〕1号', '测试县人民政府关于做好春耕备耕工作的通知', '测试县人民政府', '2025-03-01'],
      ]);
      const report = bulletin.children[0]!;
      expect(report.id).toBe(`${bulletin.id}-no1`);
      expect(report.children.filter((c) => c.type === 'heading').map((c) => (c as HeadingNode).label)).toEqual(['一、', '二、']);
      // The date and speaker lines are its head, no text of it; its last words are its own, not the notice's.
      expect(JSON.stringify(report.children)).not.toContain('第五次会议上');
      expect(JSON.stringify(report.children)).toContain('奋力谱写');
      expect(JSON.stringify(bulletin.children[1])).not.toContain('奋力谱写');
      expect(bulletin.contents.map((c) => c.documentId)).toEqual(bulletin.children.map((d) => d.id));
      const problems = site.built.messages.filter((m) => ['unplaced-text', 'missing-signature', 'unmatched-contents-entry'].includes(m.code));
      expect(problems).toEqual([]);
      expect((await site.client.search('今年新建几所公办幼儿园', { limit: 1 }))[0]?.id).toMatch(new RegExp(`^${bulletin.id}-no1/notice/hd_2`));
    } finally {
      await site.remove();
    }
  });

  it('keeps texts printing no date at all (a 名词解释 after the report, a 大事记) as documents dated as the bulletin was published', async () => {
    const withUndated = BULLETIN.replace('2025年第1期\n', '2025年第1期\n\n2025年1月20日出版\n')
      .replace(/\n2\.(.+)\.\.\.\.\.9\n/u, '\n2.《政府工作报告》名词解释.....8\n3.$1.....9\n4.2024年12月县政府大事记.....10\n')
      .replace('\n测政发〔2025〕1号\n', `
《政府工作报告》名词解释

1.民生实事：县人民政府每年向社会承诺办理的、与群众生活密切相关的实事项目。

2.公办学位：由公办幼儿园、中小学提供的入学名额。

测政发〔2025〕1号
`) + `
2024年12月县政府大事记

12月2日，县长张三主持召开县人民政府第40次常务会议。

12月5日—6日，县人民政府组织开展冬季安全生产大检查。
`;
    const site = await miniSite('ceshixian-2025-01.txt', withUndated);
    try {
      const bulletin = site.built.files[0]!.bulletin;
      expect(bulletin.children.map((d) => [d.docNumber, d.title, d.date])).toEqual([
        ['', '2025年测试县人民政府工作报告', '2025-01-08'],
        ['', '《政府工作报告》名词解释', '2025-01-20'],
        ['测政发〔2025〕1号', '测试县人民政府关于做好春耕备耕工作的通知', '2025-03-01'],
        ['', '2024年12月县政府大事记', '2025-01-20'],
      ]);
      expect(JSON.stringify(bulletin.children[0])).not.toContain('民生实事：');
      expect(bulletin.contents.map((c) => c.documentId)).toEqual(bulletin.children.map((d) => d.id));
      const messages = site.built.messages.filter((m) => m.severity !== 'info').map((m) => m.code);
      expect(messages).toEqual(['undated-text', 'undated-text']);
      expect((await site.client.search('冬季安全生产大检查', { limit: 1 }))[0]?.id).toMatch(new RegExp(`^${bulletin.id}-no4/`));
    } finally {
      await site.remove();
    }
  });
});
