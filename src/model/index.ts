export { ActorSchema } from './actor.js';
export type { Actor } from './actor.js';
export { DimensionCodeSchema, DimensionSchema } from './dimension.js';
export type { Dimension, DimensionCode } from './dimension.js';
export {
  AggregationSchema,
  BaselineSchema,
  DirectionSchema,
  DisaggregationRuleSchema,
  IndicatorSchema,
  MeasureSchema,
  OrdinalLevelSchema,
  RatioDefinitionSchema,
  TargetDetailSchema,
  TargetRevisionSchema,
  TargetSchema,
  TimeRuleSchema,
} from './indicator.js';
export type { Baseline, Direction, Indicator, IndicatorInput, Measure, Target } from './indicator.js';
export { ObservationSchema, ObservationStatusSchema } from './observation.js';
export type { Observation, ObservationInput, ObservationStatus } from './observation.js';
export { IdSchema, LanguageTagSchema, LongTextSchema, ReferenceSchema, TextSchema, ValueSchema } from './primitives.js';
export { IsoDateSchema } from './isoDateSchema.js';
export { withoutNegativeZero } from './withoutNegativeZero.js';
export type { Reference, Text, Value } from './primitives.js';
export { ResultSchema } from './result.js';
export type { Result } from './result.js';
export { LevelSchema, STRATEGY_SCHEMA_VERSION, StrategySchema } from './strategy.js';
export type { Level, Strategy, StrategyInput } from './strategy.js';
export { checkValue } from './checkValue.js';
export type { ValueProblem } from './checkValue.js';
export { checkReferences } from './checkReferences.js';
export { checkTree } from './checkTree.js';
export { checkIndicator, isScored } from './checkIndicator.js';
export { checkComputed } from './checkComputed.js';
export { findReservedKeys } from './reservedKeys.js';
export { problemsFromZod } from './zodProblems.js';
export { parseStrategy, safeParseStrategy, sortProblems } from './parseStrategy.js';
export type { SafeParseStrategyResult } from './parseStrategy.js';
export { disaggregationKey, parseObservations } from './parseObservations.js';
export type { ParsedObservations, ParseObservationsOptions, RejectedItem } from './parseObservations.js';
export { endTarget, targetsInForce, targetValueOn } from './targets.js';
export type { TargetInForce } from './targets.js';
export { strategyJsonSchema, observationJsonSchema } from './jsonSchema.js';
