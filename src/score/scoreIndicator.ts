import type { Indicator, Strategy, Text } from '../model/index.js';
import { parsePeriod } from '../periods/index.js';
import { LogframeError } from '../problems/index.js';
import { aggregationRules } from './aggregation.js';
import { cleanResult } from './cleanResult.js';
import { decideStatus } from './decideStatus.js';
import type { ObservationIndex } from './indexObservations.js';
import { resolveMethod } from './method.js';
import type { MethodInput, ResolvedMethod } from './method.js';
import { noTrend, numericMeasures } from './numericMeasures.js';
import { periodValues, unknownIndicator } from './periodValues.js';
import type { PeriodValues } from './PeriodCell.js';
import { scoringContext } from './scoringContext.js';
import type { ScoringContext } from './scoringContext.js';
import { buildSeries, seriesGridType } from './series.js';
import { sourceText } from './sources.js';
import { targetsUsed } from './targetsUsed.js';
import { timeOfPeriod } from './timeAxis.js';
import type { IndicatorResult, Note, PointValue } from './types.js';

/**
 * Options of {@link scoreIndicator}. `asOf` and `includeDrafts` are fixed by the index; when given
 * here they must agree with it.
 *
 * @category Scoring
 */
export interface ScoreIndicatorOptions {
  /** The scoring method: a preset id or a custom configuration (default `default`). */
  readonly method?: MethodInput;
  /** The evaluation date; must equal the index's when given. */
  readonly asOf?: string;
  /** Whether drafts count; must equal the index's when given. */
  readonly includeDrafts?: boolean;
}

/**
 * Scores one indicator from an observation index: its series and current value, progress against
 * the baseline and end target, the expected path, performance, achievement, trend, status and score
 * by the method preset, with the full trace. See docs/methodology.md for every rule.
 *
 * @param strategy - The validated strategy.
 * @param index - The observation index ({@link indexObservations}), built once per evaluation.
 * @param indicatorId - The indicator to score.
 * @param options - `method` (preset id or custom configuration); `asOf` and `includeDrafts` only to check them against the index.
 * @param computed - Period values already worked out (e.g. {@link allPeriodValues}), so that computed indicators do not recompute their inputs.
 * @returns The indicator's result; no number in it is NaN, ±Infinity or −0.
 * @throws {LogframeError} `UNKNOWN_INDICATOR`, `OPTIONS_MISMATCH`, or a problem with the method.
 *
 * @example
 * ```ts
 * const strategy = parseStrategy({
 *   id: 'demo', title: 'Demo', period: { start: 2024, end: 2028 }, baselineYear: 2023,
 *   levels: [{ id: 'pillar', title: 'Pillar' }], results: [{ id: 'P', title: 'P', level: 'pillar' }],
 *   indicators: [{ id: 'cases', title: 'Cases', result: 'P', measure: 'count', baseline: { period: '2023', value: 164 }, targets: { '2024': 175, '2028': 235 } }],
 * });
 * const { observations } = parseObservations([{ indicator: 'cases', period: '2024', value: 197, reportedOn: '2025-03-27' }], strategy);
 * const index = indexObservations(strategy, observations, { asOf: '2025-06-30' });
 * const result = scoreIndicator(strategy, index, 'cases', { method: 'default' });
 * result.status; // 'on-track'
 * result.achievement; // 1.125714
 * ```
 *
 * @category Scoring
 */
export function scoreIndicator(
  strategy: Strategy,
  index: ObservationIndex,
  indicatorId: string,
  options: ScoreIndicatorOptions = {},
  computed?: ReadonlyMap<string, PeriodValues>,
): IndicatorResult {
  checkAgainstIndex(index, options);
  const indicator = strategy.indicators.find((item) => item.id === indicatorId);
  if (indicator === undefined) throw unknownIndicator(indicatorId, strategy);
  const method = resolveMethod(options.method);
  const values = computed?.get(indicatorId) ?? periodValues(strategy, index, indicatorId, computed);
  return scoreWithValues(strategy, index, indicator, method, values);
}

