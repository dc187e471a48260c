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

/** Integer codes of the accepted items (see `ObservationFastPath`), by input index. */
export interface CodedItems {
  readonly indicatorCount: number;
  readonly periodCount: number;
  /** Indicator index, or −1 for an item that was not accepted. */
  readonly indicator: Int32Array;
  readonly period: Int32Array;
  readonly disaggregation: Float64Array;
  readonly reporter: Int32Array;
  readonly dimensions: Int32Array;
}

/**
 * The accepted items the cross-item checks can concern: those sharing indicator, period,
 * disaggregation and reporter with another item (duplicates, conflicts, revisions), and those of an
 * indicator × period that mixes sets of dimensions. Found in linear time on the integer codes; only
 * these items then go through {@link crossCheck}, whose verdict on an item depends only on the items
 * of its own group and cell, so the result is the same as checking every item.
 */
export function crossCheckCandidates(items: CodedItems): number[] {
  const { indicator, period, disaggregation, reporter, dimensions } = items;
  const n = indicator.length;
  const k = items.indicatorCount;
  // Items by indicator (counting sort, input order kept), so that the tables below stay small.
  const start = new Int32Array(k + 1);
  for (let i = 0; i < n; i++) {
    const ind = indicator[i] as number;
    if (ind >= 0) start[ind + 1] = (start[ind + 1] as number) + 1;
  }
  let most = 0;
  for (let ind = 0; ind < k; ind++) {
    const size = start[ind + 1] as number;
    if (size > most) most = size;
    start[ind + 1] = (start[ind] as number) + size;
  }
  const order = new Int32Array(start[k] as number);
  const fill = start.slice(0, k);
  for (let i = 0; i < n; i++) {
    const ind = indicator[i] as number;
    if (ind >= 0) {
      const at = fill[ind] as number;
      order[at] = i;
      fill[ind] = at + 1;
    }
  }

  let capacity = 16;
  while (capacity < 2 * most) capacity *= 2;
  const mask = capacity - 1;
  const stamp = new Int32Array(capacity).fill(-1);
  const keyPeriod = new Int32Array(capacity);
  const keyCells = new Float64Array(capacity);
  const keyReporter = new Int32Array(capacity);
  const first = new Int32Array(capacity);
  const periodStamp = new Int32Array(items.periodCount).fill(-1);
  const periodSet = new Int32Array(items.periodCount);
  const flagged = new Uint8Array(n);
  let any = false;

  for (let ind = 0; ind < k; ind++) {
    const from = start[ind] as number;
    const to = start[ind + 1] as number;
    let mixed = false;
    for (let j = from; j < to; j++) {
      const i = order[j] as number;
      const p = period[i] as number;
      const cells = disaggregation[i] as number;
      const r = reporter[i] as number;
      let h = (Math.imul(p + 1, 0x9e3779b1) ^ Math.imul(r + 7, 0x85ebca77) ^ Math.imul(cells >>> 0, 0xc2b2ae3d) ^ Math.floor(cells / 4294967296)) & mask;
      for (;;) {
        if (stamp[h] !== ind) {
          stamp[h] = ind;
          keyPeriod[h] = p;
          keyCells[h] = cells;
          keyReporter[h] = r;
          first[h] = i;
          break;
        }
        if (keyPeriod[h] === p && keyCells[h] === cells && keyReporter[h] === r) {
          flagged[i] = 1;
          flagged[first[h] as number] = 1;
          any = true;
          break;
        }
        h = (h + 1) & mask;
      }
      const set = dimensions[i] as number;
      if (set !== 0) {
        if (periodStamp[p] !== ind) {
          periodStamp[p] = ind;
          periodSet[p] = set;
        } else if (periodSet[p] !== set) {
          periodSet[p] = -1;
          mixed = true;
        }
      }
    }
    if (!mixed) continue;
    for (let j = from; j < to; j++) {
      const i = order[j] as number;
      if (dimensions[i] !== 0 && periodSet[period[i] as number] === -1 && periodStamp[period[i] as number] === ind) {
        flagged[i] = 1;
        any = true;
      }
    }
  }
  const candidates: number[] = [];
  if (any) for (let i = 0; i < n; i++) if (flagged[i] === 1) candidates.push(i);
  return candidates;
}

/**
 * The checks across items: duplicates and conflicting values (same indicator, period,
 * disaggregation, reporter and date), revisions (a later date), and one indicator × period mixing
 * sets of dimensions. `indices` are the accepted items to compare, in increasing order (all of them,
 * or the candidates found by {@link crossCheckCandidates}).
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
