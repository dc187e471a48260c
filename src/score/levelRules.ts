import type { Indicator, Strategy } from '../model/index.js';
import { atLeast, nearlyEqual } from './numbers.js';
import { show } from './notes.js';
import type { Classification } from './presets/index.js';
import type { PointValue, TargetUsed } from './types.js';

/**
 * The verdict of the rules that do not measure a distance travelled: `maintain` (stay within
 * `tolerance` of the target), `range` (stay within the band) and `boolean` milestones.
 */
export interface LevelVerdict {
  readonly classification: Classification;
  /** For booleans, the milestone due at `asOf`. */
  readonly milestone?: TargetUsed | null;
}

/** Whether the current value is for the plan's last year (or later). */
function lastYearReported(current: PointValue & { readonly end: string }, strategy: Strategy): boolean {
  return current.end >= `${strategy.period.end}-12-31`;
}

/**
 * `maintain`: within `tolerance` of the end target (or of the baseline without one) is on track,
 * and achieved once the plan's last year is reported; outside is off track.
 */
export function maintainVerdict(indicator: Indicator, strategy: Strategy, current: PointValue & { readonly end: string }, value: number, level: number): LevelVerdict {
  const tolerance = indicator.tolerance ?? 0;
  const distance = Math.abs(value - level);
  const within = atLeast(tolerance, distance) || nearlyEqual(value, level);
  const thresholds = { target: level, tolerance };
  const status = within ? (lastYearReported(current, strategy) ? 'achieved' : 'on-track') : 'off-track';
  return {
    classification: {
      status,
      category: within ? `within tolerance (${show(distance)} from ${show(level)}, tolerance ${show(tolerance)})` : `outside tolerance (${show(distance)} from ${show(level)}, tolerance ${show(tolerance)})`,
      nativeScore: null,
      score: within ? 100 : 0,
      metric: 'distance from target',
      thresholds,
    },
  };
}

/** `range`: within [min, max] is on track (achieved once the plan's last year is reported), outside off track. */
export function rangeVerdict(indicator: Indicator, strategy: Strategy, current: PointValue & { readonly end: string }, value: number): LevelVerdict | null {
  if (indicator.range === undefined) return null;
  const { min, max } = indicator.range;
  const within = atLeast(value, min) && atLeast(max, value);
  const status = within ? (lastYearReported(current, strategy) ? 'achieved' : 'on-track') : 'off-track';
  return {
    classification: {
      status,
      category: within ? `within the range ${show(min)}–${show(max)}` : `outside the range ${show(min)}–${show(max)}`,
      nativeScore: null,
      score: within ? 100 : 0,
      metric: 'range',
      thresholds: { min, max },
    },
  };
}

/**
 * Boolean milestones: the current value equal to the end target is achieved; otherwise it is
 * compared with the milestone due at `asOf` (the latest target whose period has ended): equal is on
 * track, different (e.g. `false` when `true` was due) off track; with nothing due yet, on track.
 */
export function booleanVerdict(targets: readonly TargetUsed[], endTarget: TargetUsed | null, current: PointValue, asOfTime: number): LevelVerdict {
  let due: TargetUsed | null = null;
  for (let at = targets.length - 1; at >= 0 && due === null; at--) {
    const target = targets[at] as TargetUsed;
    if (target.t <= asOfTime) due = target;
  }
  const base = { nativeScore: null, metric: 'milestone', thresholds: {} };
  if (endTarget !== null && current.value === endTarget.value) {
    return { milestone: due, classification: { ...base, status: 'achieved', category: 'end milestone met', score: 100 } };
  }
  if (due === null) return { milestone: due, classification: { ...base, status: 'on-track', category: 'no milestone due yet', score: 100 } };
  const met = current.value === due.value;
  return {
    milestone: due,
    classification: { ...base, status: met ? 'on-track' : 'off-track', category: met ? `milestone ${due.period} met` : `milestone ${due.period} not met`, score: met ? 100 : 0 },
  };
}
