import * as z from 'zod';
import { IndicatorSummarySchema } from './indicatorSummarySchema.js';
import {
  ActorSummarySchema,
  BreakdownSummarySchema,
  DataQualitySummarySchema,
  ReportingSummarySchema,
  ResultSummarySchema,
} from './sectionSchemas.js';
import {
  SummaryFindingSchema,
  SummaryLanguageSchema,
  SummaryMethodologyItemSchema,
  SummaryNoteSchema,
  SummaryStatusCountsSchema,
  SummaryStatusSchema,
} from './schemaParts.js';
import { SUMMARY_SCHEMA_VERSION } from './version.js';

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
export { SUMMARY_SCHEMA_VERSION } from './version.js';
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
export {
  ActorSummarySchema,
  BreakdownSummarySchema,
  DataQualitySummarySchema,
  ReportingSummarySchema,
  ResultSummarySchema,
} from './sectionSchemas.js';
export type { ActorSummary, BreakdownSummary, DataQualitySummary, ReportingSummary, ResultSummary } from './sectionSchemas.js';
