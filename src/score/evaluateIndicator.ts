import type { Observation, Strategy } from '../model/index.js';
import { indexObservations } from './indexObservations.js';
import type { MethodInput } from './method.js';
import { scoreIndicator } from './scoreIndicator.js';
import type { IndicatorResult } from './types.js';

/**
 * Options of {@link evaluateIndicator}.
 *
 * @category Scoring
 */
export interface EvaluateIndicatorOptions {
  /** The evaluation date (`YYYY-MM-DD`): values reported after it are ignored. */
  readonly asOf: string;
  /** The scoring method: a preset id or a custom configuration (default `default`). */
  readonly method?: MethodInput;
  /** Whether draft observations count (default `false`). */
  readonly includeDrafts?: boolean;
}

/**
 * Scores one indicator of a strategy from its observations as of a date. A shortcut for
 * {@link indexObservations} followed by {@link scoreIndicator}; to score many indicators, build the
 * index once and call `scoreIndicator` for each.
 *
 * @param strategy - The validated strategy.
 * @param observations - Validated observations (see `parseObservations`).
 * @param indicatorId - The indicator to score.
 * @param options - `asOf`, `method`, `includeDrafts`.
 * @returns The indicator's result.
 * @throws {LogframeError} `AS_OF_INVALID`, `UNKNOWN_INDICATOR`, or a problem with the method.
 *
 * @example
 * ```ts
 * const strategy = parseStrategy({
 *   id: 'demo', title: 'Demo', period: { start: 2016, end: 2030 }, baselineYear: 2015,
 *   levels: [{ id: 'pillar', title: 'Pillar' }], results: [{ id: 'P', title: 'P', level: 'pillar' }],
 *   indicators: [{ id: 'share', title: 'Share', result: 'P', measure: 'percent', baseline: { period: '2015', value: 50 }, targets: { '2030': 80 } }],
 * });
 * const { observations } = parseObservations([{ indicator: 'share', period: '2020', value: 60, reportedOn: '2021-03-01' }], strategy);
 * const result = evaluateIndicator(strategy, observations, 'share', { asOf: '2021-06-30', method: 'eurostat' });
 * result.trend.growthRatio; // 1.166752
 * result.methodResult.category; // 'significant progress towards the target'
 * result.status; // 'on-track'
 * ```
 *
 * @category Scoring
 */
export function evaluateIndicator(strategy: Strategy, observations: readonly Observation[], indicatorId: string, options: EvaluateIndicatorOptions): IndicatorResult {
  const index = indexObservations(strategy, observations, { asOf: options.asOf, ...(options.includeDrafts === undefined ? {} : { includeDrafts: options.includeDrafts }) });
  return scoreIndicator(strategy, index, indicatorId, options.method === undefined ? {} : { method: options.method });
}
