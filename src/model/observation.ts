import * as z from 'zod';
import { IsoDateSchema } from './isoDateSchema.js';
import { IdSchema, LongTextSchema, ValueSchema } from './primitives.js';

/**
 * The approval state of a reported value. Drafts are left out of scoring unless asked for.
 *
 * @category Model
 */
export const ObservationStatusSchema = z.enum(['draft', 'submitted', 'approved']);

/**
 * One reported value: an indicator's value for a period, possibly for one disaggregation
 * (`{ sex: 'female', province: 'KH-12' }`; empty means the total).
 *
 * @example
 * ```ts
 * const observation = ObservationSchema.parse({
 *   indicator: 'LAW-01',
 *   period: '2024',
 *   value: 197,
 *   reportedBy: 'MOI-GCNP',
 *   reportedOn: '2025-03-27',
 *   source: 'NCCT annual report 2024',
 * });
 * observation.status; // 'submitted'
 * ```
 *
 * @category Model
 */
export const ObservationSchema = z.strictObject({
  /** The indicator's id. */
  indicator: IdSchema,
  /** The period id, e.g. `2024`, `2024Q1`, `2023YTD10`. */
  period: z.string().min(1).max(20),
  /** The value; `null` means explicitly missing (never zero). */
  value: z.union([ValueSchema, z.null()]),
  /** The disaggregation codes by dimension id; empty (or absent) for the total. */
  disaggregation: z.record(z.string(), z.string()).default({}),
  /** The actor that reported it. */
  reportedBy: IdSchema.optional(),
  /** The date it was reported (`YYYY-MM-DD`); values reported after an evaluation's `asOf` are ignored by it. */
  reportedOn: IsoDateSchema.optional(),
  /** `draft`, `submitted` (default) or `approved`. */
  status: ObservationStatusSchema.default('submitted'),
  /** Where the value comes from. */
  source: LongTextSchema.optional(),
  /** A note, e.g. that it covers only part of the country. */
  note: LongTextSchema.optional(),
  /** Fields kept for round trips with other systems (e.g. DHIS2's `attributeOptionCombo`). */
  external: z.record(z.string(), z.string()).optional(),
});

/**
 * A validated observation (defaults filled in).
 *
 * @category Model
 */
export type Observation = z.infer<typeof ObservationSchema>;

/**
 * An observation as written by a person or another system.
 *
 * @category Model
 */
export type ObservationInput = z.input<typeof ObservationSchema>;

/**
 * The approval state of a reported value.
 *
 * @category Model
 */
export type ObservationStatus = z.infer<typeof ObservationStatusSchema>;
