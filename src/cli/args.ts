/** A small argument parser: positional words, `--flag value`, `--flag=value`, `-o value`, boolean flags. */
export interface ParsedArgs {
  positional: string[];
  /** The last value of each option. */
  options: Map<string, string | true>;
  /** Every value of each valued option, in order (for options given several times, e.g. `--accept`). */
  values?: Map<string, string[]>;
}

export class UsageError extends Error {}

export function parseArgs(argv: string[], valued: readonly string[], booleans: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  const values = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (booleans.includes(name)) {
      options.set(name, true);
      continue;
    }
    if (!valued.includes(name)) throw new UsageError(`Không hiểu tùy chọn «${name}».`);
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new UsageError(`Tùy chọn «${name}» cần một giá trị.`);
    options.set(name, value);
    values.set(name, [...(values.get(name) ?? []), value]);
  }
  return { positional, options, values };
}

/** Every value given to a repeatable option. */
export function listOption(args: ParsedArgs, name: string): string[] {
  return args.values?.get(name) ?? [];
}

export function stringOption(args: ParsedArgs, ...names: string[]): string | undefined {
  for (const n of names) {
    const v = args.options.get(n);
    if (typeof v === 'string') return v;
  }
  return undefined;
}
