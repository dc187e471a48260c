// Internal: how a CSV file is laid out (delimiter, line ending, byte order mark), declared by the
// caller or detected from the header line and always reported back.
import Papa from 'papaparse';
import { LogframeError } from '../../problems/index.js';
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
  /** Which of `delimiter` and `format` were detected rather than declared. */
  readonly detected: {
    /** Whether the delimiter was detected from the header line. */
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
 * Detects the line ending from the first line break, and the delimiter (unless declared) from the
 * header line: the one whose split yields more known column names wins; on a tie, the one giving
 * more columns; comma when nothing tells them apart.
 */
export function detectLayout(text: string, bom: boolean, declared: Delimiter | undefined, isKnownColumn: (name: string) => boolean): CsvLayout {
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
  if (declared !== undefined) return { delimiter: declared, delimiterDetected: false, lineEnding, bom };
  const line = text.slice(0, end);
  const score = (delimiter: Delimiter) => {
    const cells = (Papa.parse<string[]>(line, { delimiter, newline: '\n', header: false })?.data[0] ?? []).map((cell) => cell.trim());
    return { known: cells.filter(isKnownColumn).length, count: cells.length };
  };
  const comma = score(',');
  const semicolon = score(';');
  const useSemicolon = semicolon.known > comma.known || (semicolon.known === comma.known && semicolon.count > comma.count);
  return { delimiter: useSemicolon ? ';' : ',', delimiterDetected: true, lineEnding, bom };
}

/** Checks a declared dialect: only `,` or `;` delimit, and one separator cannot be both decimal and thousands. */
export function checkDialect(dialect: NumberDialect & { readonly delimiter?: string | undefined }): void {
  const problems = [];
  if (dialect.delimiter !== undefined && dialect.delimiter !== ',' && dialect.delimiter !== ';') {
    problems.push({ path: ['delimiter'], code: 'DIALECT_INVALID', severity: 'error' as const, message: `The delimiter ${JSON.stringify(dialect.delimiter)} is not supported; use "," or ";".` });
  }
  if (dialect.thousands !== undefined && dialect.thousands === (dialect.decimal ?? '.')) {
    problems.push({ path: ['thousands'], code: 'DIALECT_INVALID', severity: 'error' as const, message: `The thousands separator and the decimal separator are both ${JSON.stringify(dialect.thousands)}; declare different ones.` });
  }
  if (problems.length > 0) throw new LogframeError(problems, 'Invalid CSV dialect');
}
