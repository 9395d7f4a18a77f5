/** `gongbao schema`: regenerate schema/bulletin.schema.json from the zod schemas. */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { bulletinJsonSchema } from '../../../schema/json-schema.ts';

export const SCHEMA_FILE = fileURLToPath(new URL('../../../schema/bulletin.schema.json', import.meta.url));

export async function run(): Promise<number> {
  await writeFile(SCHEMA_FILE, bulletinJsonSchema());
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
  return 0;
}
