import * as z from 'zod';
import { IsoDateSchema } from './isoDateSchema.js';
import { IdSchema, LongTextSchema, ReferenceSchema, TextSchema, ValueSchema } from './primitives.js';
import { withoutNegativeZero } from './withoutNegativeZero.js';

/**
 * What kind of quantity an indicator measures.
 *
 * - `count`: whole numbers of people, cases, events (non-negative integers);
 * - `percent`: 0–100;
 * - `ratio`: a plain ratio such as 0.7;
 * - `rate`: per N people (`ratePer`, e.g. 100 000);
 * - `currency`: an amount in `currency` (ISO 4217 code, never converted);
 * - `boolean`: a milestone met or not;
 * - `ordinal`: one of ordered `levels`;
 * - `qualitative`: text, carried but not scored.
 *
 * @example
 * ```ts
 * MeasureSchema.parse('percent'); // 'percent'
 * ```
 *
 * @category Model
 */
export const MeasureSchema = z.enum(['count', 'percent', 'ratio', 'rate', 'currency', 'boolean', 'ordinal', 'qualitative']);

/**
 * What kind of quantity an indicator measures.
 *
 * @category Model
 */
export type Measure = z.infer<typeof MeasureSchema>;

/**
 * Which way is progress: `increase`, `decrease`, `maintain` (stay at the target within
 * `tolerance`), `range` (stay within `range`), or `none` (monitored, not scored — e.g. cases
 * detected, where a rise may reflect more effort rather than more crime).
 *
 * @example
 * ```ts
 * DirectionSchema.parse('decrease'); // 'decrease'
 * ```
 *
 * @category Model
 */
export const DirectionSchema = z.enum(['increase', 'decrease', 'maintain', 'range', 'none']);

/**
 * Which way is progress.
 *
 * @category Model
 */
export type Direction = z.infer<typeof DirectionSchema>;

/**
 * How values of several disaggregations of one period combine into the total.
 *
 * @category Model
 */
export const DisaggregationRuleSchema = z.enum(['sum', 'mean', 'min', 'max', 'latest']);

/**
 * How values of sub-periods combine into a longer period: `sum` for flows, `latest` for stocks,
 * `mean` for averages.
 *
 * @category Model
 */
export const TimeRuleSchema = z.enum(['sum', 'latest', 'mean']);

/**
 * The aggregation rules of an indicator.
 *
 * @example
 * ```ts
 * AggregationSchema.parse({ disaggregations: 'sum', time: 'sum' }).time; // 'sum'
 * ```
 *
 * @category Model
 */
export const AggregationSchema = z.strictObject({
  /** Across disaggregations of one period (default: `sum` for counts and currency, `mean` otherwise). */
  disaggregations: DisaggregationRuleSchema.optional(),
  /** Over time (default: `sum` for counts and currency, `latest` otherwise). */
  time: TimeRuleSchema.optional(),
});

/**
 * One dated revision of a target, e.g. after a mid-term review. An evaluation uses the latest
 * revision whose `effective` date is on or before its `asOf`.
 *
 * @example
 * ```ts
 * TargetRevisionSchema.parse({ value: 250, effective: '2026-07-01', note: 'Mid-term review' }).value; // 250
 * ```
 *
 * @category Model
 */
export const TargetRevisionSchema = z.strictObject({
  /** The revised target value. */
  value: ValueSchema,
  /** The date from which the revision is in force (`YYYY-MM-DD`). */
  effective: IsoDateSchema,
  /** Why it was revised. */
  note: LongTextSchema.optional(),
  /** Where the revision is recorded. */
  source: LongTextSchema.optional(),
});

/**
 * A target with its provenance and revisions.
 *
 * @example
 * ```ts
 * TargetDetailSchema.parse({ value: 190, source: 'illustrative' }).value; // 190
 * ```
 *
 * @category Model
 */
export const TargetDetailSchema = z.strictObject({
  /** The target value as first set. */
  value: ValueSchema,
  /** Where the target comes from (`illustrative` for made-up values). */
  source: LongTextSchema.optional(),
  /** A note. */
  note: LongTextSchema.optional(),
  /** Later revisions, each in force from its `effective` date. */
  revisions: z.array(TargetRevisionSchema).optional(),
});

