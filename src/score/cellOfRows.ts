import type { Indicator } from '../model/index.js';
import { combine } from './aggregation.js';
import type { AggregationRules, Combinable } from './aggregation.js';
import type { IndexedObservation } from './indexObservations.js';
import { show } from './notes.js';
import { nearlyEqual } from './numbers.js';
import type { PeriodCell } from './PeriodCell.js';
import type { Note } from './types.js';

/** The cell of one period from its rows (ordered by key, then reporter); `null` when nothing is computable. */
export function periodCell(
  indicator: Indicator,
  rules: AggregationRules,
  rows: readonly IndexedObservation[],
  issues: Note[],
  preferred: string[],
  combined: string[],
): PeriodCell | null {
  const first = rows[0] as IndexedObservation;
  const byKey = new Map<string, IndexedObservation[]>();
  for (const row of rows) {
    const list = byKey.get(row.key);
    if (list) list.push(row);
    else byKey.set(row.key, [row]);
  }
  const valueOf = (list: readonly IndexedObservation[]) => {
    if (list.length > 1 && !combined.includes(first.period)) combined.push(first.period);
    return combine(list.map((row): Combinable => ({ value: row.value, reportedOn: row.reportedOn, order: row.reporter })), rules.disaggregations, indicator);
  };
  const totals = byKey.get('') ?? [];
  const parts: Combinable[] = [];
  const partRows: IndexedObservation[] = [];
  for (const [key, list] of byKey) {
    if (key === '') continue;
    const value = valueOf(list);
    if (value === null) continue;
    let reportedOn = '';
    for (const row of list) if (row.reportedOn > reportedOn) reportedOn = row.reportedOn;
    parts.push({ value, reportedOn, order: key });
    partRows.push(...list);
  }
  const partsValue = combine(parts, rules.disaggregations, indicator);
  let value = totals.length > 0 ? valueOf(totals) : partsValue;
  let used = totals.length > 0 ? totals : partRows;
  if (totals.length > 0 && value === null) {
    value = partsValue;
    used = partRows;
  }
  if (value === null) return null;
  if (totals.length > 0 && parts.length > 0 && used === totals) {
    preferred.push(first.period);
    const comparable = rules.disaggregations === 'sum' || rules.disaggregations === 'min' || rules.disaggregations === 'max';
    if (comparable && typeof value === 'number' && typeof partsValue === 'number' && !nearlyEqual(value, partsValue)) {
      issues.push({
        code: 'TOTAL_MISMATCH',
        message: `${first.period}: the reported total ${show(value)} differs from the ${rules.disaggregations} of its ${parts.length} disaggregated values (${show(partsValue)}); the reported total is used.`,
      });
    }
  }
  const sources = [...new Set(used.map((row) => row.source).filter((source): source is string => source !== null))].sort();
  const keys = used === totals ? [] : [...new Set(used.map((row) => row.key))].sort();
  return { period: first.period, start: first.start, end: first.end, value, observations: used.length, sources, parts: keys };
}

