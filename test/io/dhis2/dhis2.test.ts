import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DHIS2_DEFAULT_COMBO, dhis2MappingJsonSchema, Dhis2MappingSchema, fromDhis2, toDhis2 } from '../../../src/io/index.js';
import type { Dhis2DataValue } from '../../../src/io/index.js';
import { parseObservations, parseStrategy } from '../../../src/model/index.js';
import type { Observation } from '../../../src/model/index.js';
import { LogframeError } from '../../../src/problems/index.js';
import { cambodia, fixture, readFixture } from '../helpers.js';

const payloadText = readFileSync(fixture('dhis2-datavalues.json'), 'utf8');
const payload = JSON.parse(payloadText) as { dataValues: Dhis2DataValue[] };
const mapping = JSON.parse(readFileSync(fixture('dhis2-mapping.json'), 'utf8')) as unknown;

const strategy = parseStrategy({
  id: 'dhis2', title: 'DHIS2 demo', period: { start: 2024, end: 2028 }, baselineYear: 2023,
  levels: [{ id: 'pillar', title: 'Pillar' }], results: [{ id: 'PRT', title: 'Protection', level: 'pillar' }],
  dimensions: [
    { id: 'sex', title: 'Sex', codes: [{ code: 'female', label: 'Female' }, { code: 'male', label: 'Male' }] },
    { id: 'province', title: 'Province', codes: [{ code: 'KH-12', label: 'Phnom Penh' }, { code: 'KH-2', label: 'Battambang' }, { code: 'KH-17', label: 'Siem Reap' }] },
  ],
  indicators: [
    { id: 'victims', title: 'Victims identified', result: 'PRT', measure: 'count', direction: 'none', disaggregations: ['province', 'sex'], frequency: 'Quarterly' },
    { id: 'referred', title: 'Share referred', result: 'PRT', measure: 'percent', direction: 'none', disaggregations: ['province', 'sex'], frequency: 'Quarterly' },
  ],
});

function error(run: () => unknown): LogframeError {
  try {
    run();
  } catch (caught) {
    if (caught instanceof LogframeError) return caught;
    throw caught;
  }
  throw new Error('expected a LogframeError');
}

