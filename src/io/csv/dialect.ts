// Internal: how a CSV file is laid out (delimiter, line ending, byte order mark), declared by the
// caller (the delimiter defaults to ',', as in RFC 4180) or, with delimiter 'auto', detected from
// the header line, and always reported back.
import Papa from 'papaparse';
import { LogframeError } from '../../problems/index.js';
import type { Problem } from '../../problems/index.js';
import type { NumberDialect } from './numbers.js';

/**
 * The delimiters the CSV readers and writers accept: comma, or semicolon (what spreadsheets write
 * where the decimal separator is a comma).
 *
 * @example
 * ```ts
 * const options: WriteObservationsCsvOptions = { delimiter: ';' };
 * options.delimiter; // ';'
 * ```
 *
 * @category Import and export
 */
export type Delimiter = ',' | ';';

/** The delimiter option of the readers: a delimiter, or `auto` to detect `,` or `;` from the header line. */
export type DelimiterOption = Delimiter | 'auto';

/**
 * The layout a CSV reader found (or was told), returned with every result so that the caller can
 * see what was assumed.
 *
 * @example
 * ```ts
 * const dialect: CsvDialect = { delimiter: ';', format: 'long', bom: true, lineEnding: 'CRLF', detected: { delimiter: true, format: true } };
 * dialect.lineEnding; // 'CRLF'
 * ```
 *
 * @category Import and export
 */
export interface CsvDialect {
  /** The field delimiter. */
  readonly delimiter: Delimiter;
  /** `long` (one row per value) or `wide` (one column per period). */
  readonly format: 'long' | 'wide';
  /** Whether the file started with a UTF-8 byte order mark (it is removed). */
  readonly bom: boolean;
  /** The line ending of the header line: `CRLF`, `LF`, `CR`, or `none` for a file of one line. */
  readonly lineEnding: 'CRLF' | 'LF' | 'CR' | 'none';
  /** Which of `delimiter` and `format` were detected rather than declared (or taken by default). */
  readonly detected: {
    /** Whether the delimiter was detected from the header line (only with delimiter `auto`). */
    readonly delimiter: boolean;
    /** Whether the format was detected from the header's columns. */
    readonly format: boolean;
  };
}

export interface CsvLayout {
  readonly delimiter: Delimiter;
  readonly delimiterDetected: boolean;
  readonly lineEnding: CsvDialect['lineEnding'];
  readonly bom: boolean;
  /** Why the file cannot be read at all (an undeclared delimiter other than ','); no row is read then. */
  readonly refusal?: Problem | undefined;
}

const NEWLINE: Record<CsvDialect['lineEnding'], string> = { CRLF: '\r\n', LF: '\n', CR: '\r', none: '\n' };

export function newlineOf(lineEnding: CsvDialect['lineEnding']): string {
  return NEWLINE[lineEnding];
}

/** Whether `text` holds the whole first line (a CR needs the next character to tell CR from CRLF). */
export function hasFirstLine(text: string): boolean {
  const lf = text.indexOf('\n');
  if (lf !== -1) return true;
  const cr = text.indexOf('\r');
  return cr !== -1 && cr < text.length - 1;
}

/**
 * Detects the line ending from the first line break, and settles the delimiter from the header line:
 * - declared `,` or `;`: used as declared;
 * - `auto`: the split that yields more known column names wins; on a tie, the one giving more
 *   columns; comma when nothing tells them apart;
 * - not declared: `,`, unless the header is evidently separated by `;`, a tab or `|` (the comma
 *   split gives one column, or fewer known names than the other split): then the layout carries a
 *   refusal that names the delimiter found and how to declare it.
 */
export function detectLayout(text: string, bom: boolean, declared: DelimiterOption | undefined, isKnownColumn: (name: string) => boolean): CsvLayout {
  const lf = text.indexOf('\n');
  const cr = text.indexOf('\r');
  let lineEnding: CsvDialect['lineEnding'] = 'none';
  let end = text.length;
  if (cr !== -1 && (lf === -1 || cr < lf)) {
    lineEnding = text.charCodeAt(cr + 1) === 10 ? 'CRLF' : 'CR';
    end = cr;
  } else if (lf !== -1) {
    lineEnding = 'LF';
    end = lf;
  }
  if (declared === ',' || declared === ';') return { delimiter: declared, delimiterDetected: false, lineEnding, bom };
  const line = text.slice(0, end);
  const score = (delimiter: string) => {
    const cells = (Papa.parse<string[]>(line, { delimiter, newline: '\n', header: false })?.data[0] ?? []).map((cell) => cell.trim());
    return { known: cells.filter(isKnownColumn).length, count: cells.length };
  };
  const comma = score(',');
  if (declared === 'auto') {
    const semicolon = score(';');
    const useSemicolon = semicolon.known > comma.known || (semicolon.known === comma.known && semicolon.count > comma.count);
    return { delimiter: useSemicolon ? ';' : ',', delimiterDetected: true, lineEnding, bom };
  }
  let evident: { delimiter: string; known: number; count: number } | undefined;
  for (const delimiter of OTHER_DELIMITERS) {
    const other = score(delimiter);
    if (other.count < 2 || !(comma.count === 1 || other.known > comma.known)) continue;
    if (evident === undefined || other.known > evident.known || (other.known === evident.known && other.count > evident.count)) evident = { delimiter, ...other };
  }
  const layout: CsvLayout = { delimiter: ',', delimiterDetected: false, lineEnding, bom };
  return evident === undefined ? layout : { ...layout, refusal: undeclaredDelimiter(evident.delimiter) };
}

/** Delimiters a header may evidently use instead of the default comma. */
const OTHER_DELIMITERS = [';', '\t', '|'] as const;

function undeclaredDelimiter(delimiter: string): Problem {
  const message = delimiter === ';'
    ? "The file looks ';'-separated; declare delimiter ';' (CLI: --delimiter ';'), or delimiter 'auto' to detect it. Without a declaration the delimiter is ',' (RFC 4180)."
    : `The file looks ${delimiter === '\t' ? 'tab' : `'${delimiter}'`}-separated, which logframe does not read; save it as CSV separated by ',' (the default), or by ';' and declare delimiter ';' (CLI: --delimiter ';').`;
  return { path: ['line', 1], code: 'CSV_DELIMITER_UNDECLARED', severity: 'error', message };
}

/** Checks a declared dialect: only `,`, `;` or `auto` delimit, and one separator cannot be both decimal and thousands. */
export function checkDialect(dialect: NumberDialect & { readonly delimiter?: string | undefined }): void {
  const problems = [];
  if (dialect.delimiter !== undefined && dialect.delimiter !== ',' && dialect.delimiter !== ';' && dialect.delimiter !== 'auto') {
    problems.push({ path: ['delimiter'], code: 'DIALECT_INVALID', severity: 'error' as const, message: `The delimiter ${JSON.stringify(dialect.delimiter)} is not supported; use ",", ";" or "auto" (to detect "," or ";").` });
  }
  if (dialect.thousands !== undefined && dialect.thousands === (dialect.decimal ?? '.')) {
    problems.push({ path: ['thousands'], code: 'DIALECT_INVALID', severity: 'error' as const, message: `The thousands separator and the decimal separator are both ${JSON.stringify(dialect.thousands)}; declare different ones.` });
  }
  if (problems.length > 0) throw new LogframeError(problems, 'Invalid CSV dialect');
}
