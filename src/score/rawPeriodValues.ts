import { sortPrefix } from './sortPrefix.js';
import type { Indicator } from '../model/index.js';
import { aggregationRules, isNumericMeasure } from './aggregation.js';
import { checkMixedPeriods, checkSubPeriods, overlapsShorter } from './cellChecks.js';
import { periodCell } from './cellOfRows.js';
import { cellDays, cellScratch, tableDays } from './cellScratch.js';
import type { CellScratch } from './cellScratch.js';
import { tableCells } from './cellTable.js';
import type { CellTable } from './cellTable.js';
import { indicatorRows } from './indexedRows.js';
import type { IndexedIndicator, IndexedObservation } from './indexObservations.js';
import { lazyPeriodValues, NO_ENTRIES } from './lazyPeriodValues.js';
import { internList } from './listInterner.js';
import { addNote, listIds } from './notes.js';
import { periodCellsFromRows } from './periodCells.js';
import type { PeriodCell, PeriodValues } from './PeriodCell.js';
import type { Note } from './types.js';

const NO_COUNTS = { used: 0, afterAsOf: 0, drafts: 0, superseded: 0, missing: 0 };

/**
 * The period values of a reported indicator: per period, the reported total, or the aggregate of
 * its disaggregated values when no total was reported. A total beside its parts wins, and a
 * disagreement with the parts (for `sum`, `min`, `max`) is a `TOTAL_MISMATCH` issue; so is a
 * reported value of a period that disagrees with its complete set of sub-periods.
 *
 * On the columnar index the cells stay in the call's cell table and their objects are made when
 * `cells` is first read (see lazyPeriodValues.ts), unless the checks need them now. Issues and
 * notes are the index's own lists (read-only, shared) unless this adds to them.
 *
 * @param indicator - The indicator (reported, not computed).
 * @param indexed - Its part of the observation index, if it has observations.
 * @param scratch - Working memory shared by the indicators of one call (see {@link allPeriodValues}).
 * @returns The period values.
 */
export function rawPeriodValues(indicator: Indicator, indexed: IndexedIndicator | undefined, scratch: CellScratch = cellScratch()): PeriodValues {
  const rules = aggregationRules(indicator);
  const { issues: found, preferred, combined } = scratch;
  found.length = 0;
  preferred.length = 0;
  combined.length = 0;
  const columnar = indicatorRows(indexed);
  let cells: readonly PeriodCell[] | undefined;
  let from = 0;
  let to = 0;
  if (columnar !== undefined) {
    // The columnar index: the same cells, computed on its typed arrays.
    from = periodCellsFromRows(indicator, rules, columnar, found, preferred, combined, scratch);
    to = (scratch.table as CellTable).count;
    // The checks look only at cells overlapping a longer one; without such a pair they have nothing to say.
    tableDays(scratch, scratch.table as CellTable, from, to);
    if (overlapsShorter(scratch.startDay, scratch.endDay, to - from)) cells = tableCells(scratch.table as CellTable, from, to);
  } else {
    const made: PeriodCell[] = [];
    const rows = indexed?.rows ?? [];
    let start = 0;
    while (start < rows.length) {
      let end = start + 1;
      while (end < rows.length && (rows[end] as IndexedObservation).period === (rows[start] as IndexedObservation).period) end++;
      const cell = periodCell(indicator, rules, rows.slice(start, end), found, preferred, combined);
      if (cell !== null) made.push(cell);
      start = end;
    }
    cells = made;
    cellDays(scratch, cells);
  }
  let notes: readonly Note[] = indexed?.notes ?? NO_ENTRIES;
  if (preferred.length > 0 || combined.length > 0) {
    const more = [...notes];
    if (preferred.length > 0) {
      addNote(more, 'TOTAL_PREFERRED', `For ${listIds(preferred)} the reported total was used, not the ${rules.disaggregations} of the disaggregated values reported beside it.`);
    }
    if (combined.length > 0) {
      addNote(more, 'REPORTERS_COMBINED', `For ${listIds(combined)} several reporters gave values for the same disaggregation; they were combined by the indicator's rule (${rules.disaggregations}).`);
    }
    notes = more;
  }
  if (cells !== undefined) {
    if (isNumericMeasure(indicator.measure)) checkSubPeriods(cells, scratch, rules.time, found);
    checkMixedPeriods(cells, scratch, found);
  }
  const given = indexed?.issues ?? NO_ENTRIES;
  const issues = found.length === 0 ? given : [...given, ...found];
  let sources: readonly string[];
  if (columnar !== undefined) sources = indicatorSources(scratch);
  else sources = [...new Set((cells ?? []).flatMap((cell) => cell.sources))].sort();
  const counts = indexed?.counts ?? NO_COUNTS;
  if (cells === undefined && to > from) {
    return lazyPeriodValues(indicator.id, counts, sources, issues, notes, scratch.table as CellTable, from, to, scratch.link);
  }
  return { indicator: indicator.id, computed: false, cells: cells ?? NO_ENTRIES, notComputable: NO_ENTRIES, counts, sources, issues, notes };
}

/** The sources of the indicator just made, sorted: gathered as its cells were made, as positions in string order. */
function indicatorSources(scratch: CellScratch): readonly string[] {
  const positions = scratch.indicatorSources;
  const count = scratch.indicatorSourceCount;
  sortPrefix(positions, count);
  return internList(scratch.sourceLists, positions, count);
}
