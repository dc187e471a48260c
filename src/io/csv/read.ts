import { parseObservations } from '../../model/index.js';
import type { Indicator, ObservationInput, ParsedObservations, RejectedItem, Strategy } from '../../model/index.js';
import { LogframeError } from '../../problems/index.js';
import type { Problem } from '../../problems/index.js';
import { isAsyncIterable, wrongInput } from '../shared/input.js';
import type { DataInput } from '../shared/input.js';
import { checkDialect } from './dialect.js';
import type { CsvDialect, CsvLayout, Delimiter } from './dialect.js';
import { knownObservationColumn, readObservationHeader } from './header.js';
import type { NumberDialect } from './numbers.js';
import { isBlankRow, longRow, rawRecord, rowProblem, wideRow } from './records.js';
import type { RowContext, RowOutcome } from './records.js';
import { parseRowStream, parseRows } from './rows.js';
import type { CsvProgress, OnRow, QuoteProblem, RowOptions } from './rows.js';

/**
 * Options of {@link readObservationsCsv}. Number dialect options apply only when declared.
 *
 * @category Import and export
 */
export interface ReadObservationsCsvOptions extends NumberDialect {
  /**
   * The delimiter: `,` (the default, as in RFC 4180), `;`, or `auto` to detect `,` or `;` from the
   * header line (reported in `dialect`). Without it, a file evidently separated by something else
   * (`;`, a tab, `|`) is refused as a whole (`CSV_DELIMITER_UNDECLARED`), not read into one column.
   */
  readonly delimiter?: Delimiter | 'auto' | undefined;
  /** `long` or `wide`; detected when absent: a header with period-id columns and no `value`/`period` column is wide. */
  readonly format?: 'long' | 'wide' | undefined;
  /** More columns to accept and ignore, beside {@link INFORMATIONAL_COLUMNS}. */
  readonly ignoreColumns?: readonly string[] | undefined;
  /** Called after each chunk of input has been parsed, e.g. to show progress. */
  readonly onProgress?: ((progress: CsvProgress) => void) | undefined;
}

/**
 * What the observation CSV readers return: the model's {@link ParsedObservations} plus the dialect
 * found and the number of data rows read. Rejected items carry their `line`; their `index` is the
 * data row (0-based, header and blank rows not counted). Warning paths start with that row index.
 *
 * @category Import and export
 */
export interface CsvObservations extends ParsedObservations {
  /** The layout found or declared. */
  readonly dialect: CsvDialect;
  /** Data rows read. In the long format `observations.length + rejected.length === rows`. */
  readonly rows: number;
}

/**
 * Reads reported values from a CSV file in long format (one row per value: `indicator`, `period`,
 * `value`, one column per disaggregation dimension, optional `reportedBy`, `reportedOn`, `status`,
 * `source`, `note`) or wide format (one row per indicator and disaggregation, one column per period
 * id). Every data row ends up accepted or rejected with its line and reasons; rows pass through
 * {@link parseObservations}, so every model rule applies. Streams are parsed chunk by chunk.
 *
 * Header problems (empty, duplicate, reserved or unknown columns, missing required ones), an
 * undeclared delimiter other than `,` and invalid UTF-8 reject the whole file with a
 * `LogframeError`. See docs/data-formats.md for the number grammar, missing-value markers and
 * dialects.
 *
 * @param input - The CSV as text, UTF-8 bytes or an async iterable of UTF-8 chunks.
 * @param strategy - The validated strategy the values report on.
 * @param options - Delimiter, format and number dialect, extra ignored columns, a progress callback.
 * @returns The accepted observations, the rejected rows, warnings, the dialect and the row count.
 * @throws {LogframeError} For a header problem, an undeclared delimiter other than `,`, invalid
 *   UTF-8, an empty file or an invalid dialect.
 *
 * @example
 * ```ts
 * const strategy = parseStrategy({
 *   id: 'demo', title: 'Demo', period: { start: 2024, end: 2028 }, baselineYear: 2023,
 *   levels: [{ id: 'pillar', title: 'Pillar' }], results: [{ id: 'P', title: 'P', level: 'pillar' }],
 *   indicators: [{ id: 'cases', title: 'Cases', result: 'P', measure: 'count', baseline: { period: '2023', value: 164 } }],
 * });
 * const csv = 'indicator;period;value\r\ncases;2024;197\r\ncases;2025;N/A\r\ncases;2026;=cmd\r\n';
 * const result = await readObservationsCsv(csv, strategy, { delimiter: 'auto' });
 * result.observations.map((o) => o.value); // [197, null]
 * result.rejected[0]?.line; // 4
 * result.dialect.delimiter; // ';'
 * const undeclared = await readObservationsCsv(csv, strategy).catch((error: LogframeError) => error.problems[0]?.code);
 * undeclared; // 'CSV_DELIMITER_UNDECLARED'
 * ```
 *
 * @category Import and export
 */
