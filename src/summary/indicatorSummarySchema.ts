import * as z from 'zod';
import { DirectionSchema, MeasureSchema } from '../model/index.js';
import {
  SummaryFigureSchema,
  SummaryNoteSchema,
  SummarySeriesPointSchema,
  SummaryStatusSchema,
  SummaryTargetSchema,
} from './schemaParts.js';

const Fraction = z.number().nullable();

/**
 * One indicator as published: resolved titles, figures with display strings, the measures of
 * progress and the status. Figures withheld by small-cell protection are `null` with display `<5`
 * and `suppressed` is true.
 *
 * @example
 * ```ts
 * IndicatorSummarySchema.shape.suppressed.parse(true); // true
 * ```
 *
 * @category Summary
 */
export const IndicatorSummarySchema = z.strictObject({
  /** The indicator's id. */
  id: z.string(),
  /** Its title in the summary's language. */
  title: z.string(),
  /** The id of the result it measures. */
  result: z.string(),
  /** That result's title in the summary's language (its id when unknown). */
  resultTitle: z.string(),
  /** The lead actor's id, or `null`. */
  lead: z.string().nullable(),
  /** The lead actor's name in the summary's language, or `null`. */
  leadName: z.string().nullable(),
  /** The supporting actors' ids. */
  supporting: z.array(z.string()),
  /** The unit (or currency code), or `null`. */
  unit: z.string().nullable(),
  /** The measure. */
  measure: MeasureSchema,
  /** The direction of progress. */
  direction: DirectionSchema,
  /** Decimals used in display strings. */
  decimals: z.number().int().min(0),
  /** `effort` or `outcome`, or `null`. */
  interpretation: z.enum(['effort', 'outcome']).nullable(),
  /** Whether targets are running totals. */
  cumulative: z.boolean(),
  /** The latest value at `asOf`, or `null` when there is none. */
  current: SummaryFigureSchema.nullable(),
  /** The baseline, or `null`. */
  baseline: SummaryFigureSchema.nullable(),
  /** The end-of-plan target in force, or `null`. */
  target: SummaryTargetSchema.nullable(),
  /** The milestone (target of the current value's period), or `null`. */
  milestone: SummaryTargetSchema.nullable(),
  /** Share (fraction) of the distance from baseline to end target covered, or `null` (also when withheld). */
  progress: Fraction,
  /** What the plan expects, by interpolation through baseline and milestones. */
  expected: z.strictObject({
    /** At the evaluation date. */
    asOf: z.strictObject({
      /** The expected value, or `null`. */
      value: z.number().nullable(),
      /** The expected progress (fraction), or `null`. */
      progress: Fraction,
    }),
    /** At the current value's time. */
    atCurrent: z.strictObject({
      /** The expected value, or `null`. */
      value: z.number().nullable(),
      /** The expected progress (fraction), or `null`. */
      progress: Fraction,
    }),
  }),
  /** Progress ÷ expected progress, or `null` (also when withheld). */
  performance: Fraction,
  /** Current value against its milestone, or `null` (also when withheld). */
  achievement: Fraction,
  /** The status. */
  status: SummaryStatusSchema,
  /** 0–100, or `null` (not scored, no data, not started, or withheld). */
  score: z.number().min(0).max(100).nullable(),
  /** Growth rates and projections; those that would reveal a withheld figure are `null`. */
  trend: z.strictObject({
    /** Observed compound annual growth rate (fraction), or `null`. */
    cagr: Fraction,
    /** Growth rate needed each year to reach the end target (fraction), or `null`. */
    requiredCagr: Fraction,
    /** Direction-aware ratio of observed to required growth, or `null`. */
    growthRatio: Fraction,
    /** The value projected at the end target's time. */
    projected: z.strictObject({
      /** By compound growth from the last two points, or `null`. */
      cagr: z.number().nullable(),
      /** By a time-weighted least-squares line, or `null`. */
      wls: z.number().nullable(),
    }),
    /** The projected value's share of the required progress, or `null`. */
    projectedShare: Fraction,
  }),
  /** What the method preset says in its own terms. */
  methodResult: z.strictObject({
    /** The preset id. */
    preset: z.string(),
    /** The preset's own category. */
    category: z.string(),
    /** The preset's own score, or `null` (also when withheld: it can be continuous). */
    nativeScore: z.number().nullable(),
  }),
  /** Values per period in time order, for sparklines. */
  series: z.array(SummarySeriesPointSchema),
  /** Kinds of the data-quality findings about this indicator, sorted, each once. */
  dataQuality: z.array(z.string()),
  /** Flags about the result (plus `SMALL_CELL_SUPPRESSED` when figures are withheld). */
  notes: z.array(SummaryNoteSchema),
  /** Data problems found while scoring. */
  issues: z.array(SummaryNoteSchema),
  /** Sources of the baseline and of the values used, sorted. */
  sources: z.array(z.string()),
  /** Whether published figures are subject to small-cell protection. */
  sensitive: z.boolean(),
  /** True when small-cell protection withheld any figure of this indicator. */
  suppressed: z.boolean(),
});

/**
 * One indicator as published.
 *
 * @category Summary
 */
export type IndicatorSummary = z.infer<typeof IndicatorSummarySchema>;
