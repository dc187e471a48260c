import { safeParsePeriod } from '../periods/index.js';
import { LogframeError } from '../problems/index.js';
import type { PathSegment, Problem } from '../problems/index.js';
import { checkValue } from './checkValue.js';
import type { Indicator } from './indicator.js';
import { ObservationSchema } from './observation.js';
import type { Observation } from './observation.js';
import { findReservedKeys } from './reservedKeys.js';
import type { Strategy } from './strategy.js';
import { problemsFromZod } from './zodProblems.js';

/**
 * An input item that was not accepted, with why. Every importer returns rejected items in this shape.
 *
 * @category Validation
 */
export interface RejectedItem {
  /** Position of the item in the input (0-based). */
  readonly index: number;
  /** The 1-based line in the source file, when the input came from a file. */
  readonly line?: number;
  /** The item as it was given. */
  readonly record: unknown;
  /** Why it was rejected (paths are relative to the item). */
  readonly problems: readonly Problem[];
}

/**
 * What {@link parseObservations} returns: `observations.length + rejected.length` always equals
 * the number of items given.
 *
 * @category Validation
 */
export interface ParsedObservations {
  /** The accepted observations, in input order, with defaults filled in. */
  readonly observations: readonly Observation[];
  /** The rejected items, in input order, each with its problems. */
  readonly rejected: readonly RejectedItem[];
  /** Warnings about accepted items (revisions, periods outside the plan); paths start with the item's index. */
  readonly warnings: readonly Problem[];
}

/**
 * Options of {@link parseObservations}.
 *
 * @category Validation
 */
export interface ParseObservationsOptions {
  /** Source line of each item (same length as the input), reported in `rejected[].line`. */
  readonly lines?: readonly number[];
}

/**
 * Validates reported values against a strategy, item by item, and never drops one without a word:
 * each item is either accepted or rejected with its problems.
 *
 * Checks: the shape of each observation; that its indicator exists and is not computed (computed
 * indicators get their values from their inputs); the period id; disaggregation dimensions used by
 * the indicator, with allowed codes; the value against the measure (counts whole and ≥ 0, percents
 * 0–100, …); the reporter. Across items: the same indicator, period, disaggregation and reporter
 * with the same `reportedOn` is a duplicate (identical values: the first is kept; different values:
 * all are rejected, since neither can be trusted); with a later `reportedOn` it is a revision (all
 * kept, the earlier ones flagged in `warnings`). One indicator and period mixing different sets of
 * dimensions (`{sex}` rows beside `{sex, ageBand}` rows) cannot be added up: those disaggregated
 * rows are rejected, the totals kept. `null` values are kept as explicitly missing, never zero.
 *
 * @param input - An array of observations (parsed JSON).
 * @param strategy - The validated strategy they report on.
 * @param options - Optional source line numbers.
 * @returns The accepted observations, the rejected items and warnings.
 * @throws {LogframeError} When `input` is not an array.
 *
 * @example
 * ```ts
 * const strategy = parseStrategy({
 *   id: 'demo', title: 'Demo', period: { start: 2024, end: 2028 }, baselineYear: 2023,
 *   levels: [{ id: 'pillar', title: 'Pillar' }], results: [{ id: 'P', title: 'P', level: 'pillar' }],
 *   indicators: [{ id: 'cases', title: 'Cases', result: 'P', measure: 'count', baseline: { period: '2023', value: 164 }, targets: { '2028': 235 } }],
 * });
 * const { observations, rejected } = parseObservations(
 *   [{ indicator: 'cases', period: '2024', value: 197 }, { indicator: 'cases', period: '2024Q5', value: 3 }],
 *   strategy,
 * );
 * [observations.length, rejected.length]; // [1, 1]
 * ```
 *
 * @category Validation
 */
export function parseObservations(input: unknown, strategy: Strategy, options: ParseObservationsOptions = {}): ParsedObservations {
  if (!Array.isArray(input)) {
    throw new LogframeError([{ path: [], code: 'WRONG_TYPE', severity: 'error', message: 'Observations must be a list ([ … ]) of objects, one per reported value.' }], 'Invalid observations');
  }
  const items: readonly unknown[] = input;
  const context = new ObservationContext(strategy);
  const accepted: (Observation | undefined)[] = new Array<Observation | undefined>(items.length);
  const problemsOf = new Map<number, Problem[]>();
  const warnings: Problem[] = [];

  items.forEach((item, index) => {
    const result = context.check(item);
    if (result.problems.some((problem) => problem.severity === 'error')) problemsOf.set(index, result.problems.filter((problem) => problem.severity === 'error'));
    else {
      accepted[index] = result.observation;
      for (const warning of result.problems) warnings.push({ ...warning, path: [index, ...warning.path] });
    }
  });

  crossCheck(accepted, problemsOf, warnings);

  const observations: Observation[] = [];
  const rejected: RejectedItem[] = [];
  items.forEach((record, index) => {
    const problems = problemsOf.get(index);
    const observation = accepted[index];
    if (problems === undefined && observation !== undefined) observations.push(observation);
    else {
      const line = options.lines?.[index];
      rejected.push({ index, ...(line === undefined ? {} : { line }), record, problems: problems ?? [] });
    }
  });
  warnings.sort((a, b) => Number(a.path[0]) - Number(b.path[0]));
  return { observations, rejected, warnings };
}

