import type { Indicator, Strategy } from '../model/index.js';
import { achievementRatio } from './achievementRatio.js';
import { rankOf } from './aggregation.js';
import { cagr } from './cagr.js';
import { expectedValueAt } from './expectedValueAt.js';
import { growthRatio, substituteZeros } from './growthRatio.js';
import type { ResolvedMethod } from './method.js';
import { addNote, show } from './notes.js';
import { finite, reaches } from './numbers.js';
import { limitScale } from './presets/index.js';
import type { ScoringMetrics } from './presets/index.js';
import { progressFromBaseline } from './progressFromBaseline.js';
import { projectValue } from './projectValue.js';
import { requiredCagr } from './requiredCagr.js';
import type { SeriesMode } from './series.js';
import { timeAfter } from './timeAxis.js';
import type { Note, PointValue, SeriesPoint, Substitution, TargetUsed, Trend } from './types.js';
import type { YearValue } from './YearValue.js';

/** What the numeric measures are computed from. */
export interface NumericInputs {
  readonly indicator: Indicator;
  readonly strategy: Strategy;
  readonly method: ResolvedMethod;
  readonly tAsOf: number;
  readonly baseline: PointValue | null;
  readonly targets: readonly TargetUsed[];
  readonly endTarget: TargetUsed | null;
  readonly current: PointValue | null;
  readonly series: readonly SeriesPoint[];
  readonly mode: SeriesMode;
}

/** The numeric measures of an indicator (on level ranks for ordinal ones). */
export interface NumericMeasures {
  readonly baseline: number | null;
  readonly target: number | null;
  readonly current: number | null;
  readonly progress: number | null;
  readonly expected: {
    readonly asOf: { readonly value: number | null; readonly progress: number | null };
    readonly atCurrent: { readonly value: number | null; readonly progress: number | null };
  };
  readonly performance: number | null;
  readonly achievement: number | null;
  readonly milestone: TargetUsed | null;
  readonly trend: Trend;
  readonly metrics: ScoringMetrics | null;
  readonly substitutions: readonly Substitution[];
  readonly notes: readonly Note[];
  readonly traceNotes: readonly Note[];
}

const NO_TREND: Trend = { cagr: null, requiredCagr: null, growthRatio: null, projected: { cagr: null, wls: null }, projectedShare: null };

/**
 * Progress, the expected path, performance, achievement and trend of a numeric (or ordinal)
 * indicator, and the metrics its method preset classifies.
 */
export function numericMeasures(inputs: NumericInputs): NumericMeasures {
  const { indicator, baseline, endTarget, current } = inputs;
  const notes: Note[] = [];
  const traceNotes: Note[] = [];
  const toNumber = (value: PointValue['value']) => rankOf(indicator, value);
  const direction = indicator.direction;
  const directional = direction === 'increase' || direction === 'decrease';
  const b = baseline === null ? null : toNumber(baseline.value);
  const target = endTarget === null ? null : toNumber(endTarget.value);
  const c = current === null ? null : toNumber(current.value);

  const path: YearValue[] = [];
  if (baseline !== null && b !== null) path.push({ year: baseline.t, value: b });
  for (const item of inputs.targets) {
    const value = toNumber(item.value);
    if (value !== null) path.push({ year: item.t, value });
  }
  const progressOf = (value: number | null) => (!directional || value === null || b === null || target === null ? null : progressFromBaseline({ baseline: b, target, current: value, direction }));
  const expectedAsOf = expectedValueAt({ points: path, t: inputs.tAsOf });
  const expectedAtCurrent = current === null ? null : expectedValueAt({ points: path, t: current.t });
  const progress = c === null ? null : progressOf(c);
  const expectedProgress = progressOf(expectedAtCurrent);
  const performance = progress !== null && expectedProgress !== null && expectedProgress > 0 ? finite(progress / expectedProgress) : null;

  const milestone = current === null ? null : milestoneOf(inputs.targets, current);
  let achievement: number | null = null;
  if (c !== null && (directional || direction === 'maintain')) {
    const milestoneValue = milestone === null ? null : toNumber(milestone.value);
    const against = milestoneValue ?? expectedAtCurrent;
    if (against !== null) achievement = achievementRatio({ target: against, actual: c, direction });
    if (milestone === null && expectedAtCurrent !== null && achievement !== null) {
      addNote(notes, 'MILESTONE_INTERPOLATED', `No target is set for ${current?.period ?? ''}; achievement compares the current value with the expected value ${show(expectedAtCurrent)} interpolated between the baseline and the milestones.`);
    }
  }

  const { trend, substitutions } = trendOf(inputs, b, target, c, traceNotes);
  let metrics: ScoringMetrics | null = null;
  if (directional && c !== null && b !== null) {
    const limit = direction === 'increase' ? indicator.limits?.max : indicator.limits?.min;
    const nearBound = indicator.measure === 'percent' && target !== null && (target === 0 || target === 100) && Math.abs(c - target) <= 1;
    metrics = {
      direction,
      hasTarget: target !== null,
      targetMet: target !== null && reaches(c, target, direction),
      progress,
      expectedProgress,
      performance,
      achievement,
      cagr: trend.cagr,
      sign: b < 0 ? -1 : 1,
      growthRatio: trend.growthRatio,
      projectedShare: trend.projectedShare,
      limitScale: limit === undefined ? null : limitScale(b, limit),
      nearBound,
    };
  }
  return {
    baseline: b,
    target,
    current: c,
    progress,
    expected: {
      asOf: { value: expectedAsOf, progress: progressOf(expectedAsOf) },
      atCurrent: { value: expectedAtCurrent, progress: expectedProgress },
    },
    performance,
    achievement,
    milestone,
    trend,
    metrics,
    substitutions,
    notes,
    traceNotes,
  };
}

