import type { Observation, Strategy } from '../../model/index.js';
import { LogframeError } from '../../problems/index.js';
import { checkDialect } from './dialect.js';
import type { Delimiter } from './dialect.js';
import { INFORMATIONAL_COLUMNS, OBSERVATION_FIELDS } from './header.js';
import { joinRows, textCell, valueCell } from './cells.js';

/**
 * Options of {@link writeObservationsCsv}.
 *
 * @category Import and export
 */
export interface WriteObservationsCsvOptions {
  /** The delimiter (default `,`). */
  readonly delimiter?: Delimiter | undefined;
  /** The decimal separator of numbers (default `.`); a reader must then declare the same. */
  readonly decimal?: '.' | ',' | undefined;
  /** Start with a UTF-8 byte order mark, which Excel needs to show Khmer text (default `false`). */
  readonly bom?: boolean | undefined;
  /** Dimension columns: `used` by at least one observation (default) or `all` of the strategy's. */
  readonly dimensions?: 'used' | 'all' | undefined;
}

type Texts = 'source' | 'note';

/**
 * Writes observations as a long-format CSV that {@link readObservationsCsv} reads back to the same
 * observations: columns `indicator`, `period`, `value`, one per dimension, then `reportedBy`,
 * `reportedOn`, `status`, `source`, `note` (and `source.<lang>` / `note.<lang>` for texts given per
 * language). RFC 4180 quoting, CRLF line ends. Text cells that a spreadsheet would run as a formula
 * (starting with `=`, `+`, `-`, `@`, tab, CR, LF or their full-width forms) get a leading `'`,
 * which the reader removes; numbers stay numbers (−5 is written `-5`), `null` is an empty cell.
 * The `external` field is not written (use JSON or DHIS2 for it).
 *
 * @param strategy - The strategy (for the order of dimension columns).
 * @param observations - The observations, written in the order given.
 * @param options - Delimiter, decimal separator, BOM, which dimension columns.
 * @returns The CSV text.
 * @throws {LogframeError} When a dimension id clashes with a standard column name, or the dialect is invalid.
 *
 * @example
 * ```ts
 * const strategy = parseStrategy({
 *   id: 'demo', title: 'Demo', period: { start: 2024, end: 2028 }, baselineYear: 2023,
 *   levels: [{ id: 'pillar', title: 'Pillar' }], results: [{ id: 'P', title: 'P', level: 'pillar' }],
 *   indicators: [{ id: 'balance', title: 'Balance', result: 'P', measure: 'ratio', direction: 'none' }],
 * });
 * const { observations } = parseObservations([{ indicator: 'balance', period: '2024', value: -5, note: '=1+2' }], strategy);
 * writeObservationsCsv(strategy, observations).split('\r\n')[1]; // 'balance,2024,-5,,,submitted,,"\'=1+2"'
 * ```
 *
 * @category Import and export
 */
export function writeObservationsCsv(strategy: Strategy, observations: readonly Observation[], options: WriteObservationsCsvOptions = {}): string {
  checkDialect(options);
  const delimiter = options.delimiter ?? ',';
  const decimal = options.decimal ?? '.';
  const dimensions = dimensionColumns(strategy, observations, options.dimensions ?? 'used');
  const languages = { source: new Set<string>(), note: new Set<string>() };
  for (const observation of observations) {
    for (const field of ['source', 'note'] as const) {
      const text = observation[field];
      if (typeof text === 'object') for (const language of Object.keys(text)) languages[field].add(language);
    }
  }
  const languageColumns = (['source', 'note'] as const).flatMap((field) => [...languages[field]].sort().map((language) => [field, language] as const));
  const header = ['indicator', 'period', 'value', ...dimensions, ...OBSERVATION_FIELDS, ...languageColumns.map(([field, language]) => `${field}.${language}`)];

  const rows: string[][] = [header.map((name) => textCell(name, delimiter))];
  for (const observation of observations) {
    const text = (value: string | undefined) => (value === undefined ? '' : textCell(value, delimiter));
    const plain = (field: Texts) => {
      const value = observation[field];
      return typeof value === 'string' ? textCell(value, delimiter) : '';
    };
    rows.push([
      text(observation.indicator),
      text(observation.period),
      valueCell(observation.value, delimiter, decimal),
      ...dimensions.map((dimension) => text(observation.disaggregation?.[dimension])),
      text(observation.reportedBy),
      text(observation.reportedOn),
      text(observation.status),
      plain('source'),
      plain('note'),
      ...languageColumns.map(([field, language]) => {
        const value = observation[field];
        return typeof value === 'object' ? text(value[language]) : '';
      }),
    ]);
  }
  return joinRows(rows, delimiter, options.bom === true);
}

function dimensionColumns(strategy: Strategy, observations: readonly Observation[], which: 'used' | 'all'): string[] {
  const used = new Set<string>();
  for (const observation of observations) for (const dimension of Object.keys(observation.disaggregation ?? {})) used.add(dimension);
  const declared = strategy.dimensions.map((dimension) => dimension.id);
  const columns = [...declared.filter((id) => which === 'all' || used.has(id)), ...[...used].filter((id) => !declared.includes(id)).sort()];
  const reserved = new Set<string>(['indicator', 'period', 'value', ...OBSERVATION_FIELDS, ...INFORMATIONAL_COLUMNS]);
  const clashes = columns.filter((id) => reserved.has(id) || /^(source|note)\./.test(id));
  if (clashes.length > 0) {
    throw new LogframeError(clashes.map((id) => ({
      path: ['dimensions', id],
      code: 'CSV_DIMENSION_CLASH',
      severity: 'error' as const,
      message: `The dimension "${id}" has the name of a standard CSV column, so it cannot be written as a column; rename the dimension.`,
    })), 'Cannot write CSV');
  }
  return columns;
}
