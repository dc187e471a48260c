// `logframe schema` on the command line.
import type { CommandLine, OptionSpecs } from '../commandLine.js';
import { defineCommand } from '../command.js';
import { UsageError } from '../errors.js';

export const SCHEMAS = ['strategy', 'observation', 'summary'] as const;

/** Which schema to print. */
export interface SchemaArgs {
  readonly which: (typeof SCHEMAS)[number];
}

const options = {} as const satisfies OptionSpecs;

function parse(line: CommandLine): SchemaArgs {
  const [which] = line.expectPositionals(1, 'logframe schema strategy|observation|summary');
  if (which === undefined) throw new UsageError('Name the schema: logframe schema strategy|observation|summary');
  const known = SCHEMAS.find((name) => name === which);
  if (known === undefined) throw new UsageError(`No schema "${which}"; use ${SCHEMAS.join(', ')}.`);
  return { which: known };
}

/** The `schema` command. */
export const schemaCommand = defineCommand({ options, parse, job: async () => (await import('../jobs/schema.js')).runSchema });
