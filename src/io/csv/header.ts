// Internal: checking the header row of an observations CSV and turning it into a column plan.
// The raw first row is checked here because papaparse's own header mode renames duplicates and
// drops `__proto__` without a word.
import type { Strategy } from '../../model/index.js';
import { safeParsePeriod } from '../../periods/index.js';
import type { Problem } from '../../problems/index.js';
import { RESERVED_KEYS } from '../shared/text.js';
import { trimCell } from './numbers.js';

/**
 * Columns that reporting templates add beside the data (the indicator's title, unit, definition
 * and filling guidance). The observation readers accept and ignore them.
 *
 * @example
 * ```ts
 * INFORMATIONAL_COLUMNS.includes('title'); // true
 * ```
 *
 * @category Import and export
 */
export const INFORMATIONAL_COLUMNS: readonly string[] = Object.freeze(['title', 'unit', 'definition', 'guidance']);

/** The optional per-value columns, in the order the writer puts them. */
export const OBSERVATION_FIELDS = ['reportedBy', 'reportedOn', 'status', 'source', 'note'] as const;
export type ObservationField = (typeof OBSERVATION_FIELDS)[number];

const CORE = ['indicator', 'period', 'value'];
const LANGUAGE_COLUMN = /^(source|note)\.([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)$/;

export interface ObservationColumns {
  readonly format: 'long' | 'wide';
  readonly formatDetected: boolean;
  readonly names: readonly string[];
  readonly indicator: number;
  readonly period: number;
  readonly value: number;
  readonly periods: readonly (readonly [string, number])[];
  readonly dimensions: readonly (readonly [string, number])[];
  readonly fields: readonly (readonly [ObservationField, number])[];
  readonly languages: readonly (readonly ['source' | 'note', string, number])[];
}

export interface HeaderOptions {
  readonly format?: 'long' | 'wide' | undefined;
  readonly ignoreColumns?: readonly string[] | undefined;
}

/** Whether a column name means something to an observations reader (used to detect the delimiter). */
export function knownObservationColumn(strategy: Strategy, options: HeaderOptions): (name: string) => boolean {
  const known = new Set([...CORE, ...OBSERVATION_FIELDS, ...INFORMATIONAL_COLUMNS, ...(options.ignoreColumns ?? []), ...strategy.dimensions.map((d) => d.id)]);
  return (name) => known.has(name) || LANGUAGE_COLUMN.test(name) || safeParsePeriod(name).ok;
}

/** Problems shared by every CSV header: empty, reserved and duplicate names. */
export function checkHeaderNames(names: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  const first = new Map<string, number>();
  names.forEach((name, index) => {
    const at = `Column ${index + 1}`;
    const error = (code: string, message: string) => problems.push({ path: ['header', index], code, severity: 'error', message });
    if (name === '') error('CSV_HEADER_EMPTY', `${at} has no name; name it or delete the column (and any stray delimiter at the end of the header line).`);
    else if (RESERVED_KEYS.has(name)) error('CSV_HEADER_RESERVED', `${at} is named "${name}", which is not allowed (it could change the behaviour of JavaScript objects); rename it.`);
    else if (first.has(name)) error('CSV_HEADER_DUPLICATE', `${at} is named "${name}" like column ${(first.get(name) ?? 0) + 1}; every column needs its own name, so rename or remove one of them.`);
    else first.set(name, index);
  });
  return problems;
}

/** Reads the header of an observations CSV: a column plan, or every problem found. */
export function readObservationHeader(cells: readonly string[], strategy: Strategy, options: HeaderOptions): { columns: ObservationColumns } | { problems: Problem[] } {
  const names = cells.map(trimCell);
  const problems = checkHeaderNames(names);
  const dimensionIds = new Set(strategy.dimensions.map((dimension) => dimension.id));
  const ignored = new Set([...INFORMATIONAL_COLUMNS, ...(options.ignoreColumns ?? [])]);
  const isPeriod = (name: string) => !dimensionIds.has(name) && !CORE.includes(name) && safeParsePeriod(name).ok;
  const formatDetected = options.format === undefined;
  const format = options.format ?? (!names.includes('value') && !names.includes('period') && names.some(isPeriod) ? 'wide' : 'long');

  let indicator = -1;
  let period = -1;
  let value = -1;
  const periods: [string, number][] = [];
  const dimensions: [string, number][] = [];
  const fields: [ObservationField, number][] = [];
  const languages: ['source' | 'note', string, number][] = [];
  const flagged = new Set(problems.map((problem) => problem.path[1]));
  names.forEach((name, index) => {
    if (flagged.has(index)) return;
    const language = LANGUAGE_COLUMN.exec(name);
    if (name === 'indicator') indicator = index;
    else if (name === 'period' && format === 'long') period = index;
    else if (name === 'value' && format === 'long') value = index;
    else if (dimensionIds.has(name)) dimensions.push([name, index]);
    else if ((OBSERVATION_FIELDS as readonly string[]).includes(name)) fields.push([name as ObservationField, index]);
    else if (language) languages.push([language[1] as 'source' | 'note', language[2] ?? '', index]);
    else if (format === 'wide' && isPeriod(name)) periods.push([name, index]);
    else if (!ignored.has(name)) problems.push({ path: ['header', index], code: 'CSV_HEADER_UNKNOWN', severity: 'error', message: unknownMessage(name, index, format, dimensionIds) });
  });

  const missing = (name: string, hint: string) => problems.push({ path: ['header'], code: 'CSV_HEADER_MISSING', severity: 'error', message: `The header has no "${name}" column; ${hint}` });
  if (indicator === -1) missing('indicator', 'add it with the indicator id of each row.');
  if (format === 'long') {
    if (period === -1) missing('period', 'add it with the period id of each value (e.g. 2024 or 2024Q1), or use the wide format with one column per period.');
    if (value === -1) missing('value', 'add it with the reported values.');
  } else if (periods.length === 0) {
    problems.push({ path: ['header'], code: 'CSV_HEADER_MISSING', severity: 'error', message: 'A wide file needs at least one period column (e.g. 2024 or 2024Q1) holding the values.' });
  }
  if (problems.length > 0) return { problems };
  return { columns: { format, formatDetected, names, indicator, period, value, periods, dimensions, fields, languages } };
}

function unknownMessage(name: string, index: number, format: 'long' | 'wide', dimensions: ReadonlySet<string>): string {
  const known = [...CORE, ...OBSERVATION_FIELDS, ...dimensions];
  const near = known.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  const at = `Column ${index + 1} ("${name}")`;
  if (near !== undefined) return `${at} is not a known column; did you mean "${near}"? Column names are case-sensitive.`;
  if (format === 'long' && safeParsePeriod(name).ok) return `${at} looks like a period of a wide file, but this file has value/period columns (long format); use one format or the other.`;
  return `${at} is neither a standard column (${[...CORE, ...OBSERVATION_FIELDS].join(', ')}), a dimension of the strategy, nor an informational column (${INFORMATIONAL_COLUMNS.join(', ')}); remove it, fix its name, or pass it in ignoreColumns.`;
}
