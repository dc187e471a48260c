import type { Observation, Strategy } from '../model/index.js';
import { formulaOrder } from '../formula/index.js';
import { LogframeError } from '../problems/index.js';
import type { Problem } from '../problems/index.js';
import { problemsFromZod } from '../model/index.js';
import { indexObservations, resolveMethod, scoreIndicator } from '../score/index.js';
import type { MethodInput, ScoreIndicatorOptions } from '../score/index.js';
import type { IndicatorResult, Note } from '../score/types.js';
import { dataQuality } from './dataQuality.js';
import { EvaluateOptionsSchema } from './evaluateOptions.js';
import type { EvaluateOptions } from './evaluateOptions.js';
import { reportingCompliance } from './reportingCompliance.js';
import { rollupResults } from './rollupResults.js';
import { scoreActors } from './scoreActors.js';
import { DEFAULT_ROLLUP_BANDS } from './statusOfScore.js';
import type { Breakdown, Evaluation } from './types.js';

/**
 * Scores a whole strategy with its observations as of a date: every indicator, every node of the
 * results tree and the plan, one scorecard per ministry, reporting compliance, breakdowns by
 * dimension and data-quality findings — plain data in a deterministic order.
 *
 * Observations are indexed once (by indicator and period), so the cost grows linearly with their
 * number. Computed indicators are scored after the indicators they depend on.
 *
 * @param strategy - A validated strategy (from {@link parseStrategy}).
 * @param observations - Validated observations (from {@link parseObservations} or an importer).
 * @param options - `asOf` (required), `method`, `includeDrafts`, `graceDays`, `breakdowns`, `aggregation`, `bands`, `reportingPeriod`, `outliers`.
 * @returns The evaluation.
 * @throws {LogframeError} When an option is invalid (e.g. `asOf` missing or not a date, an unknown method or breakdown dimension).
 *
 * @example
 * ```ts
 * const strategy = parseStrategy({
 *   id: 'demo', title: 'Demo', period: { start: 2024, end: 2028 }, baselineYear: 2023,
 *   levels: [{ id: 'pillar', title: 'Pillar' }], results: [{ id: 'P', title: 'Justice', level: 'pillar' }],
 *   indicators: [{ id: 'cases', title: 'Cases', result: 'P', measure: 'count', baseline: { period: '2023', value: 100 }, targets: { '2024': 110, '2028': 150 } }],
 * });
 * const { observations } = parseObservations([{ indicator: 'cases', period: '2024', value: 112, reportedOn: '2025-01-20' }], strategy);
 * const evaluation = evaluate(strategy, observations, { asOf: '2025-03-27' });
 * evaluation.indicators[0]?.status; // 'on-track'
 * ```
 *
 * @category Roll-up
 */
