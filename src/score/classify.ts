import { resolveMethod } from './method.js';
import type { MethodInput } from './method.js';
import type { Classification, ScoringMetrics } from './presets/index.js';

/**
 * Classifies an indicator's metrics with a method preset: the status (one of `achieved`,
 * `on-track`, `at-risk`, `off-track`, or `no-data` when the preset's measure is not computable),
 * the preset's own category and native score, and the 0–100 score.
 *
 * This is the last step of scoring, exposed so that a preset can be tried on hand-picked numbers;
 * {@link evaluateIndicator} computes the metrics from a strategy and its observations.
 *
 * @param args - `metrics`: the measures (see {@link ScoringMetrics}); `method`: a preset id or a
 *   custom configuration (default `default`).
 * @returns `{ status, category, nativeScore, score, metric, thresholds }`.
 * @throws {LogframeError} When the method is not valid.
 *
 * @example
 * ```ts
 * const metrics = { direction: 'increase', hasTarget: true, growthRatio: 1.166752 } as const;
 * classify({ metrics, method: 'eurostat' }).category; // 'significant progress towards the target'
 * classify({ metrics, method: 'opensdg' }).nativeScore; // 4.04829
 * classify({ metrics: { direction: 'increase', hasTarget: true, achievement: 0.84 }, method: 'tolaactivity' }).status; // 'off-track'
 * ```
 *
 * @category Scoring
 */
export function classify(args: { readonly metrics: ScoringMetrics; readonly method?: MethodInput }): Classification {
  const method = resolveMethod(args.method);
  return method.preset.classify(args.metrics, method.thresholds);
}
