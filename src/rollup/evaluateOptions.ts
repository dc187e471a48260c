import * as z from 'zod';
import { IsoDateSchema, withoutNegativeZero } from '../model/index.js';

/**
 * Options of {@link evaluate}, validated; defaults are documented on each field.
 *
 * @example
 * ```ts
 * EvaluateOptionsSchema.parse({ asOf: '2025-03-27' }).graceDays; // 30
 * ```
 *
 * @category Roll-up
 */
export const EvaluateOptionsSchema = z.strictObject({
  /** The evaluation date (`YYYY-MM-DD`), required: values reported after it are ignored. */
  asOf: IsoDateSchema,
  /** A method preset id (`default`, `eurostat`, `opensdg`, `unsd2023`, `escap`, `tolaactivity`) or a custom configuration (default `default`). */
  method: z.unknown().optional(),
  /** Score draft observations too (default false). */
  includeDrafts: z.boolean().default(false),
  /** Days after a period's end by which its report is on time and after which a missing value makes an indicator stale (default 30). */
  graceDays: z.number().int().min(0).max(3660).overwrite(withoutNegativeZero).default(30),
  /**
   * Dimensions to score separately per code, e.g. `["province"]` (default none). Counts and other
   * values that add up are shown per code but not scored there (a part of a national total).
   */
  breakdowns: z.array(z.string()).default([]),
  /** Roll-up rule: `mean` (weighted mean of children, default) or `worst` (no compensation between indicators). */
  aggregation: z.enum(['mean', 'worst']).default('mean'),
  /** Roll-up score bands (defaults 90 and 60). */
  bands: z.strictObject({
    /** Lowest roll-up score that is on track. */
    onTrack: z.number().min(0).max(100),
    /** Lowest roll-up score that is at risk. */
    atRisk: z.number().min(0).max(100),
  }).refine((bands) => bands.atRisk <= bands.onTrack, { message: 'atRisk must not be above onTrack' }).optional(),
  /** The periods reporting compliance is computed for (default `Yearly`). */
  reportingPeriod: z.enum(['Yearly', 'SixMonthly', 'Quarterly', 'Monthly']).default('Yearly'),
  /** Outlier thresholds and minimum sample (defaults: DHIS2's 3 and 3, at least 5 values). */
  outliers: z.strictObject({
    /** z-score threshold. */
    zThreshold: z.number().positive().default(3),
    /** Modified z-score threshold. */
    modifiedZThreshold: z.number().positive().default(3),
    /** Fewest values an outlier test needs. */
    minSample: z.number().int().min(3).default(5),
  }).default({ zThreshold: 3, modifiedZThreshold: 3, minSample: 5 }),
});

/**
 * Options of {@link evaluate} as given by a caller.
 *
 * @category Roll-up
 */
export type EvaluateOptions = z.input<typeof EvaluateOptionsSchema>;
