import * as z from 'zod';

/**
 * The languages a summary can be resolved to.
 *
 * @example
 * ```ts
 * SummaryLanguageSchema.parse('km'); // 'km'
 * ```
 *
 * @category Summary
 */
export const SummaryLanguageSchema = z.enum(['en', 'km']);

/**
 * A language a summary can be resolved to: `en` or `km`.
 *
 * @category Summary
 */
export type SummaryLanguage = z.infer<typeof SummaryLanguageSchema>;

/**
 * A status, as in scoring, best first.
 *
 * @example
 * ```ts
 * SummaryStatusSchema.options[0]; // 'achieved'
 * ```
 *
 * @category Summary
 */
export const SummaryStatusSchema = z.enum(['achieved', 'on-track', 'at-risk', 'off-track', 'not-started', 'no-data', 'not-scored']);

/**
 * How important a finding is.
 *
 * @example
 * ```ts
 * FindingSeveritySchema.options; // ['high', 'medium', 'low', 'info']
 * ```
 *
 * @category Summary
 */
export const FindingSeveritySchema = z.enum(['high', 'medium', 'low', 'info']);

/**
 * How important a finding is: `high`, `medium`, `low` or `info`.
 *
 * @category Summary
 */
export type FindingSeverity = z.infer<typeof FindingSeveritySchema>;

const Count = z.number().int().min(0);

/**
 * How many indicators have each status, in status order.
 *
 * @example
 * ```ts
 * SummaryStatusCountsSchema.parse({ achieved: 1, 'on-track': 0, 'at-risk': 0, 'off-track': 0, 'not-started': 0, 'no-data': 0, 'not-scored': 0 }).achieved; // 1
 * ```
 *
 * @category Summary
 */
export const SummaryStatusCountsSchema = z.strictObject({
  /** Indicators whose end target is met. */
  achieved: Count,
  /** Indicators where the plan expects them. */
  'on-track': Count,
  /** Indicators making progress, but behind. */
  'at-risk': Count,
  /** Indicators with little, no or negative progress. */
  'off-track': Count,
  /** Indicators with no value due yet. */
  'not-started': Count,
  /** Indicators with a value due and none reported. */
  'no-data': Count,
  /** Indicators monitored only. */
  'not-scored': Count,
});

/**
 * Status counts.
 *
 * @category Summary
 */
export type SummaryStatusCounts = z.infer<typeof SummaryStatusCountsSchema>;

/**
 * A plain value a finding or methodology sentence is built from.
 *
 * @example
 * ```ts
 * SummaryParamsSchema.parse({ pillar: 'LAW', score: 42.5 }).score; // 42.5
 * ```
 *
 * @category Summary
 */
export const SummaryParamsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));

/**
 * The parameters of a finding or methodology sentence.
 *
 * @category Summary
 */
export type SummaryParams = z.infer<typeof SummaryParamsSchema>;

/**
 * A value as published: a number, a boolean (milestones), a string (ordinal level codes and
 * qualitative text), or `null` when there is none or it is withheld by small-cell protection.
 *
 * @category Summary
 */
export const FigureValueSchema = z.union([z.number(), z.boolean(), z.string()]).nullable();

/**
 * A value at a period, with its display string in the summary's language.
 *
 * @example
 * ```ts
 * SummaryFigureSchema.parse({ period: '2024', value: null, display: '<5' }).display; // '<5'
 * ```
 *
 * @category Summary
 */
export const SummaryFigureSchema = z.strictObject({
  /** The period id, e.g. `2024`. */
  period: z.string(),
  /** The value, or `null` when withheld (small cell). */
  value: FigureValueSchema,
  /** The value formatted at the indicator's decimals (without unit), or `<5` when withheld. */
  display: z.string(),
});

/**
 * A value at a period with its display string.
 *
 * @category Summary
 */
export type SummaryFigure = z.infer<typeof SummaryFigureSchema>;

/**
 * A target (end-of-plan or milestone) with its display string and revision date.
 *
 * @example
 * ```ts
 * SummaryTargetSchema.parse({ period: '2028', value: 235, display: '235', revisedOn: null }).value; // 235
 * ```
 *
 * @category Summary
 */
export const SummaryTargetSchema = z.strictObject({
  /** The target's period id. */
  period: z.string(),
  /** The target value in force. */
  value: FigureValueSchema,
  /** The value formatted at the indicator's decimals. */
  display: z.string(),
  /** The `effective` date of the revision used, or `null` for the original target. */
  revisedOn: z.string().nullable(),
});

/**
 * A target with its display string.
 *
 * @category Summary
 */
export type SummaryTarget = z.infer<typeof SummaryTargetSchema>;

/**
 * One point of an indicator's series, for sparklines and tables.
 *
 * @example
 * ```ts
 * SummarySeriesPointSchema.parse({ period: '2024', value: 12, display: '12', partial: false }).partial; // false
 * ```
 *
 * @category Summary
 */