/**
 * {@link scoreIndicator} for an indicator already found, a method already resolved and its period
 * values already worked out (what `evaluate` calls for every indicator, so that scoring a plan
 * stays linear in the number of indicators).
 *
 * @param strategy - The validated strategy.
 * @param index - The observation index.
 * @param indicator - The indicator, one of the strategy's.
 * @param method - The resolved method.
 * @param values - The indicator's period values.
 * @param context - What the evaluation's indicators share ({@link scoringContext} of the strategy and `index.asOf`), built once by callers that score many indicators.
 * @returns The indicator's result; no number in it is NaN, ±Infinity or −0, and it shares no object with its inputs.
 */
export function scoreWithValues(
  strategy: Strategy,
  index: ObservationIndex,
  indicator: Indicator,
  method: ResolvedMethod,
  values: PeriodValues,
  context: ScoringContext = scoringContext(strategy, index.asOf),
): IndicatorResult {
  const asOf = index.asOf;
  const tAsOf = context.tAsOf;

  // In a slice of the data (an index with `where`: one province, say), an indicator whose values
  // add up across disaggregations holds one part of the whole; the plan's baseline and targets are
  // for the whole, so neither applies to the part (a rate or a share still compares with them).
  const part = partOfTotal(index, indicator);
  const baseline: PointValue | null = part || indicator.baseline === undefined
    ? null
    : { period: parsePeriod(indicator.baseline.period).id, value: indicator.baseline.value, t: timeOfPeriod(indicator.baseline.period) };
  // Target periods are read once here, for the grid as well as the measures.
  const used = targetsUsed(indicator, asOf);
  const targets = part ? [] : used.targets;
  const endType = used.endType;
  const endTarget = targets[targets.length - 1] ?? null;
  const built = buildSeries({ indicator, values, context, gridType: seriesGridType(endType, indicator.frequency), baselineT: baseline?.t ?? null });
  const currentPoint = built.current?.point ?? null;
  const current = currentPoint === null ? null : { period: currentPoint.period, value: currentPoint.value, t: currentPoint.t, end: parsePeriod(currentPoint.period).end };

  const numeric = indicator.measure !== 'boolean' && indicator.measure !== 'qualitative';
  const measures = numeric
    ? numericMeasures({ indicator, method, tAsOf, baseline, targets, endTarget, current, series: built.series, mode: built.mode, context })
    : null;
  const decision = decideStatus({ indicator, strategy, method, asOf, tAsOf, targets, endTarget, current, measures, context, part: part ? index.where : null });
  const scored = decision.status !== 'not-scored';

  const notes: Note[] = [];
  append(notes, built.resultNotes);
  if (measures !== null) append(notes, measures.notes);
  append(notes, decision.notes);
  for (const item of values.notComputable) {
    notes.push({ code: 'NOT_COMPUTABLE', message: item.period === '' ? `Not computable: ${item.reason}.` : `${item.period} is not computable: ${item.reason}.` });
  }
  const issues: Note[] = [];
  appendCopies(issues, values.issues);
  append(issues, built.issues);
  const traceNotes: Note[] = [];
  appendCopies(traceNotes, values.notes);
  append(traceNotes, built.traceNotes);
  if (measures !== null) append(traceNotes, measures.traceNotes);
  const baselineSource = sourceText(indicator.baseline?.source, strategy.language);
  // Objects that come from the strategy, the method or the period values are copied, so that a
  // result owns every object in it (as the deep copy that cleaned numbers used to guarantee).
  const result: IndicatorResult = {
    indicator: indicator.id,
    title: copyText(indicator.title),
    result: indicator.result,
    measure: indicator.measure,
    unit: indicator.unit ?? (indicator.measure === 'currency' ? indicator.currency ?? null : null),
    decimals: decimalsOf(indicator),
    sensitive: indicator.sensitive,
    cumulative: indicator.cumulative,
    interpretation: indicator.interpretation ?? null,
    lead: indicator.lead ?? null,
    supporting: [...indicator.supporting],
    sources: sourcesOf(baselineSource, values.sources),
    direction: indicator.direction,
    baseline,
    target: endTarget,
    milestone: decision.milestone !== undefined ? decision.milestone : (scored ? measures?.milestone ?? null : null),
    current: currentPoint === null ? null : { period: currentPoint.period, value: currentPoint.value, t: currentPoint.t, observations: built.current?.observations ?? 0 },
    series: built.series,
    progress: scored ? measures?.progress ?? null : null,
    expected: scored && measures !== null ? measures.expected : { asOf: { value: null, progress: null }, atCurrent: { value: null, progress: null } },
    performance: scored ? measures?.performance ?? null : null,
    achievement: scored ? measures?.achievement ?? null : null,
    trend: measures === null ? noTrend() : measures.trend,
    status: decision.status,
    score: decision.score,
    methodResult: decision.methodResult,
    issues,
    notes,
    trace: {
      asOf,
      method: { preset: decision.traceMethod.preset, metric: decision.traceMethod.metric, thresholds: { ...decision.traceMethod.thresholds } },
      baseline,
      target: endTarget,
      periods: built.current?.periods ?? [],
      observations: { ...values.counts },
      substitutions: measures?.substitutions ?? [],
      notes: traceNotes,
    },
  };
  // Numbers are made finite where they are computed; this check (allocation-free when all is
  // clean) guarantees it for every path, copying only a result that needs fixing.
  return cleanResult(result);
}

