import type { Indicator } from '../model/index.js';
import { achievementRatio } from './achievementRatio.js';
import { rankOf } from './aggregation.js';
import { cagr } from './cagr.js';
import { pathValueAt, tidyPath } from './expectedValueAt.js';
import { ratioOfRates, substituteZeros } from './growthRatio.js';
import type { ResolvedMethod } from './method.js';
import { addNote, show } from './notes.js';
import { finite, reaches } from './numbers.js';
import { limitScale } from './presets/index.js';
import type { ScoringMetrics } from './presets/index.js';
import { progressFromBaseline } from './progressFromBaseline.js';
import { finiteInOrder, projectPath, projectValue } from './projectValue.js';
import { requiredCagr } from './requiredCagr.js';
import type { ScoringContext } from './scoringContext.js';
import type { SeriesMode } from './series.js';
import type { Note, PointValue, SeriesPoint, Substitution, TargetUsed, Trend } from './types.js';
import type { YearValue } from './YearValue.js';

/** What the numeric measures are computed from. */
export interface NumericInputs {
  readonly indicator: Indicator;
  readonly method: ResolvedMethod;
  readonly tAsOf: number;
  readonly baseline: PointValue | null;
  readonly targets: readonly TargetUsed[];
  readonly endTarget: TargetUsed | null;
  readonly current: PointValue | null;
  readonly series: readonly SeriesPoint[];
  readonly mode: SeriesMode;
  /** The evaluation's shared context (the plan's end time). */
  readonly context: ScoringContext;
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

/**
 * The trend when none is computable: a fresh object for each result, which owns all its parts.
 *
 * @returns Every trend measure `null`.
 */
export function noTrend(): Trend {
  return { cagr: null, requiredCagr: null, growthRatio: null, projected: { cagr: null, wls: null }, projectedShare: null };
}

/**
 * Progress, the expected path, performance, achievement and trend of a numeric (or ordinal)
 * indicator, and the metrics its method preset classifies.
 */
export function numericMeasures(inputs: NumericInputs): NumericMeasures {
  const { indicator, baseline, endTarget, current } = inputs;
  const notes: Note[] = [];
  const traceNotes: Note[] = [];
  const direction = indicator.direction;
  const directional = direction === 'increase' || direction === 'decrease';
  const b = baseline === null ? null : rankOf(indicator, baseline.value);
  const target = endTarget === null ? null : rankOf(indicator, endTarget.value);
  const c = current === null ? null : rankOf(indicator, current.value);

  // The planned path through the baseline and the milestones (expectedValueAt's points, as two
  // lists read twice).
  const years: number[] = [];
  const values: number[] = [];
  if (baseline !== null && b !== null) {
    years.push(baseline.t);
    values.push(b);
  }
  for (const item of inputs.targets) {
    const value = rankOf(indicator, item.value);
    if (value !== null) {
      years.push(item.t);
      values.push(value);
    }
  }
  const count = tidyPath(years, values);
  // Progress needs a direction, a baseline and an end target; `null` otherwise.
  const towards = directional && b !== null && target !== null ? direction : null;
  const expectedAsOf = pathValueAt(years, values, count, inputs.tAsOf);
  const expectedAtCurrent = current === null ? null : pathValueAt(years, values, count, current.t);
  const progress = c === null ? null : progressOf(c, b, target, towards);
  const expectedProgress = progressOf(expectedAtCurrent, b, target, towards);
  const performance = progress !== null && expectedProgress !== null && expectedProgress > 0 ? finite(progress / expectedProgress) : null;

  const milestone = current === null ? null : milestoneOf(inputs.targets, current);
  let achievement: number | null = null;
  if (c !== null && (directional || direction === 'maintain')) {
    const milestoneValue = milestone === null ? null : rankOf(indicator, milestone.value);
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
      asOf: { value: expectedAsOf, progress: progressOf(expectedAsOf, b, target, towards) },
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

/** The share of the distance from baseline to end target a value covers, or `null` without a direction to measure in. */
function progressOf(value: number | null, b: number | null, target: number | null, direction: 'increase' | 'decrease' | null): number | null {
  if (direction === null || value === null || b === null || target === null) return null;
  return progressFromBaseline({ baseline: b, target, current: value, direction });
}

/** The target whose period ends when the current value's period ends (the same period preferred). */
function milestoneOf(targets: readonly TargetUsed[], current: PointValue): TargetUsed | null {
  let first: TargetUsed | null = null;
  for (const target of targets) {
    if (target.t !== current.t) continue;
    if (target.period === current.period) return target;
    first ??= target;
  }
  return first;
}

function trendOf(inputs: NumericInputs, b: number | null, target: number | null, c: number | null, traceNotes: Note[]): { trend: Trend; substitutions: Substitution[] } {
  const { baseline, current, endTarget, indicator } = inputs;
  if (baseline === null || b === null || current === null || c === null) return { trend: noTrend(), substitutions: [] };
  const direction = indicator.direction;
  const directional = direction === 'increase' || direction === 'decrease';
  const tEnd = endTarget?.t ?? inputs.context.tPlanEnd;
  const basePoint: YearValue = { year: baseline.t, value: b };
  const targetPoint: YearValue | null = endTarget === null || target === null ? null : { year: endTarget.t, value: target };
  const substituted = substituteZeros(basePoint, targetPoint);
  const observed = cagr({ from: substituted.baseline.value, to: c, years: current.t - baseline.t });
  const required = substituted.target === null ? null : requiredCagr({ baseline: substituted.baseline, target: substituted.target });
  // growthRatio would take both rates again: its result from the rates at hand.
  const ratio = directional && substituted.target !== null ? ratioOfRates({ observed, required, hasTarget: true, baseline: substituted.baseline.value, direction }) : null;

  // The points projected from: the baseline, the values after it up to the current one, and the
  // current one (projectValue's points, as two lists).
  const years: number[] = [baseline.t];
  const values: number[] = [b];
  let atCurrent = false;
  for (const point of inputs.series) {
    const value = typeof point.value === 'number' || indicator.measure === 'ordinal' ? rankOf(indicator, point.value) : null;
    if (value === null || point.t <= baseline.t || point.t > current.t) continue;
    if (inputs.mode === 'flow' && point.partial) continue;
    years.push(point.t);
    values.push(value);
    if (point.t === current.t) atCurrent = true;
  }
  if (!atCurrent) {
    years.push(current.t);
    values.push(c);
  }
  const projected = { cagr: projectionOf(years, values, tEnd, 'cagr'), wls: projectionOf(years, values, tEnd, 'wls') };
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

/**
 * `projectValue` on the points (for `cagr`, on the last two as given): directly when they are finite
 * and in time order, as the series makes them.
 */
function projectionOf(years: readonly number[], values: readonly number[], year: number, method: 'cagr' | 'wls'): number | null {
  // In order, the last two points given are the last two by time, which `cagr` extends.
  if (finiteInOrder(years, values)) return projectPath(years, values, year, method);
  const from = method === 'cagr' ? Math.max(0, years.length - 2) : 0;
  const points: YearValue[] = [];
  for (let at = from; at < years.length; at++) points.push({ year: years[at] as number, value: values[at] as number });
  return projectValue({ points, year, method });
}
