#!/usr/bin/env node
// The `logframe` command: a thin shell over the public API. Results go to stdout, problems to
// stderr; exit 0 on success, 1 for invalid input, 2 for wrong usage (see errors.ts).
// Only the command-line side is imported here (see command.ts): the jobs, the library and the
// problem report load on demand, so that `--help`, `--version` and usage errors answer at once.
import { CommandLine } from './commandLine.js';
import { EXIT, InputError, UsageError } from './errors.js';
import { HELP, MAIN_HELP } from './help.js';
import { COMMANDS } from './registry.js';

declare const __LOGFRAME_VERSION__: string;

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    process.stderr.write(`${MAIN_HELP}\n`);
    return EXIT.usage;
  }
  if (name === '-h' || name === '--help') return print(MAIN_HELP);
  if (name === '-v' || name === '--version') return print(__LOGFRAME_VERSION__);
  if (name === 'help') {
    const topic = rest[0];
    if (topic === undefined) return print(MAIN_HELP);
    return print(helpOf(topic));
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    throw new UsageError(name.startsWith('-') ? `Unknown option "${name}"; give a command first. Run logframe --help.` : `Unknown command "${name}". Run logframe --help to see the commands.`);
  }
  // Help wins over everything else on the line, so that it works even while the rest is wrong.
  const beforeEnd = rest.slice(0, rest.includes('--') ? rest.indexOf('--') : undefined);
  if (beforeEnd.includes('--help') || beforeEnd.includes('-h')) return print(helpOf(name));
  return command.run(CommandLine.parse(name, rest, command.options));
}

function helpOf(command: string): string {
  const text = HELP[command];
  if (text === undefined) throw new UsageError(`No help on "${command}": it is not a command. Run logframe --help.`);
  return text;
}

function print(text: string): number {
  process.stdout.write(`${text}\n`);
  return EXIT.ok;
}

/** Tells what went wrong on stderr and returns the exit code. */
async function fail(error: unknown): Promise<number> {
  if (error instanceof UsageError) {
    process.stderr.write(`logframe: ${error.message}\n`);
    return EXIT.usage;
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  // The reader of stdout went away (`logframe … | head`): nothing more to say to anyone.
  if (code === 'EPIPE') return EXIT.ok;
  const { describeProblems } = await import('./report.js');
  if (error instanceof InputError) {
    process.stderr.write(`${describeProblems(error.problems, error.label).join('\n')}\n`);
    return EXIT.invalid;
  }
  const { LogframeError } = await import('./library.js');
  if (error instanceof LogframeError) {
    // The error's first line is its summary, e.g. "Invalid DHIS2 payload: 1 error".
    const label = error.message.split('\n')[0]?.replace(/: \d+ error.*$/, '') ?? 'Invalid input';
    process.stderr.write(`${describeProblems(error.problems, label).join('\n')}\n`);
    return EXIT.invalid;
  }
  if (typeof code === 'string' && error instanceof Error) {
    // A system error (disk full, too many open files …): the message says it all, a stack would not help.
    process.stderr.write(`logframe: ${error.message}\n`);
    return EXIT.invalid;
  }
  process.stderr.write(`logframe: internal error; please report it with the command that caused it.\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return EXIT.internal;
}

// Without a listener a closed pipe would crash the process with an unhandled 'error' event;
// writeOutput sees the same error and fail() ends quietly.
process.stdout.on('error', () => undefined);

main(process.argv.slice(2))
  .catch(fail)
  .then((exitCode) => {
    // exitCode, not exit(): stdout and stderr are flushed before the process ends.
    process.exitCode = exitCode;
  });
