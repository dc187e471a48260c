import * as z from 'zod';
import { IdSchema, TextSchema } from './primitives.js';

/**
 * A ministry, agency, committee or sub-unit that leads, supports or reports on indicators.
 *
 * @example
 * ```ts
 * ActorSchema.parse({ id: 'MOI-GCNP', name: 'General Commissariat of National Police', parent: 'MOI' }).parent; // 'MOI'
 * ```
 *
 * @category Model
 */
export const ActorSchema = z.strictObject({
  /** Unique id, e.g. `MOJ` or `MOI-GCNP`. */
  id: IdSchema,
  /** Full name, plain or per language. */
  name: TextSchema,
  /** Short name or acronym for tables, e.g. `MOJ`. */
  shortName: TextSchema.optional(),
  /** What kind of body it is, e.g. `ministry`, `agency`, `committee`, `unit`. Free text. */
  kind: z.string().min(1).max(100).optional(),
  /** The actor this one belongs to (a department's ministry); must be another actor's id. */
  parent: IdSchema.optional(),
});

/**
 * A ministry, agency, committee or sub-unit.
 *
 * @category Model
 */
export type Actor = z.infer<typeof ActorSchema>;
