/**
 * `gongbao authorities`: the external authorities the corpus cites, most cited first, with their
 * kind and citation counts; `--articles` adds the articles cited and where, `--json` prints the index.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AuthoritiesFile, type Authority } from '../../../schema/reference.ts';
import { titleKey } from '../../../core/chinese/width.ts';
import { option, positionals } from '../args.ts';
import { build } from '../../build.ts';

export async function loadAuthorities(out: string, corpus: string): Promise<AuthoritiesFile> {
  const path = join(out, 'data', 'authorities.json');
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    const result = await build({ corpus, out, dataOnly: true });
    if (!result.written) throw new Error(`no build in ${out}/ and building ${corpus}/ failed; run gongbao build to see why`);
    text = await readFile(path, 'utf8');
  }
  return AuthoritiesFile.parse(JSON.parse(text));
}

function line(a: Authority): string {
  const name = a.title ? `《${a.title}》` : '';
  const number = a.docNumber ? `（${a.docNumber}）` : '';
  return `${String(a.citations).padStart(4)}  ${(a.kind ?? '—').padEnd(5, '　')}  ${name}${number}`;
}

export async function run(args: string[]): Promise<number> {
  const flags = ['--out', '--corpus', '--kind', '--limit'];
  const [query] = positionals(args, flags);
  const index = await loadAuthorities(option(args, '--out') ?? 'dist', option(args, '--corpus') ?? 'corpus');
  const kind = option(args, '--kind');
  const limit = Number(option(args, '--limit') ?? Infinity);
  const key = query ? titleKey(query) : '';
  const chosen = index.authorities
    .filter((a) => !kind || a.kind === kind)
    .filter((a) => !key || titleKey(`${a.title ?? ''}${a.docNumber ?? ''}`).includes(key))
    .slice(0, limit);
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ ...index, authorities: chosen }, null, 2)}\n`);
    return 0;
  }
  const lines = [`${chosen.length} of ${index.authorities.length} authorities (citations, kind, title), as of ${index.asOf}`];
  for (const a of chosen) {
    lines.push(line(a));
    if (!args.includes('--articles')) continue;
    for (const art of a.articles) {
      const places = [...new Set(art.citedBy.map((c) => `${c.from}${c.line ? `:${c.line}` : ''}`))];
      lines.push(`        ${art.label}${art.quoted ? '（引文）' : ''}  ← ${places.join(', ')}`);
      if (art.text) lines.push(`          「${art.text.replace(/\n/g, ' ¶ ').slice(0, 60)}${art.text.length > 60 ? '…' : ''}」`);
    }
    if (a.citedBy.length) lines.push(`        ← ${[...new Set(a.citedBy.map((c) => c.from.split('/')[0]))].join(', ')}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
