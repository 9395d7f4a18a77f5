/**
 * Inputs for the fuzz suite: the seed (whole, or an excerpt of a few documents under its cover)
 * and hand-written fixtures, mutated the ways real extractions and real mistakes damage a
 * bulletin: lines dropped, swapped and duplicated, a cut at a random byte, markup soup, control
 * characters, huge lines, another encoding, articles renumbered and repeated, labels shuffled,
 * a second rendition. Deterministic for a given seed number.
 */
import iconv from 'iconv-lite';
import { toNumeral } from '../../core/chinese/numerals.ts';
import { generatedInstrument } from '../fixtures/generate.ts';

import { seededRandom } from '../../pipeline/bench/random.ts';

/** mulberry32 (the bench's): small, fast and good enough to pick mutations. */
export const random = seededRandom;

export type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));

export interface FuzzFile {
  name: string;
  bytes: Uint8Array;
}

export interface FuzzInput {
  /** What was done, to reproduce and to name the slowest input. */
  description: string;
  files: FuzzFile[];
  /** Run the index and site stages too. */
  site: boolean;
}

const COVER = '攸县人民政府公报\n\n攸县人民政府办公室\n\n2024 年第 2 期\n\n';

function notice(n: number, title: string, body: string): string {
  return `攸政办发〔2024〕${n}号\n\n攸县人民政府办公室关于印发《${title}》的通知\n\n各乡镇人民政府：\n\n现将《${title}》印发给你们，请认真执行。\n\n附件：1.${title}任务清单\n\n攸县人民政府办公室\n\n2024年3月${n}日\n\n${title}\n\n${body}\n\n附件1\n\n${title}任务清单\n\n序号\t任务\t责任单位\t完成时限\n1\t制定方案\t县财政局\t2024年6月\n2\t组织实施\t各乡镇\t2024年12月\n\n`;
}

/** Hand-written shapes a real bulletin prints (see test/shapes.test.ts), and outline texts. */
export const FIXTURES: readonly string[] = [
  COVER +
    notice(
      1,
      '攸县测试管理办法',
      '第一章 总则\n\n本章规定适用范围。\n\n第一条 为了规范管理，根据《中华人民共和国预算法》第十条，制定本办法。\n\n第二条 本办法适用于本县。\n\n**以下为管理。**\n\n第二章 管理\n\n第一节 审批\n\n第三条 县财政局负责下列事项：\n\n（一）审核；\n\n（二）拨付，依照本办法第二条执行；\n\n1.申请书；\n\n2.证明材料。\n\n第四条 前条规定的事项，按照前款执行。\n\n第四条之一 县审计局负责审计。\n\n第二节 监督\n\n第五条 违反本办法第三条第（二）项规定的，依法处理。\n\n第三章 附则\n\n第六条 本办法自2024年4月1日起施行，有效期5年。',
    ),
  COVER +
    notice(
      2,
      '攸县测试工作方案',
      '一、总体要求\n\n以习近平新时代中国特色社会主义思想为指导。\n\n二、主要任务\n\n（一）加强组织领导。**明确责任。**各单位要落实责任。\n\n1.建立机制。\n\n2.完善制度。\n\n（1）细化措施；\n\n（2）强化考核。\n\n①定期调度；\n\n②通报情况。\n\n（二）强化保障。\n\n三、工作要求\n\n本方案自印发之日起施行。',
    ),
  COVER +
    notice(3, '攸县测试细则', '第一节 一般规定\n\n第一条 为了规范管理，制定本细则。\n\n第二条 本细则适用于本县。\n\n第二条 县财政局负责。\n\n第二节 附则\n\n第三条 本细则自印发之日起施行。'),
];

