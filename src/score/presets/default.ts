import type { Classification, Preset, ScoringMetrics } from './Preset.js';
import { band, checkOrder, directedCagr, shareScore, threshold, unable } from './shared.js';

/**
 * The library's own method: progress against the plan's own trajectory. Performance is progress ÷
 * the progress expected at the current value's time (interpolated through the baseline and every
 * milestone); achieved when the end target is met, on track at 0.90 or more, at risk at 0.60 or
 * more, off track below. Without a target, the Eurostat no-target rule on the signed growth rate
 * (> 1 % on track, 0–1 % at risk, < 0 off track). Score: clamp(performance, 0, 1) × 100.
 */
export const defaultPreset: Preset = {
  id: 'default',
  label: 'logframe default (performance against the planned trajectory)',
  source: 'logframe methodology (docs/methodology.md); trajectory pro-rating as in TolaActivity and the metabase cumulative goal line',
  thresholds: { onTrack: 0.9, atRisk: 0.6, cagrOnTrack: 0.01, cagrAtRisk: 0 },
  projection: 'cagr',
  checkThresholds: (thresholds) => [...checkOrder(thresholds, ['onTrack', 'atRisk']), ...checkOrder(thresholds, ['cagrOnTrack', 'cagrAtRisk'])],
  classify: classifyDefault,
};

function classifyDefault(metrics: ScoringMetrics, thresholds: Readonly<Record<string, number>>): Classification {
  if (metrics.targetMet === true) return { status: 'achieved', category: 'end target achieved', nativeScore: null, score: 100, metric: 'performance', thresholds };
  if (metrics.hasTarget) {
    const performance = metrics.performance ?? null;
    if (performance !== null) {
      const chosen = band(performance, [
        { from: threshold(thresholds, 'onTrack'), status: 'on-track', category: 'on track' },
        { from: threshold(thresholds, 'atRisk'), status: 'at-risk', category: 'behind the planned trajectory' },
        { from: -Infinity, status: 'off-track', category: 'well behind the planned trajectory' },
      ]);
      return { status: chosen.status, category: chosen.category, nativeScore: null, score: shareScore(performance, 1), metric: 'performance', thresholds };
    }
    const progress = metrics.progress ?? null;
    if (metrics.expectedProgress === 0 && progress !== null && progress >= 0) {
      return { status: 'on-track', category: 'on track (no progress expected yet)', nativeScore: null, score: 100, metric: 'performance', thresholds };
    }
    if (progress !== null && progress < 0) {
      return { status: 'off-track', category: 'moving away from the target', nativeScore: null, score: 0, metric: 'progress', thresholds };
    }
    return unable('performance', thresholds, 'expected progress not computable');
  }
  const rate = directedCagr(metrics);
  if (rate === null) return unable('d·CAGR', thresholds, 'growth rate not computable');
  const onTrack = threshold(thresholds, 'cagrOnTrack');
  const chosen = band(rate, [
    { from: onTrack, status: 'on-track', category: 'moving in the desired direction' },
    { from: threshold(thresholds, 'cagrAtRisk'), status: 'at-risk', category: 'moving slowly in the desired direction' },
    { from: -Infinity, status: 'off-track', category: 'moving away from the desired direction' },
  ]);
  return { status: chosen.status, category: chosen.category, nativeScore: null, score: shareScore(rate, onTrack), metric: 'd·CAGR', thresholds };
}
