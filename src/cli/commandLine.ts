// One command's arguments, parsed strictly with node's util.parseArgs, and typed getters that turn
// every malformed value into a UsageError (exit code 2) naming the option and what it takes.
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { UsageError } from './errors.js';

/** The options a command accepts, in util.parseArgs' form. */
export type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

/** Options that take one or more values after a single flag, as `--data a.csv b.csv` (what a shell glob gives). */
const MANY_VALUES = new Set(['data']);

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** The parsed command line of one command. */
export class CommandLine {
  private constructor(
    readonly command: string,
    private readonly values: Values,
    readonly positionals: readonly string[],
  ) {}

  /**
   * Parses the arguments after the command name.
   *
   * @throws {UsageError} For an unknown option, a missing option value or a value given to a flag.
   */
  static parse(command: string, args: readonly string[], options: OptionSpecs): CommandLine {
    try {
      const { values, positionals } = parseArgs({ args: spreadValues(args, options), options, allowPositionals: true, strict: true });
      return new CommandLine(command, values as Values, positionals);
    } catch (error) {
      // parseArgs explains how to pass a value that starts with '-'; for a mistyped option that is noise.
      const message = (error as Error).message.replace(/ To specify a positional argument.*$/s, '');
      throw new UsageError(`${message}\nRun logframe ${command} --help for the options.`);
    }
  }

  /** A string option's value, or undefined when absent. */
  text(name: string): string | undefined {
    const value = this.values[name];
    return typeof value === 'string' ? value : undefined;
  }

  /** A repeatable option's values, in the order given. */
  list(name: string): string[] {
    const value = this.values[name];
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  }

  /** Whether a flag was given. */
  flag(name: string): boolean {
    return this.values[name] === true;
  }

  /** A whole number option within bounds, or undefined when absent. */
  integer(name: string, min: number, max: number): number | undefined {
    const raw = this.text(name);
    if (raw === undefined) return undefined;
    const value = /^\d{1,9}$/.test(raw) ? Number(raw) : Number.NaN;
    if (!(value >= min && value <= max)) throw new UsageError(`--${name} takes a whole number from ${min} to ${max}, not "${raw}".`);
    return value;
  }

  /** An option restricted to a list of values; `fallback` when absent. */
  choice<T extends string>(name: string, choices: readonly T[], fallback: T): T;
  choice<T extends string>(name: string, choices: readonly T[]): T | undefined;
  choice<T extends string>(name: string, choices: readonly T[], fallback?: T): T | undefined {
    const raw = this.text(name);
    if (raw === undefined) return fallback;
    if (!(choices as readonly string[]).includes(raw)) throw new UsageError(`--${name} must be one of ${choices.join(', ')}, not "${raw}".`);
    return raw as T;
  }

  /** The positional arguments, after checking there are no more than `max`; `usage` shows the right form. */
  expectPositionals(max: number, usage: string): readonly string[] {
    const extra = this.positionals[max];
    if (extra !== undefined) {
      throw new UsageError(`Unexpected argument "${extra}".\nUsage: ${usage}`);
    }
    return this.positionals;
  }

  /** The strategy file, the one positional argument of most commands. */
  strategyPath(usage: string): string {
    const [path] = this.expectPositionals(1, usage);
    if (path === undefined) throw new UsageError(`Give the strategy file first.\nUsage: ${usage}`);
    return path;
  }
}

/**
 * Rewrites `--data a b` as `--data a --data b`: the values of a many-valued option run up to the
 * next argument that starts with '-' (a lone '-' is stdin, so a value) or to `--`.
 */
function spreadValues(args: readonly string[], options: OptionSpecs): string[] {
  const out: string[] = [];
  let spreading: string | undefined;
  const isValue = (arg: string): boolean => arg === '-' || !arg.startsWith('-');
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--') {
      out.push(...args.slice(index));
      break;
    }
    if (isValue(arg)) {
      if (spreading !== undefined) out.push(`--${spreading}`);
      out.push(arg);
      continue;
    }
    out.push(arg);
    const [name = '', inline] = arg.replace(/^--?/, '').split(/=(.*)/s);
    spreading = MANY_VALUES.has(name) && options[name] !== undefined ? name : undefined;
    // The first value of `--data a` is parseArgs' own; only the ones after it need a flag.
    const next = args[index + 1];
    if (spreading !== undefined && inline === undefined && next !== undefined && isValue(next)) {
      out.push(next);
      index += 1;
    }
  }
  return out;
}
