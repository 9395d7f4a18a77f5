/**
 * The substitution lists of the synthetic archive. Each list is written for the seed
 * (corpus/youxian-2023-01.txt): the strings on the left occur in it, the alternatives are what
 * another issue of the same county's bulletin could print in their place. Index 0 of every
 * alternative list is the seed's own wording.
 *
 * None of these strings is part of the grammar the parser keys on (labels, 文号, 附件, 印发, 施行,
 * 实施, 办法/细则/方案/清单/措施, 依照/按照/根据, 本办法…), so substituting them keeps every bulletin
 * parseable; a substitution is applied to the whole text it belongs to (a document, or the bulletin),
 * so a title and every place that repeats it (目录, notice, heading, 附件 list) stay the same.
 */

/**
 * The subject of each seed document, by the serial of its 文号 (攸政办发〔2023〕N号): slots of
 * strings that change together (a full name and its short form), each with its alternatives; {Y}
 * is the year of the issue (an annual plan, a revision). Real archives rarely print one title twice,
 * so each title has a few hundred forms.
 */
export const SUBJECTS: Record<number, Array<{ strings: string[]; alternatives: string[][] }>> = {
  1: [
    {
      strings: ['风险补偿资金', '风补资金'],
      alternatives: [
        ['风险补偿资金', '风补资金'],
        ['风险缓释资金', '风缓资金'],
        ['贷款贴息资金', '贴息资金'],
        ['信贷增信资金', '增信资金'],
        ['转贷应急资金', '转贷资金'],
        ['融资担保补偿资金', '担补资金'],
        ['普惠金融发展资金', '普惠资金'],
        ['信用贷款风险补偿金', '信补资金'],
      ],
    },
    {
      strings: ['攸惠贷'],
      alternatives: [['攸惠贷'], ['攸创贷'], ['惠企贷'], ['助农贷'], ['科创贷'], ['税易贷'], ['园区贷'], ['人才贷'], ['链融贷'], ['稳岗贷'], ['兴业贷'], ['振兴贷'], ['订单贷'], ['仓单贷']],
    },
    {
      strings: ['工业企业'],
      alternatives: [['工业企业'], ['科技型企业'], ['农业经营主体'], ['外贸企业'], ['文旅企业'], ['专精特新企业'], ['商贸流通企业']],
    },
    { strings: ['管理办法'], alternatives: [['管理办法'], ['管理暂行办法'], ['管理实施办法'], ['使用管理办法']] },
  ],
  2: [
    {
      strings: ['发展六仗'],
      alternatives: ['发展', '攻坚', '振兴', '奋进', '实干', '赶超', '争先', '提质'].flatMap((what) => ['六', '五', '四', '七', '八'].map((n) => [`${what}${n}仗`])).sort((a, b) => (a[0] === '发展六仗' ? -1 : b[0] === '发展六仗' ? 1 : 0)),
    },
    { strings: ['攸县打好'], alternatives: [['攸县打好'], ['攸县{Y}年打好'], ['攸县全力打好'], ['攸县{Y}年全力打好']] },
  ],
  4: [
    {
      strings: ['违法建设'],
      alternatives: [['违法建设'], ['违章建筑'], ['违法建筑'], ['违规建设'], ['违法搭建']],
    },
    {
      strings: ['违法用地'],
      alternatives: [['违法用地'], ['非法占地'], ['违规用地'], ['违法占地'], ['非法用地']],
    },
    { strings: ['攸县实施'], alternatives: [['攸县实施'], ['攸县{Y}年实施'], ['攸县关于实施']] },
    { strings: ['管控和查处'], alternatives: [['管控和查处'], ['查处'], ['防控和查处'], ['治理'], ['预防和查处']] },
  ],
  6: [
    {
      strings: ['国有资产'],
      alternatives: [['国有资产'], ['行政事业性国有资产'], ['国有资源资产'], ['公共资产'], ['经营性国有资产'], ['政府性资产']],
    },
    { strings: ['（试行）'], alternatives: [['（试行）'], ['（{Y}年修订）'], ['（暂行）'], ['']] },
    { strings: ['管理办法'], alternatives: [['管理办法'], ['管理暂行办法'], ['管理实施办法'], ['监督管理办法'], ['使用管理办法']] },
  ],
  7: [
    {
      strings: ['行政许可事项'],
      alternatives: [['行政许可事项'], ['行政审批事项'], ['政务服务事项'], ['行政权力事项'], ['审批服务事项']],
    },
    { strings: ['年版'], alternatives: [['年版'], ['年本'], ['年修订版'], ['年调整版'], ['年第二版']] },
  ],
  8: [
    {
      strings: ['房地产业'],
      alternatives: [['房地产业'], ['建筑业'], ['商贸流通业'], ['文化旅游业'], ['现代物流业'], ['住房租赁业'], ['家政服务业']],
    },
    {
      strings: ['良性循环和健康发展'],
      alternatives: [['良性循环和健康发展'], ['平稳健康发展'], ['高质量发展'], ['提质增效'], ['转型升级']],
    },
    { strings: ['若干措施'], alternatives: [['若干措施'], ['若干政策措施'], ['十条措施'], ['{Y}年若干措施']] },
  ],
  9: [
    {
      strings: ['消防安全'],
      alternatives: [['消防安全'], ['安全生产'], ['防灾减灾'], ['道路交通安全'], ['燃气安全'], ['自建房安全'], ['森林防火']],
    },
    {
      strings: ['基层'],
      alternatives: [['基层'], ['乡镇'], ['农村'], ['城乡']],
    },
    { strings: ['实施方案'], alternatives: [['实施方案'], ['推进方案'], ['行动方案'], ['{Y}年实施方案']] },
  ],
};

