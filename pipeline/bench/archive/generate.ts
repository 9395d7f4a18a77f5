/**
 * A synthetic archive of the county's bulletin for measuring the site at scale: bulletin k is the
 * issue k months before the seed's (k = 0 is 攸县人民政府公报 2023年第1期, k = 1 is 2022年第12期 …),
 * made from the seed's documents with
 *
 * - its own cover, 目录 (titles and page numbers of its own documents) and 版记;
 * - its own 文号: 攸政办发〔YEAR〕N号 numbered through the year (issue m uses 20(m−1)+1 … 20m), 登记号
 *   to match, and every mention of a seed 文号 in the text renumbered the same way;
 * - its own dates: each document signed on a day of the issue's month, every other date of the
 *   document moved by as many days (a 施行 date stays as far after the signature), other years by
 *   the years moved;
 * - its own subjects: the subject of each document's title (风险补偿资金, 攸惠贷, 国有资产, 消防安全 …)
 *   from the lists of vocab.ts, the same in the title, the 目录, the notice and the whole text;
 * - its own words: department names as another year printed them, the county's industry, synonyms
 *   of the prose (one permutation per issue), generated names for the seed's places and firms,
 *   amounts changed, a look-alike character now and then;
 * - its own sentence order inside paragraphs, the first sentence (label, heading) kept first;
 * - its own set of documents: some dropped, some printed twice with another subject and 文号, and in
 *   most issues a 任免 notice of the county government (攸政发) naming generated people, the one kind
 *   of document the seed lacks though nearly every issue prints one.
 *
 * Bulletin k depends on the seed number and k only (not on how many are generated), so an archive of
 * N+1 is the archive of N plus one file, and the same --seed gives the same bytes. Labels, article
 * and item numbers, 序号, table columns and attachment headings are never touched, so every bulletin
 * parses like the seed. Bulletin 0 keeps the seed's subjects and documents, so the seed's queries
 * (攸惠贷 第十四条, 攸政办发〔2023〕1号) have their answer in every archive.
 *
 *   npm run archive -- --bulletins 500 [--out DIR] [--seed N]
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DOC_NUMBER_PATTERN, docNumberId, serialNumber } from '../../../core/chinese/doc-number.ts';
import { yearNumber } from '../../../core/chinese/dates.ts';
import { opensUnit } from '../../../core/chinese/labels.ts';
import { removeHanSpaces } from '../../../core/chinese/width.ts';
import { PROJECT_ROOT } from '../../project.ts';
import { seededRandom } from '../random.ts';
import { readSeed, type Seed, type SeedDocument } from './seed.ts';
import {
  addDays,
  changeAmounts,
  choose,
  confuse,
  daysBetween,
  editDistance,
  moveDates,
  pick,
  reorderSentences,
  Shelf,
  shuffle,
  substitute,
  substitution,
  wrap,
  type Random,
} from './text.ts';
import { issueWords, replaceProseWords, wordPool } from './words.ts';
import { CONFUSIONS, DEPARTMENTS, GIVEN_CHARS, INDUSTRIES, NAME_CHARS, NAMES, POSTS, SUBJECTS, SURNAMES, SYNONYMS } from './vocab.ts';

export const SEED_FILE = join(PROJECT_ROOT, 'corpus', 'youxian-2023-01.txt');
export const DEFAULT_SEED = 20230131;
/** The month of the seed's issue (2023年第1期), counted in months since year 0. */
const SEED_MONTH = 2023 * 12;
/** 文号 serials each issue may use: issue m numbers its documents 20(m−1)+1 … 20m. */
const SERIALS_PER_ISSUE = 20;
/** Duplicated documents take the serials after the seed's highest. */
const DUPLICATE_BASE = 10;
/** Share of the seed's prose words (words.ts) each issue replaces by its own. */
const WORD_RATE = 0.45;
const APPOINTMENT_AGENCY = '攸政发';
const APPOINTMENT_ISSUER = '攸县人民政府';

export interface GenerateOptions {
  bulletins: number;
  seed?: number;
  /** The seed bulletin's text (default: corpus/youxian-2023-01.txt). */
  seedText?: string;
}

export interface GeneratedDocument {
  /** 攸政办发〔2019〕21号 */
  docNumber: string;
  /** The id the build derives from it: yzbf-2019-21. */
  id: string;
  title: string;
  /** The seed document it was made from (its serial), or 'appointment' for a 任免 notice. */
  template: number | 'appointment';
  /** 成文日期, ISO. */
  date: string;
  /** Line of the 文号 in the bulletin's file (1-based). */
  line: number;
}

