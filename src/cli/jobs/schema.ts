// The `schema` job: the JSON Schemas that tools in other languages validate against, generated
// from the same zod schemas the library validates with.
import type { SchemaArgs } from '../commands/schema.js';
import { EXIT } from '../errors.js';
import { writeOutput } from '../files.js';
import { loadSummaryJsonSchema, observationJsonSchema, strategyJsonSchema } from '../library.js';

const MAKERS = {
  strategy: strategyJsonSchema,
  observation: observationJsonSchema,
  summary: async () => (await loadSummaryJsonSchema())(),
} as const;

/** Runs `logframe schema`; returns the exit code. */
export async function runSchema(args: SchemaArgs): Promise<number> {
  await writeOutput(undefined, `${JSON.stringify(await MAKERS[args.which](), null, 2)}\n`);
  return EXIT.ok;
}
