/** `gongbao schema`: regenerate the JSON Schemas under schema/ from the zod schemas. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../project.ts';
import { jsonSchemas } from '../../../schema/json-schema.ts';
import { parseCommand } from '../args.ts';

export async function run(args: string[]): Promise<number> {
  parseCommand(args, { options: {} });
  for (const [name, text] of Object.entries(jsonSchemas())) {
    const file = join(PROJECT_ROOT, 'schema', name);
    await writeFile(file, text);
    process.stdout.write(`wrote ${file}\n`);
  }
  return 0;
}
