import * as z from 'zod';
import { IndicatorSummarySchema } from './indicatorSummarySchema.js';
import {
  FigureValueSchema,
  SUMMARY_SCHEMA_VERSION,
  SummaryFindingSchema,
  SummaryLanguageSchema,
  SummaryMethodologyItemSchema,
  SummaryNoteSchema,
  SummaryStatusCountsSchema,
  SummaryStatusSchema,
} from './schemaParts.js';

/**
 * The plan evaluated: identity, period and language.
 *
 * @example
 * ```ts
 * SummaryPlanSchema.shape.baselineYear.parse(2023); // 2023
 * ```
 *
 * @category Summary
 */
export const SummaryPlanSchema = z.strictObject({
  /** The plan's id. */
  id: z.string(),
  /** Its title in the summary's language. */
  title: z.string(),
  /** First and last year. */
  period: z.strictObject({
    /** First year. */
    start: z.number().int(),
    /** Last year. */
    end: z.number().int(),
  }),
  /** The year of the baselines. */
  baselineYear: z.number().int(),
  /** The language of the plan's plain-string texts. */
  language: z.string(),
});

/**
 * The plan evaluated.
 *
 * @category Summary
 */
export type SummaryPlan = z.infer<typeof SummaryPlanSchema>;

/**
 * The method used: preset, thresholds and their description in the summary's language.
 *
 * @example
 * ```ts
 * SummaryMethodSchema.parse({ preset: 'eurostat', thresholds: { onTrack: 0.95 }, name: 'Eurostat', description: '…' }).preset; // 'eurostat'
 * ```
 *
 * @category Summary
 */
export const SummaryMethodSchema = z.strictObject({
  /** The preset id (or `custom`). */
  preset: z.string(),
  /** The thresholds applied, by name. */
  thresholds: z.record(z.string(), z.number()),
  /** The preset's name. */
  name: z.string(),
  /** What the preset measures and how it decides the status. */
  description: z.string(),
});

/**
 * The method used.
 *
 * @category Summary
 */
export type SummaryMethod = z.infer<typeof SummaryMethodSchema>;

/**
 * The headline: the whole plan's score, status and coverage.
 *
 * @example
 * ```ts
 * SummaryHeadlineSchema.shape.coverage.parse(0.8); // 0.8
 * ```
 *
 * @category Summary
 */
export const SummaryHeadlineSchema = z.strictObject({
  /** The plan's score (0–100), or `null` when no indicator has one. */
  score: z.number().min(0).max(100).nullable(),
  /** The plan's status. */
  status: SummaryStatusSchema,
  /** Status counts over every indicator. */
  counts: SummaryStatusCountsSchema,
  /** Share (0–1) of the plan's weight that had a score. */
  coverage: z.number().min(0).max(1),
  /** How many indicators. */
  indicators: z.strictObject({
    /** In the plan. */
    total: z.number().int().min(0),
    /** With a score. */
    scored: z.number().int().min(0),
    /** With a current value. */
    withData: z.number().int().min(0),
  }),
});

/**
 * The headline.
 *
 * @category Summary
 */
export type SummaryHeadline = z.infer<typeof SummaryHeadlineSchema>;

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

/**
 * The evaluation summary: the plain, JSON-safe, versioned digest of an evaluation that renderers
 * and other tools consume. Texts are resolved to one language; numbers are raw (rounded only in
 * display strings) or `null`; figures withheld by small-cell protection are `null` with display `<5`.
 *
 * @example
 * ```ts
 * EvaluationSummarySchema.shape.schemaVersion.parse(1); // 1
 * ```
 *
 * @category Summary
 */
export const EvaluationSummarySchema = z.strictObject({
  /** The version of this format (1). */
  schemaVersion: z.literal(SUMMARY_SCHEMA_VERSION),
  /** The language texts are resolved to. */
  lang: SummaryLanguageSchema,
  /** The plan evaluated. */
  plan: SummaryPlanSchema,
  /** The evaluation date (`YYYY-MM-DD`). */
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** When the summary was made, only when the caller gave it (ISO date-time). */
  generatedAt: z.string().optional(),
  /** The method used. */
  method: SummaryMethodSchema,
  /** The whole plan at a glance. */
  headline: SummaryHeadlineSchema,
  /** The results tree, depth-first in strategy order. */
  results: z.array(ResultSummarySchema),
  /** One scorecard per ministry, in strategy order. */
  actors: z.array(ActorSummarySchema),
  /** Every indicator, in strategy order. */
  indicators: z.array(IndicatorSummarySchema),
  /** Reporting compliance per actor and period. */
  reporting: z.array(ReportingSummarySchema),
  /** Data-quality findings, by indicator, period and kind. */
  dataQuality: z.array(DataQualitySummarySchema),
  /** Scores per code of each requested dimension (empty when none was requested). */
  breakdowns: z.array(BreakdownSummarySchema),
  /** What to read first, most important first. */
  findings: z.array(SummaryFindingSchema),
  /** The notes needed to read the summary. */
  methodology: z.array(SummaryMethodologyItemSchema),
  /** Remarks about the evaluation as a whole. */
  notes: z.array(SummaryNoteSchema),
});

/**
 * The evaluation summary.
 *
 * @category Summary
 */
export type EvaluationSummary = z.infer<typeof EvaluationSummarySchema>;

/**
 * The JSON Schema (draft 2020-12) of an evaluation summary, generated from
 * {@link EvaluationSummarySchema} so that tools in other languages validate the same shape.
 *
 * @returns A JSON Schema object.
 *
 * @example
 * ```ts
 * summaryJsonSchema().title; // 'logframe evaluation summary'
 * ```
 *
 * @category Summary
 */
export function summaryJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(EvaluationSummarySchema, { target: 'draft-2020-12' });
  return {
    $schema,
    title: 'logframe evaluation summary',
    description: 'The plain, versioned digest of a logframe evaluation that renderers and other tools consume.',
    ...rest,
  };
}

export {
  FigureValueSchema,
  FindingCodeSchema,
  FindingSeveritySchema,
  MethodologyCodeSchema,
  SUMMARY_SCHEMA_VERSION,
  SummaryFigureSchema,
  SummaryFindingSchema,
  SummaryLanguageSchema,
  SummaryMethodologyItemSchema,
  SummaryNoteSchema,
  SummaryParamsSchema,
  SummarySeriesPointSchema,
  SummaryStatusCountsSchema,
  SummaryStatusSchema,
  SummaryTargetSchema,
} from './schemaParts.js';
export type {
  FindingCode,
  FindingSeverity,
  MethodologyCode,
  SummaryFigure,
  SummaryFinding,
  SummaryLanguage,
  SummaryMethodologyItem,
  SummaryNote,
  SummaryParams,
  SummarySeriesPoint,
  SummaryStatusCounts,
  SummaryTarget,
} from './schemaParts.js';
export { IndicatorSummarySchema } from './indicatorSummarySchema.js';
export type { IndicatorSummary } from './indicatorSummarySchema.js';
