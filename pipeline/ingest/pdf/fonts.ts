/**
 * Fonts as layout cues. pdfjs's text items name a loaded font (g_d0_f3); its real name (FangSong,
 * SimHei, FZXiaoBiaoSong-B05S, NotoSerifCJKsc-Bold) is on `page.commonObjs.get(loadedName).name`
 * once `getOperatorList()` has loaded it. 公文 use 小标宋 for titles, 黑体 for 一、 headings,
 * 楷体 for （一）, 仿宋 for the text; bold faces (and 黑体, a heavy face) mark emphasis.
 */

export type FontFamily = 'xiaobiaosong' | 'hei' | 'kai' | 'fangsong' | 'song' | 'sans' | 'other';

export interface FontStyle {
  /** The font's name without the subset prefix (ABCDEF+). */
  name: string;
  family: FontFamily;
  /** A bold or heavy face (by name or by pdfjs's flags), or 黑体/小标宋, printed as emphasis. */
  bold: boolean;
}

const BOLD_NAME = /bold|black|heavy|semibold|demi|extrabold|ultrabold|粗/i;

/** Classifies a font by its name (and pdfjs's bold/black flags when known). */
export function fontStyle(rawName: string, flags: { bold?: boolean; black?: boolean } = {}): FontStyle {
  const name = rawName.replace(/^[A-Z]{6}\+/, '');
  const n = name.replace(/[\s_-]+/g, '').toLowerCase();
  let family: FontFamily = 'other';
  if (/xiaobiaosong|xbs|小标宋|biaosong|标宋/.test(n)) family = 'xiaobiaosong';
  else if (/kai|楷/.test(n)) family = 'kai';
  else if (/fangsong|仿宋|fs_gb2312|fsgb/.test(n)) family = 'fangsong';
  // 黑体 proper (SimHei, STHeiti, FZHei…); 微软雅黑 and the CJK sans text faces (Noto Sans CJK) are text faces, bold only by weight.
  else if (/hei|黑/.test(n) && !/yahei|雅黑|思源/.test(n)) family = 'hei';
  else if (/yahei|雅黑|sanscjk|sourcehansans|思源黑|sans|arial|helvetica/.test(n)) family = 'sans';
  else if (/song|simsun|宋|serifcjk|sourcehanserif|ming/.test(n)) family = 'song';
  const bold = BOLD_NAME.test(name) || Boolean(flags.bold) || Boolean(flags.black) || family === 'hei' || family === 'xiaobiaosong';
  return { name, family, bold };
}
