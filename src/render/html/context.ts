// What every section of the HTML summary shares: the summary, the labels, the anchors, the heading
// levels, and the small pieces (status chips, score cells, tables) that sections are built from.
import type { EvaluationSummary } from '../../summary/schema.js';
import type { Labels } from '../../locale/labels/index.js';
import { column, common, na, percentText, scoreText, STATUSES } from '../text/view.js';
import type { Status } from '../text/view.js';
import { el, lines, userText } from './dom.js';
import type { Child, ElementName, Html } from './dom.js';
import type { Anchors } from './ids.js';
import { progressBar } from './svg.js';

/** The state of one render. */
export interface Context {
  /** The summary rendered. */
  readonly summary: EvaluationSummary;
  /** The labels of the chosen language. */
  readonly labels: Labels;
  /** The ids given to results, indicators, ministries and sections. */
  readonly anchors: Anchors;
  /** The level of the summary's title (1 on a page, 2 in a fragment by default). */
  readonly level: number;
}

const KNOWN_STATUSES = new Set<string>(STATUSES);
const KNOWN_SEVERITIES = new Set(['high', 'medium', 'low', 'info', 'warning']);

/** A status as a class-safe key: the summary's status when known, else `not-scored`. */
export function statusKey(status: string): Status {
  return KNOWN_STATUSES.has(status) ? (status as Status) : 'not-scored';
}

/** The word for a status (the status itself when the labels lack it). */
export function statusLabel(status: string, labels: Labels): string {
  return (Object.hasOwn(labels.status, status) ? labels.status[status as Status] : undefined) ?? status;
}

/** A status chip: the colour and, always, the word. */
export function statusChip(status: string, labels: Labels, count?: string): Html {
  const word = statusLabel(status, labels);
  return el('span', { class: 'lf-chip', 'data-status': statusKey(status) }, count === undefined ? word : `${word} ${count}`);
}

/**
 * A severity chip: the colour and, always, the word. Data-quality severities are named with the
 * findings' words: a `warning` (a likely error) as medium, `info` as information.
 */
export function severityChip(severity: string, labels: Labels): Html {
  const key = severity === 'warning' ? 'medium' : severity;
  const word = (Object.hasOwn(labels.severity, key) ? labels.severity[key as 'high'] : undefined) ?? severity;
  return el('span', { class: 'lf-chip', 'data-severity': KNOWN_SEVERITIES.has(severity) ? severity : 'info' }, word);
}

/** A heading at `offset` levels below the summary's title (capped at h6). */
export function heading(ctx: Context, offset: number, attrs: { class?: string; id?: string }, ...children: Child[]): Html {
  const level = Math.min(6, Math.max(1, ctx.level + offset));
  return el(`h${level}` as ElementName, attrs, ...children);
}

/** A score out of 100 with its bar coloured by a status (or `neutral`), or the not-available word. */
export function scoreCell(score: number | null, status: string, labels: Labels): Html {
  const text = scoreText(score, labels);
  if (text === null) return el('span', { class: 'lf-score' }, el('span', {}, na(labels)));
  const label = `${column(labels, 'score')}: ${text} / 100`;
  return el('span', { class: 'lf-score' },
    el('span', {}, text),
    progressBar({ fraction: (score ?? 0) / 100, status: status === 'neutral' ? 'neutral' : statusKey(status), label }));
}

/** A fraction as a percentage, or the not-available word. */
export function percentOrNa(fraction: number | null, labels: Labels): string {
  return percentText(fraction, labels) ?? na(labels);
}

/** A user title with its id beside it, small. */
export function titled(title: string, id: string): Html[] {
  return [userText(title), el('span', { class: 'lf-id' }, ' ', userText(id))];
}

/** A table column: its header and whether it holds numbers (right-aligned). */
export interface TableColumn {
  /** The header text. */
  readonly header: string;
  /** Right-aligned, tabular figures. */
  readonly numeric?: boolean;
}

/** One row: its id (or null), a class, and its cells, one of which is the row header. */
export interface TableRow {
  /** The row's anchor id. */
  readonly id?: string | null;
  /** A class for the row. */
  readonly class?: string | null;
  /** A class for the row header cell. */
  readonly headerClass?: string | null;
  /** The cells, one per column. */
  readonly cells: readonly Child[];
  /** Which cell is the row header (`<th scope="row">`); default 0. */
  readonly headerAt?: number;
}

/**
 * A real table: a caption, column headers with `scope="col"`, row headers with `scope="row"`,
 * in a focusable scroll box (so that a wide table scrolls inside, not the page).
 */
export function table(caption: string | Html, columns: readonly TableColumn[], rows: readonly TableRow[], captionText: string, className?: string): Html {
  return el('div', { class: 'lf-scroll', role: 'region', 'aria-label': captionText, tabindex: '0' },
    el('table', { class: className ?? null },
      el('caption', { class: 'lf-sr' }, caption),
      el('thead', {}, el('tr', {}, columns.map((col) => el('th', { scope: 'col', class: col.numeric === true ? 'lf-num' : null }, col.header)))),
      el('tbody', {}, lines(...rows.map((row) => el('tr', { id: row.id ?? null, class: row.class ?? null },
        row.cells.map((cell, index) => (index === (row.headerAt ?? 0)
          ? el('th', { scope: 'row', class: classes(row.headerClass, columns[index]?.numeric === true ? 'lf-num' : undefined) }, cell)
          : el('td', { class: columns[index]?.numeric === true ? 'lf-num' : null }, cell)))))))));
}

function classes(...names: Array<string | null | undefined>): string | null {
  const list = names.filter((name) => name !== undefined && name !== null && name !== '');
  return list.length === 0 ? null : list.join(' ');
}

/** The summary's not-available word (re-exported for sections). */
export { common, na };
