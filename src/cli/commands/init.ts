// `logframe init` on the command line.
import type { CommandLine, OptionSpecs } from '../commandLine.js';
import { defineCommand } from '../command.js';

export const TEMPLATES = ['minimal', 'cambodia'] as const;

/** Where to start a plan, from which template. */
export interface InitArgs {
  readonly dir: string;
  readonly template: (typeof TEMPLATES)[number];
}

const options = { template: { type: 'string' } } as const satisfies OptionSpecs;

function parse(line: CommandLine): InitArgs {
  const [dir = '.'] = line.expectPositionals(1, 'logframe init [dir] [--template minimal|cambodia]');
  return { dir, template: line.choice('template', TEMPLATES, 'minimal') };
}

/** The `init` command. */
export const initCommand = defineCommand({ options, parse, job: async () => (await import('../jobs/init.js')).runInit });
