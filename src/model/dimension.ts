import * as z from 'zod';
import { IdSchema, TextSchema } from './primitives.js';

/**
 * One allowed code of a disaggregation dimension, e.g. `female` of `sex`.
 *
 * @example
 * ```ts
 * DimensionCodeSchema.parse({ code: 'lt15', label: 'Under 15' }).code; // 'lt15'
 * ```
 *
 * @category Model
 */
export const DimensionCodeSchema = z.strictObject({
  /** The code as it appears in observations, e.g. `female`, `KH-12`. */
  code: IdSchema,
  /** The label shown to people. */
  label: TextSchema,
});

/**
 * A disaggregation dimension (sex, age band, province, nationality, form of exploitation …) and
 * its allowed codes.
 *
 * @example
 * ```ts
 * const sex = DimensionSchema.parse({
 *   id: 'sex',
 *   title: 'Sex',
 *   codes: [{ code: 'female', label: 'Female' }, { code: 'male', label: 'Male' }],
 * });
 * sex.codes.length; // 2
 * ```
 *
 * @category Model
 */
export const DimensionSchema = z.strictObject({
  /** Unique id used as the key in observations' `disaggregation`, e.g. `sex`. */
  id: IdSchema,
  /** The dimension's name. */
  title: TextSchema,
  /** The allowed codes, in display order. */
  codes: z.array(DimensionCodeSchema).min(1),
});

/**
 * A disaggregation dimension and its allowed codes.
 *
 * @category Model
 */
export type Dimension = z.infer<typeof DimensionSchema>;

/**
 * One allowed code of a dimension.
 *
 * @category Model
 */
export type DimensionCode = z.infer<typeof DimensionCodeSchema>;
