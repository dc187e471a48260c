import * as z from 'zod';
import { ActorSchema } from './actor.js';
import { DimensionSchema } from './dimension.js';
import { IndicatorSchema } from './indicator.js';
import { IdSchema, LongTextSchema, TextSchema } from './primitives.js';
import { ResultSchema } from './result.js';

/**
 * The version of the strategy format this library reads and writes.
 *
 * @category Model
 */
export const STRATEGY_SCHEMA_VERSION = 1;

/**
 * A level of the results tree, top first (e.g. pillar, objective, output).
 *
 * @example
 * ```ts
 * LevelSchema.parse({ id: 'pillar', title: 'Pillar' }).id; // 'pillar'
 * ```
 *
 * @category Model
 */
export const LevelSchema = z.strictObject({
  /** The id results use in `level`. */
  id: IdSchema,
  /** The level's name, e.g. `Pillar`. */
  title: TextSchema,
});

/**
 * A strategy (plan): its identity and period, the levels of its results tree, actors,
 * disaggregation dimensions, results and indicators.
 *
 * @example
 * ```ts
 * const strategy = StrategySchema.parse({
 *   id: 'demo',
 *   title: 'Demo plan',
 *   period: { start: 2024, end: 2028 },
 *   baselineYear: 2023,
 *   levels: [{ id: 'pillar', title: 'Pillar' }],
 *   actors: [{ id: 'MOJ', name: 'Ministry of Justice' }],
 *   dimensions: [],
 *   results: [{ id: 'P1', title: 'Justice', level: 'pillar' }],
 *   indicators: [],
 * });
 * strategy.period.end; // 2028
 * ```
 *
 * @category Model
 */
export const StrategySchema = z.strictObject({
  /** The version of this format (currently 1). */
  schemaVersion: z.literal(STRATEGY_SCHEMA_VERSION).default(STRATEGY_SCHEMA_VERSION),
  /** Unique id of the plan, e.g. `KH-NSP-CTIP-2024-2028`. */
  id: IdSchema,
  /** The plan's title. */
  title: TextSchema,
  /** A description. */
  description: LongTextSchema.optional(),
  /** The actor that owns the plan (e.g. the national committee). */
  owner: IdSchema.optional(),
  /** First and last year of the plan. */
  period: z.strictObject({
    /** First year, e.g. 2024. */
    start: z.number().int().min(1000).max(9999),
    /** Last year, e.g. 2028. */
    end: z.number().int().min(1000).max(9999),
  }),
  /** The year of the baselines (usually the year before the plan). */
  baselineYear: z.number().int().min(1000).max(9999),
  /** The levels of the results tree, top first. */
  levels: z.array(LevelSchema).min(1),
  /** Ministries, agencies and their sub-units. */
  actors: z.array(ActorSchema).default([]),
  /** Disaggregation dimensions and their codes. */
  dimensions: z.array(DimensionSchema).default([]),
  /** The results tree as a flat list; each result names its `level` and `parent`. */
  results: z.array(ResultSchema).min(1),
  /** The indicators. */
  indicators: z.array(IndicatorSchema).default([]),
  /** The language of plain-string texts (default `en`). */
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/).default('en'),
});

/**
 * A validated strategy (defaults filled in).
 *
 * @category Model
 */
export type Strategy = z.infer<typeof StrategySchema>;

/**
 * A strategy as written by a person, before defaults are filled in.
 *
 * @category Model
 */
export type StrategyInput = z.input<typeof StrategySchema>;

/**
 * A level of the results tree.
 *
 * @category Model
 */
export type Level = z.infer<typeof LevelSchema>;