class ObservationContext {
  private readonly indicators: ReadonlyMap<string, Indicator>;
  private readonly actors: ReadonlySet<string>;
  private readonly codes: ReadonlyMap<string, ReadonlySet<string>>;
  private readonly earliest: string;
  private readonly latest: string;

  constructor(private readonly strategy: Strategy) {
    this.indicators = new Map(strategy.indicators.map((indicator) => [indicator.id, indicator]));
    this.actors = new Set(strategy.actors.map((actor) => actor.id));
    this.codes = new Map(strategy.dimensions.map((dimension) => [dimension.id, new Set(dimension.codes.map((code) => code.code))]));
    this.earliest = `${Math.min(strategy.baselineYear, strategy.period.start)}-01-01`;
    this.latest = `${strategy.period.end}-12-31`;
  }

  check(item: unknown): { observation?: Observation; problems: Problem[] } {
    const problems = findReservedKeys(item);
    const parsed = ObservationSchema.safeParse(item, { reportInput: true });
    if (!parsed.success) return { problems: [...problems, ...problemsFromZod(parsed.error.issues)] };
    const observation = parsed.data;
    const error = (path: PathSegment[], code: string, message: string) => problems.push({ path, code, message, severity: 'error' });

    const indicator = this.indicators.get(observation.indicator);
    if (!indicator) {
      error(['indicator'], 'UNKNOWN_INDICATOR', `No indicator has the id "${observation.indicator}" in strategy ${this.strategy.id}; check the id or add the indicator to the strategy.`);
    } else if (indicator.formula !== undefined || indicator.ratio !== undefined) {
      error(['indicator'], 'INDICATOR_COMPUTED', `Indicator "${indicator.id}" is computed from other indicators; report its inputs (${describeInputs(indicator)}) instead of its value.`);
    }

    const period = safeParsePeriod(observation.period);
    if (!period.ok) for (const problem of period.problems) problems.push({ ...problem, path: ['period'] });
    else if (period.value.end < this.earliest || period.value.start > this.latest) {
      problems.push({ path: ['period'], code: 'PERIOD_OUTSIDE_PLAN', severity: 'warning', message: `Period ${observation.period} lies outside the baseline year and plan period (${this.earliest.slice(0, 4)}–${this.latest.slice(0, 4)}); it is kept but not used for targets.` });
    }

    if (indicator) {
      for (const [dimension, code] of Object.entries(observation.disaggregation)) {
        if (!indicator.disaggregations.includes(dimension)) {
          error(['disaggregation', dimension], 'UNKNOWN_DIMENSION', indicator.disaggregations.length === 0
            ? `Indicator "${indicator.id}" is not disaggregated; report the total with an empty disaggregation.`
            : `Indicator "${indicator.id}" is not disaggregated by "${dimension}"; use ${indicator.disaggregations.map((d) => `"${d}"`).join(', ')}.`);
        } else if (!this.codes.get(dimension)?.has(code)) {
          error(['disaggregation', dimension], 'UNKNOWN_CODE', `"${code}" is not a code of dimension "${dimension}"; use one of the codes listed in the strategy's dimensions.`);
        }
      }
      if (observation.value !== null) {
        const problem = checkValue(indicator, observation.value);
        if (problem) error(['value'], problem.code, problem.message);
      }
    }
    if (observation.reportedBy !== undefined && !this.actors.has(observation.reportedBy)) {
      error(['reportedBy'], 'UNKNOWN_REFERENCE', `No actor has the id "${observation.reportedBy}"; use the id of an actor in the strategy.`);
    }
    return { observation, problems };
  }
}

function describeInputs(indicator: Indicator): string {
  if (indicator.ratio) return `${indicator.ratio.numerator} and ${indicator.ratio.denominator}`;
  return `the indicators in its formula ${indicator.formula ?? ''}`;
}

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

function crossCheck(accepted: (Observation | undefined)[], problemsOf: Map<number, Problem[]>, warnings: Problem[]): void {
  const reject = (index: number, problem: Problem) => {
    const list = problemsOf.get(index) ?? [];
    list.push(problem);
    problemsOf.set(index, list);
  };

  // Duplicates and revisions: same indicator, period, disaggregation and reporter.
  const groups = new Map<string, number[]>();
  const dimensionSets = new Map<string, Map<string, number[]>>();
  accepted.forEach((observation, index) => {
    if (!observation) return;
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
  });

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
