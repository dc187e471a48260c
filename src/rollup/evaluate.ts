import type { Observation, Strategy } from '../model/index.js';
import { LogframeError } from '../problems/index.js';
import type { Problem } from '../problems/index.js';
import { resolveMethod } from '../score/index.js';
import type { MethodInput } from '../score/index.js';
import { indexStore } from '../score/indexObservations.js';
import { canonicalOrder } from '../score/canonicalOrder.js';
import { encodeObservations, IS_DRAFT, REC_DATE, REC_INDICATOR, RECORD_WORDS } from '../score/observationStore.js';
import type { ObservationStore } from '../score/observationStore.js';
import type { Note } from '../score/types.js';
import { dataQuality } from './dataQuality.js';
import { checkEvaluateOptions } from './checkEvaluateOptions.js';
import type { EvaluateOptions } from './evaluateOptions.js';
import { dataQualityColumnar } from './dataQualityColumnar.js';
import { reportingCompliance, reportingComplianceColumnar } from './reportingCompliance.js';
import { rollupResults } from './rollupResults.js';
import { scoreActors } from './scoreActors.js';
import { scoreAll } from './scoreAll.js';
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
  return evaluateWith(strategy, observations, options, true);
}

/**
 * {@link evaluate}, choosing the implementation: `columnar` (what `evaluate` uses) encodes the
 * observations into typed columns; otherwise every stage works on the observation objects — the
 * simple version the property tests compare the columnar one against.
 */
export function evaluateWith(strategy: Strategy, observations: readonly Observation[], options: EvaluateOptions, columnar: boolean): Evaluation {
  const parsed = checkEvaluateOptions(options, ['options']);
  if (!parsed.ok) throw new LogframeError(parsed.problems, 'Invalid evaluation options');
  const settings = parsed.value;
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

  const scoring = resolveMethod((settings.method as MethodInput | undefined) ?? 'default');
  const rollup = { aggregation: settings.aggregation, bands: settings.bands ?? DEFAULT_ROLLUP_BANDS };
  // Observations are encoded once (typed columns) for the index, the breakdowns, reporting and
  // data quality; `null` for unvalidated input the encoding does not cover (plain objects then).
  const store = columnar ? encodeObservations(strategy, observations) : null;
  // The observations the index, reporting and data quality look at, by indicator in canonical order.
  const canonical = store === null ? null : canonicalOrder(store, settings.asOf, settings.includeDrafts);
  const index = indexStore(store, strategy, observations, settings.asOf, settings.includeDrafts, {}, canonical);
  const indicators = scoreAll(strategy, index, scoring);
  const { results, plan } = rollupResults(strategy, indicators, rollup);

  const usage = usageOf(store, observations, strategy, settings.asOf, settings.includeDrafts);
  const breakdowns: Breakdown[] = [];
  for (const dimension of settings.breakdowns) {
    const definition = dimensions.get(dimension);
    if (!definition) continue;
    const subset = new Set(strategy.indicators.filter((indicator) => indicator.disaggregations.includes(dimension)).map((indicator) => indicator.id));
    for (const code of definition.codes) {
      const codeIndex = indexStore(store, strategy, observations, settings.asOf, settings.includeDrafts, { [dimension]: code.code }, canonical);
      const scored = scoreAll(strategy, codeIndex, scoring).filter((result) => subset.has(result.indicator));
      breakdowns.push({ dimension, code: code.code, label: code.label, indicators: scored, plan: rollupResults(strategy, scored, rollup).plan });
    }
  }

  const notes: Note[] = [];
  const unknown = usage.unknown;
  if (unknown > 0) notes.push({ code: 'UNKNOWN_INDICATOR_IGNORED', message: `${unknown} observation${unknown === 1 ? '' : 's'} for indicators not in the strategy ${unknown === 1 ? 'was' : 'were'} ignored; validate observations with parseObservations first.` });
  const undated = usage.undated;
  if (undated > 0) notes.push({ code: 'REPORTED_ON_MISSING', message: `${undated} observation${undated === 1 ? ' has' : 's have'} no reportedOn date: they count as reported at the end of their period, and as not on time in reporting compliance.` });
  const complianceOptions = { asOf: settings.asOf, graceDays: settings.graceDays, periodType: settings.reportingPeriod, includeDrafts: settings.includeDrafts };
  const qualityOptions = { asOf: settings.asOf, graceDays: settings.graceDays, ...settings.outliers };

  return {
    strategy: { id: strategy.id, title: strategy.title, period: { start: strategy.period.start, end: strategy.period.end }, baselineYear: strategy.baselineYear, language: strategy.language },
    asOf: settings.asOf,
    method,
    options: { includeDrafts: settings.includeDrafts, graceDays: settings.graceDays, aggregation: settings.aggregation, breakdowns: settings.breakdowns },
    indicators,
    results,
    plan,
    actors: scoreActors(strategy, indicators),
    reporting: canonical !== null && store !== null ? reportingComplianceColumnar(store, canonical, complianceOptions) : reportingCompliance(strategy, usage.used(), complianceOptions),
    breakdowns,
    dataQuality: (canonical !== null && store !== null ? dataQualityColumnar(store, canonical, indicators, qualityOptions) : null) ?? dataQuality(strategy, usage.used(), indicators, qualityOptions),
    notes,
  };
}

/** Observations counted in the notes, and (made when needed) those reporting and data quality look at. */
function usageOf(store: ObservationStore | null, observations: readonly Observation[], strategy: Strategy, asOf: string, includeDrafts: boolean): { used: () => Observation[]; unknown: number; undated: number } {
  let used: Observation[] | undefined;
  const usedOf = () => (used ??= observations.filter((observation) => isUsable(observation, asOf, includeDrafts)));
  if (store === null) {
    const known = new Set(strategy.indicators.map((indicator) => indicator.id));
    return { used: usedOf, unknown: observations.filter((observation) => !known.has(observation.indicator)).length, undated: usedOf().filter((observation) => observation.reportedOn === undefined).length };
  }
  const { columns, tables } = store;
  const after = tables.dates.map((date) => date > asOf);
  let unknown = 0;
  let undated = 0;
  const { words, flags } = columns;
  for (let i = 0; i < columns.n; i++) {
    const at = i * RECORD_WORDS;
    if ((words[at + REC_INDICATOR] as number) < 0) unknown++;
    if (((flags[i] as number) & IS_DRAFT) !== 0 && !includeDrafts) continue;
    const date = words[at + REC_DATE] as number;
    if (date < 0) undated++;
    else if (after[date] === true) continue;
  }
  return { used: usedOf, unknown, undated };
}

function isUsable(observation: Observation, asOf: string, includeDrafts: boolean): boolean {
  if (observation.status === 'draft' && !includeDrafts) return false;
  return observation.reportedOn === undefined || observation.reportedOn <= asOf;
}
