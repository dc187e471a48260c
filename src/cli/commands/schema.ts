// `logframe schema`: the JSON Schemas that tools in other languages validate against, generated
// from the same zod schemas the library validates with.
import type { CommandLine, OptionSpecs } from '../commandLine.js';
import { EXIT, UsageError } from '../errors.js';
import { writeOutput } from '../files.js';
import { observationJsonSchema, strategyJsonSchema, summaryJsonSchema } from '../library.js';
import type { Command } from '../registry.js';

const SCHEMAS: Readonly<Record<string, () => Record<string, unknown>>> = {
  strategy: strategyJsonSchema,
  observation: observationJsonSchema,
  summary: summaryJsonSchema,
};

const options = {} as const satisfies OptionSpecs;

async function run(line: CommandLine): Promise<number> {
  const [which] = line.expectPositionals(1, 'logframe schema strategy|observation|summary');
  const make = which === undefined ? undefined : SCHEMAS[which];
  if (make === undefined) {
    throw new UsageError(which === undefined ? 'Name the schema: logframe schema strategy|observation|summary' : `No schema "${which}"; use strategy, observation or summary.`);
  }
  await writeOutput(undefined, `${JSON.stringify(make(), null, 2)}\n`);
  return EXIT.ok;
}

/** The `schema` command. */
export const schemaCommand: Command = { options, run };
