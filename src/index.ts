/**
 * logframe: monitor and evaluate a national multi-year strategy.
 *
 * Model a plan as a results framework, validate the figures ministries report, score progress per
 * indicator, result, ministry and for the whole plan, and publish evaluation summaries.
 *
 * @packageDocumentation
 */

// Problems: the one error type and the shape of every reported problem.
export { formatPath, LogframeError } from './problems/index.js';
export type { PathSegment, Problem, Severity } from './problems/index.js';

// Periods: DHIS2-style period ids, dates and calendars.
export {
  addDays,
  comparePeriods,
  daysBetween,
  formatPeriod,
  isIsoDate,
  isPeriodType,
  parsePeriod,
  PERIOD_TYPES,
  periodContains,
  periodOfDate,
  periodsBetween,
  periodsOverlap,
  safeParsePeriod,
  subPeriods,
  toDecimalYear,
  yearOfPeriod,
} from './periods/index.js';
export type { FormatPeriodOptions, Period, PeriodType, SafeParsePeriodResult } from './periods/index.js';

// Formulas: safe, sandboxed computed indicators.
export {
  checkFormula,
  compileFormula,
  formatCycle,
  FORMULA_MAX_DEPTH,
  FORMULA_MAX_LENGTH,
  FORMULA_MAX_TERMS,
  formulaOrder,
  roundHalfAwayFromZero,
} from './formula/index.js';
export type { CompiledFormula, FormulaFailureReason, FormulaValue } from './formula/index.js';

// Model: schemas (the single source of truth), types, validation.
export {
  ActorSchema,
  AggregationSchema,
  BaselineSchema,
  checkComputed,
  checkIndicator,
  checkReferences,
  checkTree,
  checkValue,
  DimensionCodeSchema,
  DimensionSchema,
  DirectionSchema,
  DisaggregationRuleSchema,
  disaggregationKey,
  endTarget,
  findReservedKeys,
  IdSchema,
  IndicatorSchema,
  IsoDateSchema,
  isScored,
  LanguageTagSchema,
  LevelSchema,
  LongTextSchema,
  MeasureSchema,
  ObservationSchema,
  ObservationStatusSchema,
  observationJsonSchema,
  OrdinalLevelSchema,
  parseObservations,
  parseStrategy,
  problemsFromZod,
  RatioDefinitionSchema,
  ReferenceSchema,
  ResultSchema,
  safeParseStrategy,
  sortProblems,
  STRATEGY_SCHEMA_VERSION,
  StrategySchema,
  strategyJsonSchema,
  TargetDetailSchema,
  TargetRevisionSchema,
  TargetSchema,
  targetsInForce,
  targetValueOn,
  TextSchema,
  TimeRuleSchema,
  ValueSchema,
} from './model/index.js';
export type {
  Actor,
  Baseline,
  Dimension,
  DimensionCode,
  Direction,
  Indicator,
  IndicatorInput,
  Level,
  Measure,
  Observation,
  ObservationInput,
  ObservationStatus,
  ParsedObservations,
  ParseObservationsOptions,
  Reference,
  RejectedItem,
  Result,
  SafeParseStrategyResult,
  Strategy,
  StrategyInput,
  Target,
  TargetInForce,
  Text,
  Value,
  ValueProblem,
} from './model/index.js';
