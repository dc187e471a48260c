import { compileFormula } from '../formula/index.js';
import type { Indicator } from '../model/index.js';
import { parsePeriod } from '../periods/index.js';
import { aggregationRules } from './aggregation.js';
import { gridPeriodAt, gridTypeOf } from './grid.js';
import type { ObservationCounts } from './indexObservations.js';
import { valueCells } from './lazyPeriodValues.js';
import { listIds, show } from './notes.js';
import { finite } from './numbers.js';
import type { PeriodCell, PeriodValues } from './PeriodCell.js';
import { compareCells } from './PeriodCell.js';
import { aggregateOver } from './timeAggregation.js';
import type { Aggregate, Span, ValueCell } from './timeAggregation.js';
import type { Note } from './types.js';

/** The ids a computed indicator reads, in a fixed order. */
export function inputsOf(indicator: Indicator): string[] {
  if (indicator.ratio !== undefined) return [...new Set([indicator.ratio.numerator, indicator.ratio.denominator])];
  if (indicator.formula !== undefined) {
    try {
      return compileFormula(indicator.formula).references;
    } catch {
      return [];
    }
  }
  return [];
}

/**
 * The period values of a computed indicator. Candidate periods are the periods of its inputs'
 * values and the target periods (grid) that contain them; at each, every input is aggregated over
 * time by its own rule (so a ratio divides the sums of its numerator and denominator: a ratio of
 * sums, never a mean of ratios) and the ratio or formula is evaluated. A period where an input's
 * value is incomplete is skipped (its sub-periods carry the values); division by zero or a
 * non-finite result makes the period not computable, with the reason, and so does a missing input
 * for a target period that has ended.
 */
export function computedPeriodValues(
  indicator: Indicator,
  inputs: ReadonlyMap<string, PeriodValues>,
  inputIndicators: ReadonlyMap<string, Indicator>,
  leaves: readonly PeriodValues[],
  asOf: string,
): PeriodValues {
  const ids = inputsOf(indicator);
  const notes: Note[] = [];
  const notComputable: { period: string; reason: string }[] = [];
  const evaluate = evaluator(indicator);
  if (evaluate === null) {
    return emptyValues(indicator.id, leaves, [{ period: '', reason: `the formula ${JSON.stringify(indicator.formula ?? '')} is not allowed` }], notes);
  }
  const gridType = gridTypeOf(indicator, asOf);
  // The inputs' cells without their parts (which are not read here): reported inputs then need not
  // make their cell objects.
  const inputCells = new Map<string, readonly ValueCell[]>();
  for (const id of ids) {
    const input = inputs.get(id);
    if (input !== undefined && !inputCells.has(id)) inputCells.set(id, valueCells(input));
  }
  const candidates = new Map<string, Span>();
  for (const id of ids) {
    for (const cell of inputCells.get(id) ?? []) {
      candidates.set(cell.period, cell);
      const grid = gridPeriodAt(cell.start, gridType);
      if (grid.end >= cell.end) candidates.set(grid.id, { period: grid.id, start: grid.start, end: grid.end });
    }
  }
  const cells: PeriodCell[] = [];
  const partlyMissing: { span: Span; missing: string[] }[] = [];
  for (const span of [...candidates.values()].sort(compareCells)) {
    const values = new Map<string, Aggregate<ValueCell>>();
    const missing: string[] = [];
    let incomplete = false;
    for (const id of ids) {
      const input = inputCells.get(id);
      const rule = aggregationRules(inputIndicators.get(id) ?? indicator).time;
      const aggregate = input === undefined ? null : aggregateOver(input, span, rule);
      if (aggregate === null) missing.push(id);
      else if (!aggregate.complete) incomplete = true;
      else values.set(id, aggregate);
    }
    if (incomplete || missing.length === ids.length) continue;
    if (missing.length > 0) {
      partlyMissing.push({ span, missing });
      continue;
    }
    const result = evaluate(values);
    if (!result.ok) {
      notComputable.push({ period: span.period, reason: result.reason });
      continue;
    }
    const used = [...values.values()].flatMap((aggregate) => aggregate.used);
    cells.push({
      period: span.period,
      start: span.start,
      end: span.end,
      value: result.value,
      observations: used.reduce((total, cell) => total + cell.observations, 0),
      sources: [...new Set(used.flatMap((cell) => cell.sources))].sort(),
      parts: [],
    });
  }
  // A missing input matters for a target period that has ended and that no computed value covers;
  // inputs reported less often than others (annual beside quarterly) are not missing in between.
  for (const { span, missing } of partlyMissing) {
    const isGrid = parsePeriod(span.period).type === gridType;
    if (isGrid && span.end <= asOf && !cells.some((cell) => cell.start <= span.end && span.start <= cell.end)) {
      notComputable.push({ period: span.period, reason: `no value for ${listIds(missing)}` });
    }
  }
  notComputable.sort((a, b) => compareCells(spanOf(a.period), spanOf(b.period)));
  const how = indicator.ratio !== undefined
    ? `${indicator.ratio.numerator} ÷ ${indicator.ratio.denominator} × ${show(indicator.ratio.factor ?? 1)}`
    : `the formula ${indicator.formula ?? ''}`;
  notes.push({ code: 'COMPUTED', message: `Computed per period as ${how}, from the values of ${listIds(ids)} aggregated separately over each period.` });
  return { ...emptyValues(indicator.id, leaves, notComputable, notes), cells };
}