/** Whether `index` is a slice of the data (`where`) in which the indicator's values are a part of a total. */
function partOfTotal(index: ObservationIndex, indicator: Indicator): boolean {
  for (const dimension in index.where) if (Object.hasOwn(index.where, dimension)) return aggregationRules(indicator).disaggregations === 'sum';
  return false;
}

function append(into: Note[], notes: readonly Note[]): void {
  for (let at = 0; at < notes.length; at++) into.push(notes[at] as Note);
}

function appendCopies(into: Note[], notes: readonly Note[]): void {
  for (let at = 0; at < notes.length; at++) into.push({ ...(notes[at] as Note) });
}

function copyText(text: Text): Text {
  return typeof text === 'string' ? text : { ...text };
}

/**
 * The distinct sources of the baseline and the observations, sorted. The observations' sources
 * come distinct and sorted, so the usual answer is a copy of them (with the baseline's inserted).
 */
function sourcesOf(baselineSource: string | null, sources: readonly string[]): string[] {
  let sorted = true;
  for (let at = 1; at < sources.length && sorted; at++) sorted = (sources[at - 1] as string) < (sources[at] as string);
  if (!sorted) return [...new Set([...(baselineSource === null ? [] : [baselineSource]), ...sources])].sort();
  const out = sources.slice();
  if (baselineSource !== null) {
    let at = 0;
    while (at < out.length && (out[at] as string) < baselineSource) at++;
    if (out[at] !== baselineSource) out.splice(at, 0, baselineSource);
  }
  return out;
}

function decimalsOf(indicator: Indicator): number {
  if (indicator.decimals !== undefined) return indicator.decimals;
  if (indicator.measure === 'count' || indicator.measure === 'boolean') return 0;
  return indicator.measure === 'ratio' ? 2 : 1;
}

function checkAgainstIndex(index: ObservationIndex, options: ScoreIndicatorOptions): void {
  const problems = [];
  if (options.asOf !== undefined && options.asOf !== index.asOf) {
    problems.push({ path: ['asOf'], code: 'OPTIONS_MISMATCH', severity: 'error' as const, message: `asOf ${options.asOf} differs from the index's ${index.asOf}; build the index with the same asOf.` });
  }
  if (options.includeDrafts !== undefined && options.includeDrafts !== index.includeDrafts) {
    problems.push({ path: ['includeDrafts'], code: 'OPTIONS_MISMATCH', severity: 'error' as const, message: `includeDrafts ${String(options.includeDrafts)} differs from the index's ${String(index.includeDrafts)}; build the index with the same option.` });
  }
  if (problems.length > 0) throw new LogframeError(problems, 'Options do not match the index');
}
