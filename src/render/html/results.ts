// The results tree: one table per pillar (a top-level result), its objectives and outputs below it.
import type { ResultSummary } from '../../summary/schema.js';
import { column, heading as headingText, scoreText } from '../text/view.js';
import { el, fragment, lines, userText } from './dom.js';
import type { Html } from './dom.js';
import { heading, na, percentOrNa, scoreCell, statusChip, table, titled } from './context.js';
import type { Context } from './context.js';
import { countChips, section } from './headline.js';

/** The results in the summary's depth-first order, grouped under their top-level result. */
export function pillars(results: readonly ResultSummary[]): Array<{ pillar: ResultSummary; members: ResultSummary[] }> {
  const groups: Array<{ pillar: ResultSummary; members: ResultSummary[] }> = [];
  const topOf = topLevelOf(results);
  for (const result of results) {
    const top = topOf.get(result.id);
    if (result.depth === 0 || result.parent === null) {
      groups.push({ pillar: result, members: [result] });
    } else {
      const group = groups.find((candidate) => candidate.pillar.id === top) ?? groups.at(-1);
      group?.members.push(result);
    }
  }
  return groups;
}

/** For every result id, the id of its top-level ancestor (itself for a top-level result). */
export function topLevelOf(results: readonly ResultSummary[]): Map<string, string> {
  const parents = new Map(results.map((result) => [result.id, result.parent]));
  const tops = new Map<string, string>();
  for (const result of results) {
    let id = result.id;
    // Bounded by the number of results, so that a malformed summary with a cycle cannot hang.
    for (let steps = 0; steps < results.length; steps += 1) {
      const parent = parents.get(id);
      if (parent === null || parent === undefined) break;
      id = parent;
    }
    tops.set(result.id, id);
  }
  return tops;
}

function worstCell(ctx: Context, worst: ResultSummary['worst']): Html | string {
  if (worst === null) return na(ctx.labels);
  return fragment(
    userText(worst.title),
    el('span', { class: 'lf-small' }, userText(worst.id), ' · ', `${column(ctx.labels, 'score')}: ${scoreText(worst.score, ctx.labels) ?? na(ctx.labels)}`),
  );
}

function pillarTable(ctx: Context, pillar: ResultSummary, members: readonly ResultSummary[]): Html {
  const { labels, anchors } = ctx;
  const caption = `${pillar.levelTitle}: ${pillar.title}`;
  return table(fragment(userText(pillar.levelTitle), ': ', userText(pillar.title)), [
    { header: column(labels, 'result') },
    { header: column(labels, 'score') },
    { header: column(labels, 'status') },
    { header: column(labels, 'coverage'), numeric: true },
    { header: column(labels, 'worst') },
  ], members.map((result) => ({
    id: anchors.id('res', result.id),
    class: result.depth === 0 ? 'lf-top' : null,
    headerClass: `lf-depth-${Math.min(3, result.depth)}`,
    cells: [
      fragment(titled(result.title, result.id), el('span', { class: 'lf-small' }, userText(result.levelTitle))),
      scoreCell(result.score, result.status, labels),
      statusChip(result.status, labels),
      percentOrNa(result.coverage, labels),
      worstCell(ctx, result.worst),
    ],
  })), caption);
}

/** The results section: per pillar, a sub-heading with its status and counts, then its table. */
export function resultsSection(ctx: Context): Html | null {
  const groups = pillars(ctx.summary.results);
  if (groups.length === 0) return null;
  return section(ctx, 'results', headingText(ctx.labels, 'results'),
    ...groups.map(({ pillar, members }) => lines(
      heading(ctx, 2, { class: 'lf-sub' },
        el('span', {}, userText(pillar.levelTitle), ': ', userText(pillar.title)),
        statusChip(pillar.status, ctx.labels)),
      countChips(ctx, pillar.counts),
      pillarTable(ctx, pillar, members),
    )));
}
