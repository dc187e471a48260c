import type { Indicator, Strategy } from '../model/index.js';
import { targetsInForce } from '../model/index.js';
import { parsePeriod } from '../periods/index.js';
import { LogframeError } from '../problems/index.js';
import { decideStatus } from './decideStatus.js';
import type { ObservationIndex } from './indexObservations.js';
import { resolveMethod } from './method.js';
import type { MethodInput, ResolvedMethod } from './method.js';
import { numericMeasures } from './numericMeasures.js';
import { cleanNumbers } from './numbers.js';
import { periodValues, unknownIndicator } from './periodValues.js';
import type { PeriodValues } from './PeriodCell.js';
import { buildSeries } from './series.js';
import { sourceText } from './sources.js';
import { timeAfter, timeOfPeriod } from './timeAxis.js';
import type { IndicatorResult, Note, PointValue, TargetUsed } from './types.js';

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

const NO_TREND = { cagr: null, requiredCagr: null, growthRatio: null, projected: { cagr: null, wls: null }, projectedShare: null };

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
 */
export function scoreWithValues(strategy: Strategy, index: ObservationIndex, indicator: Indicator, method: ResolvedMethod, values: PeriodValues): IndicatorResult {
  const asOf = index.asOf;
  const tAsOf = timeAfter(asOf);

  const baseline: PointValue | null = indicator.baseline === undefined
    ? null
    : { period: parsePeriod(indicator.baseline.period).id, value: indicator.baseline.value, t: timeOfPeriod(indicator.baseline.period) };
  const targets: TargetUsed[] = targetsInForce(indicator, asOf).map((target) => ({ period: target.period, value: target.value, t: timeOfPeriod(target.period), revisedOn: target.revisedOn }));
  const endTarget = targets.at(-1) ?? null;
  const built = buildSeries(indicator, strategy, values, asOf, baseline?.t ?? null);
  const currentPoint = built.current?.point ?? null;
  const current = currentPoint === null ? null : { period: currentPoint.period, value: currentPoint.value, t: currentPoint.t, end: parsePeriod(currentPoint.period).end };

  const numeric = indicator.measure !== 'boolean' && indicator.measure !== 'qualitative';
  const measures = numeric
    ? numericMeasures({ indicator, strategy, method, tAsOf, baseline, targets, endTarget, current, series: built.series, mode: built.mode })
    : null;
  const decision = decideStatus({ indicator, strategy, method, asOf, tAsOf, targets, endTarget, current, measures });
  const scored = decision.status !== 'not-scored';

  const notes: Note[] = [...built.resultNotes, ...(measures?.notes ?? []), ...decision.notes];
  for (const item of values.notComputable) {
    notes.push({ code: 'NOT_COMPUTABLE', message: item.period === '' ? `Not computable: ${item.reason}.` : `${item.period} is not computable: ${item.reason}.` });
  }
  const baselineSource = sourceText(indicator.baseline?.source, strategy.language);
  const result: IndicatorResult = {
    indicator: indicator.id,
    title: indicator.title,
    result: indicator.result,
    measure: indicator.measure,
    unit: indicator.unit ?? (indicator.measure === 'currency' ? indicator.currency ?? null : null),
    decimals: decimalsOf(indicator),
    sensitive: indicator.sensitive,
    cumulative: indicator.cumulative,
    interpretation: indicator.interpretation ?? null,
    lead: indicator.lead ?? null,
    supporting: [...indicator.supporting],
    sources: [...new Set([...(baselineSource === null ? [] : [baselineSource]), ...values.sources])].sort(),
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
    trend: measures === null ? NO_TREND : measures.trend,
    status: decision.status,
    score: decision.score,
    methodResult: decision.methodResult,
    issues: [...values.issues, ...built.issues],
    notes,
    trace: {
      asOf,
      method: decision.traceMethod,
      baseline,
      target: endTarget,
      periods: built.current?.periods ?? [],
      observations: values.counts,
      substitutions: measures?.substitutions ?? [],
      notes: [...values.notes, ...built.traceNotes, ...(measures?.traceNotes ?? [])],
    },
  };
  return cleanNumbers(result);
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