/** The seed split into its cover and its documents (each from its 登记号 or 文号 line). */
export function seedPieces(seed: string): { cover: string; documents: string[] } {
  const lines = seed.split('\n');
  const starts: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (/^攸政办发〔\d{4}〕\d+号\s*$/.test(lines[i]!.trim())) {
      let s = i;
      let k = i - 1;
      while (k >= 0 && lines[k]!.trim() === '') k--;
      if (k >= 0 && /^[A-Z]{2,10}\s*[—–-]/.test(lines[k]!.trim())) s = k;
      starts.push(s);
    }
  }
  const cover = lines.slice(0, starts[0] ?? 0).join('\n');
  const documents = starts.map((s, j) => lines.slice(s, starts[j + 1] ?? lines.length).join('\n'));
  return { cover, documents };
}

const SOUP = ['**', '*', '_', '__', '- ', '+ ', '* ', '# ', '> ', '<p>', '</p>', '`', '```', '[', '](', '|', '\t', '~~', '<!--', '-->', '&amp;', '&#x0;', '\\', '![', '<', '>', '1) ', '  - ', '***', '---'];
const CONTROLS = ['\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u009f', '\u2028', '\u2029', '\u200b', '\ufeff', '\ufffd', '\ud800', '\udfff', '\r', '\r\n'];
const HUGE_UNITS = ['*a', '**', '_', '。', '汉', ' ', '\t', '第一条', '（一）', '《', '》', '〔', '〕', '1', '—', '……', '**粗体**', '第一条 本办法', '附件', '《攸县测试办法》第一条', '<p>', '[a](b)', '前款'];
const LABELS = ['第一条 ', '第九十九条 ', '第一百条之一 ', '第一章 ', '第一节 ', '一、', '（一）', '(二)', '1.', '（1）', '⑴', '①', '附件1', '附件：1.', '攸政办发〔2024〕1号', 'ZZYXDR—2024—01001', '2024年3月1日', '目 录', '2024 年第 2 期', '**', ''];

type TextMutation = (text: string, rng: Rng) => [string, string];

function lineWise(f: (lines: string[], rng: Rng) => string): TextMutation {
  return (text, rng) => {
    const lines = text.split('\n');
    const what = f(lines, rng);
    return [lines.join('\n'), what];
  };
}

