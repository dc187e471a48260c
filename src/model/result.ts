import * as z from 'zod';
import { IdSchema, LongTextSchema, ReferenceSchema, TextSchema } from './primitives.js';

/**
 * A node of the results tree: a pillar, objective, outcome or output, placed by `level` and `parent`.
 *
 * @example
 * ```ts
 * ResultSchema.parse({ id: 'LAW.1', title: 'Investigation', level: 'objective', parent: 'LAW' }).parent; // 'LAW'
 * ```
 *
 * @category Model
 */
export const ResultSchema = z.strictObject({
  /** Unique id among results, e.g. `LAW` or `LAW.1`. */
  id: IdSchema,
  /** The result statement or name. */
  title: TextSchema,
  /** A longer description. */
  description: LongTextSchema.optional(),
  /** One of the strategy's `levels`, e.g. `pillar`. */
  level: IdSchema,
  /** The parent result's id; absent for the top level. */
  parent: IdSchema.optional(),
  /** Weight in its parent's roll-up (default 1). */
  weight: z.number().positive().max(1e6).optional(),
  /** The actor that leads this result, if any. */
  lead: IdSchema.optional(),
  /** Codes in other frameworks (SDG targets, ASEAN themes, IATI result references). */
  references: z.array(ReferenceSchema).optional(),
});

/**
 * A node of the results tree.
 *
 * @category Model
 */
export type Result = z.infer<typeof ResultSchema>;