export interface GeneratedBulletin {
  /** File name: youxian-2019-03.txt (the build takes the bulletin id from it). */
  name: string;
  id: string;
  text: string;
  year: number;
  issue: number;
  /** Which rendition of the seed its documents were made from (0 or 1: two extractions of one issue). */
  rendition: number;
  documents: GeneratedDocument[];
}

let defaultSeed: Seed | undefined;

function seedOf(options: { seedText?: string }): Seed {
  if (options.seedText !== undefined) return readSeed(options.seedText);
  defaultSeed ??= readSeed(readFileSync(SEED_FILE, 'utf8'));
  return defaultSeed;
}

/** The archive's bulletins 0 … bulletins−1, newest first. */
export function generateArchive(options: GenerateOptions): GeneratedBulletin[] {
  if (!Number.isInteger(options.bulletins) || options.bulletins < 0) throw new Error(`bulletins must be a whole number, got ${options.bulletins}`);
  const seed = seedOf(options);
  return Array.from({ length: options.bulletins }, (_, k) => makeBulletin(seed, k, options.seed ?? DEFAULT_SEED));
}

/** Bulletin k of the archive alone (the same as generateArchive(…)[k]). */
export function generateBulletin(k: number, options: { seed?: number; seedText?: string } = {}): GeneratedBulletin {
  if (!Number.isInteger(k) || k < 0) throw new Error(`bulletin index must be a whole number, got ${k}`);
  return makeBulletin(seedOf(options), k, options.seed ?? DEFAULT_SEED);
}