const TEXT_MUTATIONS: Record<string, TextMutation> = {
  drop: lineWise((lines, rng) => {
    const n = int(rng, 1, Math.max(1, Math.floor(lines.length / 10)));
    const at = int(rng, 0, Math.max(0, lines.length - n));
    lines.splice(at, n);
    return `drop ${n} lines at ${at + 1}`;
  }),
  swap: lineWise((lines, rng) => {
    const k = int(rng, 1, 8);
    for (let i = 0; i < k; i++) {
      const a = int(rng, 0, lines.length - 1);
      const b = int(rng, 0, lines.length - 1);
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
    }
    return `swap ${k} line pairs`;
  }),
  duplicate: lineWise((lines, rng) => {
    const n = int(rng, 1, 30);
    const at = int(rng, 0, Math.max(0, lines.length - n));
    const times = int(rng, 1, rng() < 0.1 ? 200 : 4);
    const block = lines.slice(at, at + n);
    for (let i = 0; i < times; i++) lines.splice(at + n, 0, ...block);
    return `duplicate ${n} lines at ${at + 1} ×${times}`;
  }),
  soup: (text, rng) => {
    const k = int(rng, 1, 40);
    let t = text;
    for (let i = 0; i < k; i++) {
      const at = int(rng, 0, t.length);
      const s = Array.from({ length: int(rng, 1, 6) }, () => pick(rng, SOUP)).join(pick(rng, ['', '汉', ' ', '\n']));
      t = t.slice(0, at) + s + t.slice(at);
    }
    return [t, `markup soup ×${k}`];
  },
  controls: (text, rng) => {
    const k = int(rng, 1, 30);
    let t = text;
    for (let i = 0; i < k; i++) {
      const at = int(rng, 0, t.length);
      t = t.slice(0, at) + pick(rng, CONTROLS) + t.slice(at);
    }
    return [t, `control characters ×${k}`];
  },
  hugeLine: (text, rng) => {
    const unit = pick(rng, HUGE_UNITS);
    const size = pick(rng, [20_000, 100_000, 300_000, rng() < 0.2 ? 1_000_000 : 200_000]);
    const line = unit.repeat(Math.ceil(size / unit.length));
    const lines = text.split('\n');
    const at = int(rng, 0, lines.length);
    lines.splice(at, 0, rng() < 0.5 ? line : `第一条 ${line}`);
    return [lines.join('\n'), `huge line of ${JSON.stringify(unit)} (${size} chars) at ${at + 1}`];
  },
  renumber: (text, rng) => {
    let n = 0;
    const wild = rng() < 0.3;
    const t = text.replace(/第([〇零一二两三四五六七八九十百千0-9]+)条/g, (m) => {
      if (rng() < 0.7) return m;
      n++;
      const v = wild ? pick(rng, ['九千九百九十九', '一二三四五六七八九一二三四五六七八九一二三', '零', '0', '9999', '十十十', '百千', '两']) : toNumeral(int(rng, 1, 120));
      return `第${v}条`;
    });
    return [t, `renumber ${n} articles${wild ? ' (wild numerals)' : ''}`];
  },
  repeatArticles: lineWise((lines, rng) => {
    const candidates = lines.map((l, i) => (/^第.{1,8}条/.test(l) ? i : -1)).filter((i) => i >= 0);
    if (!candidates.length) return 'repeat articles (none)';
    const at = pick(rng, candidates);
    const times = int(rng, 2, rng() < 0.1 ? 2000 : 20);
    lines.splice(at + 1, 0, ...Array.from({ length: times }, () => ['', lines[at]!]).flat());
    return `repeat the article at line ${at + 1} ×${times}`;
  }),
  shuffleLabels: lineWise((lines, rng) => {
    const k = int(rng, 1, 25);
    for (let i = 0; i < k; i++) {
      const at = int(rng, 0, lines.length - 1);
      const stripped = lines[at]!.replace(/^(第[^条章节]{1,8}[条章节](之[一二三四五六七八九十])?|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[)）]|\d+[.．]|[①-⑳⑴-⒇]|附件\s*\d*)\s*/, '');
      lines[at] = pick(rng, LABELS) + stripped;
    }
    return `shuffle ${k} labels`;
  }),
  joinLines: lineWise((lines, rng) => {
    const at = int(rng, 0, Math.max(0, lines.length - 2));
    const n = int(rng, 2, 50);
    const joined = lines.slice(at, at + n).join(pick(rng, ['', ' ', '\t']));
    lines.splice(at, n, joined);
    return `join ${n} lines at ${at + 1}`;
  }),
  replacement: (text, rng) => {
    const k = int(rng, 1, 20);
    const chars = [...text];
    for (let i = 0; i < k; i++) chars[int(rng, 0, chars.length - 1)] = '\ufffd';
    return [chars.join(''), `U+FFFD ×${k}`];
  },
  rendition: (text, rng) => {
    const cut = int(rng, Math.floor(text.length / 3), text.length);
    return [`${text}\n\n${text.slice(0, cut)}`, `a second rendition (${cut} chars)`];
  },
  tabs: lineWise((lines, rng) => {
    const k = int(rng, 1, 30);
    for (let i = 0; i < k; i++) {
      const at = int(rng, 0, lines.length - 1);
      const l = lines[at]!;
      const p = int(rng, 0, l.length);
      lines[at] = l.slice(0, p) + '\t'.repeat(int(rng, 1, 3)) + l.slice(p);
    }
    return `tabs into ${k} lines`;
  }),
};

const ENCODINGS = ['utf8', 'utf8-bom', 'gb18030', 'gbk', 'utf16le', 'utf16le-bom', 'utf16be', 'utf16be-bom'] as const;

function encode(text: string, encoding: (typeof ENCODINGS)[number]): Uint8Array {
  switch (encoding) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'gb18030':
    case 'gbk':
      return iconv.encode(text, encoding);
    default: {
      const [name, bom] = encoding.split('-');
      return iconv.encode(text, name === 'utf16le' ? 'utf-16le' : 'utf-16be', { addBOM: bom === 'bom' });
    }
  }
}

