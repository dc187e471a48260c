// The plain-text pieces that the Markdown and terminal renderers share: labels in the chosen
// language, figures as the summary publishes them (so `<5` stays `<5`), percentages and scores
// through the shared formatters. Nothing here escapes: each renderer escapes for its own output.
import { formatPeriod } from '../../periods/index.js';
import type {
  ActorSummary,
  EvaluationSummary,
  SummaryFigure,
  SummaryStatusCounts,
  SummaryTarget,
} from '../../summary/schema.js';
import { formatDate, formatNumber, formatPercent } from '../../locale/format/index.js';
import { fillTemplate, getLabels } from '../../locale/labels/index.js';
import type { LabelLanguage, LabelOverrides, Labels } from '../../locale/labels/index.js';

/**
 * Options every human-facing renderer takes.
 *
 * @category Rendering
 */
export interface RenderOptions {
  /** The language of the fixed words (`en` or `km`); default: the summary's language. */
  readonly lang?: LabelLanguage;
  /** Replacements for any labels, e.g. `{ status: { 'off-track': 'Behind' } }`. */
  readonly labels?: LabelOverrides;
}

/** A status as the summary gives it. */
export type Status = EvaluationSummary['headline']['status'];

/** The statuses in the order counts are shown: best first. */
export const STATUSES: readonly Status[] = ['achieved', 'on-track', 'at-risk', 'off-track', 'not-started', 'no-data', 'not-scored'];

/** The labels for a render: the options' language, else the summary's, with the caller's overrides. */
export function labelsFor(summary: EvaluationSummary, options: RenderOptions): Labels {
  return getLabels(options.lang ?? summary.lang, options.labels);
}

/** A label of the `common` group, or its key when an override removed it. */
export function common(labels: Labels, key: string): string {
  return labels.common[key] ?? key;
}

/** The not-available word. */
export function na(labels: Labels): string {
  return common(labels, 'notAvailable');
}

/** A column header. */
export function column(labels: Labels, key: string): string {
  return labels.columns[key] ?? key;
}

/** A section heading. */
export function heading(labels: Labels, key: string): string {
  return labels.headings[key] ?? key;
}

/** The status word. */
export function statusWord(status: Status, labels: Labels): string {
  return labels.status[status];
}

/** A period's label in the language, or its id when it is not a period id. */
export function periodText(id: string, labels: Labels): string {
  try {
    return formatPeriod(id, { lang: labels.lang });
  } catch {
    return id;
  }
}

/**
 * A figure as published, with its unit: booleans as yes/no in the chosen language, everything else
 * as the summary's display string (which is `<5` for a withheld value).
 */
export function figureText(figure: SummaryFigure | SummaryTarget | null, unit: string | null, labels: Labels): string | null {
  if (figure === null) return null;
  if (typeof figure.value === 'boolean') return common(labels, figure.value ? 'yes' : 'no');
  if (unit === null || unit === '' || typeof figure.value === 'string') return figure.display;
  return unit === '%' ? `${figure.display}%` : `${figure.display} ${unit}`;
}

/** A figure with its period in brackets: `197 cases (2024)`. */
export function figureWithPeriod(figure: SummaryFigure | SummaryTarget | null, unit: string | null, labels: Labels): string | null {
  const text = figureText(figure, unit, labels);
  return text === null || figure === null ? null : `${text} (${periodText(figure.period, labels)})`;
}

/** A fraction as a whole percentage, or `null`. */
export function percentText(fraction: number | null, labels: Labels): string | null {
  return fraction === null ? null : formatPercent(fraction, { lang: labels.lang });
}

/** A score as a whole number (as findings show it), or `null`. */
export function scoreText(score: number | null, labels: Labels): string | null {
  return score === null ? null : formatNumber(score, { lang: labels.lang });
}

/** A count. */
export function countText(count: number, labels: Labels): string {
  return formatNumber(count, { lang: labels.lang });
}

/** The non-zero status counts as `[status, "Label n"]` pairs, in status order. */
export function countParts(counts: SummaryStatusCounts, labels: Labels): Array<[Status, string]> {
  return STATUSES.filter((status) => counts[status] > 0)
    .map((status) => [status, `${statusWord(status, labels)} ${countText(counts[status], labels)}`]);
}

/** Ministries best first: by rank, unranked last, ties in strategy order. */
export function actorsByRank(actors: readonly ActorSummary[]): ActorSummary[] {
  return actors
    .map((actor, index) => ({ actor, index }))
    .sort((a, b) => (a.actor.rank ?? Number.MAX_SAFE_INTEGER) - (b.actor.rank ?? Number.MAX_SAFE_INTEGER) || a.index - b.index)
    .map(({ actor }) => actor);
}

/** A ministry's name with its short name: `Ministry of Justice (MOJ)`. */
export function actorName(actor: ActorSummary): string {
  return actor.shortName === null || actor.shortName === actor.name ? actor.name : `${actor.name} (${actor.shortName})`;
}

/** The colon after a label: `៖` in Khmer, as the Khmer labels write it, `:` otherwise. */
export function colon(labels: Labels): string {
  return labels.lang === 'km' ? '៖' : ':';
}

/** `Pillar: Prevention` — a result's level and title. */
export function resultName(result: EvaluationSummary['results'][number], labels: Labels): string {
  return `${result.levelTitle}${colon(labels)} ${result.title}`;
}

/** A data-quality finding's kind in the chosen language (the summary's label when unknown). */
export function dataQualityKind(kind: string, fallback: string, labels: Labels): string {
  return Object.hasOwn(labels.dataQualityKinds, kind) ? labels.dataQualityKinds[kind] ?? fallback : fallback;
}

/** Data-quality findings, warnings first, otherwise in the summary's order. */
export function dataQualityInOrder(summary: EvaluationSummary): EvaluationSummary['dataQuality'] {
  return [...summary.dataQuality.filter((item) => item.severity === 'warning'), ...summary.dataQuality.filter((item) => item.severity !== 'warning')];
}

/** The plan's period: `2024–2028`. */
export function planPeriod(summary: EvaluationSummary): string {
  return `${summary.plan.period.start}–${summary.plan.period.end}`;
}

/** The plan's id, period, evaluation date and (when given) the date the summary was made. */
export function planFacts(summary: EvaluationSummary, labels: Labels): string[] {
  const date = (iso: string): string => formatDate(iso.slice(0, 10), labels.lang);
  const facts = [summary.plan.id, planPeriod(summary), fillTemplate(common(labels, 'asOf'), { date: date(summary.asOf) }, labels)];
  if (summary.generatedAt !== undefined) facts.push(fillTemplate(common(labels, 'generatedAt'), { date: date(summary.generatedAt) }, labels));
  return facts;
}