type Outcome = { ok: true; value: number } | { ok: false; reason: string };

function evaluator(indicator: Indicator): ((values: ReadonlyMap<string, Aggregate<ValueCell>>) => Outcome) | null {
  if (indicator.ratio !== undefined) {
    const { numerator, denominator } = indicator.ratio;
    const factor = indicator.ratio.factor ?? 1;
    return (values) => {
      const top = values.get(numerator)?.value;
      const bottom = values.get(denominator)?.value;
      if (typeof top !== 'number' || typeof bottom !== 'number') return { ok: false, reason: `a value of ${numerator} or ${denominator} is not a number` };
      if (bottom === 0) return { ok: false, reason: `${denominator} is 0, so the ratio divides by zero` };
      const value = finite((top * factor) / bottom);
      return value === null ? { ok: false, reason: 'the result is not a finite number' } : { ok: true, value };
    };
  }
  if (indicator.formula === undefined) return null;
  let compiled: ReturnType<typeof compileFormula>;
  try {
    compiled = compileFormula(indicator.formula);
  } catch {
    return null;
  }
  return (values) => {
    const result = compiled.evaluate((id) => {
      const value = values.get(id)?.value;
      return typeof value === 'number' ? value : undefined;
    });
    return result.ok ? { ok: true, value: result.value } : { ok: false, reason: `${result.reason}: ${result.detail}` };
  };
}

/** Counts and sources come from the reported indicators underneath, each counted once. */
function emptyValues(id: string, leaves: readonly PeriodValues[], notComputable: PeriodValues['notComputable'], notes: Note[]): PeriodValues {
  const counts: { -readonly [K in keyof ObservationCounts]: number } = { used: 0, afterAsOf: 0, drafts: 0, superseded: 0, missing: 0 };
  const sources = new Set<string>();
  for (const values of leaves) {
    for (const key of Object.keys(counts) as (keyof ObservationCounts)[]) counts[key] += values.counts[key];
    for (const source of values.sources) sources.add(source);
  }
  return { indicator: id, computed: true, cells: [], notComputable, counts, sources: [...sources].sort(), issues: [], notes };
}

function spanOf(period: string): Span {
  if (period === '') return { period, start: '', end: '' };
  const parsed = parsePeriod(period);
  return { period, start: parsed.start, end: parsed.end };
}
