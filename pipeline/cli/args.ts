/**
 * Strict arguments for every command (node:util parseArgs): an unknown flag, a flag without its
 * value, a stray word or a bad number is a UsageError, which main.ts prints with the command's usage.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}

type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface ArgSpec<O extends OptionSpec> {
  options: O;
  /** How many words besides the flags: [at least, at most]. */
  positionals?: [number, number];
}

export function parseCommand<O extends OptionSpec>(args: string[], spec: ArgSpec<O>) {
  const [min, max] = spec.positionals ?? [0, 0];
  let parsed;
  try {
    parsed = parseArgs({ args, options: spec.options, allowPositionals: max > 0, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const words: string[] = [...parsed.positionals];
  if (words.length < min) throw new UsageError(min === 1 ? 'a required argument is missing' : `${min} arguments are needed`);
  if (words.length > max) throw new UsageError(`unexpected argument "${words[max]}"`);
  return { values: parsed.values, positionals: words };
}

/** A flag's value as a whole number ≥ min, or the fallback when the flag is absent. */
export function wholeNumber(value: string | undefined, flag: string, fallback: number, min = 1, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback;
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(`${flag} needs a whole number${max < Number.MAX_SAFE_INTEGER ? ` from ${min} to ${max}` : min > 0 ? ` of at least ${min}` : ''}, got "${value}"`);
  }
  return n;
}

/** A flag's value as a calendar date YYYY-MM-DD. */
export function isoDateOption(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!date || date.toISOString().slice(0, 10) !== value) throw new UsageError(`${flag} needs a date as YYYY-MM-DD, got "${value}"`);
  return value;
}
