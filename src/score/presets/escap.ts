import type { Classification, Preset, ScoringMetrics } from './Preset.js';
import { band, checkOrder, shareScore, threshold, unable } from './shared.js';

/**
 * UN ESCAP progress assessment (follows ESCAP's published description; formulas reconstructed).
 * The anticipated progress index API = D · (Î_T − I_0) / |TV − I_0|, with Î_T the value projected to
 * the target year by time-weighted least squares: API ≥ 1 → maintain progress (on track), 0–1 →
 * accelerate progress (at risk), < 0 → reverse trend (off track). Indicators without a target are
 * not assessed by ESCAP.
 */
export const escapPreset: Preset = {
  id: 'escap',
  label: 'UN ESCAP anticipated progress index',
  source: 'UN ESCAP, Asia and the Pacific SDG Progress Report, progress assessment methodology (https://data.unescap.org/resource-guides/progress-assessment-methodology); formulas reconstructed',
  thresholds: { maintain: 1, accelerate: 0 },
  projection: 'wls',
  checkThresholds: (thresholds) => checkOrder(thresholds, ['maintain', 'accelerate']),
  classify: classifyEscap,
};

function classifyEscap(metrics: ScoringMetrics, thresholds: Readonly<Record<string, number>>): Classification {
  if (!metrics.hasTarget) return unable('API', thresholds, 'ESCAP assesses only indicators with a target');
  const api = metrics.projectedShare ?? null;
  if (metrics.targetMet === true) return { status: 'achieved', category: 'target achieved', nativeScore: api, score: 100, metric: 'API', thresholds };
  if (api === null) return unable('API', thresholds, 'projection not computable');
  const chosen = band(api, [
    { from: threshold(thresholds, 'maintain'), status: 'on-track', category: 'maintain progress to achieve the target' },
    { from: threshold(thresholds, 'accelerate'), status: 'at-risk', category: 'accelerate progress to achieve the target' },
    { from: -Infinity, status: 'off-track', category: 'reverse trend to achieve the target' },
  ]);
  return { status: chosen.status, category: chosen.category, nativeScore: api, score: shareScore(api, 1), metric: 'API', thresholds };
}