export async function readObservationsCsv(input: DataInput, strategy: Strategy, options: ReadObservationsCsvOptions = {}): Promise<CsvObservations> {
  if (!isAsyncIterable(input)) return readObservationsCsvSync(input, strategy, options);
  const reader = new ObservationCsvReader(strategy, options);
  const layout = await parseRowStream(input, reader.rowOptions(), reader.onRow);
  return reader.finish(layout);
}

/**
 * Reads an observations CSV held in memory, synchronously; see {@link readObservationsCsv}.
 *
 * @param input - The CSV as text or UTF-8 bytes.
 * @param strategy - The validated strategy the values report on.
 * @param options - Delimiter, format and number dialect, extra ignored columns.
 * @returns The accepted observations, the rejected rows, warnings, the dialect and the row count.
 * @throws {LogframeError} For a header problem, an undeclared delimiter other than `,`, invalid
 *   UTF-8, an empty file or an invalid dialect.
 *
 * @example
 * ```ts
 * const strategy = parseStrategy({
 *   id: 'demo', title: 'Demo', period: { start: 2024, end: 2028 }, baselineYear: 2023,
 *   levels: [{ id: 'pillar', title: 'Pillar' }], results: [{ id: 'P', title: 'P', level: 'pillar' }],
 *   dimensions: [{ id: 'sex', title: 'Sex', codes: [{ code: 'female', label: 'Female' }, { code: 'male', label: 'Male' }] }],
 *   indicators: [{ id: 'victims', title: 'Victims', result: 'P', measure: 'count', disaggregations: ['sex'], direction: 'none' }],
 * });
 * const wide = readObservationsCsvSync('indicator,sex,2024,2025\nvictims,female,241,\nvictims,male,49,52\n', strategy);
 * [wide.dialect.format, wide.observations.length]; // ['wide', 3]
 * ```
 *
 * @category Import and export
 */
export function readObservationsCsvSync(input: string | Uint8Array, strategy: Strategy, options: ReadObservationsCsvOptions = {}): CsvObservations {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) throw wrongInput('the CSV');
  const reader = new ObservationCsvReader(strategy, options);
  const layout = parseRows(input, reader.rowOptions(), reader.onRow);
  return reader.finish(layout);
}

class ObservationCsvReader {
  private readonly items: ObservationInput[] = [];
  private readonly itemRows: number[] = [];
  private readonly itemLines: number[] = [];
  private readonly rejected: RejectedItem[] = [];
  private readonly warnings: Problem[] = [];
  private readonly blankLines: number[] = [];
  private readonly indicators: ReadonlyMap<string, Indicator>;
  private context: RowContext | undefined;
  private fatal: LogframeError | undefined;
  private blankCells = 0;
  private rows = 0;

  constructor(private readonly strategy: Strategy, private readonly options: ReadObservationsCsvOptions) {
    checkDialect(options);
    this.indicators = new Map(strategy.indicators.map((indicator) => [indicator.id, indicator]));
  }

  rowOptions(): RowOptions {
    return { delimiter: this.options.delimiter, isKnownColumn: knownObservationColumn(this.strategy, this.options), onProgress: this.options.onProgress };
  }