describe('fromDhis2', () => {
  it('reads 3 provinces × 2 sexes × 4 quarters of two data elements, and rejects unmapped values with the reason', () => {
    const result = fromDhis2(payload, strategy, mapping);
    expect(result.observations).toHaveLength(48);
    expect(result.rejected.map((item) => [item.index, item.problems.map((problem) => problem.code)])).toEqual([
      [48, ['DHIS2_UNMAPPED_DATA_ELEMENT']],
      [49, ['DHIS2_UNMAPPED_ORG_UNIT']],
      [50, ['DHIS2_UNMAPPED_CATEGORY_OPTION_COMBO']],
      [51, ['VALUE_OUT_OF_RANGE']],
    ]);
    expect(result.rejected[0]?.record).toBe(payload.dataValues[48]);
    expect(result.observations[0]).toEqual({
      indicator: 'victims',
      period: '2024Q1',
      value: 8,
      disaggregation: { province: 'KH-12', sex: 'female' },
      reportedOn: '2024-04-06',
      status: 'submitted',
      external: { storedBy: 'pcct_kh12', created: '2024-04-05T08:11:00.000', lastUpdated: '2024-04-06T09:11:30.000', followup: 'false' },
    });
    expect(result.observations.find((observation) => observation.note !== undefined)?.note).toBe('Includes cases referred by the border police');
    expect(result.observations.find((observation) => observation.external?.['attributeOptionCombo'] !== undefined)?.external?.['attributeOptionCombo']).toBe('bRowv6yZOF2');
    expect(result.observations.filter((observation) => observation.indicator === 'referred').map((observation) => observation.value)).toContain(72.25);
  });

  it('gives back the same values: DHIS2 → observations → DHIS2', () => {
    const { observations } = fromDhis2(payload, strategy, mapping);
    expect(toDhis2(strategy, observations, mapping).dataValues).toEqual(payload.dataValues.slice(0, 48));
  });

  it('reads text, bytes, chunks and parsed JSON alike', async () => {
    const fromObject = fromDhis2(payload, strategy, mapping);
    expect(fromDhis2(payloadText, strategy, mapping)).toEqual(fromObject);
    expect(fromDhis2(readFixture('dhis2-datavalues.json'), strategy, mapping)).toEqual(fromObject);
    const bytes = readFixture('dhis2-datavalues.json');
    async function* chunks(): AsyncGenerator<Uint8Array> {
      for (let at = 0; at < bytes.length; at += 1000) yield bytes.subarray(at, at + 1000);
    }
    expect(await fromDhis2(chunks(), strategy, mapping)).toEqual(fromObject);
  });

  it('applies the set-level period, org unit and status, and reports fields it does not read', () => {
    const result = fromDhis2({ period: '2025Q1', orgUnit: 'DiszpKrYNg8', dataValues: [{ dataElement: 'Rg6Lq1pZr3b', categoryOptionCombo: 'PT59n8BQbqM', value: '4', lastUpdated: '2025-04-02', zombie: 1 }] }, strategy, mapping, { status: 'approved' });
    expect(result.observations).toEqual([{ indicator: 'victims', period: '2025Q1', value: 4, disaggregation: { province: 'KH-12', sex: 'male' }, reportedOn: '2025-04-02', status: 'approved' }]);
    expect(result.warnings.map((warning) => [warning.code, warning.path])).toEqual([['DHIS2_FIELD_IGNORED', [0]]]);
  });

  it('reads the total org unit, an empty value as missing, and rejects deleted, malformed and reserved-key values', () => {
    const result = fromDhis2({ dataValues: [
      { dataElement: 'Rg6Lq1pZr3b', period: '2024', orgUnit: 'XjdQXVUWvU3', categoryOptionCombo: DHIS2_DEFAULT_COMBO, value: '' },
      { dataElement: 'Rg6Lq1pZr3b', period: '2024', orgUnit: 'DiszpKrYNg8', value: '3', deleted: true },
      { dataElement: 'Rg6Lq1pZr3b', period: '2024', orgUnit: 'DiszpKrYNg8', value: 'three' },
      { dataElement: 'Rg6Lq1pZr3b', period: '2024', orgUnit: 'DiszpKrYNg8', value: '3', lastUpdated: 'yesterday' },
      JSON.parse('{"dataElement":"Rg6Lq1pZr3b","period":"2024","orgUnit":"DiszpKrYNg8","value":"3","__proto__":{"x":1}}') as unknown,
      'not an object',
    ] }, strategy, mapping);
    expect(result.observations).toEqual([{ indicator: 'victims', period: '2024', value: null, disaggregation: {}, status: 'submitted' }]);
    expect(result.warnings.map((warning) => warning.code)).toEqual(['VALUE_MISSING']);
    expect(result.rejected.map((item) => [item.index, item.problems[0]?.code])).toEqual([[1, 'DHIS2_DELETED'], [2, 'NUMBER_INVALID'], [3, 'DHIS2_DATE_INVALID'], [4, 'RESERVED_KEY'], [5, 'WRONG_TYPE']]);
  });

  it('reads values with the CSV number grammar: 007 and 00 are rejected with the reason, 0 and the number 7 are read', () => {
    const value = (period: string, text: string | number) => ({ dataElement: 'Rg6Lq1pZr3b', period, orgUnit: 'DiszpKrYNg8', value: text });
    const values = [value('2024', '007'), value('2025', '0'), value('2026', '00'), value('2027', 7), value('2028', '1e3')];
    const result = fromDhis2({ dataValues: values }, strategy, mapping);
    expect(result.observations.map((observation) => [observation.period, observation.value])).toEqual([['2025', 0], ['2027', 7]]);
    expect(result.observations.length + result.rejected.length).toBe(values.length);
    expect(result.rejected.map((item) => [item.index, item.problems.map((problem) => [problem.code, problem.path, problem.severity])])).toEqual([
      [0, [['NUMBER_INVALID', ['value'], 'error']]],
      [2, [['NUMBER_INVALID', ['value'], 'error']]],
      [4, [['NUMBER_INVALID', ['value'], 'error']]],
    ]);
    expect(result.rejected[0]?.problems[0]?.message).toMatch(/^"007" has leading zeros; write the number without them \(7\)/);
    expect(result.warnings).toEqual([]);
  });

  it('passes on the warning for a percentage series that looks like fractions, at the index of its first data value', () => {
    const value = (period: string, text: string) => ({ dataElement: 'kXh2Wm0Tq9F', period, orgUnit: 'DiszpKrYNg8', value: text });
    const result = fromDhis2({ dataValues: [{ dataElement: 'nope', period: '2024Q1', value: '1' }, value('2024Q1', '0.4'), value('2024Q2', '0.45'), value('2024Q3', '0.5')] }, strategy, mapping);
    expect(result.observations).toHaveLength(3);
    expect(result.rejected.map((item) => item.index)).toEqual([0]);
    expect(result.warnings.map((warning) => [warning.code, warning.path, warning.severity])).toEqual([['PERCENT_SCALE_SUSPECT', [1, 'value'], 'warning']]);
  });

  it('refuses a payload that is not JSON or has no dataValues list', () => {
    expect(error(() => fromDhis2('{"dataValues": [', strategy, mapping)).problems[0]?.code).toBe('JSON_INVALID');
    expect(error(() => fromDhis2({ values: [] }, strategy, mapping)).problems[0]?.code).toBe('WRONG_TYPE');
  });
});

