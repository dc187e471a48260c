import type { EvaluationSummary, IndicatorSummary } from '../../summary/schema.js';
import { oneLine } from '../escape/invisible.js';
import { fillTemplate, renderFinding, renderMethodology } from '../../locale/labels/index.js';
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
} from './view.js';
import type { RenderOptions, Status } from './view.js';
import { textWidth, words, wrapWords } from './width.js';
import type { Word } from './width.js';

/**
 * Options of {@link toText}.
 *
 * @category Rendering
 */
export interface TextOptions extends RenderOptions {
  /** Colour status words and headings with ANSI codes (default false: no escape codes at all). */
  readonly color?: boolean;
  /** The line width in terminal cells, from 40 to 200 (default 80). */
  readonly width?: number;
}

/** ANSI SGR codes per status: green for good, yellow for at risk, red for off track, dim otherwise. */
const STATUS_STYLE: Readonly<Record<Status, string>> = {
  achieved: '32',
  'on-track': '32',
  'at-risk': '33',
  'off-track': '31',
  'not-started': '2',
  'no-data': '2',
  'not-scored': '2',
};
const BOLD = '1';
/** Deeper results are not indented further, so that titles keep room on the line. */
const MAX_INDENT = 12;

interface Writer {
  readonly labels: Labels;
  readonly width: number;
  readonly color: boolean;
  readonly lines: string[];
}

/** Plain user or label text, on one line, with no control or bidi characters. */
function clean(text: string): string {
  return oneLine(text);
}

function plain(text: string, style?: string): Word[] {
  return words(clean(text), style);
}

/**
 * Phrases joined by ` · `, the separator glued to the end of the phrase before it; the words of a
 * phrase stay on one line when the phrase fits on one.
 */
function phrases(parts: ReadonlyArray<readonly Word[]>): Word[] {
  const kept = parts.filter((part) => part.length > 0);
  return kept.flatMap((part, index) => part.map((word, position) => {
    const last = position === part.length - 1;
    return {
      ...word,
      ...(last && index < kept.length - 1 ? { suffix: `${word.suffix ?? ''} ·` } : {}),
      ...(last ? {} : { keep: true }),
    };
  }));
}

/** `Label value` as words, or nothing when the value is missing. */
function pair(label: string, value: string | null): Word[] {
  return value === null ? [] : [...plain(label), ...plain(value)];
}

function status(value: Status, labels: Labels): Word[] {
  return plain(statusWord(value, labels), STATUS_STYLE[value]);
}

function paragraph(out: Writer, content: readonly Word[], indent: number, hang = indent): void {
  out.lines.push(...wrapWords(content, out.width, ' '.repeat(indent), ' '.repeat(hang), out.color));
}

function section(out: Writer, title: string): void {
  const text = clean(title);
  const underline = '-'.repeat(Math.min(out.width, Math.max(1, textWidth(text))));
  out.lines.push('');
  out.lines.push(...wrapWords(words(text, BOLD), out.width, '', '', out.color), underline);
}

function header(out: Writer, summary: EvaluationSummary): void {
  const { labels } = out;
  const title = clean(heading(labels, 'summary'));
  out.lines.push(...wrapWords(words(title, BOLD), out.width, '', '', out.color));
  out.lines.push('='.repeat(Math.min(out.width, Math.max(1, textWidth(title)))));
  paragraph(out, plain(summary.plan.title), 0);
  paragraph(out, phrases(planFacts(summary, labels).map((fact) => plain(fact))), 0);
}

function headline(out: Writer, summary: EvaluationSummary): void {
  const { labels } = out;
  const { headline: head } = summary;
  section(out, heading(labels, 'headline'));
  const score = scoreText(head.score, labels);
  paragraph(out, phrases([
    pair(column(labels, 'score'), score === null ? na(labels) : `${score} ${common(labels, 'outOf100')}`),
    status(head.status, labels),
    pair(column(labels, 'coverage'), percentText(head.coverage, labels)),
    pair(heading(labels, 'indicators'), countText(head.indicators.total, labels)),
  ]), 2, 4);
  paragraph(out, phrases(countParts(head.counts, labels).map(([value, text]) => plain(text, STATUS_STYLE[value]))), 2, 4);
}

