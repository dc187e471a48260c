// The indicators: one table per pillar with baseline, current value, target, progress bar, status
// and a trend sparkline. Figures are the summary's display strings, so a withheld one stays `<5`.
import type { IndicatorSummary } from '../../summary/schema.js';
import { column, figureText, heading as headingText, percentText, periodText } from '../text/view.js';
import { el, fragment, lines, userText } from './dom.js';
import type { Html } from './dom.js';
import { safeUrl } from '../escape/html.js';
import { heading, na, statusChip, statusKey, table, titled } from './context.js';
import type { Context } from './context.js';
import { section } from './headline.js';
import { pillars, topLevelOf } from './results.js';
import { progressBar, sparkline } from './svg.js';

type Figure = IndicatorSummary['current'] | IndicatorSummary['target'];

function figureCell(ctx: Context, figure: Figure, unit: string | null): Html | string {
  const text = figureText(figure, unit, ctx.labels);
  if (text === null || figure === null) return na(ctx.labels);
  return fragment(userText(text), el('span', { class: 'lf-small' }, periodText(figure.period, ctx.labels)));
}

function targetCell(ctx: Context, indicator: IndicatorSummary): Html | string {
  const target = figureCell(ctx, indicator.target, indicator.unit);
  const milestone = indicator.milestone;
  if (milestone === null || (indicator.target !== null && milestone.period === indicator.target.period)) return target;
  const text = figureText(milestone, indicator.unit, ctx.labels) ?? na(ctx.labels);
  return fragment(target, el('span', { class: 'lf-small' },
    `${column(ctx.labels, 'milestone')} ${periodText(milestone.period, ctx.labels)}: `, userText(text)));
}

function progressCell(ctx: Context, indicator: IndicatorSummary): Html | string {
  const { labels } = ctx;
  const progress = percentText(indicator.progress, labels);
  if (progress === null) return na(labels);
  const expected = indicator.expected.asOf.progress;
  const expectedText = percentText(expected, labels);
  const label = expectedText === null
    ? `${column(labels, 'progress')}: ${progress}`
    : `${column(labels, 'progress')}: ${progress}; ${column(labels, 'expected')}: ${expectedText}`;
  return el('span', { class: 'lf-score' },
    el('span', {}, progress),
    progressBar({ fraction: indicator.progress, expected, status: statusKey(indicator.status), label }));
}

function trendCell(ctx: Context, indicator: IndicatorSummary): Html | string {
  const points = indicator.series.map((point) => (typeof point.value === 'number' ? point.value : null));
  const target = typeof indicator.target?.value === 'number' ? indicator.target.value : null;
  const described = indicator.series.map((point) => `${periodText(point.period, ctx.labels)} ${point.display}`).join('; ');
  return sparkline(points, target, `${column(ctx.labels, 'trend')}: ${described}`) ?? el('span', { class: 'lf-small' }, na(ctx.labels));
}

/** A source: a link when it is an http(s) or mailto URL, text otherwise. */
export function sourceItem(source: string): Html {
  const url = safeUrl(source);
  return url === null
    ? userText(source)
    : el('a', { href: url, rel: 'noopener noreferrer nofollow' }, userText(source.trim()));
}

function indicatorHeader(ctx: Context, indicator: IndicatorSummary): Html {
  const { labels } = ctx;
  const lead = indicator.leadName ?? indicator.lead;
  return fragment(
    titled(indicator.title, indicator.id),
    lead === null ? null : el('span', { class: 'lf-small' }, `${column(labels, 'lead')}: `, userText(lead)),
    indicator.sources.length === 0 ? null : el('span', { class: 'lf-small' }, `${column(labels, 'sources')}: `,
      indicator.sources.map((source, index) => fragment(index === 0 ? null : ', ', sourceItem(source)))),
  );
}

function indicatorTable(ctx: Context, caption: Html, captionText: string, indicators: readonly IndicatorSummary[]): Html {
  const { labels, anchors } = ctx;
  return table(caption, [
    { header: column(labels, 'indicator') },
    { header: column(labels, 'baseline'), numeric: true },
    { header: column(labels, 'current'), numeric: true },
    { header: column(labels, 'target'), numeric: true },
    { header: column(labels, 'progress') },
    { header: column(labels, 'status') },
    { header: column(labels, 'trend') },
  ], indicators.map((indicator) => ({
    id: anchors.id('ind', indicator.id),
    cells: [
      indicatorHeader(ctx, indicator),
      figureCell(ctx, indicator.baseline, indicator.unit),
      figureCell(ctx, indicator.current, indicator.unit),
      targetCell(ctx, indicator),
      progressCell(ctx, indicator),
      statusChip(indicator.status, labels),
      trendCell(ctx, indicator),
    ],
  })), captionText, 'lf-wide');
}

/** The indicators section: one table per pillar, then one for indicators under no known pillar. */
export function indicatorsSection(ctx: Context): Html | null {
  const { summary, labels } = ctx;
  if (summary.indicators.length === 0) return null;
  const tops = topLevelOf(summary.results);
  const title = headingText(labels, 'indicators');
  const parts: Html[] = [];
  const placed = new Set<IndicatorSummary>();
  for (const { pillar } of pillars(summary.results)) {
    const members = summary.indicators.filter((indicator) => tops.get(indicator.result) === pillar.id);
    if (members.length === 0) continue;
    members.forEach((indicator) => placed.add(indicator));
    const captionText = `${title}: ${pillar.levelTitle}: ${pillar.title}`;
    parts.push(lines(
      heading(ctx, 2, { class: 'lf-sub' }, el('span', {}, userText(pillar.levelTitle), ': ', userText(pillar.title))),
      indicatorTable(ctx, fragment(`${title}: `, userText(pillar.levelTitle), ': ', userText(pillar.title)), captionText, members),
    ));
  }
  const rest = summary.indicators.filter((indicator) => !placed.has(indicator));
  if (rest.length > 0) parts.push(indicatorTable(ctx, fragment(title), title, rest));
  return section(ctx, 'indicators', title, ...parts);
}
