// Internal: the scale check of parseObservations' cross-observation step. A percentage is written
// 45 for 45 %; a series written as fractions (0.45) passes the 0–100 range check of every single
// value, so only the series as a whole can show it. It is a warning, never a rejection: 0.2 % is a
// real percentage too.
import type { Problem } from '../problems/index.js';
import type { Indicator } from './indicator.js';
import type { Observation } from './observation.js';

/** Fewer values than this say too little about a series' scale. */
const MIN_VALUES = 3;

/**
 * One `PERCENT_SCALE_SUSPECT` warning per percentage indicator on the 0–100 scale whose accepted
 * numeric values number at least three, all lie within 0–1 and are not all 0. The path is the
 * index of the indicator's first such value. `accepted[i]` counts only when `rejected` has no
 * entry for `i`. Linear in the number of items; nothing is rejected or changed.
 */
export function checkPercentScale(indicators: readonly Indicator[], accepted: readonly (Observation | undefined)[], rejected: ReadonlyMap<number, unknown>): Problem[] {
  const series = new Map<string, { first: number; count: number; positive: boolean; fractions: boolean }>();
  for (const indicator of indicators) {
    // A percent indicator whose declared limits end at 1 or below is not on the 0–100 scale.
    if (indicator.measure === 'percent' && !(indicator.limits?.max !== undefined && indicator.limits.max <= 1)) {
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
