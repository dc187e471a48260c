// The commands by name. Their definitions are light (options and argument checks); each loads
// its job, and with it the library, only when it runs.
import type { Command } from './command.js';
import { convertCommand } from './commands/convert.js';
import { evaluateCommand } from './commands/evaluate.js';
import { initCommand } from './commands/init.js';
import { schemaCommand } from './commands/schema.js';
import { templateCommand } from './commands/template.js';
import { validateCommand } from './commands/validate.js';

/** The commands by name. */
export const COMMANDS: Readonly<Record<string, Command>> = {
  evaluate: evaluateCommand,
  validate: validateCommand,
  convert: convertCommand,
  template: templateCommand,
  schema: schemaCommand,
  init: initCommand,
};
