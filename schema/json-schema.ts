/** The published JSON Schemas of the files under dist/data/, generated from the zod schemas. */
import { z } from 'zod';
import { BulletinFile } from './output.ts';
import { AuthoritiesFile } from './reference.ts';

function jsonSchema(title: string, schema: z.ZodType): string {
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12', cycles: 'ref', reused: 'ref', unrepresentable: 'any' });
  return `${JSON.stringify({ title, ...generated }, null, 2)}\n`;
}

/** File name under schema/ → its contents. */
export function jsonSchemas(): Record<string, string> {
  return {
    'bulletin.schema.json': jsonSchema('gongbao bulletin file (dist/data/<bulletin>.json)', BulletinFile),
    'authorities.schema.json': jsonSchema('gongbao authorities index (dist/data/authorities.json)', AuthoritiesFile),
  };
}
