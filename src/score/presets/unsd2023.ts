import type { Classification, Preset, ScoringMetrics } from './Preset.js';
import { band, checkOrder, directedCagr, shareScore, threshold, unable } from './shared.js';

/**
 * UN Statistics Division, SDG Report 2023 progress chart. With a target: r, the share of the
 * required progress reached by the value projected to the target year with the observed CAGR
 * (`v_t · (1 + CAGR)^(T − t)`): r ≥ 0.95 → 3 target met or on track, 0.10–0.95 → 2 fair progress,
 * < 0.10 → 1 stagnation or regression. Without a target: d·CAGR ≥ 2 % → 3, 0.5–2 % → 2, else 1.
 * Exceptions applied: a latest value meeting the target, or within 1 percentage point of a 0 % or
 * 100 % target, is achieved.
 */
export const unsd2023Preset: Preset = {
  id: 'unsd2023',
  label: 'UN Statistics Division SDG Report 2023 progress chart',
  source: 'UNSD, Progress Chart Technical Note 2023 (https://unstats.un.org/sdgs/files/report/2023/Progress_Chart_Technical_Note_2023.pdf), as implemented by EUSTAT-DES/site _pages/en/metodologia.md',
  thresholds: { onTrack: 0.95, fair: 0.1, cagrOnTrack: 0.02, cagrFair: 0.005 },
  projection: 'cagr-baseline',
  checkThresholds: (thresholds) => [...checkOrder(thresholds, ['onTrack', 'fair']), ...checkOrder(thresholds, ['cagrOnTrack', 'cagrFair'])],
  classify: classifyUnsd,
};

const MET = 'target met or on track';
const FAIR = 'fair progress, but acceleration needed';
const STAGNATION = 'stagnation or regression';

function classifyUnsd(metrics: ScoringMetrics, thresholds: Readonly<Record<string, number>>): Classification {
  if (metrics.hasTarget) {
    if (metrics.targetMet === true || metrics.nearBound === true) return { status: 'achieved', category: MET, nativeScore: 3, score: 100, metric: 'r (projected share)', thresholds };
    const r = metrics.projectedShare ?? null;
    if (r === null) return unable('r (projected share)', thresholds, 'projection not computable');
    const chosen = band(r, [
      { from: threshold(thresholds, 'onTrack'), status: 'on-track', category: MET, nativeScore: 3 },
      { from: threshold(thresholds, 'fair'), status: 'at-risk', category: FAIR, nativeScore: 2 },
      { from: -Infinity, status: 'off-track', category: STAGNATION, nativeScore: 1 },
    ]);
    return { status: chosen.status, category: chosen.category, nativeScore: chosen.nativeScore ?? null, score: shareScore(r, 1), metric: 'r (projected share)', thresholds };
  }
  const rate = directedCagr(metrics);
  if (rate === null) return unable('d·CAGR', thresholds, 'growth rate not computable');
  const onTrack = threshold(thresholds, 'cagrOnTrack');
  const chosen = band(rate, [
    { from: onTrack, status: 'on-track', category: MET, nativeScore: 3 },
    { from: threshold(thresholds, 'cagrFair'), status: 'at-risk', category: FAIR, nativeScore: 2 },
    { from: -Infinity, status: 'off-track', category: STAGNATION, nativeScore: 1 },
  ]);
  return { status: chosen.status, category: chosen.category, nativeScore: chosen.nativeScore ?? null, score: shareScore(rate, onTrack), metric: 'd·CAGR', thresholds };
}