/**
 * Department names: the names a county's offices had before and after the reforms (2018/2019)
 * and their short forms. One choice per bulletin, as an issue uses one name for an office.
 */
export const DEPARTMENTS: string[][] = [
  ['县科工信局', '县工信局', '县经信局', '县科技和工业信息化局'],
  ['县文旅广体局', '县文体广新局', '县文化旅游局', '县文化和旅游局'],
  ['县卫健局', '县卫计局', '县卫生局', '县卫生健康局'],
  ['县自然资源局', '县国土资源局', '县国土局'],
  ['县住建局', '县建设局', '县住房城乡建设局', '县城乡建设局'],
  ['县市场监管局', '县工商局', '县市场监督局', '县质监局'],
  ['县行政审批局', '县政务服务中心', '县政务局', '县审批服务局'],
  ['县金融办', '县金融工作局', '县地方金融监管局', '县金融服务中心'],
  ['县交通运输局', '县交通局', '县交通建设局'],
  ['县交运局', '县交通局', '县公路局'],
  ['县应急管理局', '县安监局', '县安全生产监督管理局', '县应急局'],
  ['县农业农村局', '县农业局', '县农办', '县农业和农村工作局'],
  ['县城管局', '县城市管理局', '县城管执法局', '县综合执法局'],
  ['县发改局', '县发改委', '县计划局', '县发展计划局'],
  ['县人社局', '县劳动人事局', '县人力资源局', '县劳动保障局'],
  ['县乡村振兴局', '县扶贫办', '县扶贫开发办'],
  ['县商务局', '县商粮局', '县商务粮食局'],
  ['县医保局', '县医疗保障局', '县医保中心'],
  ['县优化办', '县营商办', '县营商环境办'],
  ['县林业局', '县林业和绿化局', '县林草局'],
  ['县水利局', '县水务局', '县水电局'],
  ['县教育局', '县教体局', '县教育和体育局'],
  ['县民政局', '县民政事务局'],
  ['县司法局', '县法制局'],
];

/** The county's leading industries (the seed names 化工 as one). */
export const INDUSTRIES: string[] = [
  '化工', '陶瓷', '新材料', '电子信息', '装备制造', '食品加工', '纺织服装', '生物医药', '新能源', '有色金属',
  '硬质合金', '建材', '竹木加工', '烟花爆竹', '油茶', '中药材', '汽车零部件', '电线电缆', '节能环保', '先进储能',
  '家具制造', '农产品加工', '光电', '精密机械', '轨道交通',
];

/**
 * Synonyms of the prose: one permutation of each group per bulletin (a permutation, so 贯彻落实
 * becomes 落实贯彻, never 落实落实). Words that are also nouns (组织, 保障) or part of statute names
 * (促进法) are left out.
 */
export const SYNONYMS: string[][] = [
  ['加强', '强化'],
  ['推进', '推动'],
  ['提升', '提高'],
  ['完善', '健全'],
  ['落实', '贯彻'],
  ['积极', '主动'],
  ['切实', '有效'],
  ['深入', '持续'],
  ['建立', '构建'],
  ['及时', '尽快'],
  ['全面', '全力'],
  ['严格', '从严'],
  ['重大', '重要'],
];

/** Named places and firms of the seed: the name part, replaced by a generated name per bulletin. */
export const NAMES: string[] = [
  '广寒坪', '艾硅特', '艾硅', '地博', '固辉', '九派', '酒仙', '徐公店', '渌溪', '淩溪', '星都', '望云', '松井', '攸州', '东风夜宵', '滨江', '东城新区',
];

/** Characters county place and firm names are made of. */
export const NAME_CHARS = [
  ...'安宝北碧昌朝辰春翠大丹德鼎东峰丰福富高光广桂国海和河红鸿虹华环黄汇佳嘉建江金锦晶景九俊凯康兰蓝乐丽利莲联龙隆鹿罗茂美明南宁鹏平秋泉仁荣瑞润森山胜盛石顺松泰桃天田同湾万旺文五西溪祥湘新鑫兴秀旭雅阳扬怡银永友雨玉园源岳云长正中洲竹紫',
];

/** Surnames (the most common) and the characters of given names, for the 任免 notices. */
export const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'];
export const GIVEN_CHARS = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉玲宇浩凯健俊帆帅旭宁欣婷雪琳晨阳东亮建斌波红燕飞林峰志海文斌武鑫昊睿博思嘉怡诗梦雨涵佳子轩振国庆春荣松柏湘攸晓丹颖慧聪蓉芬莉艺清锋荣利民生成光德福贵祥',
];

/** Posts in the county government, for the 任免 notices. */
export const POSTS = ['局长', '副局长', '主任', '副主任', '党组成员', '总工程师', '总经济师', '大队长', '副大队长', '调研员', '副调研员', '总会计师'];

/** Near-homoglyphs and homophones an extraction or typist confuses (the seed itself prints 淩溪 for 渌溪). */
export const CONFUSIONS: Array<[string, string]> = [
  ['已', '己'], ['末', '未'], ['账', '帐'], ['做', '作'], ['像', '象'], ['再', '在'], ['拨', '拔'], ['候', '侯'],
  ['须', '需'], ['订', '定'], ['份', '分'], ['即', '既'], ['型', '形'], ['制', '治'], ['象', '像'], ['泄', '洩'],
];
