import type { Problem } from '../problems/index.js';
import type { Observation } from './observation.js';

/**
 * A stable key of a disaggregation: its entries sorted by dimension, so that key order in the
 * input does not matter.
 *
 * @param disaggregation - The disaggregation codes by dimension.
 * @returns A string such as `ageBand=lt15|sex=female`, empty for the total.
 *
 * @example
 * ```ts
 * disaggregationKey({ sex: 'female', ageBand: 'lt15' }); // 'ageBand=lt15|sex=female'
 * ```
 *
 * @category Validation
 */
export function disaggregationKey(disaggregation: Readonly<Record<string, string>>): string {
  const keys = Object.keys(disaggregation);
  if (keys.length === 0) return '';
  return keys.sort().map((key) => `${key}=${disaggregation[key] ?? ''}`).join('|');
}

/**
 * The checks across items: duplicates and conflicting values (same indicator, period,
 * disaggregation, reporter and date), revisions (a later date), and one indicator × period mixing
 * sets of dimensions. `indices` are the accepted items to compare, in increasing order (all of them,
 * or the candidates found by `crossCheckFilter.ts`).
 */
export function crossCheck(accepted: readonly (Observation | undefined)[], indices: Iterable<number>, problemsOf: Map<number, Problem[]>, warnings: Problem[]): void {
  const reject = (index: number, problem: Problem) => {
    const list = problemsOf.get(index) ?? [];
    list.push(problem);
    problemsOf.set(index, list);
  };

  // Duplicates and revisions: same indicator, period, disaggregation and reporter.
  const groups = new Map<string, number[]>();
  const dimensionSets = new Map<string, Map<string, number[]>>();
  for (const index of indices) {
    const observation = accepted[index];
    if (!observation) continue;
    const cell = `${observation.indicator}\u0000${observation.period}`;
    const key = `${cell}\u0000${disaggregationKey(observation.disaggregation)}\u0000${observation.reportedBy ?? ''}`;
    const group = groups.get(key);
    if (group) group.push(index);
    else groups.set(key, [index]);
    const dimensions = Object.keys(observation.disaggregation).sort().join(',');
    if (dimensions !== '') {
      const sets = dimensionSets.get(cell) ?? new Map<string, number[]>();
      const members = sets.get(dimensions);
      if (members) members.push(index);
      else sets.set(dimensions, [index]);
      dimensionSets.set(cell, sets);
    }
  }

  for (const indices of groups.values()) {
    if (indices.length < 2) continue;
    const byDate = new Map<string, number[]>();
    for (const index of indices) {
      const date = accepted[index]?.reportedOn ?? '';
      const same = byDate.get(date);
      if (same) same.push(index);
      else byDate.set(date, [index]);
    }
    for (const [date, same] of byDate) {
      if (same.length < 2) continue;
      const values = new Set(same.map((index) => JSON.stringify(accepted[index]?.value)));
      const when = date === '' ? 'without a reportedOn date' : `on ${date}`;
      if (values.size === 1) {
        for (const index of same.slice(1)) {
          reject(index, { path: [], code: 'DUPLICATE_OBSERVATION', severity: 'error', message: `The same value was already reported (item ${same[0] ?? 0}) for this indicator, period, disaggregation and reporter ${when}; remove the copy.` });
        }
      } else {
        for (const index of same) {
          reject(index, { path: ['value'], code: 'CONFLICTING_OBSERVATIONS', severity: 'error', message: `Items ${same.join(', ')} report different values for the same indicator, period, disaggregation and reporter ${when}; keep one, or give the correction a later reportedOn date.` });
        }
      }
    }
    const dates = [...byDate.keys()].sort();
    const latest = dates[dates.length - 1];
    if (dates.length > 1) {
      for (const index of indices) {
        const date = accepted[index]?.reportedOn ?? '';
        if (date !== latest && !problemsOf.has(index)) {
          warnings.push({ path: [index], code: 'OBSERVATION_REVISED', severity: 'warning', message: `This value was revised by a later report (${latest ?? ''}); the latest approved value is used.` });
        }
      }
    }
  }

  for (const [cell, sets] of dimensionSets) {
    if (sets.size < 2) continue;
    const described = [...sets.keys()].sort().map((set) => `{${set}}`).join(', ');
    const [indicator, period] = cell.split('\u0000');
    for (const members of sets.values()) {
      for (const index of members) {
        reject(index, { path: ['disaggregation'], code: 'MIXED_DISAGGREGATIONS', severity: 'error', message: `Indicator ${indicator ?? ''} for ${period ?? ''} is reported with different sets of dimensions (${described}), which cannot be added up; report every row with the same dimensions.` });
      }
    }
  }
}
