/**
 * How people ask a county office, and how its documents say it: the words a query is cut at (question
 * words and particles), and a curated table of everyday and official words for the same thing.
 *
 * No maintained open synonym lexicon for this domain is on the npm registry: the Chinese ones found
 * (segment-dict's synonym.txt, @novel-segment/table-synonym) map variant characters and traditional
 * spellings for novels, not 饭店 to 餐饮. This table is written for the domain of county bulletins
 * (housing, land and building, licences, finance, safety and fire, health, schooling, welfare,
 * employment, state assets, environment); an expansion ranks below the words typed (the table itself
 * is lexicon-table.ts).
 */
import { TABLE } from './lexicon-table.ts';
import { normalizeSearchText } from './tokenize.ts';
import { LEVELS } from '../chinese/region.ts';

/**
 * Question words, particles and fillers: a query is cut into its concepts at them (开饭店要办什么许可
 * → 开饭店 · 办 · 许可). Longest first where one contains another; each is a regular expression's source.
 */
export const STOP_PHRASES = [
  '有没有', '能不能', '可不可以', '会不会', '要不要', '是不是', '怎么办(?!理)', '怎么样', '怎么做', '咋办',
  '什么时候', '多长时间', '哪些', '哪个', '哪里', '哪儿', '哪家', '什么', '怎么', '怎样', '如何', '为什么',
  // 多少 with the measure it asks in (多少人注册, 献血满多少次, 多少套保障性住房, 多少岁能领): the measure is no
  // part of the next word (人注册, 套保障性); where it starts one (多少人口, 多少家庭) or ends the question
  // (有多少公里: what the answer counts) it stays.
  '多少(?:个|周?岁|平方米?|平米|亩|户|人次|人(?![口员数])|家(?![庭属])|间|套|辆|次|回|趟|公里|斤|吨|名|位|所|座|栋|台(?![账])|张|份)(?=\\p{Script=Han})', '多少',
  // Who is asked for (总指挥是谁, 谁当组长): no part of the word before or after it (总指挥是, 当组长).
  '是谁', '谁是', '谁当', '可以', '需要', '应该', '能否', '是否', '请问', '我们', '你们', '他们', '自己', '一下', '一直',
  '之前', '以前', '之后', '以后', '现在', '今年', '这个', '那个', '这些', '那些', '这样', '那样', '这种', '那种', '还是', '或者', '就是', '到底', '一般',
  '必须', '一定', '多久', '多长', '几倍', '几年', '几个月', '几月份', '几月几号', '几月几日', '第一步', '头一步', '那边', '这边', '时候', '一起', '知道', '帮着', '万一', '这事', '这类', '上班', '家里', '几成', '以上', '以下', '几天', '之内', '亲自',
  // Where the asker stands (镇上说…, 镇上查出来的), not what the text prints; 集镇上 is the market town,
  // 乡镇上的 the township itself.
  '(?<![集乡])镇上',
  // The asker's own county, city or district (我县禁放烟花的区域, 本市公租房租金多少, 咱区): where, as 镇上 is, never what a
  // text is about; cut out, it leaves no stray character to glue onto the next word (县禁, 本市公租). 本 only where a
  // word starts (not 资本市场, 基本区).
  `(?:[我咱]|(?<=^|[\\s，,。？?！!、在对从向给于为到和与跟是])本)[${LEVELS}](?![级委城内外域属直场])`,
  // 会有 of 会有什么后果 (委会有关 is printed).
  '(?<![委协])会有',
  // 门口 of 家门口, 小区门口, 店门口: where the asker stands; no bulletin prints it, and looking it up for a
  // typo fetches spelling files for nothing.
  '门口',
  // 能直接批吗, 直接罚: how soon, not what; 直接 of 直接责任 stays.
  '直接(?!责任)',
  // How a teller strings a story together, never what it is about (联合起来, 专门派人, 已经盖了); 查出来 of
  // 查出来会怎么处理 (if it is found out), not of 查出来的隐患 or 排查出来.
  '因为', '但是', '(?<!许)可是', '如果', '虽然', '而且', '然后', '前年', '前几年', '最近', '听说', '平时', '老是', '总是', '经常', '马上', '打算', '想要', '明明', '好多', '(?<![排检核调审])查出来(?!的)', '出来', '起来', '专门', '已经',
  // When in a story something happened (当初申请的时候, 一开始: at first), never what a text prints. (Not
  // 刚开始: the table's 刚开, a shop just opened, is cut out of a query before these are.)
  '一开始', '最开始', '起初', '当初',
  // A round sum of money (几百块, 几千块钱): how much, never a word printed.
  '几[十百千万]块钱?',
];
/** A demonstrative with its measure word, as said before a text's kind (那份细则, 这个管理办法, 那部规定). */
export const DEMONSTRATIVE = '[那这](?:份|个|部|套|篇|项)';
/** The X不X or X没X of a yes-no question (算不算, 管不管, 有没有): a regular expression's source. */
export const A_NOT_A = '(?<asked>\\p{Script=Han})[不没]\\k<asked>';
/**
 * What people say and bulletins do not print: particles, question words (A不A: 算不算, 有没有; 还是, 这种, 多少), 我 and 你 (not 我县, 我市).
 * A long query holding one is a question in the asker's words, never a sentence pasted from a text.
 */
