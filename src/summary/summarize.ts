import { LogframeError } from '../problems/index.js';
import type { Evaluation } from '../rollup/types.js';
import { buildContext } from './context.js';
import { buildFindings } from './findings.js';
import { buildMethodology } from './methodology.js';
import { bounded, compareIds, finite } from './numbers.js';
import { checkSummarizeOptions } from './checkSummarizeOptions.js';
import type { SummarizeOptions } from './options.js';
import { resolveText } from './resolveText.js';
import type { EvaluationSummary } from './schema.js';
import { summarizeActors } from './summarizeActors.js';
import { summarizeBreakdowns } from './summarizeBreakdowns.js';
import { summarizeDataQuality } from './summarizeDataQuality.js';
import { summarizeIndicator } from './summarizeIndicator.js';
import { restsOnWithheld, summarizeCounts, summarizeResults } from './summarizeResults.js';
import { summarizeReporting } from './summarizeReporting.js';
import { SUMMARY_SCHEMA_VERSION } from './version.js';

/**
 * Turns an evaluation into its summary: plain, JSON-safe, versioned data with every title resolved
 * to one language, every number finite or `null`, display strings for published figures, ranked
 * findings and the methodology notes needed to read it.
 *
 * The same evaluation and options give a byte-identical `JSON.stringify` (keys in schema order,
 * lists in the evaluation's deterministic order, findings sorted with explicit tie-breaks). No
 * clock is read: `generatedAt` appears only when given.
 *
 * Small-cell protection: for indicators marked `sensitive`, figures above 0 and below
 * `smallCellThreshold` (current value, baseline, series points, breakdown values, data-quality
 * values) are published as `<5` with a `null` number, and the indicator has `suppressed: true`.
 * Zero is published. Measures that would give a withheld figure back by arithmetic with the
 * published baseline and targets (progress, performance, achievement, score, growth rates,
 * projections) are withheld too, as is a roll-up score resting on one withheld score alone; the
 * status is kept. The evaluation itself keeps the true values.
 *
 * @param evaluation - The result of {@link evaluate}.
 * @param options - `lang` (`en` or `km`, default `en`), `smallCellThreshold` (default 5, 0 = off),
 *   `generatedAt` (ISO date-time, optional), `maxFindings` (default 50), `strategy` (optional: the
 *   strategy evaluated, for level names, actors' short names and ordinal level labels).
 * @returns The summary; it validates against {@link EvaluationSummarySchema}.
 * @throws {LogframeError} When an option is invalid (e.g. a negative threshold or an unknown language).
 *
 * @example
 * ```ts
 * const strategy = parseStrategy({
 *   id: 'demo', title: { en: 'Demo plan', km: 'ផែនការសាកល្បង' }, period: { start: 2024, end: 2028 }, baselineYear: 2023,
 *   levels: [{ id: 'pillar', title: 'Pillar' }], results: [{ id: 'P', title: 'Justice', level: 'pillar' }],
 *   indicators: [{ id: 'cases', title: 'Cases', result: 'P', measure: 'count', baseline: { period: '2023', value: 100 }, targets: { '2024': 110, '2028': 150 } }],
 * });
 * const { observations } = parseObservations([{ indicator: 'cases', period: '2024', value: 112, reportedOn: '2025-01-20' }], strategy);
 * const summary = summarize(evaluate(strategy, observations, { asOf: '2025-03-27' }), { lang: 'km' });
 * summary.plan.title; // 'ផែនការសាកល្បង'
 * summary.indicators[0]?.current?.display; // '112'
 * ```
 *
 * @category Summary
 */
export function summarize(evaluation: Evaluation, options: SummarizeOptions = {}): EvaluationSummary {
  const parsed = checkSummarizeOptions(options, ['options']);
  if (!parsed.ok) throw new LogframeError(parsed.problems, 'Invalid summary options');
  const settings = parsed.value;
  const context = buildContext(evaluation, settings.lang, settings.smallCellThreshold, settings.strategy);
  const labels = context.labels;

  const byIndicator = new Map(evaluation.indicators.map((result) => [result.indicator, result]));
  const kinds = new Map<string, Set<string>>();
  for (const finding of evaluation.dataQuality) {
    const set = kinds.get(finding.indicator) ?? new Set<string>();
    set.add(finding.kind);
    kinds.set(finding.indicator, set);
  }
  const hiddenScores = new Set<string>();
  const indicators = evaluation.indicators.map((result) => {
    const { summary, withheld } = summarizeIndicator(result, context, [...(kinds.get(result.indicator) ?? [])].sort(compareIds));
    if (withheld.score) hiddenScores.add(result.indicator);
    return summary;
  });
  const scored = new Set(evaluation.indicators.filter((result) => finite(result.score) !== null).map((result) => result.indicator));
  const results = summarizeResults(evaluation.results, context, hiddenScores);
  const reporting = summarizeReporting(evaluation.reporting, context);
  const preset = evaluation.method.preset;
  const presetLabel = Object.hasOwn(labels.presets, preset) ? labels.presets[preset] : undefined;
  const plan = evaluation.plan;

  return {
    schemaVersion: SUMMARY_SCHEMA_VERSION,
    lang: settings.lang,
    plan: {
      id: evaluation.strategy.id,
      title: resolveText(evaluation.strategy.title, settings.lang),
      period: { start: evaluation.strategy.period.start, end: evaluation.strategy.period.end },
      baselineYear: evaluation.strategy.baselineYear,
      language: evaluation.strategy.language,
    },
    asOf: evaluation.asOf,
    ...(settings.generatedAt === undefined ? {} : { generatedAt: settings.generatedAt }),
    method: {
      preset,
      thresholds: Object.fromEntries(Object.entries(evaluation.method.thresholds).flatMap(([name, value]) => {
        const clean = finite(value);
        return clean === null ? [] : [[name, clean]];
      })),
      name: presetLabel?.name ?? preset,
      description: presetLabel?.description ?? labels.presets['custom']?.description ?? '',
    },
    headline: {
      score: restsOnWithheld(scored, hiddenScores) ? null : bounded(plan.score, 0, 100),
      status: plan.status,
      counts: summarizeCounts(plan.counts),
      coverage: bounded(plan.coverage, 0, 1) ?? 0,
      indicators: {
        total: evaluation.indicators.length,
        scored: scored.size,
        withData: evaluation.indicators.filter((result) => result.current !== null).length,
      },
    },
    results,
    actors: summarizeActors(evaluation.actors, context, hiddenScores, scored),
    indicators,
    reporting,
    dataQuality: summarizeDataQuality(evaluation.dataQuality, byIndicator, context),
    breakdowns: summarizeBreakdowns(evaluation.breakdowns, context),
    findings: buildFindings({ evaluation, results, indicators, reporting }, context, settings.maxFindings),
    methodology: buildMethodology(evaluation, context),
    notes: evaluation.notes.map((note) => ({ code: note.code, message: note.message })),
  };
}
