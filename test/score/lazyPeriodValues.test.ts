import { describe, expect, it } from 'vitest';
import { allPeriodValues, indexObservations, periodValues } from '../../src/score/index.js';
import { indexGeneric } from '../../src/score/indexGeneric.js';
import { valueCells } from '../../src/score/lazyPeriodValues.js';
import { observe, strategyWith } from './helpers.js';

// Period values read from the columnar index make their cell objects on first read of `cells`;
// to every reader they must be the plain period values the object index gives.

const strategy = strategyWith([
  { measure: 'count', direction: 'none', disaggregations: ['sex', 'province'] },
  { measure: 'percent', direction: 'none', disaggregations: ['sex'] },
]);
const observations = observe(strategy, [
  { period: '2024Q1', value: 3, disaggregation: { sex: 'female' }, source: 'Police' },
  { period: '2024Q1', value: 4, disaggregation: { sex: 'male' }, source: 'Courts' },
  { period: '2024Q2', value: 5, disaggregation: { sex: 'female', province: 'KH-12' } },
  { period: '2024Q2', value: 6, disaggregation: { sex: 'female', province: 'KH-2' }, source: 'Police' },
  { period: '2024Q3', value: 20 },
  { period: '2024Q3', value: 7, disaggregation: { sex: 'male' } },
  { indicator: 'I2', period: '2024Q1', value: 40, disaggregation: { sex: 'female' }, source: 'Survey' },
  { indicator: 'I2', period: '2024Q1', value: 50, disaggregation: { sex: 'male' }, source: 'Survey' },
]);
const asOf = '2025-06-30';
const lazy = () => allPeriodValues(strategy, indexObservations(strategy, observations, { asOf }));
const plain = () => allPeriodValues(strategy, indexGeneric(strategy, observations, asOf, {}, false));

describe('period values with cells made on first read', () => {
  it('show the same fields, in the same order, as plain period values', () => {
    const values = lazy().get('I1');
    const expected = plain().get('I1');
    expect(Object.keys(values ?? {})).toEqual(['indicator', 'computed', 'cells', 'notComputable', 'counts', 'sources', 'issues', 'notes']);
    expect(JSON.stringify(values)).toBe(JSON.stringify(expected));
    expect({ ...values }).toStrictEqual({ ...expected });
    expect(values).toStrictEqual(expected);
  });

  it('make the cells once', () => {
    const values = lazy().get('I1');
    const cells = values?.cells;
    expect(cells?.map((cell) => [cell.period, cell.value, cell.parts])).toEqual([
      ['2024Q1', 7, ['sex=female', 'sex=male']],
      ['2024Q2', 11, ['province=KH-12|sex=female', 'province=KH-2|sex=female']],
      ['2024Q3', 20, []],
    ]);
    expect(values?.cells).toBe(cells);
  });

  it('give the same cells whatever order the indicators are read in', () => {
    const values = lazy();
    const second = values.get('I2')?.cells;
    const first = values.get('I1')?.cells;
    expect(JSON.stringify([first, second])).toBe(JSON.stringify([plain().get('I1')?.cells, plain().get('I2')?.cells]));
  });

  it('give the same values one indicator at a time', () => {
    const index = indexObservations(strategy, observations, { asOf });
    expect(JSON.stringify(periodValues(strategy, index, 'I2'))).toBe(JSON.stringify(plain().get('I2')));
  });

  it('have lighter cells with the same periods, values and counts', () => {
    const values = lazy().get('I1');
    if (values === undefined) throw new Error('no values');
    const light = valueCells(values);
    expect(light.map(({ period, start, end, value, observations: count }) => ({ period, start, end, value, observations: count })))
      .toEqual(plain().get('I1')?.cells.map(({ period, start, end, value, observations: count }) => ({ period, start, end, value, observations: count })));
    // Once the cell objects are made, they are the cells.
    const cells = values.cells;
    expect(valueCells(values)).toBe(cells);
  });
});
