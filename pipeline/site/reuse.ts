/**
 * Which bulletins' pages a build renders again. A bulletin's pages (its 目录, its documents' pages
 * and data) follow from its own file (tree, references, citedBy), from the files of the bulletins it
 * cites or is cited by (their citations and titles show on its pages), from the site's name and
 * scripts, and from the search texts its 离线保存 button lists. A key over all of these names the
 * pages: a bulletin whose key is the one the live site was built with is linked from there instead
 * of rendered again, so adding an issue renders that issue and the issues it touches.
 */
import type { BulletinFile } from '../../schema/output.ts';
import { contentHash } from '../hash.ts';
import { walk } from '../walk.ts';

/** The bulletins whose files a bulletin's pages read: those it cites, those citing it. */
export function dependencies(file: BulletinFile): Set<string> {
  const out = new Set<string>();
  for (const r of file.references ?? []) if (r.target?.type === 'node') out.add(r.target.bulletin);
  for (const list of Object.values(file.citedBy ?? {})) for (const c of list) out.add(c.bulletin);
  for (const node of walk(file.bulletin)) {
    const validity = 'validity' in node ? node.validity : undefined;
    for (const r of validity?.repeals ?? []) if (r.target?.type === 'node') out.add(r.target.bulletin);
  }
  out.delete(file.bulletin.id);
  return out;
}

/**
 * Each bulletin's page key: `shared` (the site's name and scripts), its file, its search texts and
 * the files of its dependencies, each file by a hash of its JSON.
 */
export function pageKeys(
  files: BulletinFile[],
  shared: string,
  texts: Map<string, string[]>,
  fileHashes?: ReadonlyMap<string, string>,
): { keys: Map<string, string>; deps: Map<string, Set<string>> } {
  const hashes = fileHashes ?? new Map(files.map((f) => [f.bulletin.id, contentHash(JSON.stringify(f))]));
  const keys = new Map<string, string>();
  const deps = new Map<string, Set<string>>();
  for (const f of files) {
    const id = f.bulletin.id;
    const d = dependencies(f);
    deps.set(id, d);
    const depHashes = [...d].sort().map((b) => `${b}:${hashes.get(b) ?? '-'}`);
    keys.set(id, contentHash(shared, hashes.get(id)!, (texts.get(id) ?? []).join('\n'), ...depHashes));
  }
  return { keys, deps };
}