/** One random stream per bulletin, from the seed number and the bulletin's index. */
function bulletinRandom(seed: number, k: number): Random {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(k + 1, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return seededRandom(h >>> 0);
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

interface Instance {
  template: SeedDocument;
  /** Alternative chosen for each subject slot. */
  choice: number[];
  serial: number;
}

function makeBulletin(seed: Seed, k: number, seedNumber: number): GeneratedBulletin {
  if (k === 0) return seedBulletin(seed);
  const random = bulletinRandom(seedNumber, k);
  const month = SEED_MONTH - k;
  const year = Math.floor(month / 12);
  const issue = (month % 12) + 1;
  const id = `youxian-${year}-${pad(issue, 2)}`;
  const renditionIndex = pick(random, seed.renditions.length);
  const rendition = seed.renditions[renditionIndex]!;
  const serialBase = (issue - 1) * SERIALS_PER_ISSUE;

  // Words the whole issue prints its own way.
  const words = new Map<string, string>();
  const departmentNames = new Map<string, string>();
  for (const group of DEPARTMENTS) {
    const name = random() < 0.5 ? group[0]! : choose(random, group);
    words.set(group[0]!, name);
    departmentNames.set(group[0]!, name);
  }
  words.set('化工', choose(random, INDUSTRIES));
  for (const group of SYNONYMS) {
    const order = shuffle(random, [...group]);
    group.forEach((w, i) => words.set(w, order[i]!));
  }
  const usedNames = new Set<string>();
  for (const name of NAMES) {
    let made: string;
    do made = choose(random, NAME_CHARS) + choose(random, NAME_CHARS);
    while (usedNames.has(made));
    usedNames.add(made);
    words.set(name, made + (name.endsWith('新区') ? '新区' : name.endsWith('夜宵') ? '夜宵' : ''));
  }
  const pool = wordPool(seed);
  const proseWords = issueWords(pool, random, WORD_RATE);
  const shuffleRate = 0.3 + 0.5 * random();
  const amountRate = 0.3 + 0.5 * random();
  const typoRate = 0.02 * random();

  // Which documents, under which subjects and serials.
  const instances: Instance[] = [];
  const templates = [...rendition.documents].sort((a, b) => a.serial - b.serial);
  let duplicates = 0;
  for (const template of templates) {
    const slots = SUBJECTS[template.serial] ?? [];
    const keepAtLeast = 2 - instances.length;
    const left = templates.length - templates.indexOf(template);
    const dropped = left > keepAtLeast && random() < 0.12;
    const choice = slots.map((slot) => pick(random, slot.alternatives.length));
    if (!dropped) instances.push({ template, choice, serial: serialBase + template.serial });
    if (slots.length && random() < 0.08) {
      // Printed twice: other subjects, a title the 目录 cannot confuse with the first (the structure
      // stage matches 目录 entries to titles up to one edit in ten characters), the next free serial.
      const taken = instances.filter((i) => i.template === template).map((i) => subjectTitle(template, i.choice, year));
      for (let attempt = 0; attempt < 20; attempt++) {
        const other = slots.map((slot) => pick(random, slot.alternatives.length));
        const title = subjectTitle(template, other, year);
        if (taken.every((t) => farApart(t, title))) {
          instances.push({ template, choice: other, serial: serialBase + DUPLICATE_BASE + duplicates++ });
          break;
        }
      }
    }
  }
  instances.sort((a, b) => a.serial - b.serial);
  const appointment = random() < 0.6;

  // Signing days in the issue's month, in the order of the serials; the issue is printed after them.
  const count = instances.length + (appointment ? 1 : 0);
  const first = `${year}-${pad(issue, 2)}-01`;
  const days = Array.from({ length: count }, () => pick(random, 20)).sort((a, b) => a - b);
  const dates = days.map((d) => addDays(first, d));
  const printedOn = addDays(first, 20 + pick(random, 8));

  // Seed 文号 mentioned anywhere in the issue → the numbers this issue gives those documents.
  const seedAgency = templates[0]!.agency;
  const seedYear = templates[0]!.year;
  const renumber = new Map(templates.map((t) => [t.serial, serialBase + t.serial]));

  const docs: Array<{ lines: string[]; meta: Omit<GeneratedDocument, 'line'>; numberAt: number }> = [];
  let next = 0;
  if (appointment) docs.push(appointmentNotice(random, year, (issue - 1) * 5 + 1 + pick(random, 5), dates[next++]!, departmentNames));
  for (const instance of instances) {
    docs.push(
      renderDocument(instance, {
        random,
        year,
        date: dates[next++]!,
        words,
        renumber: (agency, y, serial) => (agency === seedAgency && y === seedYear ? renumber.get(serial) : undefined),
        proseWords,
        dictionary: pool.dictionary,
        shuffleRate,
        amountRate,
        typoRate,
      }),
    );
  }

  // Cover, 目录 with page numbers from each document's length, the documents, the 版记.
  const out: string[] = ['', '', seed.title, '', seed.issuer, '', `${year} 年第 ${issue} 期`, '', '目 录', ''];
  let page = 1;
  docs.forEach((doc, i) => {
    const entry = wrap(`${i + 1}.${doc.meta.title}`, 31, opensUnit);
    entry[0] = `- ${entry[0]}`;
    entry[entry.length - 1] += `.....${page}`;
    out.push(...entry);
    page += Math.max(1, Math.round(doc.lines.join('').length / 700));
  });
  out.push('');
  const documents: GeneratedDocument[] = [];
  for (const doc of docs) {
    documents.push({ ...doc.meta, line: out.length + doc.numberAt + 1 });
    out.push(...doc.lines, '');
  }
  const [py, pm, pd] = printedOn.split('-').map(Number);
  out.push(rendition.printedBy || seed.issuer, '', `${py}年${pm}月${pd}日印发`, '');
  return { name: `${id}.txt`, id, text: out.join('\n'), year, issue, rendition: renditionIndex, documents };
}

/** Bulletin 0: the seed's first rendition as printed. */
function seedBulletin(seed: Seed): GeneratedBulletin {
  const rendition = seed.renditions[0]!;
  const year = Math.floor(SEED_MONTH / 12);
  const issue = (SEED_MONTH % 12) + 1;
  const id = `youxian-${year}-${pad(issue, 2)}`;
  const documents = rendition.documents.map((d): GeneratedDocument => {
    const docNumber = `${d.agency}〔${d.year}〕${d.serial}号`;
    const parsed = { agency: d.agency, year: d.year, serial: d.serial, normalized: docNumber };
    const title = removeHanSpaces(d.titleLines.join('').replaceAll('**', '')).replace(/\s+/g, '');
    return { docNumber, id: docNumberId(parsed), title, template: d.serial, date: d.date, line: lineOf(rendition.text, d.numberPrinted) };
  });
  return { name: `${id}.txt`, id, text: rendition.text, year, issue, rendition: 0, documents };
}

interface RenderContext {
  random: Random;
  year: number;
  date: string;
  words: Map<string, string>;
  renumber: (agency: string, year: number, serial: number) => number | undefined;
  /** This issue's content words for the seed's (words.ts). */
  proseWords: Map<string, string>;
  dictionary: Set<string>;
  shuffleRate: number;
  amountRate: number;
  typoRate: number;
}

const REGISTRATION_PARTS = /^([A-Z]+)(\s*[—–\-－]+\s*)\d{4}(\s*[—–\-－]+\s*)\d+$/;

/** The map of a document's subject slots for one choice of alternatives. */
function subjectMap(template: SeedDocument, choice: number[], year: number): Map<string, string> {
  const map = new Map<string, string>();
  (SUBJECTS[template.serial] ?? []).forEach((slot, s) => {
    const to = slot.alternatives[choice[s]!]!;
    slot.strings.forEach((from, i) => map.set(from, to[i]!.replaceAll('{Y}', String(year))));
  });
  return map;
}

/** A template's title under a choice of subjects (before the issue's other words). */
function subjectTitle(template: SeedDocument, choice: number[], year: number): string {
  return substitute(template.titleLines.join('').replaceAll('**', '').replace(/\s+/g, ''), substitution(subjectMap(template, choice, year)));
}

/** More than one edit in ten characters apart. */
function farApart(a: string, b: string): boolean {
  return editDistance(a, b) > Math.max(1, Math.floor(Math.min(a.length, b.length) / 10));
}

/** 1-based number of the line that reads `text` (trimmed). */
function lineOf(fileText: string, text: string): number {
  return fileText.split('\n').findIndex((l) => l.trim() === text) + 1;
}

type Rendered = { lines: string[]; meta: Omit<GeneratedDocument, 'line'>; numberAt: number };

function renderDocument(instance: Instance, ctx: RenderContext): Rendered {
  const { template } = instance;
  const map = new Map([...ctx.words, ...subjectMap(template, instance.choice, ctx.year)]);
  const words = substitution(map);
  const days = daysBetween(template.date, ctx.date);
  const years = Number(ctx.date.slice(0, 4)) - Number(template.date.slice(0, 4));

  const text = (line: string, prose: boolean): string => {
    // The seed's words first, while the sentence is still the seed's (its segmentation is cached).
    let t = prose ? replaceProseWords(line, ctx.proseWords, ctx.dictionary) : line;
    const shelf = new Shelf();
    if (t.includes('号')) {
      DOC_NUMBER_PATTERN.lastIndex = 0;
      t = t.replace(DOC_NUMBER_PATTERN, (whole, agency: string, bracketYear?: string, plainYear?: string, serial?: string) => {
        const serialNow = ctx.renumber(agency, yearNumber(bracketYear ?? plainYear!)!, serialNumber(serial!)!);
        return serialNow === undefined ? whole : shelf.put(`${agency}〔${ctx.year}〕${serialNow}号`);
      });
    }
    if (/\d{4}/.test(t)) t = moveDates(t, days, years, shelf);
    t = substitute(t, words);
    // Amounts in sentences and table cells only: a title or heading is repeated elsewhere (目录, 附件 list).
    if (prose && /[。；\t]/.test(t)) t = changeAmounts(t, ctx.random, ctx.amountRate);
    if (prose) {
      t = reorderSentences(t, ctx.random, ctx.shuffleRate);
      t = confuse(t, ctx.random, ctx.typoRate, CONFUSIONS);
    }
    return shelf.restore(t);
  };

  const lines: string[] = [];
  const reg = template.registration ? REGISTRATION_PARTS.exec(template.registration) : null;
  if (reg) lines.push(`${reg[1]}${reg[2]}${ctx.year}${reg[3]}01${pad(instance.serial, 3)}`, '');
  const docNumber = `${template.agency}〔${ctx.year}〕${instance.serial}号`;
  const numberAt = lines.length;
  lines.push(template.numberPrinted.replace(/\d{4}(\D+?)\d+(\s*号)$/, `${ctx.year}$1${instance.serial}$2`), '');

  // The title, substituted as one string and wrapped again: a subject may have been broken over two lines.
  const title = text(removeHanSpaces(template.titleLines.join('').replaceAll('**', '')).replace(/\s+/g, ''), false);
  const cut = title.search(/关于|印发/);
  const titleLines = cut > 0 ? [title.slice(0, cut), ...wrap(title.slice(cut), 14 + pick(ctx.random, 9), opensUnit)] : wrap(title, 20, opensUnit);
  titleLines[0] = `**${titleLines[0]}`;
  titleLines[titleLines.length - 1] += '**';
  lines.push(...titleLines, '');

  for (const line of template.body) lines.push(line.trim() === '' ? '' : text(line, true));
  return {
    lines,
    numberAt,
    meta: { docNumber, id: docNumberId({ agency: template.agency, year: ctx.year, serial: instance.serial, normalized: docNumber }), title, template: template.serial, date: ctx.date },
  };
}

function personName(random: Random): string {
  return choose(random, SURNAMES) + choose(random, GIVEN_CHARS) + (random() < 0.7 ? choose(random, GIVEN_CHARS) : '');
}

/** A 任免 notice of the county government: generated people, the issue's department names. */
function appointmentNotice(random: Random, year: number, serial: number, date: string, departments: Map<string, string>): Rendered {
  const offices = [...departments.values()];
  const people = Array.from({ length: 3 + pick(random, 8) }, () => personName(random));
  const title = `${APPOINTMENT_ISSUER}关于${people[0]}等同志职务任免的通知`;
  const docNumber = `${APPOINTMENT_AGENCY}〔${year}〕${serial}号`;
  const acts = people.map((person, i) => {
    const office = choose(random, offices);
    const post = choose(random, POSTS);
    const end = i === people.length - 1 ? '。' : '；';
    if (random() < 0.3) return `免去${person}的${office}${post}职务${end}`;
    return `任命${person}为${office}${post}${random() < 0.3 ? '（试用期一年）' : ''}${end}`;
  });
  const [y, m, d] = date.split('-').map(Number);
  const lines = [
    docNumber,
    '',
    `**${APPOINTMENT_ISSUER}`,
    `${title.slice(APPOINTMENT_ISSUER.length)}**`,
    '',
    '各乡镇人民政府、街道办事处，县直各单位：',
    '',
    '经县人民政府研究决定：',
    '',
    ...acts.flatMap((a) => [a, '']),
    APPOINTMENT_ISSUER,
    '',
    `${y}年${m}月${d}日`,
  ];
  return {
    lines,
    numberAt: 0,
    meta: { docNumber, id: docNumberId({ agency: APPOINTMENT_AGENCY, year, serial, normalized: docNumber }), title, template: 'appointment', date },
  };
}

/** A generated bulletin's file name: youxian-YYYY-NN.txt. */
export const GENERATED_NAME = /^youxian-\d{4}-\d{2}\.txt$/;

export interface WriteResult {
  bulletins: GeneratedBulletin[];
  /** Files written because they were missing or differed. */
  written: number;
  /** Generated files of another archive size removed from the folder. */
  removed: number;
}

/**
 * Writes the archive into `out`, each file only when its bytes changed (an unchanged corpus keeps its
 * modification times), and removes generated files (youxian-YYYY-NN.txt) that are not part of it.
 */
export async function writeArchive(options: GenerateOptions & { out: string }): Promise<WriteResult> {
  const out = resolve(options.out);
  await mkdir(out, { recursive: true });
  const bulletins = generateArchive(options);
  const names = new Set(bulletins.map((b) => b.name));
  let written = 0;
  let removed = 0;
  for (const b of bulletins) {
    const path = join(out, b.name);
    if (existsSync(path) && (await readFile(path, 'utf8')) === b.text) continue;
    await writeFile(path, b.text);
    written++;
  }
  for (const name of await readdir(out)) {
    if (GENERATED_NAME.test(name) && !names.has(name)) {
      await rm(join(out, name));
      removed++;
    }
  }
  return { bulletins, written, removed };
}

export function defaultArchiveDir(bulletins: number): string {
  return join('.archive', String(bulletins), 'corpus');
}

/** The command line of `npm run archive` (cli.ts). */
export async function archiveMain(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { bulletins: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (values.help) {
    process.stdout.write('npm run archive -- --bulletins N [--out DIR] [--seed N]\n  Writes N synthetic bulletins made from corpus/youxian-2023-01.txt (default DIR: .archive/<N>/corpus).\n');
    return 0;
  }
  const bulletins = Number(values.bulletins ?? NaN);
  if (!Number.isInteger(bulletins) || bulletins < 1) throw new Error(`--bulletins takes a whole number ≥ 1, got "${values.bulletins ?? ''}"`);
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed takes a whole number, got "${values.seed}"`);
  const out = values.out ?? defaultArchiveDir(bulletins);
  const t = performance.now();
  const result = await writeArchive({ bulletins, seed, out });
  const docs = result.bulletins.reduce((n, b) => n + b.documents.length, 0);
  const bytes = result.bulletins.reduce((n, b) => n + Buffer.byteLength(b.text), 0);
  process.stdout.write(
    `${bulletins} bulletins (${result.bulletins.at(-1)!.id} … ${result.bulletins[0]!.id}), ${docs} documents, ${(bytes / 1e6).toFixed(1)} MB → ${out}/ ` +
      `(${result.written} written, ${bulletins - result.written} unchanged, ${result.removed} removed) in ${Math.round(performance.now() - t)} ms\n`,
  );
  return 0;
}
