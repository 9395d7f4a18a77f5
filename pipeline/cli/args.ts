/** The value after a flag (`--out dist`), or undefined. */
export function option(args: string[], flag: string): string | undefined {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
}

/** Arguments that are neither flags nor flag values. */
export function positionals(args: string[], flagsWithValues: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (flagsWithValues.includes(args[i]!)) i++;
    else if (!args[i]!.startsWith('--')) out.push(args[i]!);
  }
  return out;
}
