/**
 * `gongbao authorities`: the external authorities the corpus cites, most cited first, with their
 * kind and citation counts; `--articles` adds the articles cited and where, `--json` prints the index.
 */
import type { AuthoritiesFile, Authority } from '../../../schema/reference.ts';
import { AuthorityKind } from '../../../schema/reference.ts';
import { titleKey } from '../../../core/chinese/width.ts';
import { ensureBuilt, readAuthorities } from '../../built.ts';
import { parseCommand, UsageError, wholeNumber } from '../args.ts';

const spec = {
  options: {
    out: { type: 'string' },
    corpus: { type: 'string' },
    kind: { type: 'string' },
    limit: { type: 'string' },
    articles: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  positionals: [0, 1] as [number, number],
} as const;

/** The authorities index of <out>, building the data first when it is missing. */
export async function loadAuthorities(out: string, corpus: string): Promise<AuthoritiesFile> {
  await ensureBuilt({ out, corpus, need: 'data', log: (line) => process.stderr.write(`${line}\n`) });
  return readAuthorities(out);
}

function line(a: Authority): string {
  const name = a.title ? `《${a.title}》` : '';
  const number = a.docNumber ? `（${a.docNumber}）` : '';
  return `${String(a.citations).padStart(4)}  ${(a.kind ?? '—').padEnd(5, '　')}  ${name}${number}`;
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, spec);
  const kind = values.kind;
  if (kind !== undefined && !AuthorityKind.safeParse(kind).success) {
    throw new UsageError(`--kind is one of ${AuthorityKind.options.join(' ')}, got "${kind}"`);
  }
  const limit = wholeNumber(values.limit, '--limit', Number.MAX_SAFE_INTEGER);
  const index = await loadAuthorities(values.out ?? 'dist', values.corpus ?? 'corpus');
  const key = positionals[0] ? titleKey(positionals[0]) : '';
  const chosen = index.authorities
    .filter((a) => !kind || a.kind === kind)
    .filter((a) => !key || titleKey(`${a.title ?? ''}${a.docNumber ?? ''}`).includes(key))
    .slice(0, limit);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ ...index, authorities: chosen }, null, 2)}\n`);
    return 0;
  }
  const lines = [`${chosen.length} of ${index.authorities.length} authorities (citations, kind, title)`];
  for (const a of chosen) {
    lines.push(line(a));
    if (!values.articles) continue;
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
