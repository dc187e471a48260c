import { safeParsePeriod } from '../periods/index.js';
import { LogframeError } from '../problems/index.js';
import type { PathSegment, Problem } from '../problems/index.js';
import { checkPercentScale } from './checkPercentScale.js';
import { checkValue } from './checkValue.js';
import { CrossCheckFilter } from './crossCheckFilter.js';
import { crossCheck } from './crossCheckObservations.js';
import type { Indicator } from './indicator.js';
import { ObservationSchema } from './observation.js';
import type { Observation } from './observation.js';
import { ObservationFastPath } from './observationFastPath.js';
import type { ObservationCodes } from './observationFastPath.js';
import { findReservedKeys } from './reservedKeys.js';
import type { Strategy } from './strategy.js';
import { problemsFromZod } from './zodProblems.js';

export { disaggregationKey } from './crossCheckObservations.js';

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
  /** Warnings about accepted items (revisions, periods outside the plan, a percentage series that looks like fractions); paths start with the item's index. */
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
  /**
   * `fast` (default): items that are certainly valid are checked by a hand-written fast path and
   * everything else by zod, with the same results as `zod`; `zod`: every item through the zod
   * schema (the specification; slower).
   */
  readonly validate?: 'fast' | 'zod';
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
 * rows are rejected, the totals kept. `null` values are kept as explicitly missing, never zero. A
 * percentage indicator whose accepted values (3 or more) all lie within 0–1 gets one
 * `PERCENT_SCALE_SUSPECT` warning: they look like fractions written where percentages are meant.
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
  const count = items.length;
  // Built on the first item the fast path leaves to zod (none, for clean data).
  let context: ObservationContext | undefined;
  const fast = options.validate === 'zod' ? null : new ObservationFastPath(strategy);
  // The only per-item array: it becomes `observations`, compacted in place when items are rejected
  // (on the benchmark machine, the fresh pages of a 10^6-item array alone cost about 30 ms).
  const accepted: (Observation | undefined)[] = new Array<Observation | undefined>(count);
  const problemsOf = new Map<number, Problem[]>();
  const warnings: Problem[] = [];
  const filter = fast !== null && fast.enabled ? new CrossCheckFilter(count, strategy.dimensions.length) : null;
  const codes: ObservationCodes = { indicator: 0, period: 0, disaggregation: 0, reporter: 0, dimensions: 0 };
  let coding = filter !== null;

  for (let index = 0; index < count; index++) {
    const item = items[index];
    let observation = coding && fast !== null ? fast.accept(item, codes) : undefined;
    if (observation === undefined) {
      context ??= new ObservationContext(strategy);
      const result = context.check(item);
      if (result.problems.some((problem) => problem.severity === 'error')) {
        problemsOf.set(index, result.problems.filter((problem) => problem.severity === 'error'));
        continue;
      }
      observation = result.observation as Observation;
      for (const warning of result.problems) warnings.push({ ...warning, path: [index, ...warning.path] });
      if (coding && fast !== null && !fast.codesOf(observation, codes)) coding = false;
    }
    accepted[index] = observation;
    if (coding && filter !== null) filter.add(index, codes);
  }

  if (coding && filter !== null && fast !== null) {
    const candidates = filter.candidates((index, into) => fast.codesOf(accepted[index] as Observation, into));
    if (candidates.length > 0) crossCheck(accepted, candidates, problemsOf, warnings);
  } else {
    crossCheck(accepted, accepted.keys(), problemsOf, warnings);
  }
  warnings.push(...checkPercentScale(strategy.indicators, accepted, problemsOf));

  const rejected: RejectedItem[] = [];
  // No problem recorded means every item was accepted: `accepted` is the result as it stands.
  if (problemsOf.size > 0) {
    let kept = 0;
    for (let index = 0; index < count; index++) {
      const problems = problemsOf.get(index);
      const observation = accepted[index];
      if (problems === undefined && observation !== undefined) accepted[kept++] = observation;
      else {
        const line = options.lines?.[index];
        rejected.push({ index, ...(line === undefined ? {} : { line }), record: items[index], problems: problems ?? [] });
      }
    }
    accepted.length = kept;
  }
  const observations = accepted as Observation[];
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
