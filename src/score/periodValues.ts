import type { Indicator, Strategy } from '../model/index.js';
import { LogframeError } from '../problems/index.js';
import { cellScratch } from './cellScratch.js';
import type { CellScratch } from './cellScratch.js';
import { computedPeriodValues, inputsOf } from './computedPeriodValues.js';
import type { ObservationIndex } from './indexObservations.js';
import type { PeriodValues } from './PeriodCell.js';
import { rawPeriodValues } from './rawPeriodValues.js';

/**
 * An indicator's values per period (see {@link PeriodValues}): for a reported indicator, its
 * observations in the index aggregated across disaggregations; for a computed indicator (`ratio` or
 * `formula`), computed per period from its inputs' period values, which are taken from `computed`
 * when given there and worked out (recursively, in dependency order) otherwise.
 *
 * @param strategy - The validated strategy.
 * @param index - The observation index ({@link indexObservations}).
 * @param indicatorId - The indicator's id.
 * @param computed - Period values already worked out, by indicator id (e.g. from {@link allPeriodValues}); read, never changed.
 * @returns The period values.
 * @throws {LogframeError} `UNKNOWN_INDICATOR` when no indicator has that id.
 *
 * @example
 * ```ts
 * const strategy = parseStrategy({
 *   id: 'demo', title: 'Demo', period: { start: 2024, end: 2028 }, baselineYear: 2023,
 *   levels: [{ id: 'pillar', title: 'Pillar' }], results: [{ id: 'P', title: 'P', level: 'pillar' }],
 *   indicators: [{ id: 'cases', title: 'Cases', result: 'P', measure: 'count', direction: 'none' }],
 * });
 * const { observations } = parseObservations([
 *   { indicator: 'cases', period: '2024Q1', value: 40 },
 *   { indicator: 'cases', period: '2024Q2', value: 45 },
 * ], strategy);
 * const index = indexObservations(strategy, observations, { asOf: '2024-12-31' });
 * periodValues(strategy, index, 'cases').cells.map((cell) => [cell.period, cell.value]); // [['2024Q1', 40], ['2024Q2', 45]]
 * ```
 *
 * @category Scoring
 */
export function periodValues(strategy: Strategy, index: ObservationIndex, indicatorId: string, computed?: ReadonlyMap<string, PeriodValues>): PeriodValues {
  const byId = indicatorsById(strategy);
  const indicator = byId.get(indicatorId);
  if (indicator === undefined) throw unknownIndicator(indicatorId, strategy);
  return valuesOf(indicator, { strategy, byId, index, given: computed, memo: new Map(), visiting: new Set(), scratch: cellScratch() });
}

/**
 * The period values of every indicator of a strategy, computed once each, inputs before the
 * indicators computed from them. Pass the result to {@link scoreIndicator} so that scoring every
 * indicator stays linear in the number of observations.
 *
 * @param strategy - The validated strategy.
 * @param index - The observation index.
 * @returns Period values by indicator id, in strategy order.
 *
 * @example
 * ```ts
 * const strategy = parseStrategy({
 *   id: 'demo', title: 'Demo', period: { start: 2024, end: 2028 }, baselineYear: 2023,
 *   levels: [{ id: 'pillar', title: 'Pillar' }], results: [{ id: 'P', title: 'P', level: 'pillar' }],
 *   indicators: [
 *     { id: 'convicted', title: 'Convicted', result: 'P', measure: 'count', direction: 'none' },
 *     { id: 'verdicts', title: 'Verdicts', result: 'P', measure: 'count', direction: 'none' },
 *     { id: 'rate', title: 'Conviction rate', result: 'P', measure: 'percent', direction: 'none', ratio: { numerator: 'convicted', denominator: 'verdicts', factor: 100 } },
 *   ],
 * });
 * const { observations } = parseObservations([
 *   { indicator: 'convicted', period: '2024', value: 45 },
 *   { indicator: 'verdicts', period: '2024', value: 120 },
 * ], strategy);
 * const values = allPeriodValues(strategy, indexObservations(strategy, observations, { asOf: '2025-06-30' }));
 * values.get('rate')?.cells[0]?.value; // 37.5
 * ```
 *
 * @category Scoring
 */