/**
 * A target: a bare value, or a value with source, note and revisions.
 *
 * @category Model
 */
export const TargetSchema = z.union([ValueSchema, TargetDetailSchema]);

/**
 * A target: a bare value, or a value with source, note and revisions.
 *
 * @category Model
 */
export type Target = z.infer<typeof TargetSchema>;

/**
 * The value an indicator starts from, at a period (usually the year before the plan).
 *
 * @example
 * ```ts
 * BaselineSchema.parse({ period: '2023', value: 164, source: 'NCCT annual report 2023' }).value; // 164
 * ```
 *
 * @category Model
 */
export const BaselineSchema = z.strictObject({
  /** The period of the baseline value, e.g. `2023`. */
  period: z.string().min(1).max(20),
  /** The baseline value. */
  value: ValueSchema,
  /** Where it comes from (`illustrative` for made-up values). */
  source: LongTextSchema.optional(),
  /** A note, e.g. how it was derived. */
  note: LongTextSchema.optional(),
});

/**
 * An indicator's baseline.
 *
 * @category Model
 */
export type Baseline = z.infer<typeof BaselineSchema>;

/**
 * A level of an ordinal indicator, lowest first in `levels`.
 *
 * @category Model
 */
export const OrdinalLevelSchema = z.strictObject({
  /** The code that observations, baselines and targets use. */
  code: z.string().min(1).max(100),
  /** The label shown to people. */
  label: TextSchema,
});

/**
 * A numerator ÷ denominator × factor indicator (DHIS2 style): numerator and denominator are other
 * indicators, aggregated separately before the division (a ratio of sums, never a mean of ratios).
 *
 * @example
 * ```ts
 * RatioDefinitionSchema.parse({ numerator: 'convicted', denominator: 'verdicts', factor: 100 }).factor; // 100
 * ```
 *
 * @category Model
 */
export const RatioDefinitionSchema = z.strictObject({
  /** The indicator whose value is the numerator. */
  numerator: IdSchema,
  /** The indicator whose value is the denominator. */
  denominator: IdSchema,
  /** The multiplier, e.g. 100 for a percentage or 100 000 for a rate (default 1). */
  factor: z.number().positive().max(1e12).optional(),
});

/**
 * An indicator: what is measured, how it adds up, which way is progress, its baseline and targets,
 * and who leads, supports and reports it.
 *
 * @example
 * ```ts
 * const indicator = IndicatorSchema.parse({
 *   id: 'LAW-01',
 *   title: 'Trafficking cases investigated',
 *   result: 'LAW.1',
 *   measure: 'count',
 *   direction: 'increase',
 *   baseline: { period: '2023', value: 164 },
 *   targets: { '2024': 175, '2028': 235 },
 *   lead: 'MOI-GCNP',
 * });
 * indicator.targets['2028']; // 235
 * ```
 *
 * @category Model
 */
