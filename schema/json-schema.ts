/** The published JSON Schema of a dist/data/<bulletin>.json file, generated from the zod schemas. */
import { z } from 'zod';
import { BulletinFile } from './output.ts';

export function bulletinJsonSchema(): string {
  const schema = z.toJSONSchema(BulletinFile, { target: 'draft-2020-12', cycles: 'ref', reused: 'ref', unrepresentable: 'any' });
  return `${JSON.stringify({ title: 'gongbao bulletin file', ...schema }, null, 2)}\n`;
}
