import { above } from '../numbers.js';
import type { Classification, Preset, ScoringMetrics } from './Preset.js';
import { band, checkOrder, directedCagr, shareScore, threshold, unable } from './shared.js';

/**
 * Eurostat's EU SDG monitoring method. With a target: the growth ratio RR (observed ÷ required
 * CAGR) — ≥ 0.95 significant progress, 0.60–0.95 moderate, 0–0.60 insufficient, < 0 movement away.
 * Without a target: the signed observed CAGR — > 1 % significant progress, 0–1 % moderate progress,
 * −1–0 % moderate movement away, < −1 % significant movement away.
 */
export const eurostatPreset: Preset = {
  id: 'eurostat',
  label: 'Eurostat SDG monitoring report',
  source: 'Eurostat, Sustainable development in the European Union – monitoring report, methodology annex (https://ec.europa.eu/eurostat/statistics-explained/index.php?title=SDG_-_Introduction)',
  thresholds: { significant: 0.95, moderate: 0.6, insufficient: 0, cagrSignificant: 0.01, cagrModerate: 0, cagrAway: -0.01 },
  projection: 'cagr',
  checkThresholds: (thresholds) => [
    ...checkOrder(thresholds, ['significant', 'moderate', 'insufficient']),
    ...checkOrder(thresholds, ['cagrSignificant', 'cagrModerate', 'cagrAway']),
  ],
  classify: classifyEurostat,
};

function classifyEurostat(metrics: ScoringMetrics, thresholds: Readonly<Record<string, number>>): Classification {
  if (metrics.hasTarget) {
    const ratio = metrics.growthRatio ?? null;
    if (metrics.targetMet === true) return { status: 'achieved', category: 'target achieved', nativeScore: null, score: 100, metric: 'growth ratio', thresholds };
    if (ratio === null) return unable('growth ratio', thresholds, 'growth ratio not computable');
    const chosen = band(ratio, [
      { from: threshold(thresholds, 'significant'), status: 'on-track', category: 'significant progress towards the target' },
      { from: threshold(thresholds, 'moderate'), status: 'at-risk', category: 'moderate progress towards the target' },
      { from: threshold(thresholds, 'insufficient'), status: 'off-track', category: 'insufficient progress towards the target' },
      { from: -Infinity, status: 'off-track', category: 'movement away from the target' },
    ]);
    return { status: chosen.status, category: chosen.category, nativeScore: null, score: shareScore(ratio, 1), metric: 'growth ratio', thresholds };
  }
  const rate = directedCagr(metrics);
  if (rate === null) return unable('d·CAGR', thresholds, 'growth rate not computable');
  const significant = threshold(thresholds, 'cagrSignificant');
  // Eurostat's top band is strictly above 1 %, the others include their lower limit.
  const chosen = above(rate, significant)
    ? { status: 'on-track' as const, category: 'significant progress towards the objective' }
    : band(rate, [
      { from: threshold(thresholds, 'cagrModerate'), status: 'at-risk', category: 'moderate progress towards the objective' },
      { from: threshold(thresholds, 'cagrAway'), status: 'off-track', category: 'moderate movement away from the objective' },
      { from: -Infinity, status: 'off-track', category: 'significant movement away from the objective' },
    ]);
  return { status: chosen.status, category: chosen.category, nativeScore: null, score: shareScore(rate, significant), metric: 'd·CAGR', thresholds };
}
