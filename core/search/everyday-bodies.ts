/**
 * The bodies of any county, district or city government by the names their documents print and people
 * type, without the level they are printed after (县, 区, 市: 县人力资源和社会保障局, 区住建局, 市卫生健康局):
 * each name is searched as the others of its body. Written from general knowledge of how 公文 name these
 * bodies (the full name of the 2018 reform, its short form, the older names still said), not from a
 * query set; the seed's own names, 县-prefixed, are in everyday.ts.
 */
const BODIES: readonly (readonly string[])[] = [
  ['人社局', '人力资源和社会保障局', '人力资源社会保障局', '人社部门', '劳动局', '社保局'],
  ['住建局', '住房和城乡建设局', '住建部门', '建设局', '住建委'],
  ['卫健局', '卫生健康局', '卫生健康委员会', '卫健委', '卫生局'],
  ['城管局', '城管执法局', '城市管理局', '城市管理和综合执法局', '综合执法局', '城管执法部门'],
  ['市监局', '市场监管局', '市场监督管理局', '工商局'],
  ['发改局', '发展和改革局', '发展改革局', '发改委', '发展和改革委员会'],
  ['文旅局', '文旅广体局', '文化旅游局', '文化旅游体育局', '文化旅游广电体育局', '文化和旅游局', '文体局'],
  ['交通局', '交运局', '交通运输局'],
  ['自然资源局', '自规局', '自然资源和规划局', '国土局', '国土资源局'],
  ['工信局', '工业和信息化局', '科工信局', '科技和工业信息化局', '科学技术和工业信息化局', '经信局'],
  ['医保局', '医疗保障局'],
  ['审批局', '行政审批局', '行政审批服务局'],
  ['应急局', '应急管理局', '安监局'],
  ['农业局', '农业农村局', '农业农村部门'],
  ['环保局', '生态环境局', '生态环境分局'],
  ['民政局', '民政部门', '民政所'],
  ['教育局', '教育和体育局'],
  ['退役军人事务局', '退役军人事务部门'],
];

/**
 * Names the vocabulary tables key already (everyday-vocabulary-1.ts: 城管执法局 → 执法局, 国土资源局 → 自然资源局,
 * 民政部门 → 民政局), each everyday word keyed once: here they are printed names only.
 */
const KEYED_IN_VOCABULARY = new Set(['城管执法局', '国土资源局', '民政部门']);

/** Each body's names, each searched as the others (everyday.ts adds them to its table). */
export const EVERYDAY_BODIES: Array<[string[], string[]]> = BODIES.map((names) => [names.filter((n) => !KEYED_IN_VOCABULARY.has(n)), [...names]]);
