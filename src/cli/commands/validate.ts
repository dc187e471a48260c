// `logframe validate` on the command line.
import type { CommandLine, OptionSpecs } from '../commandLine.js';
import { defineCommand } from '../command.js';
import type { DataOptions } from '../data.js';
import { DATA_OPTION_SPECS, dataOptions, dataPaths } from './dataOptions.js';

const USAGE = 'logframe validate <strategy.json> [--data <file>...] [--mapping <file>] [--json]';

/** What `validate` was asked to check. */
export interface ValidateArgs {
  readonly strategy: string;
  readonly data: readonly string[];
  readonly dataOptions: DataOptions;
  readonly json: boolean;
}

const options = { ...DATA_OPTION_SPECS, json: { type: 'boolean' } } as const satisfies OptionSpecs;

function parse(line: CommandLine): ValidateArgs {
  const strategy = line.strategyPath(USAGE);
  return { strategy, data: dataPaths(line, strategy), dataOptions: dataOptions(line), json: line.flag('json') };
}

/** The `validate` command. */
export const validateCommand = defineCommand({ options, parse, job: async () => (await import('../jobs/validate.js')).runValidate });
