// The `schema` job: the JSON Schemas that tools in other languages validate against, generated
// from the same zod schemas the library validates with.
import type { SchemaArgs } from '../commands/schema.js';
import { EXIT } from '../errors.js';
import { writeOutput } from '../files.js';
import { observationJsonSchema, strategyJsonSchema, summaryJsonSchema } from '../library.js';

const MAKERS = { strategy: strategyJsonSchema, observation: observationJsonSchema, summary: summaryJsonSchema } as const;

/** Runs `logframe schema`; returns the exit code. */
export async function runSchema(args: SchemaArgs): Promise<number> {
  await writeOutput(undefined, `${JSON.stringify(MAKERS[args.which](), null, 2)}\n`);
  return EXIT.ok;
}
