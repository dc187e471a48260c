import { above, nearlyEqual } from '../numbers.js';
import type { Classification, Preset, ScoringMetrics } from './Preset.js';
import { shareScore, threshold, unable } from './shared.js';

/**
 * TolaActivity (Mercy Corps) ±15 % banding of actual ÷ target: 0.85–1.15 on scope (0), below under
 * (−1), above over (+1); for `decrease` indicators the signs are inverted (an actual 20 % above its
 * target is −1). On scope and favourable deviations are on track, unfavourable ones off track.
 */
export const tolaactivityPreset: Preset = {
  id: 'tolaactivity',
  label: 'TolaActivity ±15 % on-scope banding',
  source: 'toladata/TolaActivity indicators/models.py (ONSCOPE_MARGIN = 0.15) and indicators/queries',
  thresholds: { margin: 0.15 },
  projection: 'cagr',
  checkThresholds: (thresholds) => {
    const margin = thresholds['margin'];
    return margin !== undefined && (margin < 0 || margin >= 1) ? [`Threshold margin (${margin}) must be at least 0 and below 1, e.g. 0.15 for ±15 %.`] : [];
  },
  classify: classifyTola,
};

function classifyTola(metrics: ScoringMetrics, thresholds: Readonly<Record<string, number>>): Classification {
  const achievement = metrics.achievement ?? null;
  const metric = 'actual ÷ target';
  // TolaActivity compares the raw actual ÷ target and inverts the verdict for decrease indicators.
  const raw = achievement === null ? null : metrics.direction === 'decrease' ? (achievement === 0 ? null : 1 / achievement) : achievement;
  if (raw === null || achievement === null) {
    if (metrics.targetMet === true) return { status: 'achieved', category: 'on scope', nativeScore: 0, score: 100, metric, thresholds };
    return unable(metric, thresholds, 'no target to compare with (or a target of 0)');
  }
  const margin = threshold(thresholds, 'margin');
  let native: number;
  let category: string;
  if (above(raw, 1 + margin)) {
    native = 1;
    category = 'over target';
  } else if (raw < 1 - margin && !nearlyEqual(raw, 1 - margin)) {
    native = -1;
    category = 'under target';
  } else {
    native = 0;
    category = 'on scope';
  }
  if (metrics.direction === 'decrease') native = -native;
  const status = metrics.targetMet === true ? 'achieved' : native < 0 ? 'off-track' : 'on-track';
  return { status, category, nativeScore: native === 0 ? 0 : native, score: status === 'achieved' ? 100 : shareScore(achievement, 1), metric, thresholds };
}