/** The target whose period ends when the current value's period ends (the same period preferred). */
function milestoneOf(targets: readonly TargetUsed[], current: PointValue): TargetUsed | null {
  const sameEnd = targets.filter((target) => target.t === current.t);
  return sameEnd.find((target) => target.period === current.period) ?? sameEnd[0] ?? null;
}

function trendOf(inputs: NumericInputs, b: number | null, target: number | null, c: number | null, traceNotes: Note[]): { trend: Trend; substitutions: Substitution[] } {
  const { baseline, current, endTarget, indicator } = inputs;
  if (baseline === null || b === null || current === null || c === null) return { trend: NO_TREND, substitutions: [] };
  const direction = indicator.direction;
  const directional = direction === 'increase' || direction === 'decrease';
  const tEnd = endTarget?.t ?? timeAfter(`${inputs.strategy.period.end}-12-31`);
  const basePoint: YearValue = { year: baseline.t, value: b };
  const targetPoint: YearValue | null = endTarget === null || target === null ? null : { year: endTarget.t, value: target };
  const substituted = substituteZeros(basePoint, targetPoint);
  const observed = cagr({ from: substituted.baseline.value, to: c, years: current.t - baseline.t });
  const required = substituted.target === null ? null : requiredCagr({ baseline: substituted.baseline, target: substituted.target });
  const ratio = directional && targetPoint !== null ? growthRatio({ baseline: basePoint, current: { year: current.t, value: c }, target: targetPoint, direction }) : null;

  const points: YearValue[] = [basePoint];
  for (const point of inputs.series) {
    const value = typeof point.value === 'number' || inputs.indicator.measure === 'ordinal' ? rankOf(indicator, point.value) : null;
    if (value === null || point.t <= baseline.t || point.t > current.t) continue;
    if (inputs.mode === 'flow' && point.partial) continue;
    points.push({ year: point.t, value });
  }
  if (!points.some((point) => point.year === current.t)) points.push({ year: current.t, value: c });
  const projected = {
    cagr: projectValue({ points: points.slice(-2), year: tEnd, method: 'cagr' }),
    wls: projectValue({ points, year: tEnd, method: 'wls' }),
  };
  let projectedShare: number | null = null;
  if (directional && target !== null) {
    const projection = inputs.method.preset.projection;
    const value = projection === 'wls'
      ? projected.wls
      : projection === 'cagr' ? projected.cagr : observed === null ? null : finite(c * (1 + observed) ** (tEnd - current.t));
    if (projection === 'cagr-baseline' && value !== null) {
      addNote(traceNotes, 'PROJECTION', `Projected share uses ${show(value)}: the current value extended to the end target's time by the baseline-to-current growth rate (UNSD 2023).`);
    }
    projectedShare = value === null ? null : progressFromBaseline({ baseline: b, target, current: value });
  }
  const usesGrowth = observed !== null || required !== null;
  return {
    trend: { cagr: observed, requiredCagr: required, growthRatio: ratio, projected, projectedShare },
    substitutions: usesGrowth ? substituted.substitutions : [],
  };
}