export const CONVERSATION = new RegExp(`[吗呢嘛啥咋俺?？]|[不没咯啦呀](?=[\\s。.!！]*$)|${A_NOT_A}|可不可以|还是|[这那]种|[这那怎]样|到底|怎么|什么|哪[个些里儿家]|多少|[我你](?![县市省区国])`, 'u');
/** Single characters that never carry the meaning of a query (的 of 领的补贴, 我 of 我家, 它 of 给它放款). */
export const STOP_CHARS = '的了啥谁哪咱我你俺它们';
/**
 * Characters that say how, not what (能 of 企业能贷, 先 and 去 of 要先去卫生院, 前 of 开工前施工许可证, 当 of 谁当组长,
 * 住 of 消防队住的营房, 由 of 设施由谁来保障):
 * inside a run cut at its words they stand between pieces, never in one.
 */
export const FUNCTION_CHARS = '能会要想可该得在把被给让就都也还又再才先去来有没是和与或及跟对从向办做搞弄个前后当住由';
/**
 * Verbs a question ends on that hold no word of a text (谁来管, 有没有人管): a run cut at its words with
 * one of them left over is a question's words, not a slip to correct.
 */
export const QUESTION_VERBS = '管归';
/** A numeral or demonstrative and a measure word (一家, 这个, 每位): it counts, it names nothing. */
export const FUNCTION_WORD = /^[一两几每这那哪某各][个家件位次种些点下只条块间所样项张笔份名户台辆套栋座批]$/u;
/**
 * A count before a thing in any run (一座庙, 一台设备, 两栋楼, 一块空地), a pattern for the query's cut
 * points: said, never printed so, and no part of the thing's name. FUNCTION_WORD is the whole word a run
 * is cut into once cut at its words; this cuts every run, so it takes only the measure words bulletins
 * print with no numeral before them (not 个, 家, 户: 一个月, 两个清单, 一户一表) and not 这一块 (this
 * part). Money (一块钱) is read as an amount before. After 了 the numeral is often left unsaid (修了条机耕道,
 * 租了个门面, 买了台打印机): the measure alone is the count, 个 and 家 too, not where it starts a word (个人,
 * 家庭, 台账, 条件).
 */
export const COUNTED = '(?<![这那哪])[一两几][座栋台辆间张只头匹套块](?=\\p{Script=Han})|(?<=了)(?:个(?![别人体性案])|家(?![庭属里具长乡])|台(?![风账阶])|间(?![隔距])|头(?![条部脑])|块(?!钱)|条(?![件例款])|[座栋辆张只匹套])(?=\\p{Script=Han})';
/**
 * Particles that end a sentence (吗 of 能报销吗; 不, 没 and 咯 as people in Hunan ask: 会被追责不, 有人管没,
 * 扶不扶持咯): only at the end of a run, since 吧 of 网吧 is a word's.
 */
export const FINAL_PARTICLES = '吗呢吧啊么嘛呀哦不没咯';

/**
 * Verbs people type as one character (房子退了, 买车位, 能罚吗), and nouns (办什么证, 搭个窑) → what bulletins print. A lone character
 * is otherwise dropped from a query; these stand for their printed words only, never inside a longer
 * run (补 of 补贴 stays a part of 补贴).
 */
