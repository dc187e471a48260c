// Internal: one data row of an observations CSV → observation inputs for the model, or the
// CSV-level problems (field count, broken quotes, unreadable values) that reject it first.
import type { Indicator, ObservationInput } from '../../model/index.js';
import type { Problem } from '../../problems/index.js';
import { dictionary } from '../shared/text.js';
import type { ObservationColumns } from './header.js';
import { readValue, trimCell } from './numbers.js';
import type { NumberDialect } from './numbers.js';
import { unescapeCell } from './cells.js';
import type { QuoteProblem } from './rows.js';

/** One item for the model (with the row it came from), a rejected item, or a warning. */
export type RowOutcome =
  | { readonly kind: 'item'; readonly record: ObservationInput; readonly warnings: readonly Problem[] }
  | { readonly kind: 'rejected'; readonly record: unknown; readonly problems: readonly Problem[] };

export interface RowContext {
  readonly columns: ObservationColumns;
  readonly indicators: ReadonlyMap<string, Indicator>;
  readonly dialect: NumberDialect;
}

/** The problem that rejects a whole row before its cells are read, if any. */
export function rowProblem(cells: readonly string[], width: number, quote: QuoteProblem | undefined): Problem | undefined {
  if (quote) return { path: [], code: quote.code, severity: 'error', message: quote.message };
  if (cells.length === width) return undefined;
  const breaks = cells.some((cell) => /[\r\n]/.test(cell)) ? ' A cell holds a line break: the file may mix line endings.' : '';
  return cells.length > width
    ? { path: [], code: 'CSV_TOO_MANY_FIELDS', severity: 'error', message: `The row has ${cells.length} fields but the header has ${width}; quote cells that contain the delimiter and remove extra delimiters.${breaks}` }
    : { path: [], code: 'CSV_TOO_FEW_FIELDS', severity: 'error', message: `The row has ${cells.length} field${cells.length === 1 ? '' : 's'} but the header has ${width}; add the missing cells (they may be empty).${breaks}` };
}

/** The raw row as a record keyed by column name (extra cells under `(column N)`), for rejected rows. */
export function rawRecord(cells: readonly string[], names: readonly string[]): Record<string, string> {
  const record = dictionary<string>();
  cells.forEach((cell, index) => {
    record[names[index] ?? `(column ${index + 1})`] = cell;
  });
  return record;
}

/** Whether every cell of a row is blank (a spreadsheet's empty row). */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => trimCell(cell) === '');
}

/** The parts shared by every value of a row: indicator, disaggregation and the optional fields. */
function rowBase(cells: readonly string[], columns: ObservationColumns): { base: ObservationInput; problem?: Problem } {
  const cell = (index: number) => unescapeCell(cells[index] ?? '');
  const base: Record<string, unknown> = { indicator: trimCell(cell(columns.indicator)) };
  const disaggregation: Record<string, string> = {};
  for (const [dimension, index] of columns.dimensions) {
    const code = trimCell(cell(index));
    if (code !== '') disaggregation[dimension] = code;
  }
  if (Object.keys(disaggregation).length > 0) base['disaggregation'] = disaggregation;
  for (const [field, index] of columns.fields) {
    const text = cell(index);
    if (trimCell(text) === '') continue;
    base[field] = field === 'source' || field === 'note' ? text : trimCell(text);
  }
  let problem: Problem | undefined;
  for (const [field, language, index] of columns.languages) {
    const text = cell(index);
    if (trimCell(text) === '') continue;
    const current = base[field];
    if (typeof current === 'string') {
      problem = { path: [`${field}.${language}`], code: 'CSV_TEXT_MIXED', severity: 'error', message: `The row has both "${field}" and "${field}.${language}"; give the ${field} either as one text or per language, not both.` };
      continue;
    }
    base[field] = { ...(current as Record<string, string> | undefined), [language]: text };
  }
  return problem ? { base: base as unknown as ObservationInput, problem } : { base: base as unknown as ObservationInput };
}

/** Reads one value cell into the item for `period`; `fresh` says whether `base` may become the item itself. */
function valueItem(base: ObservationInput, period: string, column: string, text: string, context: RowContext, line: number, fresh: boolean): RowOutcome {
  const indicator = context.indicators.get(base.indicator);
  const read = readValue(unescapeCell(text), indicator?.measure, context.dialect);
  if (read.kind === 'invalid') {
    return { kind: 'rejected', record: { ...base, period, value: text }, problems: [{ path: [column], code: read.issue.code, severity: 'error', message: read.issue.message }] };
  }
  const record = (fresh ? base : { ...base }) as Record<string, unknown>;
  record['period'] = period;
  record['value'] = read.kind === 'missing' ? null : read.value;
  if (read.kind !== 'missing') return { kind: 'item', record: record as unknown as ObservationInput, warnings: NO_WARNINGS };
  const marker = read.marker === '' ? 'a blank cell' : `"${read.marker}"`;
  return { kind: 'item', record: record as unknown as ObservationInput, warnings: [{ path: [column], code: 'VALUE_MISSING', severity: 'warning', message: `Line ${line}: ${marker} was read as a missing value (null, never 0).` }] };
}

const NO_WARNINGS: readonly Problem[] = Object.freeze([]);

/** A long row: one value. */
export function longRow(cells: readonly string[], context: RowContext, line: number): RowOutcome {
  const { columns } = context;
  const { base, problem } = rowBase(cells, columns);
  if (problem) return { kind: 'rejected', record: rawRecord(cells, columns.names), problems: [problem] };
  const period = trimCell(unescapeCell(cells[columns.period] ?? ''));
  return valueItem(base, period, 'value', cells[columns.value] ?? '', context, line, true);
}

/** A wide row: one value per non-blank period cell; blank cells make no item and are counted. */
export function wideRow(cells: readonly string[], context: RowContext, line: number): { outcomes: RowOutcome[]; blanks: number } {
  const { base, problem } = rowBase(cells, context.columns);
  if (problem) return { outcomes: [{ kind: 'rejected', record: rawRecord(cells, context.columns.names), problems: [problem] }], blanks: 0 };
  const outcomes: RowOutcome[] = [];
  let blanks = 0;
  for (const [period, index] of context.columns.periods) {
    const text = cells[index] ?? '';
    if (trimCell(text) === '') blanks += 1;
    else outcomes.push(valueItem(base, period, period, text, context, line, false));
  }
  return { outcomes, blanks };
}
