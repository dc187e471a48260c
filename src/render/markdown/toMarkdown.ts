import type { EvaluationSummary, IndicatorSummary, ResultSummary } from '../../summary/schema.js';
import { escapeMarkdown } from '../escape/markdown.js';
import { renderFinding, renderMethodology } from '../../locale/labels/index.js';
import type { Labels } from '../../locale/labels/index.js';
import {
  actorName,
  actorsByRank,
  colon,
  column,
  common,
  countParts,
  countText,
  dataQualityInOrder,
  dataQualityKind,
  figureWithPeriod,
  heading,
  labelsFor,
  na,
  percentText,
  periodText,
  planFacts,
  resultName,
  scoreText,
  statusWord,
} from '../text/view.js';
import type { RenderOptions } from '../text/view.js';
import { bullet, cell, headingLine, labelled, statusCell, table } from './blocks.js';

/**
 * Options of {@link toMarkdown}.
 *
 * @category Rendering
 */
export interface MarkdownOptions extends RenderOptions {
  /** Show an icon beside each status word (default true); the word is always there. */
  readonly icons?: boolean;
  /** The level of the top heading, 1–4 (default 1), for embedding in a larger document. */
  readonly headingLevel?: number;
}

interface Context {
  readonly labels: Labels;
  readonly icons: boolean;
  /** The level of section headings. */
  readonly level: number;
}

function counts(ctx: Context, value: EvaluationSummary['headline']['counts']): string {
  return countParts(value, ctx.labels).map(([, text]) => escapeMarkdown(text)).join(' · ');
}

function headline(ctx: Context, summary: EvaluationSummary): string[] {
  const { labels } = ctx;
  const head = summary.headline;
  const score = scoreText(head.score, labels);
  return [
    headingLine(ctx.level, heading(labels, 'headline')),
    '',
    bullet(labelled(column(labels, 'score'), escapeMarkdown(score === null ? na(labels) : `${score} ${common(labels, 'outOf100')}`), labels)),
    bullet(labelled(column(labels, 'status'), statusCell(head.status, labels, ctx.icons), labels)),
    bullet(labelled(column(labels, 'coverage'), cell(percentText(head.coverage, labels)), labels)),
    bullet(labelled(heading(labels, 'indicators'), escapeMarkdown(countText(head.indicators.total, labels)), labels)),
    bullet(counts(ctx, head.counts)),
  ];
}

function findings(ctx: Context, summary: EvaluationSummary): string[] {
  const { labels } = ctx;
  const items = summary.findings.map((finding, index) => (
    `${index + 1}. **${escapeMarkdown(labels.severity[finding.severity])}:** ${escapeMarkdown(renderFinding(finding, labels))}`
  ));
  return [headingLine(ctx.level, heading(labels, 'findings')), '', ...(items.length > 0 ? items : [escapeMarkdown(na(labels))])];
}

function indicatorRow(ctx: Context, indicator: IndicatorSummary): string[] {
  const { labels } = ctx;
  return [
    cell(indicator.id),
    cell(indicator.title),
    cell(figureWithPeriod(indicator.current, indicator.unit, labels)),
    cell(figureWithPeriod(indicator.target, indicator.unit, labels)),
    cell(percentText(indicator.progress, labels)),
    cell(scoreText(indicator.score, labels)),
    statusCell(indicator.status, labels, ctx.icons),
  ];
}

function resultRow(ctx: Context, result: ResultSummary): string[] {
  return [cell(result.id), cell(resultName(result, ctx.labels)), '', '', '', cell(scoreText(result.score, ctx.labels)), statusCell(result.status, ctx.labels, ctx.icons)];
}