function indicatorBlock(out: Writer, indicator: IndicatorSummary, indent: number): void {
  const { labels } = out;
  paragraph(out, [...plain(indicator.id, BOLD), ...plain(indicator.title)], indent, indent + 4);
  paragraph(out, phrases([
    pair(column(labels, 'current'), figureWithPeriod(indicator.current, indicator.unit, labels)),
    pair(column(labels, 'target'), figureWithPeriod(indicator.target, indicator.unit, labels)),
    pair(column(labels, 'progress'), percentText(indicator.progress, labels)),
    pair(column(labels, 'score'), scoreText(indicator.score, labels)),
    status(indicator.status, labels),
  ]), indent + 4);
}

function results(out: Writer, summary: EvaluationSummary): void {
  const { labels } = out;
  section(out, heading(labels, 'results'));
  const byId = new Map(summary.indicators.map((indicator) => [indicator.id, indicator]));
  for (const result of summary.results) {
    const indent = Math.min(result.depth * 2, MAX_INDENT);
    if (result.depth === 0) out.lines.push('');
    paragraph(out, [...plain(result.id, BOLD), ...plain(resultName(result, labels))], indent, indent + 4);
    paragraph(out, phrases([
      pair(column(labels, 'score'), scoreText(result.score, labels) ?? na(labels)),
      status(result.status, labels),
      pair(column(labels, 'coverage'), percentText(result.coverage, labels)),
    ]), indent + 4);
    for (const id of result.indicators) {
      const indicator = byId.get(id);
      if (indicator !== undefined) indicatorBlock(out, indicator, Math.min(indent + 2, MAX_INDENT + 2));
    }
  }
}

function actors(out: Writer, summary: EvaluationSummary): void {
  const { labels } = out;
  section(out, heading(labels, 'actors'));
  if (summary.actors.length === 0) paragraph(out, plain(na(labels)), 2);
  for (const actor of actorsByRank(summary.actors)) {
    paragraph(out, [...plain(actor.rank === null ? '–' : `${countText(actor.rank, labels)}.`, BOLD), ...plain(actorName(actor))], 2, 6);
    paragraph(out, phrases([
      pair(column(labels, 'score'), scoreText(actor.score, labels) ?? na(labels)),
      pair(column(labels, 'shareOnTrack'), percentText(actor.shareOnTrack, labels)),
      ...countParts(actor.counts, labels).map(([value, text]) => plain(text, STATUS_STYLE[value])),
    ]), 6);
    if (actor.mostBehind.length > 0) {
      const behind = actor.mostBehind.map((item) => [...plain(item.indicator), ...status(item.status, labels)]);
      paragraph(out, [...plain(`${column(labels, 'mostBehind')}${colon(labels)}`), ...phrases(behind)], 6, 8);
    }
  }
}

function reporting(out: Writer, summary: EvaluationSummary): void {
  const { labels } = out;
  section(out, heading(labels, 'reporting'));
  if (summary.reporting.length === 0) paragraph(out, plain(na(labels)), 2);
  for (const row of summary.reporting) {
    paragraph(out, phrases([plain(row.actorName), plain(periodText(row.period, labels))]), 2, 6);
    paragraph(out, phrases([
      pair(column(labels, 'expectedReports'), countText(row.expected, labels)),
      pair(column(labels, 'received'), countText(row.received, labels)),
      pair(column(labels, 'onTime'), countText(row.onTime, labels)),
      pair(column(labels, 'completeness'), percentText(row.completeness, labels)),
      pair(column(labels, 'timeliness'), percentText(row.timeliness, labels)),
    ]), 6);
    if (row.missing.length > 0) {
      const missing = row.missing.map((item) => plain(`${item.indicator} ${periodText(item.period, labels)}`));
      paragraph(out, [...plain(`${column(labels, 'missing')}${colon(labels)}`), ...phrases(missing)], 6, 8);
    }
  }
}

function findings(out: Writer, summary: EvaluationSummary): void {
  const { labels } = out;
  section(out, heading(labels, 'findings'));
  if (summary.findings.length === 0) paragraph(out, plain(na(labels)), 2);
  summary.findings.forEach((finding, index) => {
    const marker = `${countText(index + 1, labels)}.`;
    paragraph(out, [...plain(marker), ...plain(`[${labels.severity[finding.severity]}]`), ...plain(renderFinding(finding, labels))], 2, 3 + marker.length);
  });
}

