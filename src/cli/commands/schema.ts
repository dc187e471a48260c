import { observationJsonSchema, strategyJsonSchema, summaryJsonSchema } from '../../index.js';
import { writeOutput } from '../files.js';
import { UsageError } from '../UsageError.js';

/** `logframe schema`: prints a JSON Schema. Returns the exit code. */
export async function runSchema(which: string | undefined): Promise<number> {
  const schemas: Record<string, () => Record<string, unknown>> = { strategy: strategyJsonSchema, observation: observationJsonSchema, summary: summaryJsonSchema };
  const make = which === undefined ? undefined : schemas[which];
  if (!make) throw new UsageError('Name the schema: logframe schema strategy|observation|summary');
  await writeOutput(undefined, `${JSON.stringify(make(), null, 2)}\n`);
  return 0;
}
