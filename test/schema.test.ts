import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { jsonSchemas } from '../schema/json-schema.ts';
import { BulletinFile } from '../schema/output.ts';
import { readSeed } from './seed.ts';

describe('the published schema', () => {
  it('is the one generated from the zod schemas (run `gongbao schema` after changing schema/)', () => {
    for (const [name, text] of Object.entries(jsonSchemas())) {
      expect(readFileSync(new URL(`../schema/${name}`, import.meta.url), 'utf8'), name).toBe(text);
    }
  });

  it('accepts the seed and rejects a document without its 发文字号', () => {
    const { merged, messages } = readSeed();
    const file = { schemaVersion: 1, generatedBy: 'test', bulletin: merged, messages };
    expect(BulletinFile.safeParse(file).success).toBe(true);
    const broken = structuredClone(file) as { bulletin: { children: Array<Record<string, unknown>> } };
    delete broken.bulletin.children[0]!.docNumber;
    const result = BulletinFile.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path.join('.')).toBe('bulletin.children.0.docNumber');
  });
});