function dataQuality(out: Writer, summary: EvaluationSummary): void {
  const { labels } = out;
  if (summary.dataQuality.length === 0) return;
  section(out, heading(labels, 'dataQuality'));
  for (const item of dataQualityInOrder(summary)) {
    const sentence = fillTemplate(common(labels, 'dataQualityMessage'), {
      kind: item.kind,
      title: item.indicatorTitle,
      indicator: item.indicator,
      period: item.period === null ? common(labels, 'allPeriods') : periodText(item.period, labels),
    }, labels);
    const kind = dataQualityKind(item.kind, item.kindLabel, labels);
    const parts = Object.entries(item.disaggregation).map(([dimension, code]) => `${dimension}=${code}`);
    const extra = [...parts, ...(item.display === null ? [] : [`${column(labels, 'value')}${colon(labels)} ${item.display}`])];
    const text = sentence.startsWith(kind) ? sentence : `${kind}${colon(labels)} ${sentence}`;
    paragraph(out, [...plain('-'), ...plain(text), ...(extra.length > 0 ? plain(`(${extra.join(', ')})`) : [])], 2, 4);
  }
}

function breakdowns(out: Writer, summary: EvaluationSummary): void {
  const { labels } = out;
  if (summary.breakdowns.length === 0) return;
  section(out, heading(labels, 'breakdowns'));
  for (const row of summary.breakdowns) {
    paragraph(out, phrases([
      plain(`${row.dimension}${colon(labels)} ${row.label} (${row.code})`),
      pair(column(labels, 'score'), scoreText(row.score, labels) ?? na(labels)),
      status(row.status, labels),
      pair(column(labels, 'coverage'), percentText(row.coverage, labels)),
    ]), 2, 6);
  }
}

function methodology(out: Writer, summary: EvaluationSummary): void {
  const { labels } = out;
  section(out, heading(labels, 'methodology'));
  for (const item of summary.methodology) paragraph(out, [...plain('-'), ...plain(renderMethodology(item, labels))], 2, 4);
  if (summary.indicators.some((indicator) => indicator.suppressed)) paragraph(out, [...plain('-'), ...plain(common(labels, 'suppressed'))], 2, 4);
  if (summary.notes.length === 0) return;
  section(out, heading(labels, 'notes'));
  for (const note of summary.notes) paragraph(out, [...plain('-'), ...plain(`${note.code}${colon(labels)} ${note.message}`)], 2, 4);
}

/**
 * Renders an evaluation summary as plain text for a terminal: every line fits the width (80 cells
 * by default, measured in terminal cells, so Khmer vowel signs take none), long titles wrap, status
 * words are always written out, and user text loses any control or bidi character, so that a name
 * can neither move the cursor nor reorder the line. No colour unless `color: true`.
 *
 * @param summary - The summary to render (from `summarize`).
 * @param options - `lang` (default: the summary's), `labels` overrides, `color`, `width`.
 * @returns The text, lines ending in `\n`.
 * @throws {LogframeError} `LABELS_LANGUAGE_UNKNOWN` or `LABEL_OVERRIDE_INVALID` for bad label options.
 *
 * @example
 * ```ts
 * const strategy = parseStrategy({
 *   schemaVersion: 1, id: 'DEMO', title: 'Demo plan', period: { start: 2024, end: 2028 }, baselineYear: 2023,
 *   levels: [{ id: 'pillar', title: 'Pillar' }], actors: [{ id: 'MOJ', name: 'Ministry of Justice' }],
 *   results: [{ id: 'P1', level: 'pillar', title: 'Justice' }],
 *   indicators: [{ id: 'I1', title: 'Cases heard', result: 'P1', measure: 'count', direction: 'increase', lead: 'MOJ',
 *     baseline: { period: '2023', value: 100 }, targets: { '2028': 200 } }],
 * });
 * const { observations } = parseObservations([{ indicator: 'I1', period: '2024', value: 130 }], strategy);
 * const text = toText(summarize(evaluate(strategy, observations, { asOf: '2025-03-27' })));
 * text.split('\n')[0]; // 'Evaluation summary'
 * text.split('\n').every((line) => line.length <= 80); // true
 * ```
 *
 * @category Rendering
 */
export function toText(summary: EvaluationSummary, options: TextOptions = {}): string {
  const requested = options.width ?? 80;
  const width = Number.isFinite(requested) ? Math.min(200, Math.max(40, Math.floor(requested))) : 80;
  const out: Writer = { labels: labelsFor(summary, options), width, color: options.color === true, lines: [] };
  header(out, summary);
  headline(out, summary);
  findings(out, summary);
  results(out, summary);
  actors(out, summary);
  reporting(out, summary);
  dataQuality(out, summary);
  breakdowns(out, summary);
  methodology(out, summary);
  return `${out.lines.join('\n')}\n`;
}
