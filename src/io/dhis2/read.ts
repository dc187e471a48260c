import { findReservedKeys, parseObservations } from '../../model/index.js';
import type { Indicator, ObservationInput, ObservationStatus, ParsedObservations, RejectedItem, Strategy } from '../../model/index.js';
import { LogframeError } from '../../problems/index.js';
import type { Problem } from '../../problems/index.js';
import { readValue } from '../csv/numbers.js';
import { collectText, isAsyncIterable, textOf } from '../shared/input.js';
import { indexMapping } from './mapping.js';
import type { MappingIndex } from './mapping.js';
import type { Dhis2DataValueSet } from './types.js';

/** The fields of a DHIS2 data value that are read; anything else is reported as ignored. */
const KNOWN_FIELDS = new Set(['dataElement', 'period', 'orgUnit', 'categoryOptionCombo', 'attributeOptionCombo', 'value', 'storedBy', 'created', 'lastUpdated', 'comment', 'followup', 'deleted']);

/**
 * Options of {@link fromDhis2}.
 *
 * @category Import and export
 */
export interface FromDhis2Options {
  /** The status given to every value (DHIS2 keeps approval apart from values); default `submitted`. */
  readonly status?: ObservationStatus | undefined;
}

/**
 * Reads a DHIS2 `dataValueSets` payload into observations through a mapping (see
 * {@link Dhis2MappingSchema}). Period ids pass through unchanged; values (strings in DHIS2) are
 * read per the indicator's measure; `lastUpdated` (else `created`) gives `reportedOn`, `comment`
 * gives `note`; `storedBy`, `created`, `lastUpdated`, `followup` and a non-default
 * `attributeOptionCombo` are kept in `external` so that {@link toDhis2} writes them back. Values
 * whose data element, organisation unit or category option combo is not mapped are rejected with
 * the reason, never dropped; then every model rule applies through {@link parseObservations}.
 *
 * @param input - The payload: JSON text, UTF-8 bytes, an async iterable of chunks, or parsed JSON.
 * @param strategy - The validated strategy.
 * @param mapping - The mapping (validated here).
 * @param options - The status to give the values.
 * @returns The observations, the rejected values (`index` into `dataValues`) and warnings; a
 *   Promise when the input is an async iterable.
 * @throws {LogframeError} When the JSON is invalid, has no `dataValues` list, or the mapping is invalid.
 *
 * @example
 * ```ts
 * const strategy = parseStrategy({
 *   id: 'demo', title: 'Demo', period: { start: 2024, end: 2028 }, baselineYear: 2023,
 *   levels: [{ id: 'pillar', title: 'Pillar' }], results: [{ id: 'P', title: 'P', level: 'pillar' }],
 *   dimensions: [{ id: 'province', title: 'Province', codes: [{ code: 'KH-12', label: 'Phnom Penh' }] }],
 *   indicators: [{ id: 'cases', title: 'Cases', result: 'P', measure: 'count', direction: 'none', disaggregations: ['province'] }],
 * });
 * const mapping = { dataElements: { fbfJHSPpUQD: 'cases' }, orgUnit: { dimension: 'province', codes: { DiszpKrYNg8: 'KH-12' } } };
 * const { observations, rejected } = fromDhis2({ dataValues: [
 *   { dataElement: 'fbfJHSPpUQD', period: '2024Q1', orgUnit: 'DiszpKrYNg8', categoryOptionCombo: 'HllvX50cXC0', value: '12', lastUpdated: '2024-04-10T09:12:33.000' },
 *   { dataElement: 'cYeuwXTCPkU', period: '2024Q1', orgUnit: 'DiszpKrYNg8', value: '3' },
 * ] }, strategy, mapping);
 * observations[0]?.reportedOn; // '2024-04-10'
 * rejected[0]?.problems[0]?.code; // 'DHIS2_UNMAPPED_DATA_ELEMENT'
 * ```
 *
 * @category Import and export
 */
