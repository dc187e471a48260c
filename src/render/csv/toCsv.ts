import { LogframeError } from '../../problems/index.js';
import type { EvaluationSummary } from '../../summary/schema.js';
import { escapeCsvCell } from '../escape/csvCell.js';
import { getLabels } from '../../locale/labels/index.js';
import type { LabelLanguage, LabelOverrides } from '../../locale/labels/index.js';
import { COLUMNS } from './columns.js';
import type { Cell, CellContext, Column } from './columns.js';

/**
 * The kinds of rows a CSV can hold: indicators, results (pillars, objectives …) and actors
 * (ministries).
 *
 * @category Rendering
 */
export type CsvRowKind = 'indicators' | 'results' | 'actors';

/**
 * Options of {@link toCsv}.
 *
 * @category Rendering
 */
export interface CsvOptions {
  /** The row kinds, in this order (default `['indicators']`); with more than one, a `section` column comes first. */
  readonly rows?: readonly CsvRowKind[];
  /** `ids` (default): stable English snake_case column ids for machines; `labels`: headers in the chosen language. */
  readonly headers?: 'ids' | 'labels';
  /** Start with a UTF-8 byte order mark, so that spreadsheet programs read Khmer correctly (default false). */
  readonly bom?: boolean;
  /** The language of status labels and `labels` headers (default: the summary's). */
  readonly lang?: LabelLanguage;
  /** Replacements for any labels. */
  readonly labels?: LabelOverrides;
}

const KINDS: readonly CsvRowKind[] = ['indicators', 'results', 'actors'];
const KEY = { indicators: 'indicator', results: 'result', actors: 'actor' } as const;

function checkRows(rows: readonly CsvRowKind[]): void {
  const problems = rows.flatMap((kind, index) => {
    if (!KINDS.includes(kind)) {
      return [{ path: ['rows', index], code: 'CSV_ROWS_INVALID', message: `Unknown row kind "${String(kind)}"; use ${KINDS.join(', ')}.`, severity: 'error' as const }];
    }
    if (rows.indexOf(kind) !== index) {
      return [{ path: ['rows', index], code: 'CSV_ROWS_INVALID', message: `Row kind "${kind}" is listed twice; list each kind once.`, severity: 'error' as const }];
    }
    return [];
  });
  if (rows.length === 0) problems.push({ path: ['rows'], code: 'CSV_ROWS_INVALID', message: 'No row kind given; list at least one of indicators, results, actors.', severity: 'error' });
  if (problems.length > 0) throw new LogframeError(problems, 'Invalid CSV options');
}

/** A cell as it goes between the commas: numbers as they are, text through the neutraliser. */
function write(cell: Cell): string {
  if (cell === null) return '';
  return cell.kind === 'number' ? cell.raw : escapeCsvCell(cell.text);
}

/** Headers in the chosen language, made unique (a duplicate header is a trap for every importer). */
function labelHeaders(columns: readonly Column[], context: CellContext, section: string | null): string[] {
  const seen = new Set<string>();
  const headers = section === null ? [] : [section];
  for (const header of headers) seen.add(header);
  for (const column of columns) {
    let header = column.header(context.labels);
    if (seen.has(header)) header = `${header} [${column.id}]`;
    seen.add(header);
    headers.push(header);
  }
  return headers;
}

/**
 * Renders an evaluation summary as CSV for spreadsheets and scripts: one row per indicator by default
 * (or per result or actor, with `rows`), a header row, the same number of columns in every row
 * (columns that do not apply to a row kind are empty), RFC 4180 quoting, CRLF line endings and an
 * optional UTF-8 byte order mark.
 *
 * Numbers are written as numbers: values rounded half away from zero at the indicator's decimals,
 * fractions (progress, shares, coverage) as plain decimals such as `0.4286`, never grouped, never
 * `-0`, never in exponent form; a figure withheld by small-cell protection is the text `<5`. Text
 * cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab, CR, LF or
 * the full-width `＝ ＋ － ＠`) get a leading `'` and quotes, so `=1+2` reads back as `'=1+2`,
 * while the number −5 stays `-5`. Column ids are English snake_case whatever the language; status
 * codes sit beside their label in the chosen language.
 *
 * @param summary - The summary to render (from `summarize`).
 * @param options - `rows`, `headers`, `bom`, `lang` (default: the summary's), `labels` overrides.
 * @returns The CSV text, each row ending in CRLF.
 * @throws {LogframeError} `CSV_ROWS_INVALID` for an unknown, repeated or empty `rows`;
 *   `LABELS_LANGUAGE_UNKNOWN` or `LABEL_OVERRIDE_INVALID` for bad label options.
 *
 * @example
 * ```ts
 * const strategy = parseStrategy({
 *   schemaVersion: 1, id: 'DEMO', title: 'Demo plan', period: { start: 2024, end: 2028 }, baselineYear: 2023,
 *   levels: [{ id: 'pillar', title: 'Pillar' }], actors: [{ id: 'MOJ', name: 'Ministry of Justice' }],
 *   results: [{ id: 'P1', level: 'pillar', title: 'Justice' }],
 *   indicators: [{ id: 'I1', title: '=Cases heard', result: 'P1', measure: 'count', direction: 'increase', lead: 'MOJ',
 *     baseline: { period: '2023', value: 100 }, targets: { '2028': 200 } }],
 * });
 * const { observations } = parseObservations([{ indicator: 'I1', period: '2024', value: 130 }], strategy);
 * const csv = toCsv(summarize(evaluate(strategy, observations, { asOf: '2025-03-27' })));
 * csv.split('\r\n')[1]?.slice(0, 22); // `I1,"'=Cases heard",P1,`
 * ```
 *
 * @category Rendering
 */
export function toCsv(summary: EvaluationSummary, options: CsvOptions = {}): string {
  const kinds = options.rows ?? ['indicators'];
  checkRows(kinds);
  const labels = getLabels(options.lang ?? summary.lang, options.labels);
  const context: CellContext = { labels, resultTitles: new Map(summary.results.map((result) => [result.id, result.title])) };
  // Only the columns that some chosen row kind fills, in their fixed order.
  const columns = COLUMNS.filter((column) => kinds.some((kind) => column[KEY[kind]] !== undefined));
  const sectioned = kinds.length > 1;
  const headers = options.headers === 'labels'
    ? labelHeaders(columns, context, sectioned ? labels.columns['section'] ?? 'section' : null)
    : [...(sectioned ? ['section'] : []), ...columns.map((column) => column.id)];
  const lines = [headers.map(escapeCsvCell).join(',')];
  for (const kind of kinds) {
    const cells = (fill: (column: Column) => Cell): string => [
      ...(sectioned ? [escapeCsvCell(kind)] : []),
      ...columns.map((column) => write(fill(column))),
    ].join(',');
    if (kind === 'indicators') for (const row of summary.indicators) lines.push(cells((column) => column.indicator?.(row, context) ?? null));
    if (kind === 'results') for (const row of summary.results) lines.push(cells((column) => column.result?.(row, context) ?? null));
    if (kind === 'actors') for (const row of summary.actors) lines.push(cells((column) => column.actor?.(row, context) ?? null));
  }
  return `${options.bom === true ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