/** One heading and table per top-level result: its own indicators, then each descendant and theirs. */
function pillars(ctx: Context, summary: EvaluationSummary): string[] {
  const { labels } = ctx;
  const byId = new Map(summary.indicators.map((indicator) => [indicator.id, indicator]));
  const header = ['id', 'title', 'current', 'target', 'progress', 'score', 'status'].map((key) => cell(column(labels, key)));
  const out = [headingLine(ctx.level, heading(labels, 'results'))];
  let rows: string[][] = [];
  const flush = (): void => {
    if (rows.length > 0) out.push('', ...table(header, rows, [false, false, true, true, true, true, false]));
    rows = [];
  };
  for (const result of summary.results) {
    if (result.depth === 0) {
      flush();
      const score = scoreText(result.score, labels);
      out.push('', headingLine(ctx.level + 1, `${resultName(result, labels)} (${result.id})`), '');
      out.push([
        labelled(column(labels, 'score'), escapeMarkdown(score === null ? na(labels) : `${score} ${common(labels, 'outOf100')}`), labels),
        labelled(column(labels, 'status'), statusCell(result.status, labels, ctx.icons), labels),
        labelled(column(labels, 'coverage'), cell(percentText(result.coverage, labels)), labels),
      ].join(' · '));
    } else {
      rows.push(resultRow(ctx, result));
    }
    for (const id of result.indicators) {
      const indicator = byId.get(id);
      if (indicator !== undefined) rows.push(indicatorRow(ctx, indicator));
    }
  }
  flush();
  return out;
}

function actors(ctx: Context, summary: EvaluationSummary): string[] {
  const { labels } = ctx;
  const header = ['rank', 'actor', 'score', 'shareOnTrack', 'count', 'mostBehind'].map((key) => cell(column(labels, key)));
  const rows = actorsByRank(summary.actors).map((actor) => [
    actor.rank === null ? '' : escapeMarkdown(countText(actor.rank, labels)),
    cell(actorName(actor)),
    cell(scoreText(actor.score, labels)),
    cell(percentText(actor.shareOnTrack, labels)),
    counts(ctx, actor.counts),
    actor.mostBehind.map((item) => `${escapeMarkdown(item.indicator)} (${escapeMarkdown(statusWord(item.status, labels))})`).join(', '),
  ]);
  const body = rows.length > 0 ? table(header, rows, [true, false, true, true, false, false]) : [escapeMarkdown(na(labels))];
  return [headingLine(ctx.level, heading(labels, 'actors')), '', ...body];
}

function reporting(ctx: Context, summary: EvaluationSummary): string[] {
  const { labels } = ctx;
  const header = ['actor', 'period', 'expectedReports', 'received', 'onTime', 'completeness', 'timeliness', 'missing'].map((key) => cell(column(labels, key)));
  const rows = summary.reporting.map((row) => [
    cell(row.actorName),
    cell(periodText(row.period, labels)),
    cell(countText(row.expected, labels)),
    cell(countText(row.received, labels)),
    cell(countText(row.onTime, labels)),
    cell(percentText(row.completeness, labels)),
    cell(percentText(row.timeliness, labels)),
    row.missing.map((item) => `${escapeMarkdown(item.indicator)} ${escapeMarkdown(periodText(item.period, labels))}`).join(', '),
  ]);
  const body = rows.length > 0 ? table(header, rows, [false, false, true, true, true, true, true, false]) : [escapeMarkdown(na(labels))];
  return [headingLine(ctx.level, heading(labels, 'reporting')), '', ...body];
}

function dataQuality(ctx: Context, summary: EvaluationSummary): string[] {
  const { labels } = ctx;
  if (summary.dataQuality.length === 0) return [];
  const header = ['kind', 'indicator', 'title', 'period', 'dimension', 'value'].map((key) => cell(column(labels, key)));
  const rows = dataQualityInOrder(summary).map((item) => [
    cell(dataQualityKind(item.kind, item.kindLabel, labels)),
    cell(item.indicator),
    cell(item.indicatorTitle),
    cell(item.period === null ? common(labels, 'allPeriods') : periodText(item.period, labels)),
    cell(Object.entries(item.disaggregation).map(([dimension, code]) => `${dimension}=${code}`).join(', ')),
    cell(item.display),
  ]);
  return [headingLine(ctx.level, heading(labels, 'dataQuality')), '', ...table(header, rows, [false, false, false, false, false, true])];
}

function breakdowns(ctx: Context, summary: EvaluationSummary): string[] {
  const { labels } = ctx;
  if (summary.breakdowns.length === 0) return [];
  const header = ['dimension', 'code', 'label', 'score', 'status', 'coverage'].map((key) => cell(column(labels, key)));
  const rows = summary.breakdowns.map((row) => [
    cell(row.dimension),
    cell(row.code),
    cell(row.label),
    cell(scoreText(row.score, labels)),
    statusCell(row.status, labels, ctx.icons),
    cell(percentText(row.coverage, labels)),
  ]);
  return [headingLine(ctx.level, heading(labels, 'breakdowns')), '', ...table(header, rows, [false, false, false, true, false, true])];
}