const NAMES = ['youxian-2024-02.txt', '攸县人民政府公报.txt', '公报 2024 第2期.md', 'a b.markdown', '新建文本文档.txt', '2024.txt', '攸县—2024—2.txt'];

export interface Sources {
  seed: string;
  pieces: ReturnType<typeof seedPieces>;
  generated: string;
}

export function sources(seed: string): Sources {
  return { seed, pieces: seedPieces(seed), generated: generatedInstrument(40_000) };
}

/** The base text of a run: the whole seed now and then, mostly an excerpt or a fixture. */
function base(src: Sources, rng: Rng, whole: boolean): [string, string] {
  if (whole) return [src.seed, 'seed'];
  const r = rng();
  if (r < 0.55) {
    const { cover, documents } = src.pieces;
    const first = int(rng, 0, documents.length - 1);
    const n = rng() < 0.8 ? 1 : int(rng, 2, 3);
    const docs = documents.slice(first, first + n);
    // Long documents are cut to a window of lines, to keep most runs small.
    const text = docs.join('\n');
    const lines = text.split('\n');
    const window = lines.length > 400 && rng() < 0.8 ? lines.slice(0, int(rng, 80, 400)) : lines;
    return [`${cover}\n${window.join('\n')}`, `seed excerpt: documents ${first + 1}–${first + docs.length}${window.length < lines.length ? ` (${window.length} lines)` : ''}`];
  }
  if (r < 0.9) {
    const k = int(rng, 0, FIXTURES.length - 1);
    return [FIXTURES[k]!, `fixture ${k + 1}`];
  }
  return [src.generated, 'generated instrument (40 KB)'];
}

/** The input of run `n` of a fuzz session with seed `seed`. */
export function fuzzInput(src: Sources, seed: number, n: number, options: { wholeEvery: number; siteEvery: number }): FuzzInput {
  const rng = random(seed * 1_000_003 + n);
  const whole = options.wholeEvery > 0 && n % options.wholeEvery === options.wholeEvery - 1;
  let [text, what] = base(src, rng, whole);
  const steps: string[] = [what];
  const names = Object.keys(TEXT_MUTATIONS);
  const count = rng() < 0.08 ? 0 : int(rng, 1, 4);
  for (let i = 0; i < count; i++) {
    let name = pick(rng, names);
    // Huge lines and thousands of repeats cost seconds each: keep them to a share of the runs.
    if ((name === 'hugeLine' && rng() < 0.6) || (whole && name === 'rendition')) name = 'swap';
    const [t, d] = TEXT_MUTATIONS[name]!(text, rng);
    text = t;
    steps.push(d);
  }
  const encoding = rng() < 0.8 ? 'utf8' : pick(rng, ENCODINGS);
  let bytes = encode(text, encoding);
  if (encoding !== 'utf8') steps.push(`encoded ${encoding}`);
  if (rng() < 0.12) {
    const cut = int(rng, 0, bytes.length);
    bytes = bytes.subarray(0, cut);
    steps.push(`cut at byte ${cut}`);
  }
  if (rng() < 0.01) {
    bytes = Uint8Array.from({ length: int(rng, 0, 4000) }, () => int(rng, 0, 255));
    steps.push('random bytes');
  }
  const files: FuzzFile[] = [{ name: pick(rng, NAMES), bytes }];
  // Now and then a second file: the fixture beside it, or the same bytes under another name.
  if (rng() < 0.05) {
    const same = rng() < 0.5;
    files.push({ name: `zz-${files[0]!.name}`, bytes: same ? bytes : encode(pick(rng, FIXTURES), 'utf8') });
    steps.push(same ? 'the same file twice' : 'a fixture beside it');
  }
  return { description: steps.join('; '), files, site: options.siteEvery > 0 && n % options.siteEvery === 0 };
}
