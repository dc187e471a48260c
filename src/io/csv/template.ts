import type { Indicator, Strategy } from '../../model/index.js';
import { parsePeriod, subPeriods } from '../../periods/index.js';
import { LogframeError } from '../../problems/index.js';
import { textIn } from '../shared/text.js';
import { joinRows, textCell } from './cells.js';
import type { Delimiter } from './dialect.js';
import { INFORMATIONAL_COLUMNS, OBSERVATION_FIELDS } from './header.js';

/**
 * The most rows (combinations of disaggregation codes) a reporting template gives one indicator in
 * one period; above it, the template asks for the total only and says why in `guidance`.
 *
 * @example
 * ```ts
 * TEMPLATE_MAX_COMBINATIONS; // 1000
 * ```
 *
 * @category Import and export
 */
export const TEMPLATE_MAX_COMBINATIONS = 1000;

/**
 * Options of {@link reportingTemplate}.
 *
 * @category Import and export
 */
export interface ReportingTemplateOptions {
  /** The actor (ministry) that fills the template: it gets the indicators it reports (`reporter`, else `lead`). */
  readonly actor: string;
  /** The reporting period, e.g. `2024` or `2024Q1`; each indicator gets the periods of its frequency inside it. */
  readonly period: string;
  /** The language of titles and definitions (default: the strategy's language). */
  readonly lang?: string | undefined;
  /** The delimiter (default `,`). */
  readonly delimiter?: Delimiter | undefined;
  /** Start with a UTF-8 byte order mark so that Excel shows Khmer text (default `true`). */
  readonly bom?: boolean | undefined;
}

/**
 * Builds the CSV a ministry fills in for a period: one row per indicator it reports, per period
 * due (by the indicator's frequency) and per combination of the codes of its disaggregation
 * dimensions, with `value` blank and `reportedBy` filled in. When one indicator would need more
 * than 1,000 rows, it gets only the total row and a note in `guidance`. The informational columns
 * `title`, `unit`, `definition` and `guidance` are ignored by {@link readObservationsCsv}, so the
 * filled template reads back cleanly. Computed indicators (formula or ratio) are left out: their
 * inputs are reported instead.
 *
 * @param strategy - The validated strategy.
 * @param options - The actor and period, and optionally language, delimiter and BOM.
 * @returns The CSV text (CRLF line ends).
 * @throws {LogframeError} When the actor is unknown or the period id is invalid.
 *
 * @example
 * ```ts
 * const strategy = parseStrategy({
 *   id: 'demo', title: 'Demo', period: { start: 2024, end: 2028 }, baselineYear: 2023,
 *   levels: [{ id: 'pillar', title: 'Pillar' }], results: [{ id: 'P', title: 'P', level: 'pillar' }],
 *   actors: [{ id: 'MOJ', name: 'Ministry of Justice' }],
 *   dimensions: [{ id: 'sex', title: 'Sex', codes: [{ code: 'female', label: 'Female' }, { code: 'male', label: 'Male' }] }],
 *   indicators: [{ id: 'charged', title: 'People charged', result: 'P', measure: 'count', unit: 'people', direction: 'none', lead: 'MOJ', disaggregations: ['sex'] }],
 * });
 * const [header, first] = reportingTemplate(strategy, { actor: 'MOJ', period: '2024', bom: false }).split('\r\n');
 * header; // 'indicator,title,period,sex,value,unit,reportedBy,reportedOn,source,note,definition,guidance'
 * first; // 'charged,People charged,2024,female,,people,MOJ,,,,,A whole number (0 or more).'
 * ```
 *
 * @category Import and export
 */
