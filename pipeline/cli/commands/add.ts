/**
 * `gongbao add <file…>`: checks each file parses as the build parses it, says what it found, and
 * copies it into the corpus folder as <bulletinId><ext>; refuses (naming the file and why) a file
 * that is no bulletin, a bulletin the corpus already holds (unless --replace), two given files of
 * one bulletin. The decisions are in pipeline/add.ts; here the printing and the copying.
 */
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseCandidate, planAdd, scanCorpus, type Candidate, type CorpusEntry, type Decision } from '../../add.ts';
import { formatMessage } from '../../messages.ts';
import { createProgress, type Progress } from '../../progress.ts';
import { tempName } from '../../cache-file.ts';
import { describeFsError } from '../../corpus.ts';
import { parseCommand, UsageError } from '../args.ts';

const spec = {
  options: {
    corpus: { type: 'string' },
    replace: { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    quiet: { type: 'boolean' },
  },
} as const;

/** Exit codes of gongbao add, as gongbao build's. */
export const EXIT = {
  /** Every file added (or, with --dry-run, would be). */
  ok: 0,
  /** Nothing added. */
  nothingAdded: 1,
  /** A wrong command line or no such --corpus folder. */
  usage: 2,
  /** Some files added, some refused. */
  partial: 3,
} as const;

/** Warnings shown per file; gongbao build prints them all. */
const FIRST_WARNINGS = 3;

const out = (line: string) => process.stdout.write(`${line}\n`);
const err = (line: string) => process.stderr.write(`${line}\n`);

function describe(c: Candidate, quiet: boolean): void {
  const b = c.bulletin!;
  const cover = b.year ? `${b.title} ${b.year} 年第 ${b.issue} 期` : b.title || 'no cover';
  out(`${c.name}: bulletin ${b.id} (${cover}), ${b.children.length} document${b.children.length === 1 ? '' : 's'}`);
  if (quiet) return;
  for (const d of b.children) out(`  ${d.docNumber}  ${d.title}`);
  const warnings = c.messages.filter((m) => m.severity === 'warning');
  const errors = c.messages.filter((m) => m.severity === 'error');
  const count = (list: typeof warnings) => list.reduce((n, m) => n + (m.omitted ?? 1), 0);
  const w = count(warnings);
  const e = count(errors);
  out(`  ${w} warning${w === 1 ? '' : 's'}, ${e} error${e === 1 ? '' : 's'}`);
  for (const m of errors) err(`  ${formatMessage(m)}`);
  for (const m of warnings.slice(0, FIRST_WARNINGS)) err(`  ${formatMessage(m)}`);
  if (w > FIRST_WARNINGS) err(`  …and ${w - Math.min(FIRST_WARNINGS, warnings.length)} more warning${w - FIRST_WARNINGS === 1 ? '' : 's'} (gongbao build prints them all)`);
}

/** Writes the parsed bytes beside the target under a hidden name (the build skips dot files), then renames. */
async function copyInto(corpus: string, d: Decision): Promise<void> {
  const target = join(corpus, d.target!);
  const tmp = join(corpus, `.${basename(tempName(target))}`);
  try {
    await writeFile(tmp, d.candidate.bytes!, { flag: 'wx' });
    await rename(tmp, target);
  } catch (error) {
    await rm(tmp, { force: true });
    throw new Error(`cannot write ${target}: ${describeFsError(error)}`, { cause: error });
  }
  for (const old of d.replaces) if (old !== d.target) await rm(join(corpus, old), { force: true });
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals: files } = parseCommand(args, { ...spec, positionals: [1, Number.MAX_SAFE_INTEGER] });
  const corpus = values.corpus ?? 'corpus';
  const quiet = values.quiet ?? false;
  const dryRun = values['dry-run'] ?? false;
  try {
    if (!(await stat(corpus)).isDirectory()) throw new UsageError(`the corpus ${corpus} is not a folder`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`there is no corpus folder ${corpus}`);
  }

  const many = files.length > 1;
  const progressOf = (total: number, label: string): Progress | undefined => (many ? createProgress({ total, label, stream: process.stderr }) : undefined);

  const candidates: Candidate[] = [];
  const parsing = progressOf(files.length, 'parsing');
  for (const file of files) {
    candidates.push(await parseCandidate(file));
    parsing?.tick(file);
  }
  parsing?.done();

  // The corpus is read only when some file can be added: its covers and documents decide.
  let entries: CorpusEntry[] = [];
  if (candidates.some((c) => c.bulletin)) {
    let scanning: Progress | undefined;
    entries = await scanCorpus(
      corpus,
      (name) => scanning?.tick(name),
      (count) => (scanning = progressOf(count, `reading ${corpus}/`)),
    );
    scanning?.done();
  }
  const decisions = await planAdd(candidates, entries, { replace: values.replace ?? false });

  const added: string[] = [];
  let copied = 0;
  const refused: string[] = [];
  for (const d of decisions) {
    const c = d.candidate;
    if (c.bulletin) describe(c, quiet);
    for (const note of d.notes) err(`  ${c.name}: warning: ${note}`);
    if (d.refused.length) {
      if (!c.bulletin) {
        for (const m of c.messages.filter((x) => x.severity === 'error')) err(formatMessage(m));
        for (const m of c.messages.filter((x) => x.severity === 'warning').slice(0, FIRST_WARNINGS)) err(formatMessage(m));
      }
      for (const reason of d.refused) err(`refused ${c.name}: ${reason}`);
      refused.push(c.name);
      continue;
    }
    const replacing = d.replaces.filter((r) => r !== d.movedFrom);
    const also = [replacing.length ? `replacing ${replacing.map((r) => join(corpus, r)).join(', ')}` : '', d.movedFrom ? `renamed from ${join(corpus, d.movedFrom)}` : ''].filter(Boolean).join('; ');
    const aside = also ? ` (${also})` : '';
    if (d.inPlace) {
      out(`${c.name} is already in ${corpus}/ under its bulletin id: nothing to copy`);
      added.push(d.target!);
      continue;
    }
    if (dryRun) {
      out(`would add ${c.name} as ${join(corpus, d.target!)}${aside} (--dry-run: nothing copied)`);
      added.push(d.target!);
      continue;
    }
    try {
      await copyInto(corpus, d);
    } catch (error) {
      err(`refused ${c.name}: ${error instanceof Error ? error.message : String(error)}`);
      refused.push(c.name);
      continue;
    }
    out(`added ${c.name} as ${join(corpus, d.target!)}${aside}`);
    added.push(d.target!);
    copied++;
  }

  if (refused.length) err(`${refused.length} file${refused.length === 1 ? '' : 's'} refused, nothing copied for ${refused.length === 1 ? 'it' : 'them'}: ${refused.join(', ')}`);
  if (copied) {
    const build = corpus === 'corpus' ? '`gongbao build` (or `npm run build`)' : `\`gongbao build --corpus ${corpus}\``;
    out(`${copied} file${copied === 1 ? '' : 's'} added to ${corpus}/; run ${build} to publish ${copied === 1 ? 'it' : 'them'}`);
  }
  if (added.length === 0) return EXIT.nothingAdded;
  return refused.length ? EXIT.partial : EXIT.ok;
}
