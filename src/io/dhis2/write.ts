import type { Observation, Strategy } from '../../model/index.js';
import { LogframeError } from '../../problems/index.js';
import type { Problem } from '../../problems/index.js';
import { formatNumber, textIn } from '../shared/text.js';
import { comboKeyOf, indexMapping } from './mapping.js';
import type { Dhis2DataValue, Dhis2DataValueSet } from './types.js';

/**
 * Writes observations as a DHIS2 `dataValueSets` payload through a mapping (see
 * {@link Dhis2MappingSchema}): the reverse of {@link fromDhis2}. Values become strings (numbers in
 * plain decimal notation, booleans `true`/`false`); `note` becomes `comment`; `storedBy`,
 * `created`, `lastUpdated`, `followup` and `attributeOptionCombo` come back from `external`
 * (`lastUpdated` falls back to `reportedOn`). With organisation units as actors, the unit is the
 * observation's `reportedBy`, else the indicator's reporter or lead. DHIS2 has no place for
 * `status` or `source`, and holds one value per data element, period, unit and combos: a server
 * keeps only the last of several revisions.
 *
 * @param strategy - The validated strategy.
 * @param observations - The observations to write.
 * @param mapping - The mapping (validated here).
 * @returns The payload, ready for `JSON.stringify` and `POST /api/dataValueSets`.
 * @throws {LogframeError} Listing every observation that cannot be written (unmapped indicator,
 *   code, actor or disaggregation; a missing value, which DHIS2 cannot hold), or an invalid mapping.
 *
 * @example
 * ```ts
 * const strategy = parseStrategy({
 *   id: 'demo', title: 'Demo', period: { start: 2024, end: 2028 }, baselineYear: 2023,
 *   levels: [{ id: 'pillar', title: 'Pillar' }], results: [{ id: 'P', title: 'P', level: 'pillar' }],
 *   actors: [{ id: 'MOJ', name: 'Ministry of Justice' }],
 *   indicators: [{ id: 'share', title: 'Share convicted', result: 'P', measure: 'percent', direction: 'none', lead: 'MOJ' }],
 * });
 * const mapping = { dataElements: { fbfJHSPpUQD: 'share' }, orgUnit: { actor: true, actors: { DiszpKrYNg8: 'MOJ' } } };
 * const { observations } = parseObservations([{ indicator: 'share', period: '2024', value: 72.5, reportedOn: '2025-02-10' }], strategy);
 * const [value] = toDhis2(strategy, observations, mapping).dataValues;
 * value; // { dataElement: 'fbfJHSPpUQD', period: '2024', orgUnit: 'DiszpKrYNg8', categoryOptionCombo: 'HllvX50cXC0', attributeOptionCombo: 'HllvX50cXC0', value: '72.5', lastUpdated: '2025-02-10' }
 * ```
 *
 * @category Import and export
 */
export function toDhis2(strategy: Strategy, observations: readonly Observation[], mapping: unknown): Dhis2DataValueSet {
  const index = indexMapping(mapping);
  const { mapping: map } = index;
  const indicators = new Map(strategy.indicators.map((indicator) => [indicator.id, indicator]));
  const problems: Problem[] = [];
  const dataValues: Dhis2DataValue[] = [];

  observations.forEach((observation, position) => {
    const error = (path: string, code: string, message: string) => problems.push({ path: [position, path], code, severity: 'error', message });
    const before = problems.length;
    const element = index.elementOf.get(observation.indicator);
    if (element === undefined) error('indicator', 'DHIS2_UNMAPPED_INDICATOR', `Indicator "${observation.indicator}" has no data element in the mapping; add one to dataElements.`);
    if (observation.value === null) error('value', 'DHIS2_MISSING_VALUE', 'DHIS2 cannot hold an explicitly missing value; leave this observation out.');

    const rest: Record<string, string> = { ...observation.disaggregation };
    let unit: string | undefined;
    if ('actor' in map.orgUnit) {
      const indicator = indicators.get(observation.indicator);
      const actor = observation.reportedBy ?? indicator?.reporter ?? indicator?.lead;
      unit = actor === undefined ? undefined : index.unitOf.get(actor);
      if (unit === undefined) error('reportedBy', 'DHIS2_UNMAPPED_ACTOR', `${actor === undefined ? 'The observation has no reporter' : `Actor "${actor}" has no organisation unit in the mapping`}; add it to orgUnit.actors.`);
    } else {
      const code = rest[map.orgUnit.dimension];
      delete rest[map.orgUnit.dimension];
      unit = code === undefined ? map.orgUnit.total : index.unitOf.get(code);
      if (unit === undefined) {
        error('disaggregation', 'DHIS2_UNMAPPED_ORG_UNIT', code === undefined
          ? `The observation is a total over "${map.orgUnit.dimension}", but the mapping has no orgUnit.total; add the uid of the unit that holds totals.`
          : `"${code}" has no organisation unit in the mapping; add it to orgUnit.codes.`);
      }
    }
    const key = comboKeyOf(rest);
    const combo = key === '' ? map.defaultCategoryOptionCombo : index.comboOf.get(key);
    if (combo === undefined) error('disaggregation', 'DHIS2_UNMAPPED_DISAGGREGATION', `No category option combo in the mapping stands for ${key}; add one to categoryOptionCombos.`);
    if (problems.length > before || element === undefined || unit === undefined || combo === undefined || observation.value === null) return;

    const external = observation.external ?? {};
    const value: Record<string, unknown> = {
      dataElement: element,
      period: observation.period,
      orgUnit: unit,
      categoryOptionCombo: combo,
      attributeOptionCombo: external['attributeOptionCombo'] ?? map.defaultCategoryOptionCombo,
      value: typeof observation.value === 'number' ? formatNumber(observation.value) : String(observation.value),
    };
    if (external['storedBy'] !== undefined) value['storedBy'] = external['storedBy'];
    if (external['created'] !== undefined) value['created'] = external['created'];
    const updated = external['lastUpdated'] ?? (external['created'] === undefined ? observation.reportedOn : undefined);
    if (updated !== undefined) value['lastUpdated'] = updated;
    if (observation.note !== undefined) value['comment'] = textIn(observation.note, strategy.language);
    if (external['followup'] !== undefined) value['followup'] = external['followup'] === 'true';
    dataValues.push(value as unknown as Dhis2DataValue);
  });
  if (problems.length > 0) throw new LogframeError(problems, 'Cannot write DHIS2 values');
  return { dataValues };
}
