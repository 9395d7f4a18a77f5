/**
 * The kinds of text a title ends with (…管理办法, …实施细则, …工作方案), longest first where one ends
 * another: the build takes a title apart by them to name the text (pipeline/link/aliases.ts), and the
 * search reads a query word ending in one as a short name of a text (core/search/client.ts).
 */
export const TEXT_KINDS = ['实施细则', '实施办法', '实施方案', '工作方案', '管理办法', '工作规程', '应急预案', '裁量基准', '细则', '办法', '方案', '措施', '清单', '规定', '意见', '条例', '规则', '规程', '指南', '导则', '规约', '名录', '目录', '计划', '规划', '制度', '标准', '通知', '决定', '通告', '批复', '预案', '基准', '纲要', '提纲', '要点', '纪要', '公告'] as const;

/** The kinds of two characters (办法, 细则 …): what a short name ends with. */
export const SHORT_KINDS: readonly string[] = TEXT_KINDS.filter((k) => k.length === 2);

/** A kind people call a text by that its title does not print: a list is also a 目录 (县级行政许可目录 for 攸县行政许可事项清单). */
export const KIND_SYNONYMS: ReadonlyArray<[said: string, printed: string]> = [['目录', '清单']];
