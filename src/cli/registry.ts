// The commands, each loaded only when it runs: a command's own code (and what only it needs, such
// as the init templates) stays off the start-up path of the others.
import type { CommandLine, OptionSpecs } from './commandLine.js';

/** A command: the options it accepts and what it does, returning the exit code. */
export interface Command {
  readonly options: OptionSpecs;
  run(line: CommandLine): Promise<number>;
}

/** The commands by name. */
export const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  evaluate: async () => (await import('./commands/evaluate.js')).evaluateCommand,
  validate: async () => (await import('./commands/validate.js')).validateCommand,
  convert: async () => (await import('./commands/convert.js')).convertCommand,
  template: async () => (await import('./commands/template.js')).templateCommand,
  schema: async () => (await import('./commands/schema.js')).schemaCommand,
  init: async () => (await import('./commands/init.js')).initCommand,
};
