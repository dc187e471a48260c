// Markdown building blocks. Every piece of text, user text and labels alike, goes through
// escapeMarkdown exactly once, here; the structure (`#`, `|`, `-`, `**`) is added around it.
import { escapeMarkdown } from '../escape/markdown.js';
import type { Labels } from '../../locale/labels/index.js';
import { colon, statusWord } from '../text/view.js';
import type { Status } from '../text/view.js';

/** Icons shown beside (never instead of) the status word. */
const STATUS_ICON: Readonly<Record<Status, string>> = {
  achieved: '✅',
  'on-track': '🟢',
  'at-risk': '🟡',
  'off-track': '🔴',
  'not-started': '⚪',
  'no-data': '❔',
  'not-scored': '➖',
};

/** A table cell: escaped text, or an empty cell for a missing value. */
export function cell(text: string | null): string {
  return text === null ? '' : escapeMarkdown(text);
}

/**
 * A GitHub-flavoured Markdown table. The cells are already escaped (see {@link cell}), so none
 * holds a bare `|` or a line break, and every row gets exactly as many cells as the header.
 *
 * @param header - The header cells, escaped.
 * @param rows - The body rows, escaped; missing cells are written empty, extra ones dropped.
 * @param numeric - Per column, whether to align it right.
 * @returns The table's lines.
 */
export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>, numeric: readonly boolean[] = []): string[] {
  const line = (cells: readonly string[]): string => `| ${header.map((_, index) => cells[index] ?? '').join(' | ')} |`;
  const rule = `|${header.map((_, index) => (numeric[index] === true ? ' ---: ' : ' --- ')).join('|')}|`;
  return [line(header), rule, ...rows.map(line)];
}

/** A heading at a level (1–6). */
export function headingLine(level: number, text: string): string {
  return `${'#'.repeat(level)} ${escapeMarkdown(text)}`;
}

/** A bullet list item. */
export function bullet(text: string): string {
  return `- ${text}`;
}

/** The status word, escaped, with its icon beside it when icons are on. */
export function statusCell(status: Status, labels: Labels, icons: boolean): string {
  const word = escapeMarkdown(statusWord(status, labels));
  return icons ? `${STATUS_ICON[status]} ${word}` : word;
}

/** `**Label:** value`: the label escaped, the value already escaped. */
export function labelled(label: string, value: string, labels: Labels): string {
  return `**${escapeMarkdown(label)}${colon(labels)}** ${value}`;
}
