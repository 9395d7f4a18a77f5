/** The README stays true: it shows the CLI's help as the CLI prints it. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { HELP } from '../pipeline/cli/commands.ts';

describe('README', () => {
  it('documents every command exactly as gongbao --help prints it', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(HELP.trimEnd());
  });
});