describe('the DHIS2 mapping', () => {
  it('is validated: uids, one-to-one maps, reserved keys, conflicts', () => {
    const bad = { dataElements: { short: 'victims', Rg6Lq1pZr3b: 'victims', kXh2Wm0Tq9F: 'victims' }, orgUnit: { dimension: 'province', codes: {} }, categoryOptionCombos: { pq2XI5kz2BY: { province: 'KH-12' } } };
    expect(error(() => fromDhis2(payload, strategy, bad)).problems.map((problem) => problem.code)).toEqual(['INVALID_KEY']);
    const twice = { ...bad, dataElements: { Rg6Lq1pZr3b: 'victims', kXh2Wm0Tq9F: 'victims' } };
    expect(error(() => toDhis2(strategy, [], twice)).problems.map((problem) => [problem.code, problem.path])).toEqual([
      ['DHIS2_MAPPING_NOT_ONE_TO_ONE', ['mapping', 'dataElements', 'kXh2Wm0Tq9F']],
      ['DHIS2_MAPPING_CONFLICT', ['mapping', 'categoryOptionCombos', 'pq2XI5kz2BY']],
    ]);
    const reserved = JSON.parse('{"dataElements":{"__proto__":"victims"},"orgUnit":{"actor":true,"actors":{}}}') as unknown;
    expect(error(() => toDhis2(strategy, [], reserved)).problems[0]?.code).toBe('RESERVED_KEY');
  });

  it('has a JSON Schema', () => {
    const schema = dhis2MappingJsonSchema();
    expect(schema).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'logframe DHIS2 mapping', type: 'object', required: ['dataElements', 'orgUnit'] });
    expect(Dhis2MappingSchema.safeParse(mapping).success).toBe(true);
  });
});

describe('toDhis2', () => {
  it('lists every observation it cannot write', () => {
    const { observations } = parseObservations([
      { indicator: 'victims', period: '2024', value: null, disaggregation: { province: 'KH-12', sex: 'female' } },
      { indicator: 'victims', period: '2025', value: 3, disaggregation: { sex: 'female' } },
      { indicator: 'victims', period: '2026', value: 3 },
    ], strategy);
    expect(observations).toHaveLength(3);
    const unmapped = { ...(mapping as object), orgUnit: { dimension: 'province', codes: { DiszpKrYNg8: 'KH-12' } } };
    expect(error(() => toDhis2(strategy, observations, unmapped)).problems.map((problem) => [problem.code, problem.path])).toEqual([
      ['DHIS2_MISSING_VALUE', [0, 'value']],
      ['DHIS2_UNMAPPED_ORG_UNIT', [1, 'disaggregation']],
      ['DHIS2_UNMAPPED_ORG_UNIT', [2, 'disaggregation']],
    ]);
    expect(toDhis2(strategy, observations.slice(2), mapping).dataValues).toEqual([{ dataElement: 'Rg6Lq1pZr3b', period: '2026', orgUnit: 'XjdQXVUWvU3', categoryOptionCombo: DHIS2_DEFAULT_COMBO, attributeOptionCombo: DHIS2_DEFAULT_COMBO, value: '3' }]);
  });

  it('round-trips the Cambodia example (organisation units as ministries) with no value lost or changed', () => {
    const { strategy: plan, observations } = cambodia();
    const uid = (prefix: string, index: number) => `${prefix}${String(index).padStart(10, '0')}`;
    const combos = new Map<string, Record<string, string>>();
    for (const observation of observations) if (Object.keys(observation.disaggregation).length > 0) combos.set(JSON.stringify(Object.entries(observation.disaggregation).sort()), observation.disaggregation);
    const cambodiaMapping = {
      dataElements: Object.fromEntries(plan.indicators.map((indicator, index) => [uid('d', index), indicator.id])),
      orgUnit: { actor: true, actors: Object.fromEntries(plan.actors.map((actor, index) => [uid('o', index), actor.id])) },
      categoryOptionCombos: Object.fromEntries([...combos.values()].map((disaggregation, index) => [uid('c', index), disaggregation])),
    };
    const payload = JSON.parse(JSON.stringify(toDhis2(plan, observations, cambodiaMapping))) as unknown;
    const back = fromDhis2(payload, plan, cambodiaMapping);
    expect(back.rejected).toEqual([]);
    // DHIS2 has no place for status or source: everything else comes back unchanged.
    const carried = (items: readonly Observation[]) => items.map(({ status: _status, source: _source, ...rest }) => rest);
    expect(carried(back.observations)).toEqual(carried(observations));
  });
});
