// The command's own failures. Each class stands for one exit code, so that a command only has to
// throw the right kind and main.ts turns it into the code and the message on stderr.
import type { Problem } from './library.js';

/** The exit codes of `logframe`, as documented in docs/cli.md. */
export const EXIT = {
  /** The job is done. */
  ok: 0,
  /** The input has problems (they are printed); nothing was written. */
  invalid: 1,
  /** The command line is wrong: unknown command or option, a missing or malformed argument. */
  usage: 2,
  /** A bug in logframe: the stack is printed so that it can be reported. */
  internal: 70,
} as const;

/** Wrong usage of the command: unknown option, missing or malformed argument (exit code 2). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * Input that cannot be used at all (exit code 1), e.g. a file that is not valid JSON: its problems,
 * printed grouped under `label` (the file's name) like every other problem.
 */
export class InputError extends Error {
  readonly problems: readonly Problem[];
  readonly label: string;

  constructor(label: string, problems: readonly Problem[]) {
    super(`${label}: ${problems.map((problem) => problem.message).join(' ')}`);
    this.name = 'InputError';
    this.problems = problems;
    this.label = label;
  }

  /** An InputError with one problem about the whole file. */
  static whole(label: string, code: string, message: string): InputError {
    return new InputError(label, [{ path: [], code, severity: 'error', message }]);
  }
}
