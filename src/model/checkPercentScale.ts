// Internal: the scale checks of parseObservations' cross-observation step and of safeParseStrategy.
// A percentage is written 45 for 45 %; a series (or a plan's baseline and targets) written as
// fractions (0.45) passes the 0–100 range check of every single value, so only the figures as a
// whole can show it. It is a warning, never a rejection: 0.2 % is a real percentage too.
import type { PathSegment, Problem } from '../problems/index.js';
import type { Indicator } from './indicator.js';
import type { Observation } from './observation.js';

/** Fewer values than this say too little about a series' scale. */
const MIN_VALUES = 3;
/** A plan has few figures per indicator (a baseline and an end target, often): two are enough. */
const MIN_PLAN_FIGURES = 2;

/** Whether an indicator is a percentage on the 0–100 scale (not one declared to end at 1 or below). */
function onPercentScale(indicator: Indicator): boolean {
  return indicator.measure === 'percent' && !(indicator.limits?.max !== undefined && indicator.limits.max <= 1);
}

/**
 * One `PERCENT_SCALE_SUSPECT` warning per percentage indicator on the 0–100 scale whose accepted
 * numeric values number at least three, all lie within 0–1 and are not all 0. The path is the
 * index of the indicator's first such value. `accepted[i]` counts only when `rejected` has no
 * entry for `i`. Linear in the number of items; nothing is rejected or changed.
 */
export function checkPercentScale(indicators: readonly Indicator[], accepted: readonly (Observation | undefined)[], rejected: ReadonlyMap<number, unknown>): Problem[] {
  const series = new Map<string, { first: number; count: number; positive: boolean; fractions: boolean }>();
  for (const indicator of indicators) {
    if (onPercentScale(indicator)) {
      series.set(indicator.id, { first: -1, count: 0, positive: false, fractions: true });
    }
  }
  if (series.size === 0) return [];
  for (let index = 0; index < accepted.length; index++) {
    const observation = accepted[index];
    if (observation === undefined || typeof observation.value !== 'number' || rejected.has(index)) continue;
    const entry = series.get(observation.indicator);
    if (entry === undefined || !entry.fractions) continue;
    if (observation.value < 0 || observation.value > 1) {
      entry.fractions = false;
      continue;
    }
    if (entry.first === -1) entry.first = index;
    entry.count += 1;
    if (observation.value > 0) entry.positive = true;
  }
  const warnings: Problem[] = [];
  for (const [id, entry] of series) {
    if (!entry.fractions || !entry.positive || entry.count < MIN_VALUES) continue;
    warnings.push({
      path: [entry.first, 'value'],
      code: 'PERCENT_SCALE_SUSPECT',
      severity: 'warning',
      message: `All ${entry.count} values of percentage indicator "${id}" lie between 0 and 1, so they look like fractions (0.45) written where percentages (45) are meant. If so, multiply them by 100; if the indicator is a share from 0 to 1, declare it with measure "ratio" instead of "percent".`,
    });
  }
  return warnings;
}

/**
 * A `PERCENT_SCALE_SUSPECT` warning for a percentage indicator on the 0–100 scale whose baseline
 * and current targets — two figures or more — all lie within 0–1 and are not all 0; `null`
 * otherwise. The path is the first such figure (the baseline's value when it has one).
 */
export function checkPlanPercentScale(indicator: Indicator, index: number): Problem | null {
  if (!onPercentScale(indicator)) return null;
  const figures: { value: number; path: PathSegment[] }[] = [];
  const baseline = indicator.baseline?.value;
  if (typeof baseline === 'number') figures.push({ value: baseline, path: ['indicators', index, 'baseline', 'value'] });
  for (const [period, target] of Object.entries(indicator.targets)) {
    const value = typeof target === 'object' ? target.value : target;
    if (typeof value === 'number') figures.push({ value, path: typeof target === 'object' ? ['indicators', index, 'targets', period, 'value'] : ['indicators', index, 'targets', period] });
  }
  if (figures.length < MIN_PLAN_FIGURES || figures.some(({ value }) => value < 0 || value > 1) || figures.every(({ value }) => value === 0)) return null;
  const listed = figures.map(({ value }) => String(value)).join(', ');
  return {
    path: (figures[0] as { path: PathSegment[] }).path,
    code: 'PERCENT_SCALE_SUSPECT',
    severity: 'warning',
    message: `The baseline and targets of percentage indicator "${indicator.id}" (${listed}) all lie between 0 and 1, so they look like fractions (0.45) written where percentages (45) are meant. If so, multiply them by 100; if the indicator is a share from 0 to 1, declare it with measure "ratio" instead of "percent"; if it is a percentage that stays below 1 %, declare limits: { "max": 1 }.`,
  };
}
