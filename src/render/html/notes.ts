// Findings, data quality, breakdowns and methodology: the sentences and the notes of the summary.
import { stripInvisible } from '../escape/invisible.js';
import { renderFinding, renderMethodology } from '../../locale/labels/index.js';
import type { TemplateParam } from '../../locale/labels/index.js';
import { column, dataQualityInOrder, dataQualityKind, heading as headingText, periodText } from '../text/view.js';
import { el, fragment, lines, userText } from './dom.js';
import type { Html } from './dom.js';
import { na, percentOrNa, scoreCell, severityChip, statusChip, table } from './context.js';
import type { Context } from './context.js';
import { section } from './headline.js';

/**
 * A sentence's parameters with bidi and invisible characters removed from their text: a name is
 * spliced into a sentence, where no `<bdi>` can isolate it, so an override in it would reorder the
 * rest of the sentence.
 */
function cleanParams(params: Readonly<Record<string, TemplateParam>>): Record<string, TemplateParam> {
  const clean: Record<string, TemplateParam> = {};
  for (const [key, value] of Object.entries(params)) clean[key] = typeof value === 'string' ? stripInvisible(value) : value;
  return clean;
}

/** Key findings, most important first, each rebuilt in the chosen language. */
export function findingsSection(ctx: Context): Html | null {
  const { summary, labels } = ctx;
  if (summary.findings.length === 0) return null;
  return section(ctx, 'findings', headingText(labels, 'findings'),
    el('ol', { class: 'lf-findings' }, lines('', ...summary.findings.map((finding) => el('li', {},
      severityChip(finding.severity, labels),
      el('span', {}, renderFinding({ ...finding, params: cleanParams(finding.params) }, labels)))), '')));
}

function disaggregationText(disaggregation: Readonly<Record<string, string>>): string {
  return Object.entries(disaggregation).map(([dimension, code]) => `${dimension}: ${code}`).join(', ');
}

/** Data-quality findings: warnings first, then the rest, each with its value as published. */
export function dataQualitySection(ctx: Context): Html | null {
  const { summary, labels } = ctx;
  if (summary.dataQuality.length === 0) return null;
  const title = headingText(labels, 'dataQuality');
  return section(ctx, 'data-quality', title, table(title, [
    { header: column(labels, 'indicator') },
    { header: column(labels, 'severity') },
    { header: column(labels, 'kind') },
    { header: column(labels, 'period') },
    { header: column(labels, 'dimension') },
    { header: column(labels, 'value'), numeric: true },
  ], dataQualityInOrder(summary).map((item) => ({
    cells: [
      fragment(userText(item.indicatorTitle), el('span', { class: 'lf-small' }, userText(item.indicator))),
      severityChip(item.severity, labels),
      dataQualityKind(item.kind, item.kindLabel, labels),
      item.period === null ? na(labels) : periodText(item.period, labels),
      userText(disaggregationText(item.disaggregation)),
      item.display === null ? na(labels) : userText(item.display),
    ],
  })), title));
}

/** Scores per code of each requested dimension (only when the summary has any). */
export function breakdownsSection(ctx: Context): Html | null {
  const { summary, labels } = ctx;
  if (summary.breakdowns.length === 0) return null;
  const title = headingText(labels, 'breakdowns');
  const dimensions = [...new Set(summary.breakdowns.map((item) => item.dimension))];
  return section(ctx, 'breakdowns', title, ...dimensions.map((dimension) => {
    const caption = `${title}: ${dimension}`;
    return table(fragment(`${title}: `, userText(dimension)), [
      { header: column(labels, 'label') },
      { header: column(labels, 'score') },
      { header: column(labels, 'status') },
      { header: column(labels, 'coverage'), numeric: true },
    ], summary.breakdowns.filter((item) => item.dimension === dimension).map((item) => ({
      cells: [
        fragment(userText(item.label), el('span', { class: 'lf-id' }, ' ', userText(item.code))),
        scoreCell(item.score, item.status, labels),
        statusChip(item.status, labels),
        percentOrNa(item.coverage, labels),
      ],
    })), caption);
  }));
}

/** How to read the summary: the methodology notes in the chosen language, then the summary's notes. */
export function methodologySection(ctx: Context): Html | null {
  const { summary, labels } = ctx;
  if (summary.methodology.length === 0 && summary.notes.length === 0) return null;
  const notes = summary.notes.length === 0 ? null : lines(
    el('p', {}, el('strong', {}, headingText(labels, 'notes'))),
    el('ul', { class: 'lf-list' }, summary.notes.map((note) => el('li', {}, el('span', { class: 'lf-id' }, userText(note.code)), ' ', userText(note.message)))),
  );
  return section(ctx, 'methodology', headingText(labels, 'methodology'),
    summary.methodology.length === 0 ? null : el('ul', { class: 'lf-list' }, lines('',
      ...summary.methodology.map((item) => el('li', {}, renderMethodology({ ...item, params: cleanParams(item.params) }, labels))), '')),
    notes);
}
