import * as z from 'zod';
import { ObservationSchema } from './observation.js';
import { StrategySchema } from './strategy.js';

/**
 * The JSON Schema (draft 2020-12) of a strategy as written by a person, generated from the zod
 * schema so that tools in other languages validate the same shape. Integrity rules beyond shape
 * (references, cycles, targets inside the plan) are checked only by {@link parseStrategy}.
 *
 * @returns A JSON Schema object.
 *
 * @example
 * ```ts
 * strategyJsonSchema().type; // 'object'
 * ```
 *
 * @category Validation
 */
export function strategyJsonSchema(): Record<string, unknown> {
  return withMeta(z.toJSONSchema(StrategySchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }), 'strategy', 'A logframe strategy: plan, results tree, indicators, actors and dimensions.');
}

/**
 * The JSON Schema (draft 2020-12) of an array of observations as written by a person, generated
 * from the zod schema.
 *
 * @returns A JSON Schema object.
 *
 * @example
 * ```ts
 * observationJsonSchema().type; // 'array'
 * ```
 *
 * @category Validation
 */
export function observationJsonSchema(): Record<string, unknown> {
  return withMeta(z.toJSONSchema(z.array(ObservationSchema), { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }), 'observation', 'A list of logframe observations: reported values of indicators.');
}

function withMeta(schema: Record<string, unknown>, name: string, description: string): Record<string, unknown> {
  const { $schema, ...rest } = schema;
  return { $schema, title: `logframe ${name}`, description, ...rest };
}
