// How a command is put together: what it accepts on the command line and the job it runs. The
// two live apart so that checking the command line needs no library: a usage mistake is answered
// before the library (zod, mathjs …) has loaded, and the job loads only when it runs.
import type { CommandLine, OptionSpecs } from './commandLine.js';

/** One command's parts. */
export interface CommandParts<A> {
  /** The options it accepts. */
  readonly options: OptionSpecs;
  /** Checks the command line without reading any file; throws UsageError. */
  readonly parse: (line: CommandLine) => A;
  /** Loads the job, which returns the exit code. */
  readonly job: () => Promise<(args: A) => Promise<number>>;
}

/** A command, ready to run. */
export interface Command {
  readonly options: OptionSpecs;
  run(line: CommandLine): Promise<number>;
}

/** Puts a command together: parse the line first, load the job only then. */
export function defineCommand<A>(parts: CommandParts<A>): Command {
  return {
    options: parts.options,
    async run(line) {
      const args = parts.parse(line);
      const job = await parts.job();
      return job(args);
    },
  };
}