export const IndicatorSchema = z.strictObject({
  /** Unique id among indicators, e.g. `LAW-01`. */
  id: IdSchema,
  /** Short name of the indicator. */
  title: TextSchema,
  /** Exact definition: what is counted, how, and what is not. */
  definition: LongTextSchema.optional(),
  /** The result (node of the results tree) this indicator measures. */
  result: IdSchema,
  /** The kind of quantity. */
  measure: MeasureSchema,
  /** The unit shown beside values, e.g. `cases`, `%`, `USD`. */
  unit: z.string().max(100).optional(),
  /** For `rate`: per how many, e.g. 100000. */
  ratePer: z.number().positive().max(1e12).optional(),
  /** For `currency`: the ISO 4217 code, e.g. `USD`. Amounts are never converted. */
  currency: z.string().regex(/^[A-Z]{3}$/, { message: 'Use a three-letter ISO 4217 code such as USD or KHR' }).optional(),
  /** For `ordinal`: the levels, lowest first. */
  levels: z.array(OrdinalLevelSchema).min(2).optional(),
  /** Which way is progress (default `increase`). */
  direction: DirectionSchema.default('increase'),
  /** For `maintain`: how far from the target a value may be and still count as achieved (absolute, in the indicator's unit; default 0). */
  tolerance: z.number().nonnegative().overwrite(withoutNegativeZero).optional(),
  /** For `range`: the band a value should stay within. */
  range: z.strictObject({
    /** Lowest acceptable value. */
    min: z.number().overwrite(withoutNegativeZero),
    /** Highest acceptable value. */
    max: z.number().overwrite(withoutNegativeZero),
  }).optional(),
  /** Natural limits of the value (e.g. 0–100 for a percent); used to check values and by the `opensdg` preset. */
  limits: z.strictObject({
    /** Lowest possible value. */
    min: z.number().overwrite(withoutNegativeZero).optional(),
    /** Highest possible value. */
    max: z.number().overwrite(withoutNegativeZero).optional(),
  }).optional(),
  /** Decimals shown when the value is displayed (0–6; default by measure). */
  decimals: z.number().int().min(0).max(6).overwrite(withoutNegativeZero).optional(),
  /** How values add up across disaggregations and over time. */
  aggregation: AggregationSchema.optional(),
  /** True when targets are running totals from the start of the plan (values are added up from the plan's first year). */
  cumulative: z.boolean().default(false),
  /** Whether the indicator measures `effort` (more is more activity, e.g. cases detected) or `outcome`. Shown beside the score. */
  interpretation: z.enum(['effort', 'outcome']).optional(),
  /** The starting value. Required for every scored indicator. */
  baseline: BaselineSchema.optional(),
  /** Targets by period id (annual milestones and the end-of-plan target). The target of the latest period is the end target. */
  targets: z.record(z.string(), TargetSchema).default({}),
  /** Counts of victims and other figures that must not be published below the small-cell threshold. */
  sensitive: z.boolean().default(false),
  /** The actor that leads the indicator and answers for it. */
  lead: IdSchema.optional(),
  /** Actors that contribute. */
  supporting: z.array(IdSchema).default([]),
  /** Optional shares (0–1) of the indicator in each actor's scorecard; by default the lead counts fully and supporters are listed but not scored. */
  shares: z.record(z.string(), z.number().min(0).max(1).overwrite(withoutNegativeZero)).optional(),
  /** The actor that reports the values (default: the lead). */
  reporter: IdSchema.optional(),
  /** The dimensions the indicator is disaggregated by, e.g. `["sex", "province"]`. */
  disaggregations: z.array(IdSchema).default([]),
  /** How often values are due, as a period type such as `Yearly` or `Quarterly` (default `Yearly`). */
  frequency: z.enum(['Yearly', 'SixMonthly', 'Quarterly', 'Monthly', 'Weekly', 'Daily', 'FinancialApril', 'FinancialJuly', 'FinancialOct', 'FinancialNov']).default('Yearly'),
  /** A formula over other indicators' ids, e.g. `convicted / verdicts * 100` or `#{LAW-05} / #{LAW-02}`. */
  formula: z.string().max(10_000).optional(),
  /** A numerator ÷ denominator × factor definition over other indicators. */
  ratio: RatioDefinitionSchema.optional(),
  /** Weight in its result's roll-up (default 1). */
  weight: z.number().positive().max(1e6).optional(),
  /** How the value is verified (reports, databases, surveys). */
  meansOfVerification: LongTextSchema.optional(),
  /** Free tags, e.g. `SDG 16.2.2` or `ASEAN:protection`. */
  tags: z.array(z.string().min(1).max(200)).optional(),
  /** Codes in other vocabularies (IATI indicator `reference`). */
  references: z.array(ReferenceSchema).optional(),
});

/**
 * An indicator after validation (defaults filled in).
 *
 * @category Model
 */
export type Indicator = z.infer<typeof IndicatorSchema>;

/**
 * An indicator as written by a person, before defaults are filled in.
 *
 * @category Model
 */
export type IndicatorInput = z.input<typeof IndicatorSchema>;
