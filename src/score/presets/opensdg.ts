import { atLeast } from '../numbers.js';
import type { Classification, Preset, ScoringMetrics } from './Preset.js';
import { band, checkOrder, directedCagr, shareScore, threshold, unable } from './shared.js';

/** The exponent of Open SDG's natural-limit scaling. */
export const LIMIT_EXPONENT = 4.44;

/**
 * Statistics Canada / Open SDG progress measure, as coded in `open-sdg/sdg-build`
 * (`sdg/ProgressMeasure.py`). Target met → target achieved (+5). With a target (method 2):
 * P = growth ratio; without (method 1): P = sign · d · CAGR with thresholds scaled by the
 * natural-limit factor C. P ≥ high → substantial progress, ≥ med → moderate, ≥ low → limited,
 * else deterioration. Native score −5…+5 by the published piecewise-linear transform.
 */
export const opensdgPreset: Preset = {
  id: 'opensdg',
  label: 'Statistics Canada / Open SDG progress measure',
  source: 'open-sdg/sdg-build sdg/ProgressMeasure.py; https://open-sdg.readthedocs.io/en/latest/progress-methodology/',
  thresholds: { high: 0.95, med: 0.6, low: 0, cagrHigh: 0.015, cagrMed: 0.005, cagrLow: 0 },
  projection: 'cagr',
  checkThresholds: (thresholds) => [...checkOrder(thresholds, ['high', 'med', 'low']), ...checkOrder(thresholds, ['cagrHigh', 'cagrMed', 'cagrLow'])],
  classify: classifyOpenSdg,
};

/**
 * Open SDG's natural-limit scaling factor C for a baseline value and a limit in the desired
 * direction: 1 when |base| ≥ 2|L|, 1 − (|base|/|L|)^4.44 when |base| ≤ |L|, else
 * 1 − ((2|L| − |base|)/|L|)^4.44.
 */
export function limitScale(base: number, limit: number): number {
  const b = Math.abs(base);
  const l = Math.abs(limit);
  // Checked first so that a base and limit of 0 give 1, as in sdg-build.
  if (b >= 2 * l) return 1;
  if (b <= l) return 1 - (b / l) ** LIMIT_EXPONENT;
  return 1 - ((2 * l - b) / l) ** LIMIT_EXPONENT;
}

const LABELS = {
  substantial: 'substantial progress',
  moderate: 'moderate progress (acceleration needed)',
  limited: 'limited progress',
  deterioration: 'deterioration',
} as const;

function classifyOpenSdg(metrics: ScoringMetrics, thresholds: Readonly<Record<string, number>>): Classification {
  if (metrics.hasTarget) {
    if (metrics.targetMet === true) return { status: 'achieved', category: 'target achieved', nativeScore: 5, score: 100, metric: 'P (growth ratio)', thresholds };
    const p = metrics.growthRatio ?? null;
    if (p === null) return unable('P (growth ratio)', thresholds, 'growth ratio not computable');
    const high = threshold(thresholds, 'high');
    const med = threshold(thresholds, 'med');
    const low = threshold(thresholds, 'low');
    const chosen = band(p, [
      { from: high, status: 'on-track', category: LABELS.substantial },
      { from: med, status: 'at-risk', category: LABELS.moderate },
      { from: low, status: 'off-track', category: LABELS.limited },
      { from: -Infinity, status: 'off-track', category: LABELS.deterioration },
    ]);
    // The coefficients are sdg-build's, written to four decimals there; copied as they are.
    const native = atLeast(p, med) ? Math.min(7.1429 * p - 4.2857, 5) : Math.max(4.1667 * p - 2.5, -5);
    return { status: chosen.status, category: chosen.category, nativeScore: native, score: shareScore(p, 1), metric: 'P (growth ratio)', thresholds };
  }
  const p = directedCagr(metrics);
  if (p === null) return unable('P (sign·d·CAGR)', thresholds, 'growth rate not computable');
  const c = metrics.limitScale ?? 1;
  const high = threshold(thresholds, 'cagrHigh') * c;
  const med = threshold(thresholds, 'cagrMed') * c;
  const low = threshold(thresholds, 'cagrLow') * c;
  const applied = metrics.limitScale === undefined || metrics.limitScale === null
    ? thresholds
    : { ...thresholds, cagrHigh: high, cagrMed: med, cagrLow: low, limitScale: c };
  const chosen = band(p, [
    { from: high, status: 'on-track', category: LABELS.substantial },
    { from: med, status: 'at-risk', category: LABELS.moderate },
    { from: low, status: 'off-track', category: LABELS.limited },
    { from: -Infinity, status: 'off-track', category: LABELS.deterioration },
  ]);
  return { status: chosen.status, category: chosen.category, nativeScore: methodOneScore(p, c, high, med, low), score: shareScore(p, high), metric: 'P (sign·d·CAGR)', thresholds: applied };
}

function methodOneScore(p: number, c: number, high: number, med: number, low: number): number {
  if (!atLeast(p, low)) return Math.max(125 * p - 2.5, -5);
  // At the limit (C = 0) any non-negative change keeps the limit: on track.
  if (c === 0) return 5;
  if (atLeast(p, high)) return Math.min((500 * p) / c - 5, 5);
  if (atLeast(p, med)) return (250 * p) / c - 1.25;
  return (500 * p) / c - 2.5;
}
