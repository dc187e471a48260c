import * as z from 'zod';
import { FigureValueSchema, SummaryStatusCountsSchema, SummaryStatusSchema } from './schemaParts.js';

/**
 * One node of the results tree, in depth-first strategy order.
 *
 * @example
 * ```ts
 * ResultSummarySchema.shape.depth.parse(0); // 0
 * ```
 *
 * @category Summary
 */
export const ResultSummarySchema = z.strictObject({
  /** The result's id. */
  id: z.string(),
  /** Its parent's id, or `null` for a top-level result (pillar). */
  parent: z.string().nullable(),
  /** Its level id, e.g. `pillar`. */
  level: z.string(),
  /** The level's name in the summary's language. */
  levelTitle: z.string(),
  /** 0 for top-level results, 1 for their children, and so on. */
  depth: z.number().int().min(0),
  /** Its title in the summary's language. */
  title: z.string(),
  /** 0–100, or `null`. */
  score: z.number().min(0).max(100).nullable(),
  /** Its status. */
  status: SummaryStatusSchema,
  /** Share (0–1) of the children's weight that had a score. */
  coverage: z.number().min(0).max(1),
  /** Status counts over every indicator below it. */
  counts: SummaryStatusCountsSchema,
  /** The child with the lowest score, or `null`. */
  worst: z.strictObject({
    /** Whether it is an indicator or a result. */
    kind: z.enum(['indicator', 'result']),
    /** Its id. */
    id: z.string(),
    /** Its title in the summary's language. */
    title: z.string(),
    /** Its score, or `null` when withheld (small cell). */
    score: z.number().nullable(),
  }).nullable(),
  /** The ids of the indicators directly under it, in strategy order. */
  indicators: z.array(z.string()),
});

/**
 * One node of the results tree.
 *
 * @category Summary
 */
export type ResultSummary = z.infer<typeof ResultSummarySchema>;

/**
 * One ministry's scorecard.
 *
 * @example
 * ```ts
 * ActorSummarySchema.shape.rank.parse(null); // null
 * ```
 *
 * @category Summary
 */
export const ActorSummarySchema = z.strictObject({
  /** The actor's id. */
  id: z.string(),
  /** Its name in the summary's language. */
  name: z.string(),
  /** Its short name in the summary's language, or `null`. */
  shortName: z.string().nullable(),
  /** Indicators it leads. */
  leads: z.array(z.string()),
  /** Indicators it supports. */
  supports: z.array(z.string()),
  /** 0–100, or `null`. */
  score: z.number().min(0).max(100).nullable(),
  /** Status counts over the indicators counted for it. */
  counts: SummaryStatusCountsSchema,
  /** Share (0–1) of its scored indicators achieved or on track, or `null`. */
  shareOnTrack: z.number().min(0).max(1).nullable(),
  /** Up to five of its indicators furthest behind, lowest score first. */
  mostBehind: z.array(z.strictObject({
    /** The indicator's id. */
    indicator: z.string(),
    /** Its title in the summary's language. */
    title: z.string(),
    /** Its score, or `null` when withheld (small cell). */
    score: z.number().nullable(),
    /** Its status. */
    status: SummaryStatusSchema,
  })),
  /** Its rank by score (1 = best; ties share a rank), or `null`. */
  rank: z.number().int().min(1).nullable(),
});

/**
 * One ministry's scorecard.
 *
 * @category Summary
 */
export type ActorSummary = z.infer<typeof ActorSummarySchema>;

/**
 * Reporting compliance of one actor for one period.
 *
 * @example
 * ```ts
 * ReportingSummarySchema.shape.timeliness.parse(0.5); // 0.5
 * ```
 *
 * @category Summary
 */
export const ReportingSummarySchema = z.strictObject({
  /** The actor's id. */
  actor: z.string(),
  /** Its name in the summary's language. */
  actorName: z.string(),
  /** The period assessed. */
  period: z.string(),
  /** Reports expected. */
  expected: z.number().int().min(0),
  /** Reports received. */
  received: z.number().int().min(0),
  /** Reports received on time. */
  onTime: z.number().int().min(0),
  /** received ÷ expected (fraction, not capped), or `null` when none expected. */
  completeness: z.number().min(0).nullable(),
  /** onTime ÷ expected (fraction), or `null` when none expected. */
  timeliness: z.number().min(0).nullable(),
  /** The reports expected and not received. */
  missing: z.array(z.strictObject({
    /** The indicator's id. */
    indicator: z.string(),
    /** The sub-period. */
    period: z.string(),
  })),
});

/**
 * Reporting compliance of one actor for one period.
 *
 * @category Summary
 */
export type ReportingSummary = z.infer<typeof ReportingSummarySchema>;

/**
 * One data-quality finding as published.
 *
 * @example
 * ```ts
 * DataQualitySummarySchema.shape.kind.parse('outlier-z'); // 'outlier-z'
 * ```
 *
 * @category Summary
 */
export const DataQualitySummarySchema = z.strictObject({
  /** The kind, e.g. `outlier-z`, `total-mismatch`. */
  kind: z.string(),
  /** The kind's name in the summary's language. */
  kindLabel: z.string(),
  /** `warning` for likely errors, `info` for things to look at. */
  severity: z.enum(['warning', 'info']),
  /** The indicator's id. */
  indicator: z.string(),
  /** The indicator's title in the summary's language. */
  indicatorTitle: z.string(),
  /** The period, or `null`. */
  period: z.string().nullable(),
  /** The disaggregation concerned, by dimension id (empty for totals). */
  disaggregation: z.record(z.string(), z.string()),
  /** The value concerned, or `null` (none, or withheld by small-cell protection). */
  value: z.number().nullable(),
  /** The value formatted, `<5` when withheld, or `null` when there is no value. */
  display: z.string().nullable(),
  /** True when the value was withheld. */
  suppressed: z.boolean(),
  /** The English sentence (a neutral one, without figures, when the value is withheld). */
  message: z.string(),
});

/**
 * One data-quality finding as published.
 *
 * @category Summary
 */
export type DataQualitySummary = z.infer<typeof DataQualitySummarySchema>;

/**
 * Scores for one code of a dimension (e.g. one province).
 *
 * @example
 * ```ts
 * BreakdownSummarySchema.shape.dimension.parse('province'); // 'province'
 * ```
 *
 * @category Summary
 */
export const BreakdownSummarySchema = z.strictObject({
  /** The dimension id. */
  dimension: z.string(),
  /** The code. */
  code: z.string(),
  /** The code's label in the summary's language. */
  label: z.string(),
  /** The plan's score on this code's data, or `null`. */
  score: z.number().min(0).max(100).nullable(),
  /** The plan's status on this code's data. */
  status: SummaryStatusSchema,
  /** Share (0–1) of the weight that had a score. */
  coverage: z.number().min(0).max(1),
  /** Per indicator, in strategy order. */
  indicators: z.array(z.strictObject({
    /** The indicator's id. */
    indicator: z.string(),
    /** Its status on this code's data. */
    status: SummaryStatusSchema,
    /** Its score, or `null` (also when withheld). */
    score: z.number().nullable(),
    /** The current value, or `null` (none, or withheld). */
    value: FigureValueSchema,
    /** The current value formatted, `<5` when withheld, or `null` when there is none. */
    display: z.string().nullable(),
    /** True when small-cell protection withheld a figure. */
    suppressed: z.boolean(),
  })),
});

/**
 * Scores for one code of a dimension.
 *
 * @category Summary
 */
export type BreakdownSummary = z.infer<typeof BreakdownSummarySchema>;