export function reportingTemplate(strategy: Strategy, options: ReportingTemplateOptions): string {
  const actor = strategy.actors.find((candidate) => candidate.id === options.actor);
  if (!actor) {
    throw new LogframeError([{ path: ['actor'], code: 'UNKNOWN_ACTOR', severity: 'error', message: `No actor has the id "${options.actor}"; use the id of an actor in the strategy.` }], 'Cannot build the template');
  }
  const period = parsePeriod(options.period);
  const lang = options.lang ?? strategy.language;
  const delimiter = options.delimiter ?? ',';
  const codes = new Map(strategy.dimensions.map((dimension) => [dimension.id, dimension.codes.map((code) => code.code)]));
  const reported = strategy.indicators.filter((indicator) => (indicator.reporter ?? indicator.lead) === actor.id && indicator.formula === undefined && indicator.ratio === undefined);

  type Row = { indicator: Indicator; period: string; disaggregation: Record<string, string>; guidance: string };
  const rows: Row[] = [];
  for (const indicator of reported) {
    const periods = indicator.frequency === period.type ? [period.id] : subPeriods(period.id, indicator.frequency);
    const dimensions = indicator.disaggregations;
    const size = dimensions.reduce((product, dimension) => product * (codes.get(dimension)?.length ?? 1), 1);
    const combinations = size > TEMPLATE_MAX_COMBINATIONS ? [{}] : cartesian(dimensions, codes);
    const guidance = size > TEMPLATE_MAX_COMBINATIONS
      ? `${String(size)} combinations of ${dimensions.join(', ')} are too many for a template: report the total here, and disaggregated values in a separate file. ${valueGuidance(indicator)}`
      : valueGuidance(indicator);
    for (const due of periods) for (const disaggregation of combinations) rows.push({ indicator, period: due, disaggregation, guidance });
  }

  const usedDimensions = strategy.dimensions.map((dimension) => dimension.id).filter((id) => rows.some((row) => id in row.disaggregation));
  const clash = usedDimensions.find((id) => ['indicator', 'period', 'value', ...OBSERVATION_FIELDS, ...INFORMATIONAL_COLUMNS].includes(id));
  if (clash !== undefined) {
    throw new LogframeError([{ path: ['dimensions', clash], code: 'CSV_DIMENSION_CLASH', severity: 'error', message: `The dimension "${clash}" has the name of a standard CSV column; rename the dimension.` }], 'Cannot build the template');
  }
  const header = ['indicator', 'title', 'period', ...usedDimensions, 'value', 'unit', 'reportedBy', 'reportedOn', 'source', 'note', 'definition', 'guidance'];
  const cell = (text: string) => textCell(text, delimiter);
  const lines = [header.map(cell)];
  for (const row of rows) {
    const { indicator } = row;
    lines.push([
      cell(indicator.id),
      cell(textIn(indicator.title, lang)),
      cell(row.period),
      ...usedDimensions.map((id) => cell(row.disaggregation[id] ?? '')),
      '',
      cell(unitOf(indicator)),
      cell(actor.id),
      '',
      '',
      '',
      cell(textIn(indicator.definition, lang)),
      cell(row.guidance),
    ]);
  }
  return joinRows(lines, delimiter, options.bom ?? true);
}

function cartesian(dimensions: readonly string[], codes: ReadonlyMap<string, readonly string[]>): Record<string, string>[] {
  let combinations: Record<string, string>[] = [{}];
  for (const dimension of dimensions) {
    const next: Record<string, string>[] = [];
    for (const combination of combinations) for (const code of codes.get(dimension) ?? []) next.push({ ...combination, [dimension]: code });
    combinations = next;
  }
  return combinations;
}

function unitOf(indicator: Indicator): string {
  if (indicator.unit !== undefined) return indicator.unit;
  if (indicator.measure === 'currency') return indicator.currency ?? '';
  if (indicator.measure === 'percent') return '%';
  return '';
}

function valueGuidance(indicator: Indicator): string {
  switch (indicator.measure) {
    case 'count':
      return 'A whole number (0 or more).';
    case 'percent':
      return 'A percentage from 0 to 100, without the % sign.';
    case 'currency':
      return `An amount in ${indicator.currency ?? 'the indicator currency'}, digits only.`;
    case 'rate':
      return `A rate per ${String(indicator.ratePer ?? '')}.`;
    case 'ratio':
      return 'A ratio such as 0.75.';
    case 'boolean':
      return 'true or false.';
    case 'ordinal':
      return `One of: ${(indicator.levels ?? []).map((level) => level.code).join(', ')}.`;
    case 'qualitative':
      return 'Text.';
  }
}