export const SummarySeriesPointSchema = z.strictObject({
  /** The period id. */
  period: z.string(),
  /** The aggregated value, or `null` when withheld (small cell). */
  value: FigureValueSchema,
  /** The value formatted, or `<5` when withheld. */
  display: z.string(),
  /** True when the period is part of a target period not yet complete. */
  partial: z.boolean(),
});

/**
 * One point of an indicator's series.
 *
 * @category Summary
 */
export type SummarySeriesPoint = z.infer<typeof SummarySeriesPointSchema>;

/**
 * A remark with a stable code and a sentence.
 *
 * @example
 * ```ts
 * SummaryNoteSchema.parse({ code: 'OVER_ACHIEVED', message: 'Over-achieved.' }).code; // 'OVER_ACHIEVED'
 * ```
 *
 * @category Summary
 */
export const SummaryNoteSchema = z.strictObject({
  /** A stable code, e.g. `OVER_ACHIEVED`. */
  code: z.string(),
  /** The sentence (English as produced by scoring). */
  message: z.string(),
});

/**
 * A remark with a code and a sentence.
 *
 * @category Summary
 */
export type SummaryNote = z.infer<typeof SummaryNoteSchema>;

/**
 * The stable codes of findings, in no particular order (findings are ranked by importance).
 *
 * @example
 * ```ts
 * FindingCodeSchema.parse('PILLAR_OFF_TRACK'); // 'PILLAR_OFF_TRACK'
 * ```
 *
 * @category Summary
 */
export const FindingCodeSchema = z.enum([
  'PILLAR_OFF_TRACK',
  'PILLAR_AT_RISK',
  'REPORTS_MISSING',
  'REPORTS_LATE',
  'INDICATOR_WRONG_WAY',
  'INDICATOR_NO_DATA',
  'TARGET_ACHIEVED',
  'DATA_OUTLIER',
  'DATA_TOTAL_MISMATCH',
  'EFFORT_RISE',
]);

/**
 * A finding's stable code.
 *
 * @category Summary
 */
export type FindingCode = z.infer<typeof FindingCodeSchema>;

/**
 * One finding: a fact worth reading first, as a code with plain parameters (so that renderers can
 * rebuild the sentence in any language) and its English sentence.
 *
 * @example
 * ```ts
 * SummaryFindingSchema.parse({ code: 'PILLAR_OFF_TRACK', params: { pillar: 'LAW' }, ids: ['LAW'], severity: 'high', text: '…' }).severity; // 'high'
 * ```
 *
 * @category Summary
 */
export const SummaryFindingSchema = z.strictObject({
  /** The stable code, e.g. `PILLAR_OFF_TRACK`. */
  code: FindingCodeSchema,
  /** The values the sentence is built from (ids, resolved names, numbers, display strings). */
  params: SummaryParamsSchema,
  /** The ids of the entities concerned (results, indicators, actors). */
  ids: z.array(z.string()),
  /** How important it is. */
  severity: FindingSeveritySchema,
  /** The English sentence (names and titles inside it are in the summary's language); rebuild it from `code` and `params` for another language. */
  text: z.string(),
});

/**
 * One finding.
 *
 * @category Summary
 */
export type SummaryFinding = z.infer<typeof SummaryFindingSchema>;

/**
 * The stable codes of methodology notes.
 *
 * @example
 * ```ts
 * MethodologyCodeSchema.parse('SMALL_CELL'); // 'SMALL_CELL'
 * ```
 *
 * @category Summary
 */
export const MethodologyCodeSchema = z.enum([
  'METHOD_PRESET',
  'THRESHOLD',
  'SCORE',
  'STATUS_MEANING',
  'COVERAGE',
  'SMALL_CELL',
  'SMALL_CELL_OFF',
  'ROUNDING',
]);

/**
 * A methodology note's stable code.
 *
 * @category Summary
 */
export type MethodologyCode = z.infer<typeof MethodologyCodeSchema>;

/**
 * One methodology note needed to read the summary.
 *
 * @example
 * ```ts
 * SummaryMethodologyItemSchema.parse({ code: 'SMALL_CELL', params: { threshold: 5 }, text: '…' }).params.threshold; // 5
 * ```
 *
 * @category Summary
 */
export const SummaryMethodologyItemSchema = z.strictObject({
  /** The stable code, e.g. `SMALL_CELL`. */
  code: MethodologyCodeSchema,
  /** The values the sentence is built from. */
  params: SummaryParamsSchema,
  /** The English sentence; rebuild it from `code` and `params` for another language. */
  text: z.string(),
});

/**
 * One methodology note.
 *
 * @category Summary
 */
export type SummaryMethodologyItem = z.infer<typeof SummaryMethodologyItemSchema>;
