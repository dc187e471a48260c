// The ministries' scorecard and their reporting compliance.
import type { ActorSummary, ReportingSummary } from '../../summary/schema.js';
import { actorsByRank, column, countText, heading as headingText, periodText, scoreText } from '../text/view.js';
import { el, fragment, userText } from './dom.js';
import type { Html } from './dom.js';
import { na, percentOrNa, scoreCell, statusChip, table } from './context.js';
import type { Context } from './context.js';
import { section } from './headline.js';

function nameCell(actor: ActorSummary): Html {
  const short = actor.shortName !== null && actor.shortName !== actor.name ? actor.shortName : null;
  return fragment(userText(actor.name), short === null ? null : el('span', { class: 'lf-small' }, userText(short)));
}

function mostBehindCell(ctx: Context, actor: ActorSummary): Html | string {
  if (actor.mostBehind.length === 0) return na(ctx.labels);
  return el('ul', { class: 'lf-list' }, actor.mostBehind.map((item) => el('li', {},
    userText(item.title), ' ',
    el('span', { class: 'lf-small' },
      userText(item.indicator), ' · ', `${column(ctx.labels, 'score')}: ${scoreText(item.score, ctx.labels) ?? na(ctx.labels)} · `,
      statusChip(item.status, ctx.labels)))));
}

/** The scorecard: ministries best first (unranked last), with their score and laggards. */
export function actorsSection(ctx: Context): Html | null {
  const { summary, labels, anchors } = ctx;
  if (summary.actors.length === 0) return null;
  const title = headingText(labels, 'actors');
  return section(ctx, 'actors', title, table(title, [
    { header: column(labels, 'rank'), numeric: true },
    { header: column(labels, 'actor') },
    { header: column(labels, 'score') },
    { header: column(labels, 'shareOnTrack'), numeric: true },
    { header: column(labels, 'leads'), numeric: true },
    { header: column(labels, 'mostBehind') },
  ], actorsByRank(summary.actors).map((actor) => ({
    id: anchors.id('act', actor.id),
    headerAt: 1,
    cells: [
      actor.rank === null ? na(labels) : countText(actor.rank, labels),
      nameCell(actor),
      // A ministry has no status of its own, so its bar is neutral rather than a status colour.
      scoreCell(actor.score, 'neutral', labels),
      percentOrNa(actor.shareOnTrack, labels),
      countText(actor.leads.length, labels),
      mostBehindCell(ctx, actor),
    ],
  })), title));
}

function missingCell(ctx: Context, row: ReportingSummary): Html | string {
  if (row.missing.length === 0) return '';
  return el('span', { class: 'lf-small' },
    row.missing.map((item, index) => fragment(index === 0 ? null : ', ', userText(item.indicator), ` (${periodText(item.period, ctx.labels)})`)));
}

/** Reporting compliance per ministry and period, in the summary's order. */
export function reportingSection(ctx: Context): Html | null {
  const { summary, labels } = ctx;
  if (summary.reporting.length === 0) return null;
  const title = headingText(labels, 'reporting');
  return section(ctx, 'reporting', title, table(title, [
    { header: column(labels, 'actor') },
    { header: column(labels, 'period') },
    { header: column(labels, 'expectedReports'), numeric: true },
    { header: column(labels, 'received'), numeric: true },
    { header: column(labels, 'onTime'), numeric: true },
    { header: column(labels, 'completeness'), numeric: true },
    { header: column(labels, 'timeliness'), numeric: true },
    { header: column(labels, 'missing') },
  ], summary.reporting.map((row) => ({
    cells: [
      userText(row.actorName),
      periodText(row.period, labels),
      countText(row.expected, labels),
      countText(row.received, labels),
      countText(row.onTime, labels),
      percentOrNa(row.completeness, labels),
      percentOrNa(row.timeliness, labels),
      missingCell(ctx, row),
    ],
  })), title));
}
