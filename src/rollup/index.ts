export { dataQuality } from './dataQuality.js';
export type { DataQualityOptions } from './dataQuality.js';
export { evaluate } from './evaluate.js';
export { EvaluateOptionsSchema } from './evaluateOptions.js';
export type { EvaluateOptions } from './evaluateOptions.js';
export { meanAndStdDev, modifiedZScores, zScoreOutlier } from './outliers.js';
export type { ZScoreOutlier } from './outliers.js';
export { reportingCompliance } from './reportingCompliance.js';
export type { ReportingComplianceOptions } from './reportingCompliance.js';
export { rollupResults } from './rollupResults.js';
export type { RollupOptions } from './rollupResults.js';
export { scoreActors } from './scoreActors.js';
export { countStatuses } from './statusCounts.js';
export { DEFAULT_ROLLUP_BANDS, statusOfScore } from './statusOfScore.js';
export type { RollupBands } from './statusOfScore.js';
export type {
  ActorScorecard,
  Breakdown,
  DataQualityFinding,
  DataQualityKind,
  Evaluation,
  ReportingCompliance,
  ResultRollup,
  StatusCounts,
} from './types.js';
