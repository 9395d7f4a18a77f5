/** `gongbao schema`: regenerate schema/bulletin.schema.json from the zod schemas. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../project.ts';
import { bulletinJsonSchema } from '../../../schema/json-schema.ts';

export const SCHEMA_FILE = join(PROJECT_ROOT, 'schema', 'bulletin.schema.json');

export async function run(): Promise<number> {
  await writeFile(SCHEMA_FILE, bulletinJsonSchema());
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
  return 0;
}