export function evaluate(strategy: Strategy, observations: readonly Observation[], options: EvaluateOptions): Evaluation {
  const parsed = EvaluateOptionsSchema.safeParse(options, { reportInput: true });
  if (!parsed.success) throw new LogframeError(problemsFromZod(parsed.error.issues, ['options']), 'Invalid evaluation options');
  const settings = parsed.data;
  const resolved = resolveMethod(settings.method as MethodInput | undefined);
  const method = { preset: resolved.custom ? 'custom' : resolved.preset.id, base: resolved.preset.id, thresholds: resolved.thresholds };
  const problems: Problem[] = [];
  const dimensions = new Map(strategy.dimensions.map((dimension) => [dimension.id, dimension]));
  settings.breakdowns.forEach((dimension, index) => {
    if (!dimensions.has(dimension)) {
      problems.push({ path: ['options', 'breakdowns', index], code: 'UNKNOWN_REFERENCE', severity: 'error', message: `No dimension has the id "${dimension}"; use one of: ${[...dimensions.keys()].join(', ') || '(none)'}.` });
    }
  });
  if (problems.length > 0) throw new LogframeError(problems, 'Invalid evaluation options');

  const scoring: ScoreIndicatorOptions = { asOf: settings.asOf, method: settings.method as MethodInput | undefined ?? 'default', includeDrafts: settings.includeDrafts };
  const rollup = { aggregation: settings.aggregation, bands: settings.bands ?? DEFAULT_ROLLUP_BANDS };
  const index = indexObservations(strategy, observations, { asOf: settings.asOf, includeDrafts: settings.includeDrafts });
  const indicators = scoreAll(strategy, index, scoring);
  const { results, plan } = rollupResults(strategy, indicators, rollup);

  const used = observations.filter((observation) => isUsable(observation, settings.asOf, settings.includeDrafts));
  const breakdowns: Breakdown[] = [];
  for (const dimension of settings.breakdowns) {
    const definition = dimensions.get(dimension);
    if (!definition) continue;
    const subset = strategy.indicators.filter((indicator) => indicator.disaggregations.includes(dimension)).map((indicator) => indicator.id);
    for (const code of definition.codes) {
      const codeIndex = indexObservations(strategy, observations, { asOf: settings.asOf, includeDrafts: settings.includeDrafts, where: { [dimension]: code.code } });
      const scored = scoreAll(strategy, codeIndex, scoring).filter((result) => subset.includes(result.indicator));
      breakdowns.push({ dimension, code: code.code, label: code.label, indicators: scored, plan: rollupResults(strategy, scored, rollup).plan });
    }
  }

  const notes: Note[] = [];
  const known = new Set(strategy.indicators.map((indicator) => indicator.id));
  const unknown = observations.filter((observation) => !known.has(observation.indicator)).length;
  if (unknown > 0) notes.push({ code: 'UNKNOWN_INDICATOR_IGNORED', message: `${unknown} observation${unknown === 1 ? '' : 's'} for indicators not in the strategy ${unknown === 1 ? 'was' : 'were'} ignored; validate observations with parseObservations first.` });
  const undated = used.filter((observation) => observation.reportedOn === undefined).length;
  if (undated > 0) notes.push({ code: 'REPORTED_ON_MISSING', message: `${undated} observation${undated === 1 ? ' has' : 's have'} no reportedOn date: they count as reported at the end of their period, and as not on time in reporting compliance.` });

  return {
    strategy: { id: strategy.id, title: strategy.title, period: { start: strategy.period.start, end: strategy.period.end }, baselineYear: strategy.baselineYear, language: strategy.language },
    asOf: settings.asOf,
    method,
    options: { includeDrafts: settings.includeDrafts, graceDays: settings.graceDays, aggregation: settings.aggregation, breakdowns: settings.breakdowns },
    indicators,
    results,
    plan,
    actors: scoreActors(strategy, indicators),
    reporting: reportingCompliance(strategy, used, { asOf: settings.asOf, graceDays: settings.graceDays, periodType: settings.reportingPeriod, includeDrafts: settings.includeDrafts }),
    breakdowns,
    dataQuality: dataQuality(strategy, used, indicators, { asOf: settings.asOf, graceDays: settings.graceDays, ...settings.outliers }),
    notes,
  };
}

// Scores every indicator, components before the computed indicators that use them, and returns
// the results in strategy order.
function scoreAll(strategy: Strategy, index: ReturnType<typeof indexObservations>, options: ScoreIndicatorOptions): IndicatorResult[] {
  const dependencies = new Map<string, string[]>();
  for (const indicator of strategy.indicators) {
    if (indicator.ratio) dependencies.set(indicator.id, [indicator.ratio.numerator, indicator.ratio.denominator]);
  }
  const { order } = formulaOrder(dependencies);
  const byId = new Map<string, IndicatorResult>();
  const sequence = [...order, ...strategy.indicators.map((indicator) => indicator.id).filter((id) => !order.includes(id))];
  for (const id of sequence) {
    if (!byId.has(id) && strategy.indicators.some((indicator) => indicator.id === id)) byId.set(id, scoreIndicator(strategy, index, id, options));
  }
  return strategy.indicators.map((indicator) => byId.get(indicator.id)).filter((result): result is IndicatorResult => result !== undefined);
}

function isUsable(observation: Observation, asOf: string, includeDrafts: boolean): boolean {
  if (observation.status === 'draft' && !includeDrafts) return false;
  return observation.reportedOn === undefined || observation.reportedOn <= asOf;
}