function methodology(ctx: Context, summary: EvaluationSummary): string[] {
  const { labels } = ctx;
  const items = summary.methodology.map((item) => bullet(escapeMarkdown(renderMethodology(item, labels))));
  if (summary.indicators.some((indicator) => indicator.suppressed)) items.push(bullet(escapeMarkdown(common(labels, 'suppressed'))));
  const out = [headingLine(ctx.level, heading(labels, 'methodology')), '', ...(items.length > 0 ? items : [escapeMarkdown(na(labels))])];
  if (summary.notes.length > 0) {
    out.push('', headingLine(ctx.level, heading(labels, 'notes')), '');
    out.push(...summary.notes.map((note) => bullet(`${escapeMarkdown(note.code)}${colon(labels)} ${escapeMarkdown(note.message)}`)));
  }
  return out;
}

/**
 * Renders an evaluation summary as GitHub-flavoured Markdown: a title, the headline (plan score,
 * status, coverage, counts), key findings rebuilt in the chosen language, a table per pillar (its
 * objectives and indicators), the ministries ranked, reporting compliance, data-quality findings and
 * how to read the figures. Every piece of user text is escaped, so names such as
 * `[x](javascript:…)`, `<script>` or `a|b` show as written and cannot break a table, even where the
 * Markdown is rendered with raw HTML on; bidi and zero-width characters are removed. Statuses are
 * words (an icon beside them by default). Figures withheld by small-cell protection show as the
 * summary gives them (`<5`). The same summary always gives the same bytes.
 *
 * @param summary - The summary to render (from `summarize`).
 * @param options - `lang` (default: the summary's), `labels` overrides, `icons`, `headingLevel`.
 * @returns The Markdown, lines ending in `\n`.
 * @throws {LogframeError} `LABELS_LANGUAGE_UNKNOWN` or `LABEL_OVERRIDE_INVALID` for bad label options.
 *
 * @example
 * ```ts
 * const strategy = parseStrategy({
 *   schemaVersion: 1, id: 'DEMO', title: 'Demo | plan', period: { start: 2024, end: 2028 }, baselineYear: 2023,
 *   levels: [{ id: 'pillar', title: 'Pillar' }], actors: [{ id: 'MOJ', name: 'Ministry of Justice' }],
 *   results: [{ id: 'P1', level: 'pillar', title: 'Justice' }],
 *   indicators: [{ id: 'I1', title: 'Cases heard', result: 'P1', measure: 'count', direction: 'increase', lead: 'MOJ',
 *     baseline: { period: '2023', value: 100 }, targets: { '2028': 200 } }],
 * });
 * const { observations } = parseObservations([{ indicator: 'I1', period: '2024', value: 130 }], strategy);
 * const markdown = toMarkdown(summarize(evaluate(strategy, observations, { asOf: '2025-03-27' })));
 * markdown.split('\n')[0]; // '# Evaluation summary: Demo \\| plan'
 * ```
 *
 * @category Rendering
 */
export function toMarkdown(summary: EvaluationSummary, options: MarkdownOptions = {}): string {
  const labels = labelsFor(summary, options);
  const requested = options.headingLevel ?? 1;
  const top = Number.isInteger(requested) ? Math.min(4, Math.max(1, requested)) : 1;
  const ctx: Context = { labels, icons: options.icons ?? true, level: top + 1 };
  const parts: string[][] = [
    [headingLine(top, `${heading(labels, 'summary')}${colon(labels)} ${summary.plan.title}`), '', planFacts(summary, labels).map(escapeMarkdown).join(' · ')],
    headline(ctx, summary),
    findings(ctx, summary),
    pillars(ctx, summary),
    actors(ctx, summary),
    reporting(ctx, summary),
    dataQuality(ctx, summary),
    breakdowns(ctx, summary),
    methodology(ctx, summary),
  ];
  return `${parts.filter((part) => part.length > 0).map((part) => part.join('\n')).join('\n\n')}\n`;
}