  readonly onRow: OnRow = (cells, line, quote) => {
    if (this.context === undefined) return this.header(cells, line, quote);
    const { columns } = this.context;
    if (quote === undefined && isBlankRow(cells)) {
      this.blankLines.push(line);
      return true;
    }
    const row = this.rows;
    this.rows += 1;
    const problem = rowProblem(cells, columns.names.length, quote);
    if (problem) {
      this.rejected.push({ index: row, line, record: rawRecord(cells, columns.names), problems: [problem] });
      return true;
    }
    if (columns.format === 'long') this.take(longRow(cells, this.context, line), row, line);
    else {
      const { outcomes, blanks } = wideRow(cells, this.context, line);
      this.blankCells += blanks;
      for (const outcome of outcomes) this.take(outcome, row, line);
    }
    return true;
  };

  private header(cells: string[], line: number, quote: QuoteProblem | undefined): boolean {
    const read = readObservationHeader(cells, this.strategy, this.options);
    const problems = 'problems' in read ? read.problems : [];
    if (quote) problems.push({ path: ['header'], code: quote.code, severity: 'error', message: quote.message });
    if (problems.length > 0 || !('columns' in read)) {
      this.fatal = new LogframeError(problems, `Invalid CSV header (line ${line})`);
      return false;
    }
    this.context = { columns: read.columns, indicators: this.indicators, dialect: this.options };
    return true;
  }

  private take(outcome: RowOutcome, row: number, line: number): void {
    if (outcome.kind === 'rejected') {
      this.rejected.push({ index: row, line, record: outcome.record, problems: outcome.problems });
      return;
    }
    this.items.push(outcome.record);
    this.itemRows.push(row);
    this.itemLines.push(line);
    for (const warning of outcome.warnings) this.warnings.push({ ...warning, path: [row, ...warning.path] });
  }

  finish(layout: CsvLayout): CsvObservations {
    if (layout.refusal !== undefined) throw new LogframeError([layout.refusal], 'Invalid CSV');
    if (this.fatal) throw this.fatal;
    if (this.context === undefined) {
      throw new LogframeError([{ path: [], code: 'CSV_EMPTY', severity: 'error', message: 'The file is empty; it needs a header line (e.g. indicator,period,value) and one row per value.' }], 'Invalid CSV');
    }
    const { columns } = this.context;
    const parsed = parseObservations(this.items, this.strategy, { lines: this.itemLines });
    const rowOf = (index: number) => this.itemRows[index] ?? index;
    const rejected = [
      ...this.rejected,
      ...parsed.rejected.map((item) => ({ ...item, index: rowOf(item.index) })),
    ].sort((a, b) => a.index - b.index || (a.line ?? 0) - (b.line ?? 0));
    const warnings: Problem[] = [
      ...this.warnings,
      ...parsed.warnings.map((warning) => {
        const item = Number(warning.path[0]);
        return { ...warning, path: [rowOf(item), ...warning.path.slice(1)], message: `Line ${this.itemLines[item] ?? '?'}: ${warning.message}` };
      }),
    ].sort((a, b) => Number(a.path[0]) - Number(b.path[0]));
    if (this.blankLines.length > 0) warnings.push(blankRowsWarning(this.blankLines));
    if (this.blankCells > 0) {
      warnings.push({ path: [], code: 'CSV_BLANK_CELLS', severity: 'warning', message: `${this.blankCells} blank period cell${this.blankCells === 1 ? ' was' : 's were'} skipped: in the wide format a blank cell means "not reported". Write N/A to record an explicit missing value.` });
    }
    return {
      observations: parsed.observations,
      rejected,
      warnings,
      rows: this.rows,
      dialect: {
        delimiter: layout.delimiter,
        format: columns.format,
        bom: layout.bom,
        lineEnding: layout.lineEnding,
        detected: { delimiter: layout.delimiterDetected, format: columns.formatDetected },
      },
    };
  }
}

function blankRowsWarning(lines: readonly number[]): Problem {
  const shown = lines.slice(0, 10).join(', ') + (lines.length > 10 ? ', …' : '');
  return { path: [], code: 'CSV_BLANK_ROWS', severity: 'warning', message: `${lines.length} blank row${lines.length === 1 ? ' was' : 's were'} skipped (line${lines.length === 1 ? '' : 's'} ${shown}).` };
}