export const LONE_VERBS: ReadonlyMap<string, readonly string[]> = new Map([
  ['退', ['退还', '退房', '退出']],
  ['买', ['购买', '购置', '购房']],
  ['添', ['购置', '添置', '购买']],
  ['卖', ['出售', '销售', '转让']],
  ['租', ['租赁', '出租']],
  ['罚', ['罚款', '处罚']],
  ['贷', ['贷款']],
  ['补', ['补贴', '补助', '补偿']],
  ['拆', ['拆除']],
  ['盖', ['建设', '建房', '新建']],
  ['建', ['建设', '新建', '建成']],
  ['修', ['维修', '修缮', '建设']],
  ['亏', ['亏损', '连续亏损']],
  ['赔', ['赔偿', '补偿']],
  ['救', ['救援', '救助', '灭火']],
  ['批', ['审批', '批准']],
  ['审', ['审批', '审查', '审核']],
  ['查', ['检查', '查处', '排查']],
  ['领', ['领取', '申领', '享受']],
  // Nouns asked for on their own (办什么证).
  ['证', ['许可证', '许可', '证书', '证明']],
  ['房', ['房屋', '住房', '建房']],
  ['地', ['土地', '用地', '耕地']],
  ['车', ['车辆', '机动车']],
  ['税', ['税收', '税费', '纳税']],
  ['树', ['树木', '林木', '古树名木']],
  ['路', ['道路', '公路']],
  ['厂', ['企业', '工厂', '厂房']],
  ['钱', ['资金', '费用', '经费']],
  ['火', ['火灾', '消防']],
  ['病', ['疾病', '医疗', '就医']],
  ['田', ['耕地', '农田', '承包地']],
  ['债', ['债务', '政府债务', '债券']],
  ['欠', ['拖欠', '欠款', '欠薪']],
  ['矿', ['矿山', '矿产', '采矿']],
  ['奖', ['奖励', '奖补', '奖金']],
  ['偷', ['盗窃']],
  ['砍', ['采伐', '砍伐']],
  ['挖', ['开挖', '采挖', '挖掘']],
  ['污', ['污染', '排污']],
  ['吵', ['噪声', '噪音']],
  ['臭', ['恶臭', '异味']],
  ['押', ['抵押', '质押']],
  ['赌', ['赌博']],
  ['洪', ['洪水', '防洪', '洪涝']],
  ['旱', ['干旱', '抗旱']],
  ['涝', ['洪涝', '内涝']],
  ['疫', ['疫情', '防疫', '疫苗']],
  // Animals and things named by one character (杀了年猪, 搭个窑, 小船拉客).
  ['猪', ['生猪', '畜禽', '动物']],
  ['牛', ['畜禽', '动物', '牲畜']],
  ['羊', ['畜禽', '动物', '牲畜']],
  ['鸡', ['畜禽', '家禽', '动物']],
  ['鸭', ['畜禽', '家禽', '动物']],
  ['鱼', ['水产', '渔业', '捕捞']],
  ['船', ['船舶', '船只', '客船']],
  ['桥', ['桥梁']],
  ['坟', ['坟墓', '建坟', '墓地']],
  ['窑', ['建窑', '砖窑']],
  ['庙', ['宗教活动场所', '宗教临时活动地点']],
  ['煤', ['煤矿', '燃煤']],
  ['药', ['药品', '医药', '农药']],
  ['枪', ['枪支']],
]);


/** Query word → what bulletins print for it (the word itself left out). */
export const SYNONYMS: ReadonlyMap<string, readonly string[]> = synonymMap(normalizedTable(TABLE));

/** A table's words and printed words in their search form (村（社区） → 村(社区)), as queries are read. */
export function normalizedTable(table: ReadonlyArray<readonly [readonly string[], readonly string[]]>): Array<[string[], string[]]> {
  return table.map(([words, printed]) => [words.map(normalizeSearchText), printed.map(normalizeSearchText)]);
}

/** A table's rows as word → printed words, each word's lists merged (the word itself left out). */
export function synonymMap(table: Iterable<readonly [readonly string[], readonly string[]]>, into = new Map<string, string[]>()): Map<string, string[]> {
  for (const [words, printed] of table) {
    for (const w of words) {
      const list = into.get(w) ?? [];
      into.set(w, [...list, ...printed.filter((p) => p !== w && !list.includes(p))]);
    }
  }
  return into;
}