export function fromDhis2(input: AsyncIterable<Uint8Array>, strategy: Strategy, mapping: unknown, options?: FromDhis2Options): Promise<ParsedObservations>;
export function fromDhis2(input: string | Uint8Array | Dhis2DataValueSet | unknown, strategy: Strategy, mapping: unknown, options?: FromDhis2Options): ParsedObservations;
export function fromDhis2(input: unknown, strategy: Strategy, mapping: unknown, options: FromDhis2Options = {}): ParsedObservations | Promise<ParsedObservations> {
  const index = indexMapping(mapping);
  if (isAsyncIterable(input)) return collectText(input).then(({ text }) => readSet(parseJson(text), strategy, index, options));
  if (typeof input === 'string' || input instanceof Uint8Array) return readSet(parseJson(textOf(input).text), strategy, index, options);
  return readSet(input, strategy, index, options);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new LogframeError([{ path: [], code: 'JSON_INVALID', severity: 'error', message: `The DHIS2 payload is not valid JSON (${(error as Error).message}); export it again as JSON.` }], 'Invalid DHIS2 payload');
  }
}

function readSet(input: unknown, strategy: Strategy, index: MappingIndex, options: FromDhis2Options): ParsedObservations {
  const set = input as Record<string, unknown> | null;
  const values = typeof set === 'object' && set !== null ? set['dataValues'] : undefined;
  if (!Array.isArray(values)) {
    throw new LogframeError([{ path: ['dataValues'], code: 'WRONG_TYPE', severity: 'error', message: 'A DHIS2 payload is an object with a "dataValues" list ({ "dataValues": [ … ] }), as /api/dataValueSets returns it.' }], 'Invalid DHIS2 payload');
  }
  const defaults = { period: text(set?.['period']), orgUnit: text(set?.['orgUnit']), attributeOptionCombo: text(set?.['attributeOptionCombo']) };
  const indicators = new Map(strategy.indicators.map((indicator) => [indicator.id, indicator]));
  const items: ObservationInput[] = [];
  const positions: number[] = [];
  const rejected: RejectedItem[] = [];
  const warnings: Problem[] = [];
  values.forEach((value: unknown, position) => {
    const read = readValueRecord(value, defaults, index, indicators, options);
    if ('problems' in read) rejected.push({ index: position, record: value, problems: read.problems });
    else {
      items.push(read.item);
      positions.push(position);
      for (const warning of read.warnings) warnings.push({ ...warning, path: [position, ...warning.path] });
    }
  });
  const parsed = parseObservations(items, strategy);
  const at = (item: number) => positions[item] ?? item;
  return {
    observations: parsed.observations,
    rejected: [...rejected, ...parsed.rejected.map((item) => ({ ...item, index: at(item.index) }))].sort((a, b) => a.index - b.index),
    warnings: [...warnings, ...parsed.warnings.map((warning) => ({ ...warning, path: [at(Number(warning.path[0])), ...warning.path.slice(1)] }))].sort((a, b) => Number(a.path[0]) - Number(b.path[0])),
  };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function readValueRecord(
  input: unknown,
  defaults: { period: string | undefined; orgUnit: string | undefined; attributeOptionCombo: string | undefined },
  index: MappingIndex,
  indicators: ReadonlyMap<string, Indicator>,
  options: FromDhis2Options,
): { item: ObservationInput; warnings: Problem[] } | { problems: Problem[] } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { problems: [{ path: [], code: 'WRONG_TYPE', severity: 'error', message: 'A data value must be an object ({ "dataElement": …, "period": …, "orgUnit": …, "value": … }).' }] };
  }
  const reserved = findReservedKeys(input);
  if (reserved.length > 0) return { problems: reserved };
  const record = input as Record<string, unknown>;
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const error = (path: string, code: string, message: string) => problems.push({ path: [path], code, severity: 'error', message });
  const { mapping } = index;

  const element = text(record['dataElement']) ?? '';
  const indicatorId = index.indicatorOf.get(element);
  if (indicatorId === undefined) error('dataElement', 'DHIS2_UNMAPPED_DATA_ELEMENT', `Data element "${element}" is not in the mapping's dataElements; add it (uid → indicator id) or leave it out of the import.`);

  const disaggregation: Record<string, string> = {};
  let reportedBy: string | undefined;
  const unit = text(record['orgUnit']) ?? defaults.orgUnit ?? '';
  const unitValue = index.unitValue.get(unit);
  if ('actor' in mapping.orgUnit) {
    if (unitValue === undefined) error('orgUnit', 'DHIS2_UNMAPPED_ORG_UNIT', `Organisation unit "${unit}" is not in the mapping's orgUnit.actors; add it (uid → actor id).`);
    reportedBy = unitValue;
  } else if (unitValue !== undefined) disaggregation[mapping.orgUnit.dimension] = unitValue;
  else if (unit !== mapping.orgUnit.total) error('orgUnit', 'DHIS2_UNMAPPED_ORG_UNIT', `Organisation unit "${unit}" is not in the mapping's orgUnit.codes (nor its total); add it (uid → ${mapping.orgUnit.dimension} code).`);

  const combo = text(record['categoryOptionCombo']) ?? mapping.defaultCategoryOptionCombo;
  if (combo !== mapping.defaultCategoryOptionCombo) {
    const codes = index.comboValue.get(combo);
    if (codes === undefined) error('categoryOptionCombo', 'DHIS2_UNMAPPED_CATEGORY_OPTION_COMBO', `Category option combo "${combo}" is not in the mapping's categoryOptionCombos; add it (uid → { dimension: code }).`);
    else Object.assign(disaggregation, codes);
  }
  if (record['deleted'] === true) error('deleted', 'DHIS2_DELETED', 'The value is marked deleted in DHIS2; leave it out of the import.');

  const indicator = indicatorId === undefined ? undefined : indicators.get(indicatorId);
  const raw = record['value'];
  let value: unknown = null;
  if (raw === undefined || raw === null || typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') {
    const read = readValue(raw === undefined || raw === null ? '' : String(raw), indicator?.measure);
    if (read.kind === 'invalid') error('value', read.issue.code, read.issue.message);
    else if (read.kind === 'missing') warnings.push({ path: ['value'], code: 'VALUE_MISSING', severity: 'warning', message: 'The value is empty; it was read as a missing value (null, never 0).' });
    else value = read.value;
  } else error('value', 'WRONG_TYPE', 'A DHIS2 value must be text (or a number).');

  const external: Record<string, string> = {};
  const aoc = text(record['attributeOptionCombo']) ?? defaults.attributeOptionCombo;
  if (aoc !== undefined && aoc !== mapping.defaultCategoryOptionCombo) external['attributeOptionCombo'] = aoc;
  const stamp = text(record['lastUpdated']) ?? text(record['created']);
  const reportedOn = stamp?.slice(0, 10);
  const storedBy = text(record['storedBy']);
  const created = text(record['created']);
  const updated = text(record['lastUpdated']);
  if (storedBy !== undefined) external['storedBy'] = storedBy;
  if (created !== undefined) external['created'] = created;
  // A date-only lastUpdated is reportedOn itself: keeping it too would make a round trip add a field.
  if (updated !== undefined && (updated !== reportedOn || created !== undefined)) external['lastUpdated'] = updated;
  if (typeof record['followup'] === 'boolean') external['followup'] = String(record['followup']);
  if (stamp !== undefined && !/^\d{4}-\d{2}-\d{2}(?:$|T)/.test(stamp)) error(record['lastUpdated'] === undefined ? 'created' : 'lastUpdated', 'DHIS2_DATE_INVALID', `"${stamp}" is not an ISO date or date-time (2024-04-10T09:12:33.000).`);
  const ignored = Object.keys(record).filter((key) => !KNOWN_FIELDS.has(key));
  if (ignored.length > 0) warnings.push({ path: [], code: 'DHIS2_FIELD_IGNORED', severity: 'warning', message: `The field${ignored.length === 1 ? '' : 's'} ${ignored.map((key) => `"${key}"`).join(', ')} of this data value ${ignored.length === 1 ? 'is' : 'are'} not read.` });
  if (problems.length > 0) return { problems };

  const comment = text(record['comment']);
  const item: Record<string, unknown> = {
    indicator: indicatorId,
    period: text(record['period']) ?? defaults.period ?? '',
    value,
    disaggregation,
    status: options.status ?? 'submitted',
  };
  if (reportedBy !== undefined) item['reportedBy'] = reportedBy;
  if (reportedOn !== undefined) item['reportedOn'] = reportedOn;
  if (comment !== undefined && comment !== '') item['note'] = comment;
  if (Object.keys(external).length > 0) item['external'] = external;
  return { item: item as unknown as ObservationInput, warnings };
}
