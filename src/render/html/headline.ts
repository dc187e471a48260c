// The title block and "At a glance": the plan's score, status, coverage and status counts.
import { formatDate } from '../../locale/format/index.js';
import { column, common, countText, heading as headingText, percentText, planPeriod, scoreText, STATUSES } from '../text/view.js';
import { el, lines, userText } from './dom.js';
import type { Html } from './dom.js';
import { heading, na, percentOrNa, statusChip, statusKey, statusLabel } from './context.js';
import type { Context } from './context.js';
import { progressBar, stackedBar } from './svg.js';

/** The method's name in the chosen language (the summary's own name for an unknown preset). */
export function methodName(ctx: Context): string {
  const { preset, name } = ctx.summary.method;
  return (Object.hasOwn(ctx.labels.presets, preset) ? ctx.labels.presets[preset]?.name : undefined) ?? name;
}

/** The title block: plan title, evaluation date, plan period and method. */
export function titleBlock(ctx: Context): Html {
  const { summary, labels } = ctx;
  const asOf = (labels.common['asOf'] ?? '{date}').replace('{date}', formatDate(summary.asOf, labels.lang));
  return el('header', { class: 'lf-header' },
    lines(
      heading(ctx, 0, { class: 'lf-title' }, userText(summary.plan.title)),
      el('p', { class: 'lf-meta' },
        el('span', {}, headingText(labels, 'summary')),
        el('span', {}, asOf),
        el('span', {}, planPeriod(summary)),
        el('span', {}, userText(methodName(ctx)))),
    ));
}

/** A section with its heading, labelled by it. */
export function section(ctx: Context, key: string, title: string, ...body: Array<Html | null>): Html {
  const id = ctx.anchors.id('sec', key);
  return el('section', { class: 'lf-section', id, 'aria-labelledby': `${id}-h` },
    lines('', heading(ctx, 1, { class: 'lf-h', id: `${id}-h` }, title), ...body, ''));
}

/** The status counts as chips, best first, zero counts left out. */
export function countChips(ctx: Context, counts: Readonly<Record<string, number>>): Html {
  return el('ul', { class: 'lf-counts' },
    STATUSES.filter((status) => (counts[status] ?? 0) > 0)
      .map((status) => el('li', {}, statusChip(status, ctx.labels, countText(counts[status] ?? 0, ctx.labels)))));
}

function card(term: string, ...details: Array<Html | string | null>): Html {
  return el('div', { class: 'lf-card' }, el('dt', {}, term), details.map((detail) => (detail === null ? null : el('dd', {}, detail))));
}

/** "At a glance": four cards. */
export function headlineSection(ctx: Context): Html {
  const { summary, labels } = ctx;
  const { headline } = summary;
  const score = scoreText(headline.score, labels);
  const scoreLabel = `${column(labels, 'score')}: ${score ?? na(labels)} / 100`;
  const coverage = percentOrNa(headline.coverage, labels);
  const counts = headline.counts as Readonly<Record<string, number>>;
  const countsLabel = STATUSES.filter((status) => (counts[status] ?? 0) > 0)
    .map((status) => `${statusLabel(status, labels)} ${countText(counts[status] ?? 0, labels)}`).join(', ');
  const { total, scored, withData } = headline.indicators;
  return section(ctx, 'headline', headingText(labels, 'headline'),
    el('dl', { class: 'lf-cards' },
      lines(
        '',
        card(column(labels, 'score'),
          el('span', { class: 'lf-big' }, score ?? na(labels), ' ', el('span', { class: 'lf-unit' }, common(labels, 'outOf100'))),
          statusChip(headline.status, labels),
          progressBar({ fraction: headline.score === null ? null : headline.score / 100, status: statusKey(headline.status), label: scoreLabel, wide: true })),
        card(column(labels, 'coverage'),
          el('span', { class: 'lf-big' }, coverage),
          progressBar({ fraction: headline.coverage, status: 'neutral', label: `${column(labels, 'coverage')}: ${coverage}`, wide: true })),
        card(headingText(labels, 'indicators'),
          el('span', { class: 'lf-big' }, countText(total, labels)),
          el('span', { class: 'lf-small' },
            `${column(labels, 'score')}: ${countText(scored, labels)} · ${column(labels, 'current')}: ${countText(withData, labels)}`)),
        card(column(labels, 'status'),
          stackedBar(STATUSES.map((status) => ({ status, value: counts[status] ?? 0 })), countsLabel === '' ? na(labels) : countsLabel),
          countChips(ctx, counts)),
        '',
      )));
}

/** A percentage or the not-available word (for the coverage of results). */
export function coverageText(ctx: Context, coverage: number | null): string {
  return percentText(coverage, ctx.labels) ?? na(ctx.labels);
}