export function allPeriodValues(strategy: Strategy, index: ObservationIndex): ReadonlyMap<string, PeriodValues> {
  // One working memory for the whole call; indicators by id only when a computed one needs them.
  const call: Call = { strategy, byId: undefined, index, given: undefined, memo: new Map(), visiting: new Set(), scratch: cellScratch(true) };
  let computedSeen = false;
  for (const indicator of strategy.indicators) {
    if (indicator.ratio !== undefined || indicator.formula !== undefined) computedSeen = true;
    valuesOf(indicator, call);
  }
  // Without computed indicators the memo was filled in strategy order (as the result must be).
  if (!computedSeen) return call.memo;
  const result = new Map<string, PeriodValues>();
  for (const indicator of strategy.indicators) result.set(indicator.id, call.memo.get(indicator.id) as PeriodValues);
  return result;
}

/** What the period values of one call share. */
interface Call {
  readonly strategy: Strategy;
  /** Indicators by id (the last of equal ids, as `new Map` of them gives), made on first need. */
  byId: ReadonlyMap<string, Indicator> | undefined;
  readonly index: ObservationIndex;
  /** Period values given by the caller (read, never changed). */
  readonly given: ReadonlyMap<string, PeriodValues> | undefined;
  /** Period values worked out, by id. */
  readonly memo: Map<string, PeriodValues>;
  /** Computed indicators being worked out (each visit removes what it adds). */
  readonly visiting: Set<string>;
  readonly scratch: CellScratch;
}

function indicatorsById(strategy: Strategy): Map<string, Indicator> {
  const byId = new Map<string, Indicator>();
  for (const indicator of strategy.indicators) byId.set(indicator.id, indicator);
  return byId;
}

function valuesOf(indicator: Indicator, call: Call): PeriodValues {
  const known = call.given?.get(indicator.id) ?? call.memo.get(indicator.id);
  if (known !== undefined) return known;
  let values: PeriodValues;
  if (indicator.ratio === undefined && indicator.formula === undefined) {
    values = rawPeriodValues(indicator, call.index.indicators.get(indicator.id), call.scratch);
  } else {
    const byId = call.byId ?? (call.byId = indicatorsById(call.strategy));
    const { visiting } = call;
    visiting.add(indicator.id);
    const inputs = new Map<string, PeriodValues>();
    const inputIndicators = new Map<string, Indicator>();
    for (const id of inputsOf(indicator)) {
      const input = byId.get(id);
      // A cycle is rejected by parseStrategy; should one reach here, its inputs count as missing.
      if (input === undefined || visiting.has(id)) continue;
      inputIndicators.set(id, input);
      inputs.set(id, valuesOf(input, call));
    }
    visiting.delete(indicator.id);
    const leaves = [...reportedUnder(indicator, byId)].map((id) => valuesOf(byId.get(id) as Indicator, call));
    values = computedPeriodValues(indicator, inputs, inputIndicators, leaves, call.index.asOf);
  }
  call.memo.set(indicator.id, values);
  return values;
}

/** The reported (not computed) indicators a computed indicator depends on, directly or not, sorted. */
function reportedUnder(indicator: Indicator, byId: ReadonlyMap<string, Indicator>): Set<string> {
  const found = new Set<string>();
  const seen = new Set<string>([indicator.id]);
  const stack = inputsOf(indicator);
  while (stack.length > 0) {
    const id = stack.pop() as string;
    const input = byId.get(id);
    if (input === undefined || seen.has(id)) continue;
    seen.add(id);
    if (input.ratio === undefined && input.formula === undefined) found.add(id);
    else stack.push(...inputsOf(input));
  }
  return new Set([...found].sort());
}

/** The error for an indicator id that the strategy does not have. */
export function unknownIndicator(id: string, strategy: Strategy): LogframeError {
  return new LogframeError([{ path: ['indicator'], code: 'UNKNOWN_INDICATOR', severity: 'error', message: `Strategy ${strategy.id} has no indicator "${id}"; use the id of one of its indicators.` }], 'Unknown indicator');
}
